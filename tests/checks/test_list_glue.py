"""Glue words the two-letter tier missed after a word wordfreq knows a little (h27ml, session
22), language data in resources/lang/*.json. Invented sentences and names.

- A list's coordinator glued to a known plural: French "et"/"ou" after a word ending in the
  plural's "-s"/"-x", right before a capitalised word or a determiner (``list_glue_words``,
  ``list_item_endings``).
- A preposition glued to a surname in a case form right after a given name: Polish "za",
  "od", "po" (``glue_after_given_name``), never across a digraph (``digraphs``: "Talar|za"
  is the genitive of "Talarz")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text

_LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"


def _glued(text: str, language: str = "fr") -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT101"]


@pytest.mark.parametrize(
    ("bad", "fixed", "token"),
    [
        (
            "Il a joué dans des séries comme Lost, Cheerset The Wire pendant dix ans.",
            "Il a joué dans des séries comme Lost, Cheers et The Wire pendant dix ans.",
            "Cheerset",
        ),
        (
            "La pêche compte beaucoup chez les Samiset la langue qui l'accompagne aussi.",
            "La pêche compte beaucoup chez les Samis et la langue qui l'accompagne aussi.",
            "Samiset",
        ),
    ],
)
def test_a_coordinator_glued_to_a_plural_list_item_is_found(
    bad: str, fixed: str, token: str
) -> None:
    assert _glued(bad) == [token]
    assert _glued(fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        # A surname ending in "-et" whose stem is no plural: a name, not a glued "et".
        "Le maire Paul Cazalet la reçoit demain à la mairie du village.",
        "Selon Marie Gaudinet Le Monde a retiré son article vendredi.",
        # A doubled letter is the stem's ("Brass|et"), not a plural.
        "Le juge Henri Brasset la cite dans son rapport de mars.",
        # A plural glued to "et" with no list item after it: not taken on that shape.
        "Elle parle des Samiset puis elle rentre chez elle.",
    ],
)
def test_names_and_plurals_without_the_next_item_stay_quiet(text: str) -> None:
    assert _glued(text) == []


@pytest.mark.parametrize(
    ("bad", "fixed", "token"),
    [
        (
            "Komisja zbadała wydatki Tomasza Banasiaza ostatnie trzy lata.",
            "Komisja zbadała wydatki Tomasza Banasia za ostatnie trzy lata.",
            "Banasiaza",
        ),
    ],
)
def test_a_preposition_glued_to_a_surname_after_a_given_name_is_found(
    bad: str, fixed: str, token: str
) -> None:
    assert _glued(bad, "pl") == [token]
    assert _glued(fixed, "pl") == []


@pytest.mark.parametrize(
    "text",
    [
        # The same token with no given name before it: the two-letter tier alone decides.
        "Komisja zbadała wydatki pana Banasiaza ostatnie trzy lata.",
        # "-rza", "-cza": the genitive of a surname in "-rz", "-cz", one sound, no glue.
        "Komisja zbadała wydatki Tomasza Talarza w zeszłym roku.",
        "Komisja zbadała wydatki Tomasza Kantorza w zeszłym roku.",
    ],
)
def test_case_forms_and_digraphs_stay_quiet(text: str) -> None:
    assert _glued(text, "pl") == []


def test_the_new_keys_are_in_every_language_table() -> None:
    keys = ("list_glue_words", "list_item_endings", "glue_after_given_name", "digraphs")
    for path in sorted(_LANG.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        for key in keys:
            assert isinstance(table[key], list), (path.name, key)


def test_a_language_without_the_keys_filled_keeps_its_old_reading() -> None:
    # Dutch "en" ends names and plurals alike: the keys stay empty there.
    assert _glued("Hij speelde in Lost, Cheersen De Wire jarenlang.", "nl") == []
