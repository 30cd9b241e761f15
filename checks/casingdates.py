"""Names that are also common words, found in lower case where only the name fits (MT303).

A month that is also a word ("may", "march", "june") is a month in a date's position: before a
day number or a year ("on may 8, 2019", "may 2020"), after a day number ("8 may 2021"), after a
preposition of time before a year ("in may 2020", "since march, 2020"; not "on": "soldiers on
march"), after a preposition of days before a day ("On may 20 the team"), and after "mid-"
("in mid-may"). The modal ("prices may 8 % rise", "they may 3D-print") never takes those
places. Names with an apostrophe ("new year's") are matched as one phrase, which the
word-by-word gazetteer scan cannot do. The words are the entity-case table's (date_months,
date_prepositions, day_prepositions, apostrophe_names in resources/casing/entity/<code>.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.textscan import find_all, looks_technical
from mtlint.checks.wordgate import WordGate

_DAY = r"(?:[1-9]|[12]\d|3[01])"
_ORDINAL = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
# A stop after the date: a mark that is no decimal point ("may 3.5" is a figure).
_STOP = r"[,.;:!?)](?!\d)"


# How far a date's shape reaches before its month ("20th of ", "during ") and after it
# (" 31st, 2020"): each month is read in a window this wide around it.
_BEFORE = 40
_AFTER = 64
_SPACES = re.compile(r"\s*")


@lru_cache(maxsize=16)
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The month pattern (group "month") and the apostrophe-name pattern of a language, or None
    where its table names neither."""
    table = entity_case_data(code)
    if not table.date_months and not table.apostrophe_names:
        return None
    months = "|".join(sorted(table.date_months, key=len, reverse=True)) or "(?!)"
    preps = "|".join(sorted(table.date_prepositions - {"mid"}, key=len, reverse=True)) or "(?!)"
    month = rf"(?P<month>{months})"
    shapes = (
        # "may 8, 2019", "may 20th", "may 8 2019", "may 2020": a day or a year after the month.
        rf"\b{month} (?:{_DAY}(?:{_ORDINAL}\b|(?={_STOP})|(?=,? {_YEAR})|$)|{_YEAR})",
        # "8 may 2021", "20th of may,": a day before it, a year or a stop after it.
        rf"\b{_DAY}{_ORDINAL}? (?:of )?(?P<month2>{months})\b(?=,? {_YEAR}|\s*{_STOP}|$)",
        # "since march 2020": a preposition of time before, a year after ("in may," alone is
        # left: a text may write months in lower case by choice, as MT303's good example).
        rf"\b(?:{preps}) (?P<month3>{months}),? (?={_YEAR})",
    )
    if table.day_prepositions:
        # "On may 20 the team": a preposition of days before, a day after.
        days = "|".join(sorted(table.day_prepositions, key=len, reverse=True))
        shapes += (rf"\b(?i:{days}) (?P<month5>{months}) {_DAY}{_ORDINAL}?\b",)
    if "mid" in table.date_prepositions:
        shapes += (rf"\bmid-(?P<month4>{months})\b",)
    dates = re.compile("|".join(f"(?:{shape})" for shape in shapes), re.MULTILINE)
    names = "|".join(
        re.escape(name).replace("'", "['’]")
        for name in sorted(table.apostrophe_names, key=len, reverse=True)
    )
    phrases = re.compile(rf"(?<![\w'’-])(?:{names or '(?!)'})(?![\w'’-])")
    return dates, phrases


def _capitalised(words: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in words.split(" "))


# Every date shape holds a day or a year (a digit) within its month's window, or is "mid-may":
# a window with neither is not read (most are the modal "may": h21speed).
_DATE_MARK = re.compile(r"\d|mid-")


def _name_anchors(names: frozenset[str], chunks: str | None) -> frozenset[str]:
    """The words the apostrophe names are found by: the word of each name that holds its
    apostrophe, written with either apostrophe ("year's", "year’s" of "new year's"), less the
    spellings the text's chunks lack (a name cannot stand where its word does not); a name
    whose apostrophe word lies too far into it, or holds two apostrophes, by its first word
    as before. Every match of the name pattern holds one of these words at most ``_BEFORE``
    characters after its start, so the windows around them hold every match."""
    anchors: set[str] = set()
    for name in names:
        words = [word for word in name.split(" ") if "'" in word]
        if len(words) != 1 or words[0].count("'") != 1 or name.find(words[0]) > _BEFORE:
            anchors.add(name.split(" ")[0].split("'")[0])
            continue
        for spelling in (words[0], words[0].replace("'", "’")):
            if chunks is None or spelling in chunks:
                anchors.add(spelling)
    return frozenset(anchors)


def _windows(text: str, words: frozenset[str], gate: WordGate | None) -> list[tuple[int, int]]:
    """The stretches of text around each place one of ``words`` may stand, merged, in order:
    the date and name patterns are read only there (a whole-text scan of an alternation with
    look-arounds costs ~0.3 s per 50 MB; the words themselves are found by ``str.find``,
    through the word filters of a large text)."""
    spans = sorted(
        (at - _BEFORE, _SPACES.match(text, at + len(word)).end() + _AFTER)
        for word in words
        for at in find_all(text, word, gate)
    )
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        low = max(low, 0)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def dated_names(
    text: str, code: str, gate: WordGate | None = None, chunks: str | None = None
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written form, why) of each lower-case month in a date's position and each
    lower-case name with an apostrophe of the language's table. ``gate``: the word filters of
    a large text (``textscan.word_gate``); ``chunks``: its chunk text (``textscan.chunk_text``),
    which tells whether a name's apostrophe word occurs at all."""
    patterns = _patterns(code)
    if patterns is None:
        return
    dates, phrases = patterns
    table = entity_case_data(code)
    for low, high in _windows(text, frozenset(table.date_months), gate):
        if not _DATE_MARK.search(text, low, high):
            continue  # no day, no year, no "mid-": no date shape can match here
        for match in dates.finditer(text, low, min(high, len(text))):
            group = match.lastgroup or "month"  # each shape holds one named group
            start, end = match.span(group)
            if not looks_technical(text, start, end):
                yield start, end, _capitalised(match[group]), "a month's name in a date"
    for low, high in _windows(text, _name_anchors(table.apostrophe_names, chunks), gate):
        for match in phrases.finditer(text, low, min(high, len(text))):
            start, end = match.span()
            if not looks_technical(text, start, end) and not _before_a_name(text, end):
                yield start, end, _capitalised(match[0]), "a holiday's name"


# Up to four lower-case words after a holiday's name.
_LOWER_WORDS_AFTER = re.compile(r"(?: [a-z]+){2,4}")


def _before_a_name(text: str, end: int) -> bool:
    """Lower-case words after a holiday's name that the text writes capitalised elsewhere as a
    name of two words or more: the possessive is this year's, not the holiday ("here comes a new
    year's dragon boat festival" beside "the Dragon Boat Festival"; h27prec)."""
    after = _LOWER_WORDS_AFTER.match(text, end)
    if not after:
        return False
    words = after.group().split()
    return any(_capitalised(" ".join(words[:count])) in text for count in range(len(words), 1, -1))
