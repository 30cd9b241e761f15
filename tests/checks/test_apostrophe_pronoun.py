"""MT238 (an apostrophe on a possessive pronoun) beyond its declared examples: a single
quotation that ends on the pronoun is no apostrophe (review of h13punct, item 1)."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.model import Applicability


def _findings(text: str):
    return [f for f in check_text(text, language="en").findings if f.code == "MT238"]


@pytest.mark.parametrize(
    "text",
    [
        "She answered 'not yours' and closed the door.",
        "'This bench is theirs' the guard told us, laughing.",
        "The children cried 'the ball is ours' after the game.",
        "She answered ‘not yours’ and closed the door.",
    ],
)
def test_a_single_quotation_ending_on_the_pronoun_stays_quiet(text):
    assert _findings(text) == []


def test_the_fix_is_unsafe_an_apostrophe_and_a_closing_quote_are_one_character():
    found = _findings("The choice is your’s, not their’s.")
    assert len(found) == 2
    assert all(f.fixes[0].applicability is Applicability.UNSAFE for f in found)


def test_a_closed_quotation_earlier_on_the_line_does_not_hide_a_later_slip():
    found = _findings("She said 'fine' and the garden kept its' charm.")
    assert [f.fixes[0].applicability for f in found] == [Applicability.UNSAFE]
