"""h19caps mend (review must-fix 3): MT308's names a head opens ("the ministry of foreign
affairs" beside "the Ministry of Foreign Affairs") are in the doubtful tier until real true
cases are counted, and heads that open idioms or generic corporate English are not read.
Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _mt308(text: str) -> list[tuple[str, float]]:
    """MT308's spans and confidences at any confidence (the doubtful tier too)."""
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    return [(text[f.start : f.end], f.confidence) for f in result.findings if f.code == "MT308"]


@pytest.mark.parametrize(
    "text",
    [
        "Netflix renewed House of Cards for a sixth season. Critics said the plot was a house "
        "of cards that would fall apart, and the whole house of cards collapsed in the finale.",
        "The Board of Directors met on Monday. The company said the board of directors would "
        "name a new chief executive in May.",
        "The Chamber of Commerce opened a fair. Shop owners said the chamber of commerce "
        "helped them.",
        "The ride was called the Chamber of Horrors. Children found the chamber of horrors dull.",
        "The Ministry of Health said so. Each state has a ministry of health of its own.",
        "She studied at the University of Chicago. The university of her dreams was elsewhere.",
    ],
)
def test_idioms_generic_bodies_and_other_names_stay_quiet(text: str) -> None:
    assert _mt308(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Foreign Affairs spoke. The ministry of foreign affairs said more.",
            "ministry of foreign affairs",
        ),
        (
            "The Bank of England held rates. Traders said the bank of england would wait.",
            "bank of england",
        ),
        # The reviewer's arguable case: a generic court beside the name, doubtful only.
        (
            "The Court of Appeal heard the case. They would take it to the court of appeal again.",
            "court of appeal",
        ),
    ],
)
def test_a_name_a_head_opens_is_doubtful(text: str, name: str) -> None:
    assert _mt308(text) == [(name, 0.35)]


def test_a_name_that_ends_in_its_head_keeps_its_band() -> None:
    text = "The Democratic Party leader spoke. Later the democratic party won the vote."
    assert _mt308(text) == [("democratic party", 0.55)]


def test_the_doubtful_band_is_under_the_default_bar() -> None:
    text = "The Ministry of Foreign Affairs spoke. The ministry of foreign affairs said more."
    result = check_document(Document(text=text, language="en"), Config())
    assert [f for f in result.findings if f.code == "MT308"] == []
