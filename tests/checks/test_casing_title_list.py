"""MT320 after a comma (h25recall) leaves an item of a list of titles or names alone: after a
capitalised word, a capital with another capital among the next words ("shows such as Taxi,
Cheers and The Tracy Ullman Show", DEMETR's false alarm in the golden snapshot). A capital
that runs on in lower case after a name is still judged. Every sentence is made up."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str) -> list[str]:
    return [
        text[f.span.start : f.span.end]
        for f in check_text(text, language="en").findings
        if f.code == "MT320"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the nineties she acted in series such as Frasier, Cheers and The Larry Sanders Show.",
        # The list's "and" lost to a slip, as in the DEMETR sentence.
        "In the nineties she acted in series such as Frasier, Cheers ad The Larry Sanders Show.",
        "The band toured with acts such as Blondie, Heart or The Cars that summer.",
    ],
)
def test_a_title_in_a_list_of_titles_is_not_judged(text: str) -> None:
    assert _found(text) == []


def test_a_capital_running_on_in_lower_case_after_a_name_is_still_judged() -> None:
    text = "The summit was held in Lisbon, Portugal, Ministers who had a say attended it."
    assert _found(text) == ["Ministers"]
