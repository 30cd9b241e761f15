"""Language data mended in session 21 (h25ml): MT973 reads a name's one-letter case ending
(Czech genitive plural "-ů") as inflection, not lost letters. Invented sentences and names."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "Rod Kolderberků vládl městu sto let. Jan Kolderberk založil klášter.",
        "Dynastie Marvenštajnů skončila roku 1620; Oldřich Marvenštajn zemřel bez dědice.",
    ],
)
def test_a_czech_genitive_plural_of_a_name_is_no_lost_letter(text: str) -> None:
    assert _found(text, "cs", "MT973") == []


@pytest.mark.parametrize(
    ("text", "language", "damaged"),
    [
        # The lost letter is no case ending of the language: still lost letters.
        ("Generál Ivo Mojsilović přijel; Mojsilovi řekl, že je klid.", "cs", "Mojsilovi"),
        # '-ů' is a Czech ending, not a Croatian one.
        ("General Ivo Kolderberků je stigao; Kolderberk je rekao da je mir.", "hr", "Kolderberk"),
    ],
)
def test_other_lost_letters_are_still_found(text: str, language: str, damaged: str) -> None:
    assert _found(text, language, "MT973") == [damaged]
