"""A word standing in a phrase of another language (MT994's evidence outside the word): "lait"
in "café au lait", "pleure" in a quoted French line, "tarjeta" in "visa de tarjeta del turista".

An unknown word carries the same letters whether an author quoted a foreign phrase on purpose or
an engine left a word untranslated; what tells them apart lies around the word. Two readings,
each from the language tables (``resources/lang/*.json`` stop words) and wordfreq alone:

- **a foreign function word beside it**: the word before or after (one space apart) is a stop
  word of another language and none of the document language's, and that language's word
  frequencies know the word itself (``KNOWN_ZIPF``): "au" (French) beside "lait" (French Zipf
  4.6). A glued or mistyped word is known to no language, so it keeps its score.
- **a foreign quotation**: the word stands inside double quotes on one line, in a quoted run of
  ``QUOTE_WORDS`` words or more of which fewer than ``QUOTE_OWN_SHARE`` are the document
  language's stop words, and which holds other languages' function words ("Ne pleure pas …
  de tout mon courage") or mostly words the document's language writes rarely ("Horror ubique
  animos, simul ipsa silentia terrent").

Measured on the rebuilt token table (BENCHMARKS.md, h25prec)."""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.resourcefiles import optional_json
from mtlint.checks.wordlists import frequency_dict, frequent_words

_WORD = re.compile(r"[^\W\d_]+")
# The word must be at least this common in the neighbour's language (Zipf): "lait" 4.6,
# "tarjeta" 4.7; a rare or invented word of the other language ("grisbi" 2.1) is not read.
KNOWN_ZIPF = 3.0
_KNOWN = 10 ** (KNOWN_ZIPF - 9)
# The neighbour is the other language's function word only where that language writes it at
# least ten times as often as the document's (one Zipf step): "au" French 6.5 / English 4.0,
# "de" Spanish 7.7 / English 5.2; not "a" (English 7.4, Portuguese 7.2).
_FUNCTION_RATIO = 10.0
# A quoted run of at least this many words, fewer than this share of them the document
# language's stop words, is a quotation in another language.
QUOTE_WORDS = 3
QUOTE_OWN_SHARE = 0.15
# ... and either this many function words of other languages, or this share of words the
# document's language writes rarely (below ``QUOTE_RARE_ZIPF``): a title of common words
# without stop words ("Current personal squatright: 311 cubic meters per resident") is no
# quotation in another language.
QUOTE_FOREIGN_FUNCTION = 2
QUOTE_RARE_ZIPF = 3.0
QUOTE_RARE_SHARE = 0.6
_QUOTE_RARE = 10 ** (QUOTE_RARE_ZIPF - 9)
# Quotation marks by pair (ASCII quotes open and close alike).
_PAIRS = (('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"))
# How far a quotation is looked for around the word (characters, one line).
_QUOTE_REACH = 200


@lru_cache(maxsize=64)
def _stop_word_languages(language: str) -> dict[str, tuple[str, ...]]:
    """Each stop word of another language that is none of ``language``'s, with its languages.
    Read from the tables' files, not through ``load_language_data`` for every language (no
    need to build 25 tables; the MT303 change on a Ukrainian catalogue first blamed on that was
    MT303's own dependence on string hashing, BENCHMARKS.md h25order)."""
    own = load_language_data(language).stop_words
    found: dict[str, list[str]] = {}
    for other in available_languages():
        if other == language:
            continue
        raw = optional_json("lang", f"{other}.json") or {}
        for word in raw.get("stop_words", ()):
            if word not in own and word.isalpha():
                found.setdefault(word, []).append(other)
    return {word: tuple(languages) for word, languages in found.items()}


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words right before and right after (one space apart, same line), lower case."""
    found = []
    if text[start - 1 : start] == " ":
        before = list(_WORD.finditer(text, max(0, start - 30), start - 1))
        if before and before[-1].end() == start - 1:
            found.append(before[-1].group().lower())
    if text[end : end + 1] == " ":
        after = _WORD.match(text, end + 1)
        if after:
            found.append(after.group().lower())
    return found


def beside_foreign_function_word(text: str, start: int, end: int, language: str) -> str | None:
    """The other language whose function word stands beside the word and whose frequencies
    know the word, or None."""
    table = _stop_word_languages(language)
    word = text[start:end].lower()
    own = frequency_dict(language)
    for neighbour in _neighbours(text, start, end):
        for other in table.get(neighbour, ()):
            # Only the other language's words from Zipf 3 up: both readings below ask no less
            # of it (its function word, the word itself), and a whole large list per
            # neighbouring language held hundreds of MB.
            frequencies = frequent_words(other, _KNOWN)
            if frequencies.get(neighbour, 0.0) < _FUNCTION_RATIO * own.get(neighbour, 0.0):
                continue  # a word of the document's language too ("a": English and Portuguese)
            if frequencies.get(word, 0.0) >= _KNOWN:
                return other
    return None


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The double-quoted run on the word's line that holds it: (after the opening mark, the
    closing mark), or None."""
    # Within reach on a long line too: the text before it (every mark since the page began,
    # read for each word) made this quadratic and counted a stray mark far back.
    reach = max(0, start - _QUOTE_REACH)
    line_start = text.rfind("\n", reach, start) + 1 or reach
    line_end = text.find("\n", end, end + _QUOTE_REACH)
    line_end = min(len(text), end + _QUOTE_REACH) if line_end == -1 else line_end
    before = text[line_start:start]
    for opening, closing in _PAIRS:
        if opening == closing:
            inside = before.count(opening) % 2 == 1
        else:
            inside = before.rfind(opening) > before.rfind(closing)
        after = text.find(closing, end, line_end)
        if inside and after != -1:
            return line_start + before.rfind(opening) + 1, after
    return None


def in_foreign_quotation(text: str, start: int, end: int, language: str) -> bool:
    """The word stands inside a double-quoted run on one line that holds few of the
    language's stop words."""
    quoted = _quotation(text, start, end)
    if quoted is None:
        return False
    words = _WORD.findall(text, *quoted)
    if len(words) < QUOTE_WORDS:
        return False
    lowered = [word.lower() for word in words]
    own = load_language_data(language).stop_words
    if sum(word in own for word in lowered) >= QUOTE_OWN_SHARE * len(words):
        return False
    table = _stop_word_languages(language)
    if sum(word in table for word in lowered) >= QUOTE_FOREIGN_FUNCTION:
        return True  # "Ne pleure pas, … de tout mon courage": another language's function words
    frequencies = frequency_dict(language)
    rare = sum(frequencies.get(word, 0.0) < _QUOTE_RARE for word in lowered)
    return rare >= QUOTE_RARE_SHARE * len(words)  # "Horror ubique animos, simul ipsa …"


def foreign_phrase(text: str, start: int, end: int, language: str) -> bool:
    """The word stands in a phrase of another language (a function word of it beside the word,
    or a quotation): the author's, or an untranslated phrase, not a glued or mistyped word."""
    return bool(
        beside_foreign_function_word(text, start, end, language)
        or in_foreign_quotation(text, start, end, language)
    )
