"""MT998's fitted score beyond English (h24unkml): the features the languages' own data add
(checks/unknown_score_ml.py), the pooled models' files (resources/spelling/
unknown_model_<lang>.json) and the rule reading them beside its bands. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.lexicon import has_lexicon
from mtlint.checks.rules.spelling_unknown_ml import UnknownWordMultilingual
from mtlint.checks.unknown_score import Place, fitted_model
from mtlint.checks.unknown_score_ml import (
    POOLED,
    inflected_written,
    ml_features,
    ml_word_features,
)

LOW = Config(min_confidence=0.2)
PLACE = Place(False, False, False, False, False, False, False, 0)


def _needs(language: str) -> None:
    if not has_lexicon(language):
        pytest.skip(f"no lexicon for {language}: run bench/build_lexicons.py {language}")


def mt998(text: str, language: str) -> list[tuple[str, float]]:
    document = Document(text, language=language)
    result = check_document(document, LOW, rules=[UnknownWordMultilingual()])
    return [(text[f.start : f.end], f.confidence) for f in result.findings]


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


@pytest.mark.parametrize("language", POOLED)
def test_each_pooled_language_ships_a_model_whose_bins_real_text_caps(language: str) -> None:
    model = fitted_model(language)
    assert model is not None
    assert {"lexicon", "compound", f"lang_{language}"} <= set(model.names)
    assert list(model.edges) == sorted(model.edges)
    assert max(model.precisions) <= 0.9  # no bin claims more than it measured


def test_a_name_with_an_article_run_on_is_found_at_the_bar() -> None:
    _needs("de")
    text = "Die Kommission hat gestern die Verlängerungdes Abkommens mit Norwegen beschlossen."
    found = mt998(text, "de")
    assert [word for word, _ in found] == ["Verlängerungdes"]
    assert found[0][1] >= 0.5


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Hafenverwaltungsreform wurde gestern im Stadtrat verabschiedet."),
        ("fr", "Le maire de Tourcoing a inauguré la nouvelle médiathèque samedi."),
        ("es", "La alcaldesa de Villarrobledo visitó ayer el nuevo polideportivo."),
    ],
)
def test_words_and_names_of_the_language_stay_quiet(language: str, text: str) -> None:
    _needs(language)
    assert mt998(text, language) == []


def test_the_bands_keep_their_readings_beside_the_model() -> None:
    _needs("es")
    text = "El gobierno presentó ayer el presupuesto delpartido en el Congreso."
    assert [word for word, _ in mt998(text, "es")] == ["delpartido"]
