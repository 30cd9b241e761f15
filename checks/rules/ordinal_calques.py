"""Ordinals calqued from English (MT954): a century written in the English order and shape
("el 5to siglo", "nel 12 ° secolo", "XVII th século" for "el siglo V", "XII secolo", "século
XVII"), and an English ordinal suffix a space cut off its number ("21 st", "March 3 rd").

The century words, the marks written after a digit and the order of the fix are data
(resources/language/ordinals.json). Each scan is screened on the document's distinct chunks
first: a text without the century word (or a chunk "st", "nd", "rd", "th") costs one search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, chunk_text

_ENGLISH_SUFFIXES = frozenset({"th", "st", "nd", "rd"})
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


_CONFIDENCE = 0.8


@cache
def _table() -> dict:
    return resource_json("language", "ordinals.json")


@dataclass(frozen=True)
class _Centuries:
    words: tuple[str, ...]
    any_mark: bool
    roman_first: bool
    # A digit with the language's own mark ("12º século"): a calque, or a text's informal style.
    own_mark_confidence: float
    pattern: re.Pattern[str]
    screen: re.Pattern[str]


@cache
def _centuries(language: str) -> _Centuries | None:
    raw = _table()["centuries"].get(language)
    if raw is None:
        return None
    marks = "|".join(re.escape(m) for m in sorted(raw["marks"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in raw["words"])
    pattern = re.compile(
        rf"(?<![\w.,/-])(\d{{1,2}}|(?-i:[IVXL]{{1,6}}))( ?)({marks}) ({words})\b", re.IGNORECASE
    )
    screen = re.compile(rf"\n(?:{words})", re.IGNORECASE)
    return _Centuries(
        tuple(raw["words"]),
        raw["any_mark"],
        raw["roman_first"],
        float(raw.get("own_mark_confidence", _CONFIDENCE)),
        pattern,
        screen,
    )


def _roman(number: str) -> str:
    if not number.isdigit():
        return number.upper()
    value, out = int(number), []
    for size, letters in _ROMAN:
        while value >= size:
            out.append(letters)
            value -= size
    return "".join(out)


def _right_suffix(number: int) -> str:
    if 10 <= number % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


_SPACED_SCREEN = re.compile(r"\n(?:st|nd|rd|th)(?=\n|[,;:)\]]|\Z)")
_SPACED = re.compile(r"(?<![\w.,/-])(\d{1,4}) (st|nd|rd|th)(?![\w.'’-])")


@register
class CalquedOrdinal(Rule):
    code = "MT954"
    name = "calqued-ordinal"
    summary = "A century or ordinal written in the English shape ('el 5to siglo', '21 st')."
    languages = frozenset(_table()["centuries"]) | frozenset(_table()["spaced_suffix"])
    severity = Severity.WARNING
    doc = """
    What it finds: a century written in English order and shape in a language that puts the
    century word first or writes it in Roman numerals: a digit with an ordinal mark before the
    century word in Spanish and Portuguese ("el 5to siglo", "el 13er siglo", "o 5º século"), a
    degree sign a space cut off its number or an English suffix in Italian and French ("nel 12 °
    secolo", "au 12th siècle"), a Roman numeral with an English suffix ("XVII th século"); and in
    English an ordinal suffix a space cut off its number ("21 st century", "March 3 rd").
    Why it matters: machine translation from English (or through it) copies the English
    ordinal word for word; the reader sees a calque no editor writes.
    Fix safety: unsafe for the century (the language's own form, the Roman numeral: "el siglo
    V", "XII secolo"); safe for the spaced English suffix when it is the number's own ("21st"),
    unsafe for "st" (a weight in stones is written so).
    Known false positives: an Italian or Portuguese text that writes "12º secolo" as its house
    style stays quiet in Italian (only a spaced degree sign or an English suffix is flagged);
    a suffix that is not the number's own ("5 st") is left alone; Portuguese "12º século" is
    found in edited Brazilian text too, so it is reported at a lower confidence (0.65, the
    table's ``own_mark_confidence``). Roman numerals are upper case only ("vi", Spanish "I
    saw", is no numeral).
    """
    examples = (
        Example(
            "La ciudad existe desde el 10mo siglo, según los cronistas.",
            "La ciudad existe desde el siglo X, según los cronistas.",
            "es",
        ),
        Example(
            "Il borgo fiorì nel 15 ° secolo grazie ai mercanti.",
            "Il borgo fiorì nel XV secolo grazie ai mercanti.",
            "it",
        ),
        Example(
            "The fair opened on March 3 rd in the old hall.",
            "The fair opened on March 3rd in the old hall.",
        ),
        good("La ciudad existe desde el siglo X, según los cronistas.", "es"),
        good("Il borgo fiorì nel XV secolo, come nel 15º secolo scrivono altri.", "it"),
        good("He weighed 13 st in May and came 5 st at the fair.", "en"),
        good("Lo vi no siglo, sino década.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        centuries = _centuries(language)
        if centuries is not None and centuries.screen.search(chunk_text(document)):
            yield from self._centuries(document, centuries)
        if language in _table()["spaced_suffix"] and _SPACED_SCREEN.search(chunk_text(document)):
            yield from self._spaced(document)

    def _centuries(self, document: Document, table: _Centuries) -> Iterator[Finding]:
        for m in table.pattern.finditer(document.text):
            number, space, mark, word = m.groups()
            english = mark.lower() in _ENGLISH_SUFFIXES
            roman = not number.isdigit()
            if roman and not (english or space):
                continue  # "XVIIº": a house style, not the English shape
            if not (table.any_mark or english or space):
                continue
            numeral = _roman(number)
            own_mark = not (roman or english or space)
            fixed = f"{numeral} {word}" if table.roman_first else f"{word} {numeral}"
            yield self.finding(
                m.start(),
                m.end(),
                f"'{m.group()}': the century is written '{fixed}' here, not in the English shape",
                fixes=(Fix((Edit(m.start(), m.end(), fixed),), Applicability.UNSAFE, fixed),),
                confidence=table.own_mark_confidence if own_mark else _CONFIDENCE,
            )

    def _spaced(self, document: Document) -> Iterator[Finding]:
        for m in _SPACED.finditer(document.text):
            number, suffix = m.groups()
            if suffix != _right_suffix(int(number)):
                continue
            fixed = number + suffix
            safety = Applicability.UNSAFE if suffix == "st" else Applicability.SAFE
            yield self.finding(
                m.start(),
                m.end(),
                f"'{m.group()}': the ordinal suffix is written against its number, '{fixed}'",
                fixes=(Fix((Edit(m.start(), m.end(), fixed),), safety, fixed),),
                confidence=0.75,
            )
