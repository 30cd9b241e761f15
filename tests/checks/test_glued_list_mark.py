"""MT154 (a list mark glued to its item's first word) beyond its declared examples: stars used
as decoration or a rating are no bullets (review of h13punct, item 5)."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == "MT154"]


@pytest.mark.parametrize(
    "text",
    [
        "★Top pick of the whole season★",
        "☆Guest favourite for three years ☆",
        "★Rated ★★★★ by our readers",
    ],
)
def test_decorative_or_rating_stars_stay_quiet(text):
    assert _found(text) == []


def test_a_glued_bullet_opening_an_item_still_flags():
    assert _found("Our offer:\n★Free parking for every guest this month") == ["★Free"]
