"""The shared capital positions of the casing rules (checks/casingscan.py): a pattern is tried
only where its words can start (the positions grouped by the four characters after the space,
the pattern's start strings read by checks/regexprefix.py), and the matches are exactly those
of trying it everywhere."""

from __future__ import annotations

import re
from itertools import repeat

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingscan, regexprefix
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
    # A class not read after a readable look-ahead: its first letters only, never what follows.
    re.compile(f" (?=[{UPPER_CLASS}])([^\\W\\d_][^\\W\\d_]+(?:ed|ly))(?=[ ,;:.])"),
]
MARK_PATTERNS = [
    re.compile(", ((?:Costs|Major|Él))(?=[ ,;:])"),
    re.compile("; ((?:Costs|Major))(?=[ ,;:])"),
]


UPPER_CAPITALS = frozenset(
    c for c in map(chr, range(0x3000)) if re.fullmatch(f"[{UPPER_CLASS}]", c)
)


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
    # An optional start: the letters of both ways on.
    assert first(PATTERNS[7], 1) == frozenset("WS")
    # Any letter, no case: unknown, so every position is tried.
    assert first(PATTERNS[5], 1) is None
    assert first(PATTERNS[6], 1) is None


def test_start_strings_are_read_four_characters_wide() -> None:
    strings = casingscan._pattern_strings
    # A word shorter than four characters is followed by what its look-ahead allows.
    assert strings(PATTERNS[0], 1) == frozenset({"Adde", "Did ", "Said", "Told"})
    assert strings(PATTERNS[1], 1) == frozenset({"A "})
    assert strings(PATTERNS[2], 1) == frozenset(
        {"And ", "By t", "By o", "By a", "For ", "Of t", "Of o", "Of a", "Or t", "Or o", "Or a"}
        | {"To t", "To o", "To a"}
    )
    assert strings(PATTERNS[3], 1) == frozenset({"Econ", "Heal", "Él"})
    # Too many strings four wide ([A-Z][a-z]): read two wide.
    assert strings(PATTERNS[4], 1) == frozenset(
        {a + b for a in map(chr, range(65, 91)) for b in map(chr, range(97, 123))}
    )
    assert strings(MARK_PATTERNS[0], 2) == frozenset({"Cost", "Majo", "Él ", "Él,", "Él;", "Él:"})
    assert strings(re.compile(" (?:Word)?Said"), 1) == frozenset({"Word", "Said"})
    # A look-ahead no word agrees with: no position can hold a match.
    assert strings(re.compile(" (?=B)(?:Alpha|Gamma)"), 1) == frozenset()
    assert strings(PATTERNS[5], 1) is None
    assert strings(PATTERNS[6], 1) is None
    assert strings(PATTERNS[8], 1) == frozenset(UPPER_CAPITALS)


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
    "Finally",
    "Sadly.",
    "x",
    "of",
    "and",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_matches_are_those_of_every_position(text: str) -> None:
    # Every text grouped, however few its positions (a large text's path on small texts).
    grouped, cost = casingscan._GROUP_FROM, casingscan._READ_COST
    casingscan._GROUP_FROM = casingscan._READ_COST = 0
    try:
        _compare(text)
    finally:
        casingscan._GROUP_FROM, casingscan._READ_COST = grouped, cost


def test_a_large_text_tries_the_groups_it_needs() -> None:
    """Above the bar of positions the groups are built; the matches stay those of every
    position, and a trie of words is tried at its own words only."""
    text = " ".join(_PIECES) * 40
    document = _document(text)
    every = casingscan._mid_capitals(document)
    assert len(every) >= casingscan._GROUP_FROM
    led = list(casingscan._led_by(document, "mid", every, 1, PATTERNS[0]))
    assert 0 < len(led) < len(every) / 4
    assert all(text[p + 1 : p + 5] in {"Adde", "Did ", "Said", "Told"} for p in led)
    _compare(text)


def test_a_pattern_longer_than_its_reading_pays_is_tried_everywhere() -> None:
    """A trie of more words than the positions can repay the reading of (the document's own
    words on varied text) is tried at every position, unread: the same matches."""
    text = " ".join(_PIECES) * 40
    document = _document(text)
    every = casingscan._mid_capitals(document)
    words = [f"Said{n:05d}" for n in range(len(every) // 4)] + ["Said"]
    long = re.compile(" (" + "|".join(words) + ")(?= [a-z])")
    assert len(long.pattern) * casingscan._READ_COST > len(every)
    assert casingscan._led_by(document, "mid", every, 1, long) is every
    _compare(text, [long])


def _compare(text: str, patterns: list[re.Pattern[str]] = PATTERNS) -> None:
    document = _document(text)
    every = casingscan._mid_capitals(document)
    for pattern in patterns:
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
    regexprefix.prefixes.cache_clear()
    monkeypatch.setattr(regexprefix, "_parser", None)
    try:
        assert all(casingscan._first_letters(p, 1) is None for p in PATTERNS)
        assert all(casingscan._pattern_strings(p, 1) is None for p in PATTERNS)
        assert snapshot("seeds") == fast
    finally:
        regexprefix.prefixes.cache_clear()


def test_a_parser_of_another_shape_reads_as_unknown(monkeypatch) -> None:
    """Parsed items of an unexpected shape (a future private parser) must not raise."""

    class _Odd:
        @staticmethod
        def parse(pattern: str, flags: int) -> list[object]:
            return [object()]

    regexprefix.prefixes.cache_clear()
    monkeypatch.setattr(regexprefix, "_parser", _Odd)
    try:
        assert casingscan._first_letters(PATTERNS[0], 1) is None
    finally:
        regexprefix.prefixes.cache_clear()
