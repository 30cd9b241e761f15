"""MT305's context cases added for issue 11: sentence openers left capitalised after a comma,
and ordinary words capitalised against the document's own lower-case usage
(checks/casingcommon.py)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def mt305_words(text: str) -> list[str]:
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == "MT305"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister said, In addition, the plan will cost more.", "In"),
        ("The fire spread, According to the police, at night.", "According"),
        ("The game ended 2-1, In the end, fans left.", "In"),
    ],
)
def test_sentence_openers_after_a_comma(text, word):
    assert mt305_words(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "He loved films such as Jaws, In the Mood for Love and others.",
        'He said, "In addition, we agree."',
        "The report, In Cold Blood, sold well.",
    ],
)
def test_titles_and_quotations_after_a_comma_stay_quiet(text):
    assert mt305_words(text) == []


def test_a_common_word_capitalised_against_the_documents_own_usage():
    text = (
        "The ministry reported 300 new Cases on Tuesday. Most cases were mild, and the "
        "number of cases fell.\nResidents complained about the Noise at night. The noise "
        "came from the factory, and the noise was loud."
    )
    assert mt305_words(text) == ["Cases", "Noise"]


@pytest.mark.parametrize(
    "text",
    [
        # Part of a name elsewhere in the text.
        "The Supreme Court ruled. The judges said the Court would hear it; the court agreed.",
        # House style: capitalised as often as not.
        "The Government said the Government would act; the government denied it.",
        # Coordinated with a capitalised word (a term): "NaN and Infinity".
        "Pass NaN and Infinity on. The infinity of options, and infinity again.",
        # A lost sentence break in joined list items is MT301's, not this rule's.
        "Overhaul filename handling Allocation behavior changed. The allocation grew; "
        "allocation is slow.",
        # The lower-case form is not used in the text at all.
        "The Cases on Tuesday rose.",
    ],
)
def test_names_house_style_and_lost_breaks_stay_quiet(text):
    assert mt305_words(text) == []
