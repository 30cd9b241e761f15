"""MT101: a preposition glued to a two-letter article ("enla", "conla"), the articles listed per
language in the typography table (glue_pair_articles); invented sentences in the shapes of real
MT pages, and the look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


def _run(text: str, language: str) -> list:
    config = Config(select=("MT101",), min_confidence=0.0)
    return list(check_text(text, language=language, config=config).findings)


@pytest.mark.parametrize(
    ("language", "text", "fixed"),
    [
        (
            "es",
            "El ministro habló con la prensa enla escalinata del edificio.",
            "El ministro habló con la prensa en la escalinata del edificio.",
        ),
        ("es", "Los precios subieron enel último año.", "Los precios subieron en el último año."),
        (
            "fr",
            "Le ministre est arrivé avecla délégation.",
            "Le ministre est arrivé avec la délégation.",
        ),
        (
            "it",
            "Il ministro è arrivato conla delegazione.",
            "Il ministro è arrivato con la delegazione.",
        ),
        ("it", "Si sono visti inun palazzo del centro.", "Si sono visti in un palazzo del centro."),
    ],
)
def test_preposition_glued_to_a_short_article(language: str, text: str, fixed: str) -> None:
    (finding,) = _run(text, language)
    assert apply_edits(text, finding.fixes[0].edits) == fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # English lists no two-letter article for pairs: "at|an", "in|an", "to|my" are words,
        # functions and names.
        ("en", "Calculate atan(x) or atan (-x); inan and tomy stay as written."),
        # A word of the borrowing language (English) is a loan, not a pair.
        ("it", "Il sentiero è un trail di montagna, un peril per chi è frail."),
        # A verb form the language's lexicon knows.
        ("fr", "Il parsa le fichier puis il parla longtemps."),
        # Names and common words.
        ("es", "Visitó Delos y la empresa Enel; el ala del avión."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert not _run(text, language)
