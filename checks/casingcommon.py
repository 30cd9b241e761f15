"""Common words capitalised mid-sentence against the document's own usage (MT305).

"300 new Cases on Tuesday" in a text that writes "cases" in lower case elsewhere: the capital
is the minority spelling of an ordinary word (wordfreq knows it well, the gazetteer does not
know it as a name), between two lower-case words, and never next to another capitalised word
anywhere in the text (where it would be part of a name: "the Supreme Court" … "the Court").
A text that capitalises the word as often as not ("the Government", its house style) is left
alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mtlint.checks.casingdata import CasingData
from mtlint.checks.casingscan import _mid_capitals, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.textscan import find_words
from mtlint.checks.wordlists import zipf

# A capitalised word of three or more letters right after the space ``_mid_capitals`` found.
_WORD_AT = re.compile(r" ([A-Z][a-z]{2,})(?=[ ,;:])")
# Lower-case uses needed per capitalised one: the capital must be the clear minority.
_LOWER_PER_CAPITAL = 2
# Below this Zipf frequency a word is rare enough to be a name ("Trillium").
_COMMON_ZIPF = 3.5
# Words after which a capital starts a name's second part ("Ministry of", "Department for").
_NAME_JOINERS = frozenset({"of", "for", "and", "de", "del", "la", "le", "von", "van", "&"})


def minority_capitals(
    document: Document, table: CasingData, lower_words: frozenset[str]
) -> Iterator[tuple[int, str, float]]:
    """(offset of the space before, word, confidence) for each capitalised common word whose
    lower-case form the document uses at least twice as often."""
    text = document.text
    names = local_names(table.code, include_ambiguous=True)
    found: list[tuple[int, str]] = []
    for space in _mid_capitals(document):
        if not text[space - 1 : space].islower():
            continue
        match = _WORD_AT.match(text, space)
        if match is None:
            continue
        word = match.group(1)
        lower = word.lower()
        if lower not in lower_words or lower in names:
            continue
        found.append((space, word))
    if not found:
        return
    candidates = {
        word
        for _, word in found
        if word.lower() not in table.function_words
        and word.lower() not in table.stop_words
        and word.lower() not in table.capitalised_ok
        and zipf(word, table.code) >= _COMMON_ZIPF
    }
    if not candidates:
        return
    capital_spans = find_words(text, candidates)
    lower_spans = find_words(text, {word.lower() for word in candidates})
    in_names = {word for word, spans in capital_spans.items() if _beside_capital(text, spans)}
    mid_counts = Counter(word for _, word in found if word in candidates)
    for space, word in found:
        if word not in candidates or word in in_names:
            continue
        lower_uses = len(lower_spans.get(word.lower(), ()))
        if lower_uses < _LOWER_PER_CAPITAL * len(capital_spans.get(word, ())):
            continue
        following = next_word(text, space + 1 + len(word))
        if not following[:1].islower() or following in _NAME_JOINERS:
            continue
        if not _inside_sentence(text, space, table):
            continue
        yield space, word, 0.6 if mid_counts[word] == 1 else 0.55


def _inside_sentence(text: str, space: int, table: CasingData) -> bool:
    """The word before cannot end a sentence ("the", "several", "new", a number): the capital
    is not a lost sentence start ("… iterators Allocation behavior is …" in joined list
    items)."""
    previous = previous_word(text, space).lower()
    return (
        previous in table.never_sentence_final
        or previous in table.determiners
        or previous in table.before_nouns
    )


def _beside_capital(text: str, spans: list[tuple[int, int]]) -> bool:
    """Some use of the word has a capitalised word right before or after it (a name)."""
    for start, end in spans:
        before = previous_word(text, start - 1) if text[start - 1 : start] == " " else ""
        after = next_word(text, end) if text[end : end + 1] == " " else ""
        # Coordinated with a capitalised word: "Insert or Select mode", "NaN and Infinity".
        if before in ("and", "or", "&") and _capital_before(text, start - len(before) - 2):
            return True
        if before[:1].isupper() and start >= 2 and text[start - 2] not in ".!?":
            return True
        if after[:1].isupper():
            return True
    return False


def _capital_before(text: str, space: int) -> bool:
    return text[space : space + 1] == " " and previous_word(text, space)[:1].isupper()
