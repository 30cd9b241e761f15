"""The shared tables of offsets take 4 bytes an offset below 2**31 characters (h21speed: the
50 MB pass's peak over 300 MB with 8), and hold the same offsets as the scans they replace."""

from __future__ import annotations

import re

from mtlint.checks.casingscan import _MID_CAPITAL, _mid_capitals
from mtlint.checks.documents.base import Document
from mtlint.checks.repeats import find_repeat_starts
from mtlint.checks.wordgate import offset_array


def test_offsets_take_four_bytes_below_two_gigacharacters():
    assert offset_array(0).itemsize == 4
    assert offset_array((1 << 31) - 1).typecode == "i"
    assert offset_array(1 << 31).typecode == "q"


def test_the_large_text_tables_hold_the_scanned_offsets_in_four_bytes():
    text = "The Mayor said, Hello to 12 Friends in Paris and 3 more.  Next line\n" * 5000
    found = find_repeat_starts(text)
    assert found.shapes is not None and found.titles is not None and found.numbers is not None
    for table in (
        found.shapes.mid_capitals,
        found.shapes.comma_capitals,
        found.titles,
        found.numbers,
    ):
        assert table.itemsize == 4
    assert list(found.shapes.mid_capitals) == [m.start() for m in _MID_CAPITAL.finditer(text)]
    assert list(found.numbers) == [m.start() for m in re.finditer(r"(?<!\w)\d", text)]
    small = Document(text=text[:2000], language="en")
    assert list(_mid_capitals(small)) == [m.start() for m in _MID_CAPITAL.finditer(text[:2000])]
