"""MT503's source credits left in another language: a short paragraph that opens with a credit
word or phrase, or a credit after a paragraph's last sentence (issue 11, untranslated)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def mt503(text: str, language: str = "en") -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == "MT503"]


@pytest.mark.parametrize(
    ("text", "span", "fixed"),
    [
        ("The talks ended.\nFuente EFE", "Fuente EFE", "The talks ended.\nSource EFE"),
        # Not the last paragraph: a page's tag line may follow.
        ("The talks ended.\nFuente: EFE\nRelated news", "Fuente: EFE", None),
        ("The talks ended.\nFonte Lusa", "Fonte Lusa", "The talks ended.\nSource Lusa"),
        ("The talks ended.\nCon información de Reuters", "Con información de Reuters", None),
        ("The talks ended, he said. (Fuente: EFE)", "(Fuente: EFE)", None),
        ("The talks ended, he said. Fonte: Lusa", "Fonte: Lusa", None),
    ],
)
def test_foreign_credits_are_found(text, span, fixed):
    (finding,) = mt503(text)
    assert text[finding.span.start : finding.span.end] == span
    if fixed is not None:
        assert apply_edits(text, finding.fixes[0].edits) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended.\nSource: EFE",
        "Fuente Ovejuna is a play by Lope de Vega.",
        "He visited Fonte Nuova.\nBron Studios",
        "The ratio was 3:1. Fuente: no.",
        "He said: Fuente de la Salud is closed.",
    ],
)
def test_english_credits_and_names_stay_quiet(text):
    assert mt503(text) == []


def test_a_credit_in_the_text_language_stays_quiet():
    assert mt503("Die Gespräche endeten.\nQuelle: dpa", "de") == []
    assert mt503("Las conversaciones terminaron.\nFuente: EFE", "es") == []
