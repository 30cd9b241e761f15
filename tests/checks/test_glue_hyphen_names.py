"""MT101 on a double-barrelled name whose last part has a word glued on ("Martínez-Ruizsaid"),
MT116 on a Vietnamese given name fused to its surname ("NguyenPhu"):
the last part is judged as a token of its own; hyphened names, brands and places whose parts
are words or names stay quiet. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


def _run(text: str) -> list:
    config = Config(select=("MT101",), min_confidence=0.0)
    return list(check_text(text, language="en", config=config).findings)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "The minister Martínez-Ruizsaid that the plan would work.",
            "The minister Martínez-Ruiz said that the plan would work.",
        ),
        (
            "The mayor met Lloyd-Jonesand his staff at the hall.",
            "The mayor met Lloyd-Jones and his staff at the hall.",
        ),
    ],
)
def test_a_word_glued_to_a_double_barrelled_name(text: str, fixed: str) -> None:
    findings = _run(text)
    assert len(findings) == 1
    assert apply_edits(text, findings[0].fixes[0].edits) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Hewlett-Packard and Rolls-Royce met Jean-Pierre and Anne-Marie Dupont-Moretti.",
        "Guinea-Bissau, Austria-Hungary and Coca-Cola were named; Mercedes-Benz too.",
        "The Smith-Johnson report and the Martínez-Ruiz plan were both read.",
        "A well-known, long-standing and self-made man-about-town said so.",
    ],
)
def test_hyphened_names_and_words_stay_quiet(text: str) -> None:
    assert _run(text) == []


def _camel(text: str) -> list:
    config = Config(select=("MT116",), min_confidence=0.0)
    return list(check_text(text, language="en", config=config).findings)


def test_a_vietnamese_given_name_fused_to_its_surname() -> None:
    text = "Party leader NguyenPhu Trong spoke on Monday."
    findings = _camel(text)
    assert len(findings) == 1
    fixed = apply_edits(text, findings[0].fixes[0].edits)
    assert fixed == "Party leader Nguyen Phu Trong spoke on Monday."


def test_names_that_only_begin_like_a_vietnamese_surname_stay_quiet() -> None:
    assert _camel("LeBron met Nguyen Phu Trong and Tran Dai Quang; Hoang is a surname.") == []
