"""MT101: a word of the language inflected is no word glued to an article (glue_lower.
form_of_a_word). Invented sentences; the shape was a German catalogue's gerundive, split with
a safe fix ("zu benutzen der IRC-Client"; BENCHMARKS.md h23gui)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def glued(text: str, language: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language=language, config=Config(min_confidence=0.2)).findings
        if f.code == "MT101"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Das ist ein einfach zu benutzender Client für alle Nutzer.",
        "Ein nicht zu betretender Bereich liegt hinter der Tür.",
    ],
)
def test_a_german_participle_is_a_word(text):
    assert glued(text, "de") == []


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Die Menschender Stadt feiern heute.", "Menschender"),
        ("Der Wagender Familie steht vor dem Haus.", "Wagender"),
    ],
)
def test_a_noun_glued_to_its_article_is_still_split(text, token):
    assert glued(text, "de") == [token]
