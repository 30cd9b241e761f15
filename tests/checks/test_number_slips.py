"""MT996 (an irregular plural after 'a') and MT997 ('it's' for 'its' before a noun). Invented
sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def found(text: str, code: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language="en").findings
        if f.code == code
    ]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Police said a women who saw it called them.", ("women", "woman")),
        ("Each children got a book.", None),  # a noun phrase goes on ("got" is no stop word)
        ("The ambulance took one men to hospital.", ("men", "man")),
        ("They found a feet-long fish and a men's watch.", None),
    ],
)
def test_plural_after_a(text, slip):
    assert found(text, "MT996") == ([slip] if slip else [])


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The firm is proud of it's achievement.", ("it's", "its")),
        ("The town runs it’s own buses.", ("it’s", "its")),
        ("Check the bridge before it's opened, and after it's safe.", None),
        ("It's time; it's agreement we want, in short.", None),  # no preposition before
    ],
)
def test_contraction_for_possessive(text, slip):
    assert found(text, "MT997") == ([slip] if slip else [])
