"""Spacing: an amount glued to the currency code after it, a word glued to a date, a step or
section noun glued to its number, a verb glued to its amount (MT120). The tables are
``resources/typography/number_glue.json``: the currency codes (never a product's or a unit's
letters) and, per language, the nouns a number follows ("Step 4") and the verb markers. MT107
reads a number glued to a common word ("3after"); units and trade shorthand ("5km",
"300pcs") are units.json's and stay quiet.

The rule screens the document's distinct chunks (one regex over ``chunk_text``), judges each
distinct glued token once and locates only those in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    find_words,
    looks_technical,
)
from mtlint.checks.wordlists import zipf

# An amount (digits, thousands groups, a decimal part) glued to three capitals, the token's
# end: "40RMB", "6.5USD", "1,200EUR". Not after a letter, a digit group or a sign that makes
# it a code ("A40RMB", "v2.5USD").
_AMOUNT_CODE = re.compile(r"(?<![\w.,/+\-$€£¥])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Z]{3})(?!\w)")
# A word of two letters or more glued to a date written year first: "Student2019-06-20".
_WORD_DATE = re.compile(
    r"(?<![\w.\-/])([^\W\d_]{2,})((?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01]))"
    r"(?![\w\-/])"
)
# A capitalised noun glued to a number of one to three digits ("Step4", "Chapter3.2").
_NOUN_NUMBER = re.compile(r"(?<![\w.\-/])([A-Z][a-z]{3,9})(\d{1,3}(?:\.\d{1,3})*)(?![\w\-/]|\.\d)")
# A lower-case word glued to an amount ("pay10", "hire200", "reached1,000"): a verb that lost
# the space before its object, when a verb marker stands before it or it is a past form.
_WORD_AMOUNT = re.compile(
    r"(?<![\w.\-/])([a-z]{3,12})(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w\-/]|[.,]\d)"
)
# Digits a code's name ends with (a word size or a hash: "win32", "base64", "sha256").
_CODE_DIGITS = frozenset({"8", "16", "32", "64", "128", "256", "512"})
_VERB_ZIPF = 3.5
_VERB_CONFIDENCE = 0.6
_AMOUNT_AFTER = re.compile(r"%?[ \t]+[^\W\d_]")
_UNIT_AFTER = re.compile(r"[^\W\d_]+")
# The date's first part is a word of the language at least this well known ("Student",
# "updated"), so codes and identifiers ("ID", "XJ") stay quiet.
_DATE_WORD_ZIPF = 3.0
_CODE_CONFIDENCE = 0.6
_DATE_CONFIDENCE = 0.7
_NOUN_CONFIDENCE = 0.55
# The text writes the same noun or code spaced elsewhere ("Step 5", "20 USD"): its own style.
_SPACED_CONFIDENCE = 0.7


class _Glue(NamedTuple):
    token: str
    cut: int  # where the space goes, inside the token
    kind: str  # "code", "date", "noun"


@cache
def _tables(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = resource_json("typography", "number_glue.json")
    codes = frozenset(raw.get("currency_codes", ()))
    nouns = frozenset(raw.get("numbered_nouns", {}).get(language, ()))
    return codes, nouns


@cache
def _verb_markers(language: str) -> frozenset[str]:
    raw = resource_json("typography", "number_glue.json")
    return frozenset(raw.get("verb_markers", {}).get(language, ()))


@cache
def _past_endings(language: str) -> tuple[str, ...]:
    """The language's past-form endings (``past_endings`` in resources/lang: English "ed")."""
    return tuple(load_language_data(language).word_set("past_endings"))


def _past_form(word: str, language: str) -> bool:
    """A past form whose stem is a word ("reached", "raised"; not "speed", "seed"): the stem is
    the word without its ending, or without all of it but its last letter ("rais-e-d")."""
    if len(word) < 5:
        return False
    for ending in _past_endings(language):
        if ending and word.endswith(ending):
            cut = len(word) - len(ending)
            if max(zipf(word[:cut], language), zipf(word[: cut + 1], language)) >= _VERB_ZIPF:
                return True
    return False


@cache
def _unit_words() -> frozenset[str]:
    """The words of money and measure an amount is written with ("euros", "percent", "tonnes":
    units.json's ``drift_units``, in lower case)."""
    units = resource_json("typography", "units.json").get("drift_units", ())
    return frozenset(unit for unit in units if unit.isalpha() and unit.islower())


def _verb_glued(text: str, start: int, end: int, glue: _Glue, language: str) -> bool:
    """A verb glued to its amount: after a verb marker of the language ("will pay10"), or a
    past form ("reached1,000"), and a word after the amount ("percent", "workers"); or any
    common word glued to an amount its word of money or measure follows ("pay10 euros":
    the amount is the unit's, so the word before it is no part of the number)."""
    after = _AMOUNT_AFTER.match(text, end)
    if not after:
        return False
    word = glue.token[: glue.cut]
    if _past_form(word, language):
        return True
    unit = _UNIT_AFTER.match(text, after.end() - 1)
    if unit and unit[0] in _unit_words():
        return True
    before = text[max(0, start - 12) : start].rsplit(None, 1)
    return bool(before) and text[start - 1 : start] == " " and before[-1] in _verb_markers(language)


def _glued(lines: str, language: str) -> set[_Glue]:
    """The distinct glued tokens of the document's chunks."""
    codes, nouns = _tables(language)
    found: set[_Glue] = set()
    for match in _AMOUNT_CODE.finditer(lines):
        if match[3] in codes:
            found.add(_Glue(match[0], match.start(3) - match.start(), "code"))
    for match in _WORD_DATE.finditer(lines):
        if zipf(match[1].lower(), language) >= _DATE_WORD_ZIPF:
            found.add(_Glue(match[0], len(match[1]), "date"))
    if nouns:
        for match in _NOUN_NUMBER.finditer(lines):
            if match[1] in nouns:
                found.add(_Glue(match[0], len(match[1]), "noun"))
    if _verb_markers(language):
        for match in _WORD_AMOUNT.finditer(lines):
            word, digits = match[1], match[2]
            if digits in _CODE_DIGITS or zipf(match[0], language) > 0:
                continue  # a code ("win32", "base64") or a token the language writes so
            if zipf(word, language) >= _VERB_ZIPF:
                found.add(_Glue(match[0], len(word), "verb"))
    return found


def _confidence(glue: _Glue, text: str) -> float:
    if glue.kind == "date":
        return _DATE_CONFIDENCE
    if glue.kind == "verb":
        return _VERB_CONFIDENCE
    head, tail = glue.token[: glue.cut], glue.token[glue.cut :]
    if glue.kind == "code":
        spaced = re.search(rf"\d {re.escape(tail)}\b", text)
        return _SPACED_CONFIDENCE if spaced else _CODE_CONFIDENCE
    spaced = re.search(rf"\b{re.escape(head)} \d", text)
    return _SPACED_CONFIDENCE if spaced else _NOUN_CONFIDENCE


_WHAT = {
    "code": "an amount glued to its currency code",
    "date": "a word glued to a date",
    "noun": "a noun glued to its number",
    "verb": "a verb glued to the amount after it",
}


@register
class NumberGlued(Rule):
    code = "MT120"
    name = "number-code-glued"
    summary = (
        "An amount glued to its currency code, a word to a date, a step to its number, a verb "
        "to its amount."
    )
    doc = """
    What it finds: an amount glued to the ISO currency code after it ("40RMB", "6.5USD",
    "2EUR"); a known word glued to a date written year first ("Student2019-06-20",
    "updated2023-05-17"); a capitalised noun a number follows glued to it ("Step4",
    "Chapter3", "Article12"; per language, ``numbered_nouns`` in resources/typography/
    number_glue.json: English only so far); a common lower-case word glued to the amount
    after it where it reads as a verb: after a verb marker ("will pay10 percent", "to
    hire200 workers": ``verb_markers``) or as a past form whose stem is a word
    ("reached1,000 cases"), a word after the amount; and any common word glued to an amount
    its word of money or measure follows ("pay10 euros": units.json ``drift_units``).
    Why it matters: machine translation of Chinese, Japanese and Korean sources drops the space
    that English writes between an amount and its code, a label and its date, a step word and
    its number ("步骤4" → "Step4"); the reader meets one token, and search misses it.
    Fix safety: a space is inserted. Safe for a currency code (an English amount and its code
    are always written apart: "40 RMB"); unsafe for a date and a noun (a file or a product may
    be named so).
    Known false positives: a code glued before its amount ("RMB10", "USD500", "US$270") is a
    house style of wire and trade copy and is not read; product and model names ("RTX4090",
    "iPhone15", "COVID19", "MP3", "4K") hold no listed noun or code; units and trade shorthand
    ("5km", "300pcs") are no code. Still taken: a product line named by a listed noun and a
    number ("Part1" in a catalogue), written glued on purpose; tokens in a URL, a path or a
    file name are skipped. Confidence 0.6 for a code and 0.55 for a noun, 0.7 where the text
    also writes the code or the noun spaced; 0.7 for a date (none counted on real text yet).
    """
    examples = (
        Example("The fee was 40RMB for each visitor.", "The fee was 40 RMB for each visitor."),
        Example("Prices rose to 6.5USD per unit.", "Prices rose to 6.5 USD per unit."),
        Example(
            "The list shows Student2019-06-20 as the first entry.",
            "The list shows Student 2019-06-20 as the first entry.",
        ),
        Example(
            "Then go to Step4 and press the button.", "Then go to Step 4 and press the button."
        ),
        good("The iPhone15, MP3 files, 4K screens and the RTX4090 sold well in 2023."),
        good("COVID19 cases fell; tickets cost RMB10 or US$270, and USD 5,850 was paid."),
        good("They shipped 300pcs and 5km of cable, see Step 4 and Chapter 3."),
        good("Download report2019-06-20.pdf or open /docs/Step4/index.html today."),
        Example(
            "The firm will pay10 percent more and has reached1,000 staff.",
            "The firm will pay 10 percent more and has reached 1,000 staff.",
        ),
        good("Use it to win32 apps, to base64 files; the speed3 class; we need4 more to level5."),
        Example(
            "Adults pay12 euros a night at the camp.", "Adults pay 12 euros a night at the camp."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        lines = chunk_text(document)
        if not re.search(r"\d[A-Z]|[^\W\d_]\d", lines):
            return
        found = _glued(lines, language)
        if not found:
            return
        text = document.text
        located = find_words(text, [glue.token for glue in found])
        for glue in sorted(found):
            confidence = _confidence(glue, text)
            head, tail = glue.token[: glue.cut], glue.token[glue.cut :]
            safe = Applicability.SAFE if glue.kind == "code" else Applicability.UNSAFE
            for start, end in located.get(glue.token, ()):
                if looks_technical(text, start, end):
                    continue
                if glue.kind == "verb" and not _verb_glued(text, start, end, glue, language):
                    continue
                cut = start + glue.cut
                yield self.finding(
                    start,
                    end,
                    f"'{glue.token}' looks like {_WHAT[glue.kind]}: '{head} {tail}'",
                    fixes=[Fix((Edit(cut, cut, " "),), safe, f"'{head} {tail}'")],
                    confidence=confidence,
                )
