"""Seas, gulfs, straits and oceans in the wrong case: "the black sea", "the Black sea", "the
strait of hormuz" (MT383; issue 11). The names are in resources/casing/geonames/<lang>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import (
    find_words,
    language_data,
    looks_technical,
    unique_chunks,
    word_gate,
)


@dataclass(frozen=True)
class GeoNames:
    written: dict[str, str]  # "black sea" → "Black Sea"
    heads: frozenset[str]
    joiners: frozenset[str]
    literal_first: frozenset[str]
    definite: frozenset[str]  # "the": makes "black sea" a name
    indefinite: frozenset[str]  # "a", "an": "a red sea of flags" is a phrase
    head_chunks: dict[str, str]  # "Sea," → "Sea": the heads as whitespace chunks may hold them
    name_pattern: re.Pattern[str]


@lru_cache(maxsize=8)
def geo_names(code: str) -> GeoNames | None:
    raw = optional_json("casing/geonames", f"{code}.json")
    if raw is None:
        return None
    names = sorted(raw["names"], key=len, reverse=True)
    heads = frozenset(raw["heads"])
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return GeoNames(
        written={" ".join(name.lower().split()): name for name in names},
        heads=heads,
        joiners=frozenset(raw["joiners"]),
        literal_first=frozenset(raw["literal_first"]),
        definite=frozenset(raw["definite_articles"]),
        indefinite=frozenset(raw["indefinite_articles"]),
        head_chunks=_head_chunks(heads),
        name_pattern=re.compile(r"(?i)(?<![\w'’\-])(?:" + alternatives + r")(?![\w'’\-])"),
    )


_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


# The marks a head may carry as a whitespace chunk ("Sea,", "Sea?”"): a head the screen does
# not meet is never looked at.
_AFTER_HEAD = ("", ",", ".", ";", ":", "!", "?", ")", "”", '"', "'s", "’s", ".”", ",”", "?”", "!”")


def _head_chunks(heads: frozenset[str]) -> dict[str, str]:
    """Each head in its three cases, alone or with the marks that end or open a word."""
    chunks: dict[str, str] = {}
    for head in heads:
        for form in (head, head.capitalize(), head.upper()):
            for before in ("", "(", "“", '"'):
                for after in _AFTER_HEAD:
                    chunks[before + form + after] = form
    return chunks


# The name's head is searched first (a few hits a page); the names only around it.
_WINDOW = 32


def _name_matches(document: Document, table: GeoNames) -> Iterator[re.Match[str]]:
    # The heads as the text writes them, looked up among the distinct chunks (a set
    # intersection): most texts name no sea and stop here; the others are searched word by word.
    heads = {
        table.head_chunks[chunk] for chunk in table.head_chunks.keys() & unique_chunks(document)
    }
    if not heads:
        return
    text = document.text
    # Through the text's word filters (the same spans; a head absent from most windows is
    # not searched there).
    found = find_words(text, heads, word_gate(document))
    hits = sorted(span for spans in found.values() for span in spans)
    end_seen = -1
    for head_start, head_end in hits:
        if head_start < end_seen:
            continue
        start = max(0, head_start - _WINDOW)
        found = table.name_pattern.search(text, start, min(len(text), head_end + _WINDOW))
        if found is not None and found.start() <= head_start < found.end():
            end_seen = found.end()
            yield found


@register
class GeographicNameCase(Rule):
    code = "MT383"
    name = "geographic-name-case"
    summary = "A sea, gulf, strait or ocean written in the wrong case ('the black sea')."
    languages = table_names("casing/geonames")
    doc = """
    What it finds: a sea, gulf, strait or ocean of the language's table (resources/casing/
    geonames/<lang>.json) whose proper words are in lower case ("the black sea", "the strait of
    hormuz", "on the caspian sea"), or whose head is in lower case where only the head makes
    the words a name ("the Black sea", "the Red sea").
    Why it matters: MT and link stripping lower-case names; "the black sea" reads as a
    description, and the text writes the name two ways.
    Fix safety: safe where a proper word was lower-cased ("strait of hormuz"); unsafe where the
    name opens with a common word ("black", "red", "north"), reported only after "the".
    Known false positives: a common phrase after "the" that is also a name ("the white sea of
    tents") is reported; after "a"/"an" it is not ("a red sea of flags"). A head in lower case
    after a proper word ("the Persian gulf", "the Pacific ocean") is a house style and left
    alone, as are peninsulas, rivers, canals and deserts (not in the table) and lines with no
    capital at all (an all-lower-case page is MT328's).
    """
    examples = (
        Example(
            "Warships of the fleet entered the black sea on Monday.",
            "Warships of the fleet entered the Black Sea on Monday.",
        ),
        Example(
            "Tankers crossed the strait of hormuz at dawn, officials said.",
            "Tankers crossed the Strait of Hormuz at dawn, officials said.",
        ),
        Example(
            "Storms hit towns on the Black sea coast this week.",
            "Storms hit towns on the Black Sea coast this week.",
        ),
        good("A red sea of flags filled the square as the Persian gulf states met."),
        good("The Black Sea Fleet and the Gulf of Aden patrols; THE RED SEA CRISIS deepens."),
        good("We sailed the Pacific ocean and rested by the bay of the old port."),
        good("black sea bass and red snapper are on the menu tonight"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        table = geo_names(language_data(document).code)
        if table is None:
            return
        text = document.text
        skip = LayoutSkip(document)
        for match in _name_matches(document, table):
            start, end = match.span()
            written = match.group()
            name = table.written.get(" ".join(written.lower().split()))
            if name is None or written.isupper() or " ".join(written.split()) == name:
                continue
            confidence = self._confidence(text, start, written, name, table)
            if confidence is None or looks_technical(text, start, end) or skip(start, end):
                continue
            safe = confidence >= _SAFE
            yield self.finding(
                start,
                end,
                f"'{written}' is the name '{name}' written in the wrong case",
                fixes=[
                    Fix(
                        (Edit(start, end, name),),
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        f"write '{name}'",
                    )
                ],
                confidence=confidence,
            )

    @staticmethod
    def _confidence(
        text: str, start: int, written: str, name: str, table: GeoNames
    ) -> float | None:
        """How sure the case is wrong, or None when it may be right (a style, a phrase)."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if not any(ch.isupper() for ch in text[line_start : line_end if line_end >= 0 else None]):
            return None  # a line in lower case throughout
        found = _BEFORE.search(text, max(0, start - 30), start)
        before = found.group(1).lower() if found else ""
        if before in table.indefinite:
            return None  # "a red sea of flags"
        pairs = list(zip(written.split(), name.split(), strict=True))
        proper_lower = any(
            right[:1].isupper()
            and right.lower() not in table.heads | table.joiners
            and wrong[:1].islower()
            for wrong, right in pairs
        )
        head_lower = any(
            right.lower() in table.heads and wrong[:1].islower() for wrong, right in pairs
        )
        literal = name.split()[0].lower() in table.literal_first
        if literal:
            # "the black sea", "the Black sea": only "the" makes the common words a name.
            return _LITERAL if before in table.definite and (proper_lower or head_lower) else None
        return _PROPER if proper_lower else None


# A proper word of the name in lower case ("hormuz"), and a name that opens with a common word.
_PROPER = 0.8
_LITERAL = 0.65
_SAFE = 0.8
