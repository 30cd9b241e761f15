"""MT101 in English: a capitalised determiner glued to a common word ("Thesecond national
congress"; capital_glue_words in resources/typography/en.json); names that begin with the
same letters stay quiet. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


def _run(text: str) -> list:
    config = Config(select=("MT101",), min_confidence=0.0)
    return list(check_text(text, language="en", config=config).findings)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Thesecond meeting of the council opened on Monday.",
            "The second meeting of the council opened on Monday.",
        ),
        ("Thosepeople waited for hours.", "Those people waited for hours."),
        ("Thisyear the harvest was late.", "This year the harvest was late."),
    ],
)
def test_a_determiner_glued_to_a_common_word(text: str, fixed: str) -> None:
    findings = _run(text)
    assert len(findings) == 1
    assert apply_edits(text, findings[0].fixes[0].edits) == fixed


def test_names_and_words_that_begin_so_stay_quiet() -> None:
    text = (
        "Theodore Thewlis met Thesiger and Theakston in Thebes. Theresa said so; "
        "Thereby the theme ended. Themselves aside, Thornton left."
    )
    assert _run(text) == []
