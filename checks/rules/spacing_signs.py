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
from itertools import chain
from typing import NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import looks_technical
from mtlint.checks.typography import typography

# A number, then a sign after it, with or without one space (a no-break or thin space is a
# space too: the spaced style): "12 %", "12%", "12\u00a0€".
_AFTER = re.compile(r"(?<![\w.,])(\d+(?:[.,'\u00a0\u202f]\d+)*)([ \u00a0\u202f]?)([%‰€£¥₹₽])")
# A sign, then the number: "$12", "$ 12", "US$ 12", "€ 12,50". A space before the sign is
# required or a line start or bracket (not "A$" inside a word).
_BEFORE = re.compile(
    r"(?:(?<=[\s(\[\"“'‘])|^)((?:US|A|C|HK|NZ|S)?\$|[€£¥₹₽])([ \u00a0\u202f]?)(\d)",
    re.M,
)
# A minus sign right after an opening bracket: "(-9,5 %)", "(- 1,7 %)" (nowhere else: a
# spaced hyphen before a number is a list dash or a range elsewhere).
_MINUS = re.compile(r"(?<=\()([-−])([ \u00a0\u202f]?)(\d)")
_DIGIT = re.compile(r"\d")
# A printf-style placeholder or an escaped percent sign.
_FORMAT = re.compile(r"%%|%(?:\(\w+\))?[-+ #0]?\d*(?:\.\d+)?[sdifxXrgeu]\b")
# The page's style: at least this many uses, and this many times the other style's count.
_MAJORITY = 3
_RATIO = 3
_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _drift_units() -> re.Pattern[str]:
    """A number and a unit written with or without a space ("12 km", "300tons"): the units of
    units.json's drift_units, whose glued form is a page's style, not a code ("4G", "mp3")."""
    units = sorted(map(str, typography("units").get("drift_units", ())), key=len, reverse=True)
    return re.compile(
        r"(?<![\w.,])(\d+(?:[.,]\d+)*)([ \u00a0\u202f]?)("
        + "|".join(map(re.escape, units))
        + r")(?![\w²³])",
        re.IGNORECASE,
    )


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
    with printf-style placeholders ("%d", "%s", "%%").
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
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if not _DIGIT.search(text):
            return
        uses: dict[tuple[str, str], list[_Use]] = {}
        for match in _AFTER.finditer(text):
            uses.setdefault((match[3], "after"), []).append(
                _Use(match.start(), match.end(), match.start(2), match.end(2))
            )
        for match in _drift_units().finditer(text):
            uses.setdefault((match[3].lower(), "after"), []).append(
                _Use(match.start(), match.end(), match.start(2), match.end(2))
            )
        for match in chain(_BEFORE.finditer(text), _MINUS.finditer(text)):
            end = match.end()
            while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
                end += 1
            end -= text[end - 1] in ".,"
            uses.setdefault((match[1][-1], "before"), []).append(
                _Use(match.start(), end, match.start(2), match.end(2))
            )
        findings = [
            finding
            for (sign, side), places in sorted(uses.items())
            for finding in self._drift(text, sign, side, places)
        ]
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


def _page_space(text: str, places: list[_Use]) -> str:
    """The space the page puts between number and sign most often (plain, no-break, thin)."""
    counts: dict[str, int] = {}
    for use in places:
        if use.spaced:
            gap = text[use.gap_start : use.gap_end]
            counts[gap] = counts.get(gap, 0) + 1
    return max(sorted(counts), key=counts.__getitem__)
