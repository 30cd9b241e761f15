"""MT153's words after a split number come from the language tables (resources/lang), not
from code: a language's per-cent and list words decide, as its CLDR marks do."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.langdata import available_languages, load_language_data


def _codes(text: str, language: str = "en") -> list[str]:
    return [finding.code for finding in check_text(text, language=language).findings]


@pytest.mark.parametrize("code", [*available_languages(), "default"])
def test_every_language_table_has_the_number_keys(code):
    data = load_language_data(code)
    for key in ("number_list_words", "percent_words", "magnitude_abbreviations_own"):
        assert isinstance(data.tables.get(key), list), f"{code} lacks {key}"


def test_a_split_decimal_before_a_magnitude_word_of_cldr_is_found():
    assert "MT153" in _codes("Exports grew by 4. 5 thousand tonnes this spring.")


def test_a_list_word_of_the_language_keeps_a_list_of_numbers_quiet():
    assert "MT153" not in _codes("Rows 10, 100 or 200 were read.")
    assert "MT153" in _codes("Over 15, 000 projects were read.")
