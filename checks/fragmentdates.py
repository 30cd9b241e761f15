"""MT503's dates left in another language: month and weekday names of the other languages of
the script, the words only a date uses, and the fix that writes the date in the document's
language (checks/rules/language_fragments.py; names from checks/calendarnames.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.calendarnames import own_calendar_name
from mtlint.checks.casingdata import casing_data, casing_languages
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.wordlists import zipf


@lru_cache(maxsize=32)
def foreign_calendar_words(code: str) -> dict[str, str]:
    """Month and weekday names of other languages in the same script that are no word of this
    language ("agosto", "sábado"; not "april", "mai") → their language."""
    own = casing_data(code)
    scripts = load_language_data(code).scripts
    found: dict[str, str] = {}
    for other in sorted(casing_languages()):
        if other == code or not (load_language_data(other).scripts & scripts):
            continue
        for word in casing_data(other).calendar_words:
            if word in own.calendar_words or len(word) < SHORT_NAME:
                continue
            # A short name is read only between two numbers, where a name of that spelling
            # ("Mei", Zipf 3.4 in English) cannot stand; never an abbreviation of the text's
            # own ("Jun").
            short = len(word) == SHORT_NAME
            if zipf(word, code) >= (_SHORT_NAME_ZIPF if short else 3.0) or (
                short and word in own_date_words(code)
            ):
                continue
            found.setdefault(word, other)
    return found


@lru_cache(maxsize=32)
def _date_only_candidates(code: str) -> dict[str, tuple[str, ...]]:
    """Month names of other languages in the same script (and of the language's
    ``borrowing_language`` in another script) that may be read only between numbers in
    ``code`` (see ``date_only_language``) → those languages, in sorted order; none of the
    language's own calendar words or abbreviations. Built from the tables alone: the word
    frequencies are asked only for a word the text holds (loading every other language's
    word list up front cost ~180 MB and 0.6 s per document)."""
    own = casing_data(code)
    data = load_language_data(code)
    common = foreign_calendar_words(code)
    # The borrowing language's months too where it writes another script: "8 January 2026"
    # in a Ukrainian or Russian text (English; h29ml2, pool-ml29b).
    borrowing = str(data.tables.get("borrowing_language") or "")
    found: dict[str, list[str]] = {}
    for other in sorted(casing_languages()):
        shared = load_language_data(other).scripts & data.scripts
        if other == code or not (shared or other == borrowing):
            continue
        for word in casing_data(other).calendar_words:
            if (
                word in common
                or word in own.calendar_words
                or len(word) <= SHORT_NAME
                or word in own_date_words(code)
            ):
                continue
            found.setdefault(word, []).append(other)
    return {word: tuple(others) for word, others in found.items()}


@lru_cache(maxsize=4096)
def date_only_language(word: str, code: str) -> str | None:
    """The language of a month name the text's language meets too often to read alone
    ("March", Zipf 3.7 in Italian web text), or None."""
    if zipf(word, code) >= _DATE_ONLY_MAX_ZIPF:
        return None
    for other in _date_only_candidates(code).get(word, ()):
        # a name both languages write ("Augusta", "Mars") is no month here
        if zipf(word, other) - zipf(word, code) >= _DATE_ONLY_MARGIN:
            return other
    return None


# Above this a month name of another language is a word of the text's own ("Mars" in French).
_DATE_ONLY_MAX_ZIPF = 4.5
_DATE_ONLY_MARGIN = 1.5


@lru_cache(maxsize=32)
def between_numbers(code: str) -> dict[str, str]:
    """``_date_only_candidates`` capitalised → the table's word."""
    return {w[:1].upper() + w[1:]: w for w in _date_only_candidates(code)}


# A name this short ("Mei", "Mai") is read only capitalised between two numbers ("8 Mei
# 2017"): alone it is a name or a word of the text's own.
SHORT_NAME = 3
_SHORT_NAME_ZIPF = 4.0


@lru_cache(maxsize=32)
def own_date_words(code: str) -> frozenset[str]:
    """The document language's month and weekday names and their three-letter abbreviations,
    in lower case: a foreign weekday before a date of the text's own ("Selasa 9 Mar 2016")."""
    words = casing_data(code).calendar_words
    return frozenset(words) | frozenset(w[:3] for w in words)


@lru_cache(maxsize=32)
def capitalised_calendar_words(code: str) -> dict[str, str]:
    """``foreign_calendar_words`` capitalised ("Oktober") → the table's lower-case word."""
    return {w[:1].upper() + w[1:]: w for w in foreign_calendar_words(code)}


@lru_cache(maxsize=32)
def capitalised(code: str) -> frozenset[str]:
    return frozenset(capitalised_calendar_words(code))


_DIGIT_BESIDE = re.compile(r"\d")


def number_beside(text: str, match: re.Match[str], start: int, end: int) -> int:
    """How many of the tokens right before and after the name, inside the date's span, hold a
    number ("6 Juli": 1, "8 Mei 2017": 2)."""
    before = [t for t in text[start : match.start()].split() if t.strip("-–—")][-1:]
    after = text[match.end() : end].split()[:1]
    return sum(bool(_DIGIT_BESIDE.search(token)) for token in before + after)


def day_and_year_after(text: str, match: re.Match[str], end: int) -> bool:
    """A day and a year follow the month name ("March 5, 2024")."""
    after = [token.strip(",.") for token in text[match.end() : end].split()[:2]]
    return len(after) == 2 and after[0].isdigit() and len(after[1]) == 4 and after[1].isdigit()


def date_fix(text: str, start: int, end: int, match: re.Match[str], code: str) -> Fix:
    """The month or weekday in the document's language when the date holds nothing else to
    translate (numbers only around it: "3 Oktober 2019" → "3 October 2019"); else a hint."""
    rest = (text[start : match.start()] + text[match.end() : end]).split()
    own = own_calendar_name(match.group(), code)
    dates = own_date_words(code)
    if own is not None and all(
        token.strip(",.").isdigit() or token.strip(",.").lower() in dates for token in rest
    ):
        return Fix((Edit(match.start(), match.end(), own),), Applicability.UNSAFE, f"'{own}'")
    return Fix(
        (Edit(start, end, text[start:end]),), Applicability.DISPLAY_ONLY, "translate the date"
    )


# A comma may follow a weekday ("Rabu, 4 Maret"); a time ("17:30") is no part of the date.
_DATE_TOKEN = re.compile(r",?\s+([^\W_]+)(?![:\w])")
# A dash may join the day to the month in a page's date line ("Sun 24 - Mai 2020").
_DATE_TOKEN_BEFORE = re.compile(r"([^\W_]+)(?:\s+[-–—])?\s+$")


def widen_date(
    text: str, start: int, end: int, stop_words: frozenset[str], own: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The run of numbers and the other language's function words around a month name, and
    after it the document language's own month names (``own``: "Selasa 9 Mar 2016")."""
    while True:
        after = _DATE_TOKEN.match(text, end, end + 20)
        token = after.group(1).lower() if after else ""
        if not after or not (token.isdigit() or token in stop_words or token in own):
            break
        end = after.end()
    while True:
        before = _DATE_TOKEN_BEFORE.search(text, max(0, start - 20), start)
        if not before or not (before.group(1).isdigit() or before.group(1).lower() in stop_words):
            break
        start = before.start()
    # A trailing function word ("agosto de" before a name) is not part of the date.
    while end > start and text[start:end].split()[-1].lower() in stop_words:
        end = start + text[start:end].rstrip().rfind(" ")
    return start, end


_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
ENGLISH_MONTHS = frozenset(m.lower() for m in _MONTHS_EN.split("|")) | {
    m.lower() + "." for m in _MONTHS_EN.split("|")
}
# "Oct 14, 2024", "October 14 2024", "14 Oct 2024": a day and a four-digit year around it.
DATE_LABEL_WORDS = 3
ENGLISH_DATE = re.compile(
    rf"(?<![\w.])(?:(?:{_MONTHS_EN})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} (?:{_MONTHS_EN})\.?,? \d{{4}})(?![\w])"
)
