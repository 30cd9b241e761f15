"""Real-word slips read from the slot a word stands in (MT991, MT992; rules in
checks/rules/word_slots.py): an adverb where an indefinite article's noun phrase needs its
adjective ("a systematically summary of"), and a function word short of one letter before a
determiner ("we waited fr an hour"). No n-gram data ships offline: the evidence is each
language's small tables in resources/spelling/slots.json, wordfreq and the cased dictionary.

Both scans start from the document's distinct words (``document_words``): only the few that
have the slip's shape are looked for in the text."""

from __future__ import annotations

import re
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.entitynames import dictionary_names
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.slips import Slip
from mtlint.checks.textscan import find_word, looks_technical, search_ranges, word_gate
from mtlint.checks.wordgate import WordGate
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words, edit_distance


@cache
def slot_table(language: str) -> dict | None:
    """The language's entry in resources/spelling/slots.json (None: the rules are off)."""
    return resource_json("spelling", "slots.json")["languages"].get(language)


def _zipf(word: str, language: str) -> float:
    import math

    frequency = frequency_dict(language).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


# --- MT991: an adverb for the adjective in "a/an ADVERB NOUN of" -------------------------------

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)([^\w\s]?)(?:\s+([^\W\d_]+))?")


def adverb_for_adjective(document: Document, language: str) -> list[Slip]:
    """An adverb of a listed ending between an indefinite article and a noun that a preposition
    or a mark follows ("a systematically review of"): the adjective was meant (the
    adverb's stem, "systematic"); an adverb before an adjective ("a highly successful") has
    an adjective, no noun, after it."""
    table = slot_table(language)
    if table is None or "adverb_endings" not in table:
        return []
    endings: dict[str, str] = table["adverb_endings"]
    adverbs = {}
    for word in document_words(document):
        if word.islower() and word.endswith("ly"):
            adjective = _adjective_of(word, endings, language, table["adjective_zipf"])
            if adjective:
                adverbs[word] = adjective
    if not adverbs:
        return []
    articles = frozenset(table["indefinite_articles"])
    after = frozenset(table["after_noun"])
    text = document.text
    found = []
    for adverb in _scanned(adverbs, len(text), language):
        for start in _after_space(text, adverb, word_gate(document)):
            end = start + len(adverb)
            before = text[max(0, start - 4) : start].split()
            if not before or before[-1].casefold() not in articles:
                continue
            follow = _NEXT_WORD.match(text, end)
            if follow is None:
                continue
            noun, mark, next_word = follow.group(1), follow.group(2), follow.group(3)
            if not ((mark and mark in ".,;:") or (not mark and (next_word or "") in after)):
                continue
            if _is_noun(noun, language, table["plural_zipf"]):
                found.append(Slip(start, end, adverb, adverbs[adverb]))
    return sorted(found)


# Each adverb asked costs one scan of the text: a long text asks its rarest adverbs only, so
# that the scans together read at most this many characters (or ``_MIN_SCANS`` scans).
_SCAN_CHARACTERS = 20_000_000
_MIN_SCANS = 3


def _scanned(adverbs: dict[str, str], size: int, language: str) -> list[str]:
    """The adverbs to look for: all of them in a text of ordinary length, the rarest few
    (wordfreq) in a long one (speed: one scan of the text per adverb)."""
    allowed = max(_MIN_SCANS, _SCAN_CHARACTERS // max(1, size))
    if len(adverbs) <= allowed:
        return sorted(adverbs)
    frequencies = frequency_dict(language)
    return sorted(adverbs, key=lambda adverb: (frequencies.get(adverb, 0.0), adverb))[:allowed]


def _after_space(text: str, word: str, gate: WordGate | None = None) -> list[int]:
    """Where ``word`` stands after a space and before one (the slot "a ADVERB NOUN" needs both);
    on a large text only where its word filters may hold the word (``search_ranges``)."""
    needle = f" {word} "
    found: list[int] = []
    for low, high in search_ranges(text, word, gate, 1, len(needle)):
        at = text.find(needle, low, high)
        while at != -1:
            found.append(at + 1)
            at = text.find(needle, at + len(needle) - 1, high)
    return found


def _adjective_of(adverb: str, endings: dict[str, str], language: str, bar: float) -> str | None:
    for ending, replacement in endings.items():
        if adverb.endswith(ending) and len(adverb) > len(ending) + 3:
            adjective = adverb[: -len(ending)] + replacement
            if _zipf(adjective, language) >= bar:
                return adjective
    return None


def _is_noun(word: str, language: str, bar: float) -> bool:
    """A lower-case word with a common plural that no participle ending marks: a noun ("summary",
    "summaries"), not an adjective ("successful") nor a participle ("planned")."""
    if not word.islower() or word.endswith(("ed", "ing", "ly")):
        return False
    plurals = [word + "s", word + "es"]
    if word.endswith("y"):
        plurals.append(word[:-1] + "ies")
    return any(_zipf(plural, language) >= bar for plural in plurals)


# --- MT992: a function word short of one letter before a determiner ("fr an hour") ----------


# A form the web writes less often than this (Zipf) is taken for no word ("frm" 2.31, "aftr";
# "abut" 2.54, "fro" 3.32 are words); commoner forms only where the cased dictionary lists
# them as no common word ("fr", "fo", "nd").
_RARE_FORM_ZIPF = 2.5


@cache
def _short_forms(language: str) -> dict[str, str]:
    """Each listed function word less one letter (a form that is no common word: the cased
    dictionary's non-words, or one the web hardly writes), to the one word it comes from."""
    table = slot_table(language) or {}
    words = table.get("function_words", ())
    names = dictionary_names(language)
    forms: dict[str, set[str]] = {}
    for word in words:
        for i in range(len(word)):
            form = word[:i] + word[i + 1 :]
            if len(form) >= 2:
                forms.setdefault(form, set()).add(word)
    return {
        form: next(iter(sources))
        for form, sources in forms.items()
        if len(sources) == 1 and (form in names or _zipf(form, language) < _RARE_FORM_ZIPF)
    }


def short_function_words(document: Document, language: str) -> list[Slip]:
    """A listed function word less one letter, standing between a lower-case word and a
    determiner ("we waited fr an hour": "for")."""
    table = slot_table(language)
    if table is None or "function_words" not in table:
        return []
    forms = _short_forms(language)
    present = [word for word in document_words(document) if word in forms]
    if not present:
        return []
    determiners = frozenset(table["determiners"])
    text = document.text
    found = []
    for form in sorted(present):
        for start, end in find_word(text, form):
            before = text[max(0, start - 30) : start].split()
            after = text[end : end + 30].split()
            if not before or not after or after[0] not in determiners:
                continue
            if not (before[-1].isalpha() and before[-1].islower()):
                continue  # after a number or a mark: a unit or an abbreviation ("5 hr a day")
            if looks_technical(text, start, end):
                continue
            found.append(Slip(start, end, form, forms[form]))
    return found


# --- MT993: one word of a fixed name or title one letter off ("Prime Minster") -------------


@cache
def _phrase_index(language: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each word of the language's fixed phrases (casefolded), and each form of it less one
    letter, to the (phrase, word position) pairs it comes from: a word one edit from a phrase
    word shares a key with it (symmetric deletion)."""
    table = slot_table(language) or {}
    index: dict[str, list[tuple[str, int]]] = {}
    for phrase in table.get("fixed_phrases", ()):
        for position, word in enumerate(phrase.split()):
            folded = word.casefold()
            if len(folded) < _PHRASE_WORD_LETTERS:
                continue
            keys = {folded, *(folded[:i] + folded[i + 1 :] for i in range(len(folded)))}
            for key in keys:
                index.setdefault(key, []).append((phrase, position))
    return {key: tuple(pairs) for key, pairs in index.items()}


@cache
def _phrase_words(language: str) -> frozenset[str]:
    phrases = (slot_table(language) or {}).get("fixed_phrases", ())
    return frozenset(word.casefold() for phrase in phrases for word in phrase.split())


# Phrase words shorter than this are not asked (a short word is one edit from many).
_PHRASE_WORD_LETTERS = 5
# Languages whose names a text quotes as they are, and how common a word must be in one.
_NEIGHBOURS = ("en", "fr", "es", "pt", "it", "de", "nl")
_NEIGHBOUR_ZIPF = 3.0
# An edit in a word's last letters is an inflection, no slip.
_PHRASE_ENDING = 2
# The typed word is at least this much rarer (Zipf) than the phrase's word.
_PHRASE_GAP = 1.0


def phrase_slips(document: Document, language: str) -> list[Slip]:
    """A capitalised word one edit (not in its last two letters: an inflection) from a
    word of a fixed phrase of the language's table, standing among the phrase's other words
    ("Prime Minster", "Untied Nations"), and far rarer than the phrase's word."""
    index = _phrase_index(language)
    if not index:
        return []
    own = _phrase_words(language)
    candidates: dict[str, set[tuple[str, int]]] = {}
    for word in document_words(document):
        if len(word) < _PHRASE_WORD_LETTERS or not word[0].isupper():
            continue
        folded = word.casefold()
        if folded in own:
            continue  # a phrase's own word
        keys = (folded, *(folded[:i] + folded[i + 1 :] for i in range(len(folded))))
        for key in keys:
            for phrase, position in index.get(key, ()):
                if _phrase_slip(folded, phrase.split()[position].casefold(), language):
                    candidates.setdefault(word, set()).add((phrase, position))
    text = document.text
    found = []
    for word, phrases in sorted(candidates.items()):
        for start, end in find_word(text, word):
            for phrase, position in sorted(phrases):
                if _phrase_around(text, start, end, phrase.split(), position):
                    right = phrase.split()[position]
                    found.append(Slip(start, end, word, _cased_like(word, right)))
                    break
    return found


def _phrase_slip(typed: str, meant: str, language: str) -> bool:
    if typed == meant or edit_distance(typed, meant, 1) != 1:
        return False
    same = next(
        (i for i, (a, b) in enumerate(zip(typed, meant, strict=False)) if a != b), len(typed)
    )
    if same >= min(len(typed), len(meant)) - _PHRASE_ENDING:
        return False  # an edit in the ending: an inflection ("Presidents", "Vice Chairmen")
    if _zipf(meant, language) - _zipf(typed, language) < _PHRASE_GAP:
        return False
    # A common word of a neighbouring language is the name in that language ("Casa Branca",
    # Portuguese, in a Spanish text), no slip.
    return not any(
        _zipf(typed, other) >= _NEIGHBOUR_ZIPF for other in _NEIGHBOURS if other != language
    )


def _phrase_around(text: str, start: int, end: int, words: list[str], position: int) -> bool:
    """Whether the phrase's other words stand around ``text[start:end]`` (its ``position``)."""
    wanted_before, wanted_after = words[:position], words[position + 1 :]
    before = (
        text[max(0, start - 60) : start].split()[-len(wanted_before) :] if wanted_before else []
    )
    after = [w.rstrip(_TRAILING) for w in text[end : end + 60].split()[: len(wanted_after)]]
    return before == wanted_before and after == wanted_after


_TRAILING = ".,;:!?)\"'’”"


def _cased_like(typed: str, right: str) -> str:
    if typed.isupper():
        return right.upper()
    return right[:1].upper() + right[1:] if typed[:1].isupper() else right.casefold()
