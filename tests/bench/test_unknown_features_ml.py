"""The features the languages' own data add to the unknown-word reading beyond English
(bench/unknown_features_ml.py, h24unkml: measured, no model shipped). Invented words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mtlint.checks.lexicon import has_lexicon
from mtlint.checks.unknown_score import Place

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from unknown_features_ml import inflected_written, ml_features, ml_word_features

PLACE = Place(False, False, False, False, False, False, False, 0)


def _needs(language: str) -> None:
    if not has_lexicon(language):
        pytest.skip(f"no lexicon for {language}: run bench/build_lexicons.py {language}")


def test_a_german_compound_is_no_function_word_glue() -> None:
    _needs("de")
    compound = dict(ml_word_features("Hafenverwaltungsreform", "de"))
    glued = dict(ml_word_features("mitder", "de"))
    assert compound["compound"] == 1.0 and compound["glued_ml"] == 0.0
    assert compound["compounding"] == 1.0 and compound["lang_de"] == 1.0
    assert glued["glued_ml"] == 1.0


def test_a_word_one_accent_away_is_read_so() -> None:
    _needs("fr")
    found = dict(ml_word_features("deja", "fr"))
    assert found["accent_variant"] == 1.0
    assert dict(ml_word_features("gouvernement", "fr"))["accent_variant"] == 0.0


def test_the_features_add_the_languages_own_to_the_english_ones() -> None:
    found = ml_features("Verlängerungdes", "de", PLACE, frozenset(), inflected=True)
    assert found["inflected"] == 1.0
    assert {"zipf", "split_function", "title", "lexicon", "lang_es"} <= set(found)


def test_inflected_forms_of_the_text_are_read() -> None:
    folded = {"rechnung", "rechnungen", "haus"}
    assert inflected_written("rechnungen", folded, sorted(folded))
    assert not inflected_written("hausboot", {"hausboot"}, ["hausboot"])
