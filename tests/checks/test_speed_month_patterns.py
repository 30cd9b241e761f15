"""MT266's test for a date in words ("May 3, 2023", "3 May 2023"), written led by the month's
first letter and the day's first digit (the word boundary as a look-behind after it), finds
exactly the matches of the patterns that opened with "\\b" — on texts of month names, numbers,
suffixes, marks and letters glued on either side."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks.rules import number_shapes

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_MONTHS = number_shapes._MONTHS
_OLD = (
    re.compile(rf"\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS}),? (?:19|20)\d\d\b"),
)
_NEW = (number_shapes._MONTH_FIRST, number_shapes._DAY_FIRST_WORDS)
_PIECES = [*_MONTHS.split("|"), "Jun", "3", "17", "2023", "1999", "st", "th", ",", ".", " ", "x"]
_PIECES += ["_", "é", "\n", "0", "Mayor"]


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_led_patterns_match_as_the_boundary_led_ones(text: str) -> None:
    for old, new in zip(_OLD, _NEW, strict=True):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_invented_dates() -> None:
    assert number_shapes._words_style("It opened on May 3, 2023 in Kyiv.") == "mdy"
    assert number_shapes._words_style("It opened on 3 May 2023 in Kyiv.") == "dmy"
    assert number_shapes._words_style("xMay 3, 2023 and 13 May 2023x") is None
    assert number_shapes._words_style("the 2023.5.17 plan") is None
