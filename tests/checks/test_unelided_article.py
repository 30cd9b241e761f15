"""An article left whole before a vowel-initial country name where the language elides it
(MT197, h29ml, session 23; ``elided_before_vowel`` in resources/lang/*.json). Invented
sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits

_LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"


def _found(text: str, language: str) -> list:
    result = check_text(text, language=language, config=Config(min_confidence=0.5))
    return [f for f in result.findings if f.code == "MT197"]


@pytest.mark.parametrize(
    ("bad", "fixed", "language"),
    [
        (
            "La delegazione visita la Ucraina e poi torna a Roma.",
            "La delegazione visita l'Ucraina e poi torna a Roma.",
            "it",
        ),
        (
            "Il rappresentante della Austria ha parlato per primo.",
            "Il rappresentante dell'Austria ha parlato per primo.",
            "it",
        ),
        (
            "L'ambassadeur de Irlande a quitté la salle.",
            "L'ambassadeur d'Irlande a quitté la salle.",
            "fr",
        ),
        (
            "Elle pense que Italie gagnera le match.",
            "Elle pense qu'Italie gagnera le match.",
            "fr",
        ),
    ],
)
def test_an_article_left_whole_before_a_vowel_initial_country_is_elided(
    bad: str, fixed: str, language: str
) -> None:
    found = _found(bad, language)
    assert len(found) == 1
    assert apply_edits(bad, found[0].fixes[0].edits) == fixed
    assert _found(fixed, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La delegazione visita l'Ucraina e la Germania.", "it"),
        # A company is no country; plural articles never elide.
        ("Ha lavorato presso la Edison e visitato le Isole Cook.", "it"),
        # "h" aspiré, a plural name, and "de" inside a person's name.
        ("Le président de la Hongrie et celui des États-Unis ont parlé.", "fr"),
        ("Le film de Manoel de Oliveira sort lundi en Espagne.", "fr"),
    ],
)
def test_elided_plural_aspirated_and_name_particles_stay_quiet(text: str, language: str) -> None:
    assert _found(text, language) == []


def test_every_language_table_has_the_key() -> None:
    for path in _LANG.glob("*.json"):
        assert "elided_before_vowel" in json.loads(path.read_text(encoding="utf-8")), path.name
