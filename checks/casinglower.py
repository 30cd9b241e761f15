"""Evidence for MT353: a month or weekday name capitalised inside a sentence where the language
writes it in lower case (French "le 12 Avril", Spanish "el Lunes 3", Portuguese "Em Março"),
in the places MT313 leaves: after a day's number, before one, after a sentence's first word,
after a comma.

The words are CLDR's (``resources/language/calendar.json``); what CLDR does not say is in
``resources/casing/lowercase/<lang>.json``: names that are also a name (Spanish "Domingo", French
"Mars": taken only beside a day's number), holidays a date names ("25 de Abril", "14 Juillet"),
and nouns that open a place or event name with a date ("Plaza de Mayo", "Rua 25 de Março").

Document evidence sets the confidence: a calendar word written in lower case elsewhere in the
text makes the capital an inconsistency; a text that capitalises every calendar word it writes
(three or more) follows a house style (old Portuguese orthography capitalised months).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingmid import mid_capitals
from mtlint.checks.documents.base import Document
from mtlint.checks.resourcefiles import resource_json, table_names
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import find_words, unique_chunks


@dataclass(frozen=True, eq=False)
class LowerTable:
    code: str
    words: frozenset[str]
    months: frozenset[str]
    days_quiet_after: frozenset[str]
    ambiguous: frozenset[str]
    holidays: frozenset[str]
    name_words: frozenset[str]
    old_orthography_months: bool
    capitals: frozenset[str]


def lower_languages() -> frozenset[str]:
    return table_names("casing/lowercase")


@lru_cache(maxsize=16)
def lower_table_raw(code: str) -> dict | None:
    """The language's resources/casing/lowercase/<code>.json, None where there is none."""
    if code not in lower_languages():
        return None
    return resource_json("casing/lowercase", f"{code}.json")


@lru_cache(maxsize=16)
def lower_table(code: str) -> LowerTable | None:
    if code not in lower_languages():
        return None
    raw = resource_json("casing/lowercase", f"{code}.json")
    calendar = resource_json("language", "calendar.json").get(code, {})
    months = {w for forms in calendar.get("months", ()) for w in forms}
    days = {w for forms in calendar.get("days", ()) for w in forms}
    words = {w for w in months | days if len(w) >= 3}
    return LowerTable(
        code=code,
        words=frozenset(words),
        months=frozenset(months),
        days_quiet_after=frozenset(raw.get("days_quiet_after", ())),
        ambiguous=frozenset(raw.get("ambiguous", ())),
        holidays=frozenset(raw.get("holidays", ())),
        name_words=frozenset(raw.get("name_words", ())),
        old_orthography_months=bool(raw.get("old_orthography_months", False)),
        capitals=frozenset(c for w in words for c in _capitals(w)),
    )


def _capitals(word: str) -> set[str]:
    """The capitalised spellings of a calendar word: "Segunda-feira" and "Segunda-Feira"."""
    return {word[:1].upper() + word[1:], "-".join(part.capitalize() for part in word.split("-"))}


@dataclass(frozen=True)
class LowerWordCapital:
    """A word its language writes in lower case, capitalised (MT353–MT356)."""

    start: int
    end: int
    word: str
    confidence: float
    why: str


# Marks after which a word opens a sentence, a label or a quotation.
_OPENERS = ".!?…:;\n•|–—-(\"“«»„‘'[/*#>"
_NUMBER = re.compile(r"\d{1,2}(?:º|°|\.º|er|ª|\.)?$")
_WORD_BEFORE = re.compile(r"([^\W_][\w'’\-]*|\d[\w.º°ª]*)\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W_][\w'’\-]*|\d+)")
# Connectors between a day's number and its month ("3 de marzo", "3 di marzo").
_DATE_JOINERS = frozenset({"de", "di", "del", "do", "da"})
# Confidence: the measured precision of each band (BENCHMARKS.md "h17romcaps").
_CONFIDENCE_LOWER_ELSEWHERE = 0.8
_CONFIDENCE_PLAIN = 0.6
_CONFIDENCE_HOUSE_STYLE = 0.3
# A text that capitalises this many calendar words and none in lower case has a house style.
_HOUSE_STYLE = 3
# A paragraph of fewer words is a label ("Lunes 3 de marzo"), no sentence.
_LABEL_WORDS = 6


def _before(text: str, start: int) -> tuple[str, int]:
    """The word or number before ``start`` on its line and where it starts; ("", -1) after a
    mark that opens a sentence or at a line's start."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] in _OPENERS:
        return "", -1
    if text[at - 1] == ",":
        return ",", at - 1
    match = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if not match:
        return "", -1
    return match.group(1), match.start(1)


def _after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end, end + 40)
    return match.group(1) if match and "\n" not in text[end : match.start(1)] else ""


def _sentence_start(text: str, at: int) -> bool:
    word, start = _before(text, at)
    return start < 0 and word == ""


def _quiet_before(text: str, start: int, table: LowerTable, function_words: frozenset[str]) -> bool:
    """The words before say the capital is right: a sentence start, a name before ("Plaza de
    Mayo", "Avenida 9 de Julio"), a holiday ("25 de Abril")."""
    word, at = _before(text, start)
    if at < 0:
        return True  # the sentence's first word
    if word == ",":
        return False
    if word[:1].isupper():
        # "Em Março": after a sentence's first word, a function word; anything else capitalised
        # before makes a name ("Revolução Abril", "Domingo Cavallo").
        return not (word.lower() in function_words and _sentence_start(text, at))
    number = word if _NUMBER.match(word) else ""
    if word.lower() in _DATE_JOINERS:
        previous, at2 = _before(text, at)
        if previous[:1].isupper() and at2 >= 0 and not _sentence_start(text, at2):
            return True  # "Plaza de Mayo", "Praça Sete de Setembro"
        if _NUMBER.match(previous):
            number, word, at = previous, previous, at2
    if number:
        month = _after(text, start).lower()
        day = re.sub(r"\D", "", number)
        if f"{day} {month}" in table.holidays or f"{number.lower()} {month}" in table.holidays:
            return True
        previous, at2 = _before(text, at)
        if (
            previous[:1].isupper()
            and previous.lower() not in table.words
            and at2 >= 0
            and not _sentence_start(text, at2)
        ):
            return True  # "Avenida 9 de Julio", "Rua 25 de Março"; not "Lundi 3 Mars"
        if previous.lower() in table.name_words:
            return True
    return False


def _date_context(text: str, start: int, end: int) -> bool:
    """A day's number stands next to the word ("3 de mayo", "Mars 2020", "lundi 3")."""
    before = text[max(0, start - 8) : start]
    after = text[end : end + 8]
    return bool(re.search(r"\d\s*(?:de |di |del )?$", before) or re.match(r"\s*(?:de )?\d", after))


def calendar_capitals(document: Document, code: str) -> Iterator[LowerWordCapital]:
    """Capitalised month and weekday names inside sentences (see the module's docstring) that
    MT313 does not report."""
    table = lower_table(code)
    if table is None or not table.capitals:
        return
    text = document.text
    present = present_words(document, table.capitals)
    if not present:
        return
    matches = [
        (start, end, word)
        for word, spans in find_words(text, present).items()
        for start, end in spans
    ]
    casing = casing_data(code)
    function_words = casing.function_words | casing.determiners
    paragraphs = ParagraphIndex(text, document.paragraphs)
    found = []
    for start, end, word in sorted(matches):
        lower = word.lower()
        if paragraphs.is_headline(start):
            continue
        paragraph = paragraphs.at(start)
        if paragraph and len(text[paragraph.start : paragraph.end].split()) < _LABEL_WORDS:
            continue
        following = _after(text, end)
        if following[:1].isupper() and following.lower() not in table.words:
            continue  # "Viernes Santo", "Mayo Clinic": a name's first word
        dated = _date_context(text, start, end)
        if not dated and (
            lower in table.ambiguous
            or (
                lower not in table.months
                and _before(text, start)[0].lower() in table.days_quiet_after
            )
        ):
            continue  # "sur Mars"; French "ouvert le Dimanche"
        if _quiet_before(text, start, table, function_words):
            continue
        found.append((start, end, word))
    if not found:
        return
    skip = mid_capital_starts(document, code)
    found = [item for item in found if item[0] not in skip]
    yield from _with_confidence(text, table, found)


# Marks a chunk may carry around a word: "(Lunes", "Marzo,", "«Siglo".
_CHUNK_EDGES_LEFT = "\"“«(¿¡'‘[„"
_CHUNK_EDGES_RIGHT = ".,;:!?)]»”\"'’…"


def present_words(document: Document, words: frozenset[str]) -> frozenset[str]:
    """The words of ``words`` that some chunk of the document is, less the marks around it: one
    look-up per distinct chunk instead of a scan of the text."""
    found = set()
    for chunk in unique_chunks(document):
        if chunk[:1].isalpha() or chunk[:1] in _CHUNK_EDGES_LEFT:
            word = chunk.lstrip(_CHUNK_EDGES_LEFT).rstrip(_CHUNK_EDGES_RIGHT)
            if word in words:
                found.add(word)
    return frozenset(found)


def mid_capital_starts(document: Document, code: str) -> frozenset[int]:
    """Where MT313 reports a capital (computed once per document for MT353 and MT354)."""
    return document.analysis.get(
        f"mid_capital_starts:{code}",
        lambda: frozenset(capital.start for capital in mid_capitals(document, code)),
    )


def _with_confidence(
    text: str, table: LowerTable, found: list[tuple[int, int, str]]
) -> Iterator[LowerWordCapital]:
    lower_elsewhere = _written_lower(text, table)
    house_style = not lower_elsewhere and len(found) >= _HOUSE_STYLE
    for start, end, word in found:
        lower = word.lower()
        old_month = table.old_orthography_months and lower in table.months
        if lower_elsewhere:
            confidence, why = (
                _CONFIDENCE_LOWER_ELSEWHERE,
                "the text writes calendar words in lower case elsewhere",
            )
        elif house_style or old_month:
            confidence, why = (
                _CONFIDENCE_HOUSE_STYLE,
                "the text capitalises its calendar words throughout",
            )
        else:
            confidence, why = _CONFIDENCE_PLAIN, "days and months are written in lower case"
        yield LowerWordCapital(start, end, word, confidence, why)


def _written_lower(text: str, table: LowerTable) -> bool:
    """A month or weekday name written in lower case after a word (not a line's start)."""
    pattern = _lower_pattern(table.code)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=16)
def _lower_pattern(code: str) -> re.Pattern[str] | None:
    table = lower_table(code)
    if table is None or not table.words:
        return None
    words = sorted(table.words - table.ambiguous, key=lambda w: (-len(w), w))
    return re.compile(r"(?<=[\w,] )(" + "|".join(map(re.escape, words)) + r")(?![\w\-])")
