"""The case choices of a document and their features (bench/case_features.py, h24caps)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from case_features import Token, candidates, left_out
from mtlint.checks.documents.base import Document


def _tokens(text: str) -> dict[str, dict[str, float]]:
    return {token.word: found for token, found in candidates(Document(text=text, language="en"))}


def test_a_capital_inside_a_sentence_is_a_candidate_and_a_sentence_start_is_not():
    found = _tokens("The patients Infected were taken to hospital. Doctors said so, Officially.")
    assert "Infected" in found and "Officially" in found
    assert "The" not in found and "Doctors" not in found
    assert found["Infected"]["prev_lower"] == 1.0 and found["Infected"]["next_lower"] == 1.0
    assert found["Officially"]["prev_comma"] == 1.0 and found["Officially"]["ly"] == 1.0


def test_names_and_the_pronoun_are_left_out_and_lower_case_names_are_candidates():
    found = _tokens("I met the nato chief in London on monday and I left.")
    assert "I" not in found and "London" not in found  # a name of the gazetteer: settled
    assert found["nato"]["capital"] == 0.0 and found["nato"]["gazetteer"] == 1.0
    assert found["monday"]["calendar"] == 1.0


def test_a_run_of_capitals_and_the_other_case_written_are_features():
    found = _tokens("They visited the Bridge Station today; the bridge was closed for repairs.")
    assert found["Bridge"]["run_after"] > 0 and found["Station"]["run_before"] > 0
    assert found["Bridge"]["other_case"] == 1.0  # "bridge" is written too
    assert found["Station"]["other_case"] == 0.0


def test_a_capitalised_word_the_web_hardly_knows_in_lower_case_is_a_name():
    assert left_out(Token("Kowalczyk", 9, 18, True))
    assert left_out(Token("Paris", 9, 14, True))  # the gazetteer's
    assert not left_out(Token("Infected", 9, 17, True))
    assert not left_out(Token("paris", 9, 14, False))  # lower case: always judged
    assert "Kowalczyk" not in _tokens("They met Kowalczyk there.")
