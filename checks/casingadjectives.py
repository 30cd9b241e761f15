"""Evidence for MT354 and MT355: nationality and language adjectives, and the noun before a
century's number, capitalised inside a sentence where the language writes them in lower case,
in the places MT313 leaves.

- MT354: the second of two adjectives joined by a conjunction or a comma after a capitalised
  one ("Español y Francés", "Alemães e Italianos": MT313 reads a joiner after a capital as a
  name going on), an adjective before a sentence's end ("hablaba Inglés."), and in French a
  language's name after "en" ("traduit en Anglais": the language, never the people). The
  adjectives are MT313's (``resources/casing/midsentence/<lang>.json`` ``demonym_stems``,
  hand-made and from CLDR); country names (pycountry) are never taken.
- MT355: "el Siglo XX", "no Século XIX", "au XIXe Siècle": the century noun capitalised next
  to its Roman numeral after a lower-case word.

- MT356: a name's preposition capitalised between a common noun and a common word ("Museo Del
  Prado", "Chiesa Di San Marco", "Musée Du Louvre"): Romance names keep it in lower case.

The joiners, prepositions and century nouns are in ``resources/casing/lowercase/<lang>.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data, localised_country_names
from mtlint.checks.casinglower import (
    LowerWordCapital,
    lower_languages,
    lower_table_raw,
    mid_capital_starts,
    present_words,
)
from mtlint.checks.casingmid import demonym_by_stems, mid_table
from mtlint.checks.documents.base import Document
from mtlint.checks.lowernames import first_names
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import find_words, unique_chunks
from mtlint.checks.wordlists import zipf

_ROMAN = r"[IVXLC]{1,6}"
# The measured precision of each shape is not known yet beyond the invented tests: MT313's
# demonym band (0.6) for the shapes that read like its own, the doubtful tier for the rest.
_CONFIDENCE = 0.6
_CONFIDENCE_SENTENCE_END = 0.45
_WHY_PAIR = "the second of two nationality or language adjectives, lower case in the language"
_WHY_END = "nationality and language adjectives are written in lower case"
_WHY_LANGUAGE = "a language's name is written in lower case"
_WHY_CENTURY = "the word for century is written in lower case"


def adjective_languages() -> frozenset[str]:
    """The languages with a lowercase table and MT313's demonym stems."""
    return frozenset(
        code
        for code in lower_languages()
        if (lower_table_raw(code) or {}).get("conjunctions") and mid_table(code).demonym_stems
    )


def century_languages() -> frozenset[str]:
    return frozenset(
        code for code in lower_languages() if (lower_table_raw(code) or {}).get("century_words")
    )


def particle_languages() -> frozenset[str]:
    return frozenset(
        code for code in lower_languages() if (lower_table_raw(code) or {}).get("name_particles")
    )


@lru_cache(maxsize=16)
def _countries(code: str) -> frozenset[str]:
    return frozenset(name.lower() for name in localised_country_names(code))


@lru_cache(maxsize=65536)
def is_demonym(lower: str, code: str) -> bool:
    """A nationality or language adjective of MT313's stems, no country name."""
    table = mid_table(code)
    if not table.demonym_stems or lower in _countries(code):
        return False
    return demonym_by_stems(lower, table)


_AFTER = frozenset(" .,;:!?)\n") | {""}


def _capitalised_demonyms(document: Document, code: str) -> frozenset[str]:
    """The document's capitalised words (of three letters or more) that are demonyms."""
    casing = casing_data(code)
    chunks = (chunk.rstrip(".,;:!?)") for chunk in unique_chunks(document))
    return frozenset(
        word
        for word in chunks
        if len(word) > 2
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and is_demonym(casing.lower(word), code)
    )


_PREVIOUS = re.compile(r"([^\W\d_][\w'’\-]*)(,?) +$")


def _previous(text: str, start: int) -> tuple[str, bool, int]:
    """The word before ``start`` on its line, whether a comma follows it, and where it starts."""
    match = _PREVIOUS.search(text, max(0, start - 40), start)
    return (match.group(1), bool(match.group(2)), match.start(1)) if match else ("", False, -1)


def adjective_capitals(document: Document, code: str) -> Iterator[LowerWordCapital]:
    raw = lower_table_raw(code)
    if raw is None or not mid_table(code).demonym_stems:
        return
    text = document.text
    found: list[LowerWordCapital] = []
    words = _capitalised_demonyms(document, code)
    if not words:
        return
    spans = sorted(
        (start, end, word) for word, hits in find_words(text, words).items() for start, end in hits
    )
    for start, end, word in spans:
        if text[start - 1 : start] not in (" ", ",") or text[end : end + 1] not in _AFTER:
            continue
        why = _shape(text, start, end, raw, code)
        if why:
            confidence = _CONFIDENCE_SENTENCE_END if why is _WHY_END else _CONFIDENCE
            found.append(LowerWordCapital(start, end, word, confidence, why))
    if found:
        yield from _filtered(document, code, found)


_NEXT = re.compile(r" +([^\W\d_]+)")


def _shape(text: str, start: int, end: int, raw: dict, code: str) -> str | None:
    """Why the capital is wrong, or None when it may be right."""
    following = _NEXT.match(text, end, end + 40)
    if (
        following
        and following.group(1)[:1].isupper()
        and not is_demonym(following.group(1).lower(), code)
    ):
        return None  # "Inglés Británico", "Francés Lopez": a name's first word
    before, comma, at = _previous(text, start)
    if not before:
        return None
    lower = before.lower()
    if before[:1].islower() and lower in raw.get("language_after", ()):
        return _WHY_LANGUAGE  # French "en Anglais"
    if comma:
        first = before  # "Anglais, Allemand"
    elif before[:1].islower() and lower in raw.get("conjunctions", ()):
        first = _previous(text, at)[0]  # "Español y Francés"
    else:
        first = None
    table = mid_table(code)
    if first is not None:
        if not first or not is_demonym(first.lower(), code):
            return None
        if table.demonym_after_nouns_only and not _after_noun(text, first, at, code):
            return None  # French "entre Anglais et Français": nouns of people
        return _WHY_PAIR
    if (
        before[:1].islower()
        and text[end : end + 1] in (".", "!", "?")
        and not table.demonym_after_nouns_only
        and lower not in table.demonym_surname_after
        and lower not in table.person_titles
    ):
        return _WHY_END  # "hablaba Inglés."
    return None


def _after_noun(text: str, first: str, at: int, code: str) -> bool:
    """The first adjective is in lower case, or follows a lower-case word that is no function
    word, determiner or number ("des banquiers Anglais et Italiens")."""
    if first[:1].islower():
        return True
    index = text.rfind(first, 0, at + 1)
    word = _previous(text, index)[0] if index > 0 else ""
    casing = casing_data(code)
    lower = word.lower()
    return (
        word[:1].islower()
        and lower not in casing.function_words
        and lower not in casing.determiners
        and lower not in mid_table(code).demonym_noun_after
    )


def _filtered(
    document: Document, code: str, found: list[LowerWordCapital]
) -> Iterator[LowerWordCapital]:
    """Less what MT313 reports, headlines and title-case lines."""
    taken = mid_capital_starts(document, code)
    paragraphs = ParagraphIndex(document.text, document.paragraphs)
    for capital in found:
        if capital.start not in taken and not paragraphs.is_headline(capital.start):
            yield capital


@lru_cache(maxsize=16)
def _century_words(code: str) -> frozenset[str]:
    return frozenset(w.capitalize() for w in (lower_table_raw(code) or {}).get("century_words", ()))


# Before the noun: a lower-case word, then a Roman numeral (an ordinal in French: "XIXe");
# after it: a Roman numeral.
_NUMERAL_BEFORE = re.compile(rf"[a-zà-öø-ÿ]+,? +{_ROMAN}(?:e|º|°)? +$")
_WORD_BEFORE = re.compile(r"[a-zà-öø-ÿ]+,? +$")
_NUMERAL_AFTER = re.compile(rf" +{_ROMAN}\b(?: +([^\W\d_]+))?")


def century_capitals(document: Document, code: str) -> Iterator[LowerWordCapital]:
    present = present_words(document, _century_words(code))
    if not present:
        return
    for word, spans in find_words(document.text, present).items():
        yield from _centuries(document, word, spans)


def _centuries(
    document: Document, word: str, spans: list[tuple[int, int]]
) -> Iterator[LowerWordCapital]:
    text = document.text
    paragraphs = None
    for start, end in spans:
        after = _NUMERAL_AFTER.match(text, end, end + 40)
        window = max(0, start - 40)
        if after and _WORD_BEFORE.search(text, window, start):
            if after.group(1) and after.group(1)[:1].isupper():
                continue  # "Siglo XXI Editores": a name
        elif not _NUMERAL_BEFORE.search(text, window, start):
            continue
        following = _NEXT.match(text, end, end + 40)
        if not after and following and following.group(1)[:1].isupper():
            continue
        paragraphs = paragraphs or ParagraphIndex(text, document.paragraphs)
        if paragraphs.is_headline(start):
            continue
        yield LowerWordCapital(start, end, word, _CONFIDENCE, _WHY_CENTURY)


# MT356: a name's preposition capitalised between two capitalised words ("Museo Del Prado").
# The head noun before it and the word after it must be words of the language this common
# (a surname after "Via De", "Ministro Di" is rare as a word); given names never count.
_HEAD_ZIPF = 3.5
_AFTER_ZIPF = 3.0


def particle_capitals(document: Document, code: str) -> Iterator[LowerWordCapital]:
    raw = lower_table_raw(code) or {}
    particles = frozenset(p.capitalize() for p in raw.get("name_particles", ()))
    present = present_words(document, particles) if particles else frozenset()
    if not present:
        return
    text = document.text
    paragraphs = ParagraphIndex(text, document.paragraphs)
    quiet = mid_table(code).person_titles | frozenset(raw.get("name_words", ()))
    for word, spans in find_words(text, present).items():
        for start, end in spans:
            head, comma, _ = _previous(text, start)
            following = _NEXT.match(text, end, end + 40)
            if comma or not following or not _title(head) or not _title(following.group(1)):
                continue
            if not _common(head.lower(), code, _HEAD_ZIPF) or head.lower() in quiet:
                continue
            if not _common(following.group(1).lower(), code, _AFTER_ZIPF):
                continue
            if paragraphs.is_headline(start):
                continue
            yield LowerWordCapital(start, end, word, _CONFIDENCE, _WHY_PARTICLE)


_WHY_PARTICLE = "a name keeps its prepositions in lower case"


def _title(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower()


def _common(lower: str, code: str, floor: float) -> bool:
    """A word of the language at least this common (Zipf) and no given name."""
    return zipf(lower, code) >= floor and lower not in first_names()
