"""MT101: a possessive glued to the next word (checks/glue_possessive.py). Invented sentences
of the shape found in real MT (BENCHMARKS.md h21words)."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def glued(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language=language).findings
        if f.code == "MT101"
    ]


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The plan reached the company'sentire staff.", "company'sentire", "company's entire"),
        ("They met at the mayor’sofficial home.", "mayor’sofficial", "mayor’s official"),
    ],
)
def test_a_possessive_glued_to_a_common_word_is_split(text, token, fix):
    assert glued(text) == [(token, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The company'stable was set.",  # "s" + "table" is a word: either reading
        "The 'safe' option won; O'Shea and it's fine.",
        "He read the 'stand by' note.",
        "The file is at C:/users/ann'sdocuments/plan.txt today.",  # a path
    ],
)
def test_words_that_only_look_glued_stay_quiet(text):
    assert glued(text) == []


def test_languages_without_the_apostrophe_possessive_are_not_read():
    assert glued("Der Plan erreichte die company'sentire Belegschaft.", "de") == []
