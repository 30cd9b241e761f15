"""The shared capital positions of the casing rules (checks/casingscan.py): a pattern is tried
only where its words can start, and the matches are exactly those of trying it everywhere."""

from __future__ import annotations

import re
from itertools import repeat

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingscan
from mtlint.checks.casingdata import UPPER_CLASS
from mtlint.checks.documents.base import Document

# Patterns of the shapes the casing rules pass in: a trie of words, a look-behind before the
# space, a look-ahead after it, a class, one letter, a pattern that may start with any letter.
PATTERNS = [
    re.compile(" ((?:Added|Did|Said|Told))(?= [a-z])"),
    re.compile(" (A)(?= [^\\W\\d_])"),
    re.compile("(?<=[a-z]) ((?:And|By|For|O(?:f|r)|To)) (?=(?:the |of |and ))"),
    re.compile(f" (?=[{UPPER_CLASS}])((?:Economy|Health|Él))(?![\\w'’\\-])"),
    re.compile(" (?=[A-Z])([A-Z][a-z]{2,}ed|Criticises)"),
    re.compile(" ([^\\W\\d_][a-z]+)"),
    re.compile(" (?i:said)"),
    re.compile(" (?:Word)?Said"),
]
MARK_PATTERNS = [
    re.compile(", ((?:Costs|Major|Él))(?=[ ,;:])"),
    re.compile("; ((?:Costs|Major))(?=[ ,;:])"),
]


def _document(text: str) -> Document:
    return Document(text=text, language="en")


def test_first_letters_are_read_from_the_pattern() -> None:
    first = casingscan._first_letters
    assert first(PATTERNS[0], 1) == frozenset("ADST")
    assert first(PATTERNS[1], 1) == frozenset("A")
    assert first(PATTERNS[2], 1) == frozenset("ABFOT")
    assert first(PATTERNS[3], 1) == frozenset("EHÉ")
    assert first(PATTERNS[4], 1) == frozenset(map(chr, range(ord("A"), ord("Z") + 1)))
    assert first(MARK_PATTERNS[0], 2) == frozenset("CMÉ")
    # Any letter, no case, an optional start: unknown, so every position is tried.
    assert first(PATTERNS[5], 1) is None
    assert first(PATTERNS[6], 1) is None
    assert first(PATTERNS[7], 1) is None


_PIECES = (
    " ",
    "  ",
    "a",
    "the",
    ", ",
    "; ",
    ".",
    "\n",
    "”",
    "Said",
    "Did",
    "Told",
    "Added",
    "A",
    "And",
    "Of",
    "Or",
    "To",
    "Economy",
    "Health",
    "Él",
    "Costs",
    "Major",
    "Word",
    "Criticises",
    "Walked",
    "x",
    "of",
    "and",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_matches_are_those_of_every_position(text: str) -> None:
    document = _document(text)
    every = casingscan._mid_capitals(document)
    for pattern in PATTERNS:
        tried = [m.span() for m in casingscan.mid_capital_matches(document, pattern)]
        plain = [m.span() for m in filter(None, map(pattern.match, repeat(text), every))]
        assert tried == plain, pattern.pattern
    for pattern in MARK_PATTERNS:
        mark = pattern.pattern[0]
        tried = [m.span() for m in casingscan.mark_capital_matches(document, mark, pattern)]
        plain = [m.span() for m in pattern.finditer(text)]
        assert tried == plain, pattern.pattern


def test_mark_positions_are_those_of_the_two_character_scan() -> None:
    text = "costs rose, Costs fell; Major tasks, and ,  X, É; é,Y; Z, "
    for mark in ",;":
        old = [m.start() for m in re.finditer(f"{mark} (?=[{UPPER_CLASS}])", text)]
        new = [m.start() for m in casingscan._MARK_CAPITALS[mark].finditer(text)]
        assert new == old


def test_without_the_private_parser_every_position_is_tried(monkeypatch) -> None:
    """A Python that moved ``re._parser`` reads every pattern as "unknown first letters": the
    scan then tries every capital position, and the seeds' findings are those of the fast path."""
    from bench.golden import snapshot

    fast = snapshot("seeds")
    casingscan._first_letters.cache_clear()
    monkeypatch.setattr(casingscan, "_parser", None)
    try:
        assert all(casingscan._first_letters(p, 1) is None for p in PATTERNS)
        assert snapshot("seeds") == fast
    finally:
        casingscan._first_letters.cache_clear()


def test_a_parser_of_another_shape_reads_as_unknown(monkeypatch) -> None:
    """Parsed items of an unexpected shape (a future private parser) must not raise."""

    class _Odd:
        @staticmethod
        def parse(pattern: str, flags: int) -> list[object]:
            return [object()]

    casingscan._first_letters.cache_clear()
    monkeypatch.setattr(casingscan, "_parser", _Odd)
    try:
        assert casingscan._first_letters(PATTERNS[0], 1) is None
    finally:
        casingscan._first_letters.cache_clear()
