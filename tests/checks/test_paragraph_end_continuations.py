"""MT210's words that carry a sentence on across a line of verse ("…lake in the morning
light,⏎And the sun came up") are the language's data (verse_continuations in
resources/typography/en.json), not a list in the rule. Every sentence is made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

ROOT = Path(__file__).resolve().parents[2]
TABLE = json.loads((ROOT / "resources/typography/en.json").read_text("utf-8"))
OPENERS = json.loads((ROOT / "resources/lang/en.json").read_text("utf-8"))["sentence_starters"]


def codes(text: str) -> list[str]:
    result = check_document(Document(text=text, language="en"), Config(select=("MT210",)))
    return [f.code for f in result.findings]


LINE = "We rowed slowly across the grey water of the lake at dawn,\n"


@pytest.mark.parametrize("word", sorted(set(TABLE["verse_continuations"]) & set(OPENERS)))
def test_a_continuation_of_the_table_after_a_comma_is_verse(word):
    assert codes(LINE + f"{word.title()} the herons rose from the reeds.") == []


def test_an_opener_outside_the_table_after_a_comma_is_a_lost_full_stop():
    assert "when" in OPENERS and "when" not in TABLE["verse_continuations"]
    assert codes(LINE + "When the herons rose from the reeds, we turned back.") == ["MT210"]
