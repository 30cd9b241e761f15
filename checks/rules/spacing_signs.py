"""A percent or currency sign spaced against the page's own style (MT156): "(49%)" on a
page that writes "(115 %)", "(63 %)", "(85 %)"; "10€" beside "12 €" and "9 €"; "$ 12" beside
"$5", "$7" and "$9"; "(- 1,7 %)" beside "(-9,5 %)", "(-2 %)" and "(-0,6 %)".

Machine translation and the pages that publish it rebuild numbers piece by piece: a page whose
source spaced its signs (French, German "12 %", "12 €") comes out with some spaced and some
glued, or a glued "$12" gets a space. No language's convention decides (Swiss German glues
the percent sign, English pages print "US$ 12"): the page's own majority does. Each sign and
side (after the number: "%", "€"; before it: "$", "€", "£") is counted apart; only a clear
majority (three uses or more, three times the other style's) makes the rest findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, looks_technical
from mtlint.checks.typography import typography

_SPACES = " \u00a0\u202f"
# A bracket, space or quotation mark before a sign that precedes its number ("($12", " $ 12").
_BEFORE_CLEAR = frozenset(" \t\n\u00a0([\"“'‘")
# Letters that make a dollar sign a currency's ("US$", "HK$").
_DOLLAR_PREFIXES = ("US", "HK", "NZ", "A", "C", "S")
_DIGIT = re.compile(r"\d")
# A printf-style placeholder or an escaped percent sign.
_FORMAT = re.compile(r"%%|%(?:\(\w+\))?[-+ #0]?\d*(?:\.\d+)?[sdifxXrgeu]\b")
# The page's style: at least this many uses, and this many times the other style's count.
_MAJORITY = 3
_RATIO = 3
_CONFIDENCE = 0.6

# The screens, on the distinct chunks (``chunk_text``: one per line), each led by the sign
# (a pattern led by a character class is searched at C speed): a sign glued inside a chunk
# ("12%", "$12", "(-9") and a sign that opens or ends one, the spaced style ("%)", "$", "(-").
_GLUED_AFTER = re.compile(r"[%‰€£¥₹₽](?<=\d.)")
_SPACED_AFTER = re.compile(r"[%‰€£¥₹₽](?<=\n.)")
_GLUED_BEFORE = re.compile(r"[$€£¥₹₽](?=\d)")
_SPACED_BEFORE = re.compile(r"[$€£¥₹₽](?=\n)")
_GLUED_MINUS = re.compile(r"\((?=[-−]\d)")
_SPACED_MINUS = re.compile(r"\((?=[-−]\n)")


def _both_styles(lines: str) -> set[tuple[str, str]]:
    """The signs and units (with their side) the text may write both glued and spaced: a
    cheap superset of what _drift reads (most texts use one style, or none)."""
    keys = set()
    for glued, spaced, side in (
        (_GLUED_AFTER, _SPACED_AFTER, "after"),
        (_GLUED_BEFORE, _SPACED_BEFORE, "before"),
    ):
        found = set(spaced.findall(lines))
        if found:
            keys.update((sign, side) for sign in found & set(glued.findall(lines)))
    if _GLUED_MINUS.search(lines) and _SPACED_MINUS.search(lines):
        keys.add(("(", "minus"))
    units = _unit_screen()
    glued_units, spaced_units = set(), set()
    for match in units.finditer(lines):
        (spaced_units if match[0][0] == "\n" else glued_units).add(match[1])
    keys.update((unit, "unit") for unit in glued_units & spaced_units)
    return keys


@lru_cache(maxsize=1)
def _unit_screen() -> re.Pattern[str]:
    """A drift unit after a digit inside a chunk (glued) or opening a chunk (spaced)."""
    units = "|".join(map(re.escape, _units()))
    return re.compile(r"[\d\n](" + units + r")(?![\w²³])")


def _units() -> list[str]:
    return sorted(map(str, typography("units").get("drift_units", ())), key=len, reverse=True)


class _Use(NamedTuple):
    """A number with its sign (the finding's span) and the gap between them."""

    start: int
    end: int
    gap_start: int
    gap_end: int

    @property
    def spaced(self) -> bool:
        return self.gap_end > self.gap_start


@register
class SignSpacingDrift(Rule):
    code = "MT156"
    name = "sign-spacing-drift"
    summary = (
        "A percent or currency sign spaced against the page's own style ('49%' among '115 %')."
    )
    doc = """
    What it finds: a percent, per-mille or currency sign glued to its number where the same
    text spaces that sign on the same side at least three times and three times as often
    ("Brest (49%)" on a page of "Lyon (115 %)", "Nantes (113 %)", "Nice (63 %)"; a unit
    likewise, "300km" among "12 km", "8 km", "5 km": units.json's drift_units), or spaced
    where the text glues it ("$ 12" among "$5", "$7", "$9"); a minus sign after an opening
    bracket likewise ("(- 1,7 %)" among "(-9,5 %)"). A no-break or thin space counts
    as a space. Each sign and side is counted apart ("12 €" and "€12" are two styles).
    Why it matters: machine translation and republishing rebuild numbers piece by piece, and
    the page comes out half in its source's convention and half in another; an editor makes
    them one. The page's own majority says which (no language's convention is assumed:
    Swiss German glues "%", English pages print "US$ 12").
    Fix safety: unsafe: the space is added or removed to match the page's majority (the
    majority itself may be the slip, where the language's convention is the other style).
    Known false positives: a page that quotes sources in two styles (a table beside prose,
    a quotation of another paper); code and markup are skipped, and percent signs in a text
    with printf-style placeholders ("%d", "%s", "%%"); a percent sign before a digit or a
    number after one is a placeholder ("%1 %2", "%3 %4": Qt, positional), never counted.
    """
    examples = (
        Example(
            "Rents rose in Lyon (115 %), Nantes (113 %) and Nice (63 %), then Brest (49%).",
            "Rents rose in Lyon (115 %), Nantes (113 %) and Nice (63 %), then Brest (49 %).",
        ),
        Example(
            "It cost $5 in May, $7 in June and $9 in July, but $ 12 in August.",
            "It cost $5 in May, $7 in June and $9 in July, but $12 in August.",
        ),
        Example(
            "Rents fell in Lyon (-9.5 %), Nice (-4.5 %), Pau (-2 %) and Metz (- 1.7 %).",
            "Rents fell in Lyon (-9.5 %), Nice (-4.5 %), Pau (-2 %) and Metz (-1.7 %).",
        ),
        Example(
            "The route runs 12 km, then 8 km and 5 km, and the last 300km by rail.",
            "The route runs 12 km, then 8 km and 5 km, and the last 300 km by rail.",
        ),
        good("A 4G phone, a 3D printer, mp3 files, 10km and 5 km runs, then 2 km."),
        Example(
            "Le litre vaut 12 €, contre 10€ l'an dernier, 9 € en 2020 et 8 € en 2019.",
            "Le litre vaut 12 €, contre 10 € l'an dernier, 9 € en 2020 et 8 € en 2019.",
            "fr",
        ),
        good("Rents rose 5% in Lyon, 3 % in Nantes and 2% in Nice."),
        good("It cost $5 in May and €7 in June, then 9 € and 12 € in July and 8 € later."),
        good("Rents rose in Lyon (115 %), Nantes (113 %) and Brest (49%)."),
        good("Battery: %1 %2 left. About 10% are worn, 20% are new and 5% are gone."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if not _DIGIT.search(text):
            return
        keys = _both_styles(chunk_text(document))
        if not keys:
            return
        findings = []
        for sign, side in sorted(keys):
            places = list(_uses(text, sign, side))
            shown = "before" if side == "minus" else "after" if side == "unit" else side
            findings += self._drift(text, "-" if side == "minus" else sign, shown, places)
        # Format strings ("%d", "%s", "%%") say code or a template: its percent signs are
        # operators and placeholders, not the page's style.
        if findings and _FORMAT.search(text):
            findings = [f for f in findings if "%" not in text[f.start : f.end]]
        yield from findings

    def _drift(self, text: str, sign: str, side: str, places: list[_Use]) -> Iterator[Finding]:
        spaced = sum(1 for use in places if use.spaced)
        glued = len(places) - spaced
        majority, minority = max(spaced, glued), min(spaced, glued)
        if not minority or majority < _MAJORITY or majority < _RATIO * minority:
            return
        page_spaces = spaced > glued
        space = _page_space(text, places) if page_spaces else ""
        for use in places:
            if use.spaced == page_spaces:
                continue
            left, right, start, end = use
            if looks_technical(text, left, right):
                continue
            style = "spaced" if page_spaces else "glued"
            action = "add the space" if page_spaces else "remove the space"
            yield self.finding(
                left,
                right,
                f"'{text[left:right]}': the text writes '{sign}' {style} {side} the number"
                f" elsewhere ({majority} times)",
                fixes=[Fix((Edit(start, end, space),), Applicability.UNSAFE, action)],
                confidence=_CONFIDENCE,
            )


def _uses(text: str, sign: str, side: str) -> Iterator[_Use]:
    """Every number written with ``sign`` on ``side``, glued or spaced: found at the sign
    (str.find; a unit as the table writes it, "km", "kWh"), the number read around it."""
    if side == "unit":
        at = text.find(sign)
        while at != -1:
            after = text[at + len(sign) : at + len(sign) + 1]
            if not (after.isalnum() or after in "_²³"):
                yield from _number_before(text, at, at + len(sign))
            at = text.find(sign, at + 1)
        return
    mark = "(" if side == "minus" else sign
    at = text.find(mark)
    while at != -1:
        if side == "after":
            # "%1 %2", "%3 %4": Qt's and positional placeholders, no amount and its sign.
            if not (sign == "%" and text[at + 1 : at + 2].isdigit()):
                yield from _number_before(text, at, at + 1)
        elif side == "minus":
            if text[at + 1 : at + 2] in "-−" and text[at + 1 : at + 2]:
                yield from _number_after(text, at + 1, at + 2)
        else:
            start = at
            if sign == "$":
                start -= next(
                    (len(p) for p in _DOLLAR_PREFIXES if text.startswith(p, at - len(p))), 0
                )
            if not start or text[start - 1] in _BEFORE_CLEAR:
                yield from _number_after(text, start, at + 1)
        at = text.find(mark, at + 1)


def _number_before(text: str, sign_start: int, sign_end: int) -> Iterator[_Use]:
    """The number that ends right before a sign or unit, or one space before it."""
    gap_start = sign_start - 1 if text[sign_start - 1 : sign_start] in _SPACES else sign_start
    if gap_start < sign_start and not text[gap_start - 1 : gap_start].isdigit():
        return
    start = gap_start
    while start and (
        text[start - 1].isdigit()
        or (text[start - 1] in ".,'\u00a0\u202f" and text[start - 2 : start - 1].isdigit())
    ):
        start -= 1
    if start == gap_start:
        return
    before = text[start - 1 : start]
    if before and (before.isalnum() or before in "_.,%"):
        return  # inside a longer token ("A4 %", "1.2.3 %") or a placeholder ("%3 %4")
    if gap_start == sign_start and text[sign_start - 1 : sign_start].isalpha():
        return
    yield _Use(start, sign_end, gap_start, sign_start)


def _number_after(text: str, start: int, sign_end: int) -> Iterator[_Use]:
    """A sign before its number ("$ 12", "(- 1,7"), the number read to its end."""
    gap_end = sign_end + 1 if text[sign_end : sign_end + 1] in _SPACES else sign_end
    if not text[gap_end : gap_end + 1].isdigit():
        return
    end = gap_end
    while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
        end += 1
    end -= text[end - 1] in ".,"
    yield _Use(start, end, sign_end, gap_end)


def _page_space(text: str, places: list[_Use]) -> str:
    """The space the page puts between number and sign most often (plain, no-break, thin)."""
    counts: dict[str, int] = {}
    for use in places:
        if use.spaced:
            gap = text[use.gap_start : use.gap_end]
            counts[gap] = counts.get(gap, 0) + 1
    return max(sorted(counts), key=counts.__getitem__)
