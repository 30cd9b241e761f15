"""The vectorised repeat finder (checks/repeats.py) must never lose a repeat the regexes find.

Large texts try the repetition regexes only at the offsets ``find_repeat_starts`` returns; small
ones scan. Both paths must give the same findings, on crafted edge cases and on random text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import repeats
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.rules import repetition

PATTERNS = (
    (repetition._REPEATED_WORD, (" ", "\n")),
    (repetition._REPEATED_UNIT, (" ", "\n")),
    (repetition._REPEATED_SENTENCE, repetition._SENTENCE_STARTS),
)

EDGE_CASES = (
    "He met the the president. The The talks went on.",
    "in the morning in the morning in the morning, then food food food food.",
    "The talks ended on Sunday. The talks ended on Sunday.  The talks ended on Sunday.\tEnd.",
    "Kelvin \u212a k and \u0130 i, \U00010400 \U00010428 and \U00020000 \U00020000 done.",
    "État état, ÉTAT état; so so-called; don’t don’t; and/or and/or; 100 100 kg.",
    "\nfood food\nfood food\n\nHeading Heading\nX X X X",
    "a.b a.b  c c\t c c   d\u200bd d\u200bd e\u00ade e\u00ade",
    "Stop. Stop. We will go home now. We will go home now. We will go home now! We go home!",
    "regions but also the cities but also the cities that; a b c d e f a b c d e f g.",
)


def _config() -> Config:
    return Config(select=("MT401", "MT402"))


def _findings(text: str) -> list[tuple]:
    result = check_document(Document(text=text, language="en"), _config())
    return [(f.code, f.start, f.end, f.message, f.fixes) for f in result.findings]


@pytest.fixture
def vector_path(monkeypatch):
    """Every text, however small, goes through the vectorised finder, in tiny slices so that
    repeats cross slice boundaries."""
    monkeypatch.setattr(repeats, "MIN_LENGTH", 0)
    monkeypatch.setattr(repeats, "_SLICE", 7)


def _scanned(text: str) -> list[list[tuple[int, int]]]:
    return [
        [m.span() for m in repetition._finditer(body, text, separators)]
        for body, separators in PATTERNS
    ]


def _tried_at_starts(text: str) -> list[list[tuple[int, int]]]:
    starts = repeats.find_repeat_starts(text)
    return [
        [m.span() for m in repetition._finditer(body, text, separators, offsets)]
        for (body, separators), offsets in zip(
            PATTERNS, (starts.words, starts.words, starts.sentences), strict=True
        )
    ]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_the_starts_give_the_scans_matches(text, monkeypatch):
    monkeypatch.setattr(repeats, "_SLICE", 5)
    assert _tried_at_starts(text) == _scanned(text)
    assert any(_scanned(text)), "each edge case holds at least one repeat"


@pytest.mark.parametrize("text", EDGE_CASES)
def test_findings_are_the_same_on_both_paths(text, vector_path):
    vectorised = _findings(text)
    repeats.MIN_LENGTH = 1 << 30  # monkeypatch restores it
    assert vectorised == _findings(text)
    assert vectorised, "each edge case gives a finding"


def test_a_large_text_takes_the_vector_path_and_finds_the_repeat():
    filler = "".join(f"The minister spoke to the press about plan {n}. " for n in range(2000))
    text = filler + "He said that the the talks went on in the morning in the morning."
    assert len(text) >= repeats.MIN_LENGTH
    document = Document(text=text, language="en")
    assert repeats.repeat_starts(document) is not None
    codes = [f.code for f in check_document(document, _config()).findings]
    assert codes == ["MT401", "MT402"]


def test_a_large_text_finds_a_loop_of_four_to_six_words():
    filler = "".join(f"The minister spoke to the press about plan {n}. " for n in range(2000))
    loops = (
        "We represent the regions but also the cities but also the cities that try. "
        "He said the talks will go on soon the talks will go on soon, he added."
    )
    document = Document(text=filler + loops, language="en")
    assert repeats.repeat_starts(document) is not None
    found = [document.text[f.start : f.end] for f in check_document(document, _config()).findings]
    assert found == [
        "but also the cities but also the cities",
        "the talks will go on soon the talks will go on soon",
    ]


_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "THE",
        "food",
        "Food",
        "in",
        "İ",
        "i",
        "\u212a",
        "k",
        "a.b",
        "don’t",
        "so-called",
        "100",
        "\U00010400",
        "\U00010428",
        "é",
        "É",
    ]
)
_GAPS = st.sampled_from(
    [" ", " ", " ", "  ", "\t", "\n", ". ", "! ", "? ", ".  ", ", ", "\u200b", "-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=40))
def test_random_text_the_starts_give_the_scans_matches(pieces):
    text = "".join(word + gap for word, gap in pieces)
    old_slice = repeats._SLICE
    repeats._SLICE = 11
    try:
        assert _tried_at_starts(text) == _scanned(text)
    finally:
        repeats._SLICE = old_slice
