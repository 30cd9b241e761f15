"""MT320's conjunctions that pair a capitalised plural with a lower-case one ("led by Officials
and ministers": a class of people, not a club's name) are the language's data
(pair_conjunctions in resources/casing/dictionary/en.json), not a pattern in the code. Every
sentence is made up."""

from __future__ import annotations

import pytest
from mtlint.checks.casingdict import dictionary_table
from mtlint.checks.engine import check_text


def _found(text: str) -> list[str]:
    return [
        text[f.span.start : f.span.end]
        for f in check_text(text, language="en").findings
        if f.code == "MT320"
    ]


@pytest.mark.parametrize("conjunction", sorted(dictionary_table("en").pair_conjunctions))
def test_a_plural_paired_by_a_conjunction_of_the_table_is_judged(conjunction):
    text = f"Orchards tended by Farmers {conjunction} gardeners bloomed early this year."
    assert _found(text) == ["Farmers"]


def test_a_conjunction_outside_the_table_leaves_the_plural_a_possible_name():
    # "by Farmers" alone may be a club or a brand ("beaten by Spurs"): quiet.
    assert "but" not in dictionary_table("en").pair_conjunctions
    assert _found("Orchards tended by Farmers but gardeners bloomed early this year.") == []
