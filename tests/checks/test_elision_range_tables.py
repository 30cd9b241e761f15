"""Words and letters moved out of rule code into the language tables (h30tidy, session 24):
MT197's vowel initials and plural endings, MT942's range words (each language's
``number_list_words``), and the calendar names read through a public accessor. Invented
sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import code_findings
from mtlint.checks.calendarnames import calendar_table
from mtlint.checks.rules.elision_articles import _names

_ROOT = Path(__file__).resolve().parents[2]
_KEYS = (
    "elision_vowel_initials",
    "semivowel_initials",
    "plural_word_endings",
    "plural_phrase_endings",
    "number_list_words",
)


@pytest.mark.parametrize("path", sorted((_ROOT / "resources" / "lang").glob("*.json")))
def test_the_moved_keys_are_in_every_language_table(path: Path) -> None:
    table = json.loads(path.read_text(encoding="utf-8"))
    missing = [key for key in _KEYS if not isinstance(table.get(key), list)]
    assert not missing, f"{path.name} lacks {missing}"


def test_vowel_initial_singular_names_come_from_the_tables() -> None:
    italian = _names("it")
    assert "Ungheria" in italian and "Austria" in italian
    # A plural phrase ("Emirati Arabi Uniti") and a consonant initial ("Germania") are left out.
    assert "Emirati" not in italian and "Germania" not in italian
    assert "Autriche" in _names("fr") and "États-Unis" not in _names("fr")
    # A language whose table lists no vowel initials has no names to match.
    assert not _names("en")


def test_a_plural_country_keeps_its_whole_article() -> None:
    assert code_findings("Il ministro visita la Austria domani.", "MT197", "it")
    assert not code_findings("Il ministro visita gli Emirati Arabi Uniti domani.", "MT197", "it")


def test_the_range_after_a_weekday_day_is_the_languages_own_word() -> None:
    french = "La foire ouvre du samedi 10. au dimanche 18 octobre."
    assert code_findings(french, "MT942", "fr")
    assert code_findings("El mercado abre del sábado 10. al domingo 18 de octubre.", "MT942", "es")
    assert code_findings("The fair is open Saturday 10. to Sunday 18 October.", "MT942")
    # Another language's range word after an English weekday is no English range.
    assert not code_findings("The fair is open Saturday 10. au Sunday 18 October.", "MT942")


def test_the_calendar_names_have_a_public_accessor() -> None:
    english = calendar_table("en")
    assert english is not None and "October" in english["months"][-1]
    assert "Monday" in english["days"][-1]
    assert calendar_table("xx") is None
    for path in (_ROOT / "checks").rglob("*.py"):
        if path.name != "calendarnames.py":
            assert "import _table" not in path.read_text(encoding="utf-8"), path
