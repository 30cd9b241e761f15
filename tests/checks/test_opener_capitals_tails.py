"""MT117's articles after a name in capitals ("PIRLOThe") are the language's data
(capitals_opener_tails in resources/typography/en.json), not a list in the rule. Every sentence
is made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

TABLE = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/typography/en.json").read_text("utf-8")
)
ENGLISH = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/lang/en.json").read_text("utf-8")
)


def spans(text: str) -> list[str]:
    result = check_document(Document(text=text, language="en"), Config(select=("MT117",)))
    return [text[f.span.start : f.span.end] for f in result.findings]


@pytest.mark.parametrize("tail", ["The", "This"])
def test_a_tail_of_the_table_is_read_after_capitals(tail):
    assert tail.lower() in TABLE["capitals_opener_tails"]
    text = f"Photo: KOVALENKO{tail} orchard was planted in spring."
    assert spans(text) == [f"KOVALENKO{tail}"]


def test_an_opener_outside_the_table_is_not_read_after_capitals():
    # "And" opens sentences too, but is no tail of the table: a name in capitals glued to it
    # stays quiet (the name need not be a word, so only the table lets it through).
    assert "and" in ENGLISH["sentence_starters"]
    assert "and" not in TABLE["capitals_opener_tails"]
    assert spans("Photo: KOVALENKOAnd orchards were planted in spring.") == []
