"""MT199 (word-split-across-lines): a word cut in two by a line break, read from the language's
word frequencies; halves that are words, names, hyphenated wraps and subtitles stay quiet.
Every sentence is made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import loader_for
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.registry import rule_by_code

RULE = rule_by_code("MT199")


def _findings(text: str) -> list:
    document = Document(text=text, language="en")
    return list(check_document(document, Config(min_confidence=0.0), rules=[RULE]).findings)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The report was sent to the gover\nnment of the province on Monday.", "government"),
        ("Sev\nenty-three projects were approved by the council this year.", "Seventy-three"),
    ],
)
def test_a_word_cut_by_a_line_break_is_found_and_joined(text, joined):
    (finding,) = _findings(text)
    assert text[finding.start : finding.end].replace("\n", "") == joined.split("-")[0]
    assert joined in apply_fixes(text, [finding.fixes[0]]).text


@pytest.mark.parametrize(
    "text",
    [
        # a half that is a word; two words; a hyphen at the wrap; a name and a lower-case word
        "The office keeps all the in\nformation about the projects in one place.",
        "The minister met the press in\nthe capital on Monday and spoke about the plans.",
        "The report was sent to the gover-\nnment of the province on Monday.",
        "The talks were led by Anna Kowalczyk\nand the mayor of the northern town.",
    ],
)
def test_words_at_a_line_break_stay_quiet(text):
    assert _findings(text) == []


def test_subtitles_are_not_read(tmp_path):
    path = Path(tmp_path) / "talk.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nThe report was sent to the gover\nnment today.\n",
        encoding="utf-8",
    )
    document = loader_for(path)(path, path.read_bytes())
    assert check_document(document, Config(min_confidence=0.0), rules=[RULE]).findings == ()
