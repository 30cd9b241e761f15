"""The repetition pass's ``TextShapes`` (checks/repeats.py) are what the scans they replace find:
``casingscan._MID_CAPITAL``'s and ``_MARK_CAPITALS[","]``'s match starts, the whitespace a text
holds and its first two spaces, on random texts with capitals after words, marks and rare
whitespace, letters beyond the BMP, and slices that do not line up with anything."""

from __future__ import annotations

import random
import re

import pytest
from helpers import random_text
from mtlint.checks import casingscan, repeats, textscan
from mtlint.checks.documents.base import Document
from mtlint.checks.rules.spacing_runs import DoubleSpace

_PIECES = [
    "word",
    "Word",
    "WORD",
    "Ärger",
    "éclair",
    "Élan",
    "Дом",
    "дом",
    "Ωmega",
    "x_y",
    "2019",
    "𝔘nicode",
    "a𝔘",
    "ⓐ",
    "\u0345",
    "”",
    ")",
    '"',
    "(",
    ",",
    ";",
    ".",
    "’",
    "-",
]
_GAPS = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\r\n", "", "\u3000", " , "]


def _text(rng: random.Random, size: int, gaps: list[str]) -> str:
    return random_text(rng, _PIECES, gaps, size)


@pytest.mark.parametrize("seed", range(6))
def test_text_shapes_are_what_the_scans_find(seed, small_slices):
    rng = random.Random(seed)
    gaps = _GAPS if seed % 2 else [" ", " ", " , ", "  ", "\n"]  # some texts with no rare space
    text = _text(rng, 30_000 + rng.randrange(5_000), gaps)
    if seed == 4:
        text = text.replace("  ", " ")  # and one with no two spaces
    shapes = repeats.text_shapes(Document(text=text, language="en"))
    assert shapes is not None
    assert list(shapes.mid_capitals) == [m.start() for m in casingscan._MID_CAPITAL.finditer(text)]
    comma = casingscan._MARK_CAPITALS[","]
    assert list(shapes.comma_capitals) == [m.start() for m in comma.finditer(text)]
    assert shapes.spaces == {c for c in textscan.WHITESPACE if c in text and c not in " \n"}
    assert shapes.double_space == text.find("  ")


def test_each_slice_edge_is_read(small_slices):
    # A capital after a space at, before and after each slice's first character.
    text = list("lorem ipsum dolor sit amet " * 2000)
    for number, shift in enumerate((-2, -1, 0, 1, 2), start=1):
        at = number * 7001 + shift
        text[at - 1 : at + 2] = ["x", " ", "Q"]
    text = "".join(text)
    shapes = repeats.text_shapes(Document(text=text, language="en"))
    assert list(shapes.mid_capitals) == [m.start() for m in casingscan._MID_CAPITAL.finditer(text)]
    assert len(shapes.mid_capitals) == 5


@pytest.mark.parametrize("seed", range(2))
def test_the_rules_reading_the_shapes_find_what_they_found(seed, small_slices, monkeypatch):
    rng = random.Random(seed)
    text = _text(rng, 20_000, _GAPS)
    large_document = Document(text=text, language="en")
    large = list(DoubleSpace().check(large_document))
    assert repeats.text_shapes(large_document) is not None
    for char in textscan.WHITESPACE:  # read from the shapes here (review h19speed note 2)
        assert textscan.text_has(large_document, char) == (char in text)
    monkeypatch.setattr(repeats, "GATE_MIN_LENGTH", 1 << 30)  # no shapes: the plain scans
    small = Document(text=text, language="en")
    assert repeats.text_shapes(small) is None
    assert large == list(DoubleSpace().check(small))
    for char in textscan.WHITESPACE:
        assert textscan.text_has(small, char) == (char in text)


def test_the_flag_table_reads_the_scans_classes():
    table = repeats._flag_table()
    capital = re.compile(f"[{casingscan.UPPER_CLASS}]")
    before = re.compile(casingscan.MID_CAPITAL_BEFORE)
    for code in [*random.Random(0).sample(range(0x10000), 5000), 0x20, 0x41, 0xC0, 0x24D0]:
        char = chr(code)
        assert bool(table[code] & repeats._CAPITAL) == bool(capital.fullmatch(char))
        assert bool(table[code] & repeats._BEFORE_CAPITAL) == bool(before.fullmatch(char))
        assert table[code] == repeats._char_flags(char)
