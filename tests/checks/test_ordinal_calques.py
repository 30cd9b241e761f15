"""MT954 calqued-ordinal: invented sentences of the shapes machine translation leaves."""

from __future__ import annotations

import pytest
from mtlint.checks import check_text


def _mt954(text: str, language: str) -> list[str]:
    return [
        f.fixes[0].title for f in check_text(text, language=language).findings if f.code == "MT954"
    ]


@pytest.mark.parametrize(
    ("text", "language", "fixed"),
    [
        ("El castillo se levantó en el 13er siglo junto al río.", "es", "siglo XIII"),
        ("La aldea existe desde el 5to siglo, dicen los textos.", "es", "siglo V"),
        ("A vila cresceu no XVII th século com o comércio.", "pt", "século XVII"),
        ("La torre fu costruita nel 12 ° secolo dai monaci.", "it", "XII secolo"),
        ("The ceremony was held on May 21 st in the square.", "en", "21st"),
        ("The match is on the 4 th of June this year.", "en", "4th"),
    ],
)
def test_calqued_ordinal_found(text: str, language: str, fixed: str) -> None:
    assert _mt954(text, language) == [fixed]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El castillo se levantó en el siglo XIII junto al río.", "es"),
        ("La torre fu costruita nel XII secolo, o nel 12º secolo, dai monaci.", "it"),
        ("He lost 13 st over the year and now weighs 11 st in all.", "en"),
        ("Version 2.1 rd build", "en"),
        # Review h11typo item 3: lower-case "vi" (Spanish "I saw") is no Roman numeral.
        ("Lo vi no siglo, sino década.", "es"),
    ],
)
def test_calqued_ordinal_quiet(text: str, language: str) -> None:
    assert _mt954(text, language) == []


def test_portuguese_own_mark_is_less_sure() -> None:
    # Review h11typo item 4: "12º século" is found in edited Brazilian text; an English suffix
    # is a calque for sure.
    text = "A cidade cresceu no 12º século, e a vila no XVII th século."
    found = [
        (f.fixes[0].title, f.confidence)
        for f in check_text(text, language="pt").findings
        if f.code == "MT954"
    ]
    assert found == [("século XII", 0.65), ("século XVII", 0.8)]
