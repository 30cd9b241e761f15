"""MT504 on words MT transliterated instead of translating (a source language "xx-Latn")."""

from __future__ import annotations

from mtlint.checks.engine import check_text
from mtlint.checks.foreignwords import back_transliterations


def test_back_transliteration_spells_every_way_the_table_allows():
    assert "пандемия" in back_transliterations("pandemiya", "ru")
    assert "указ" in back_transliterations("ukaz", "ru")
    assert back_transliterations("naïve", "ru") == []  # a letter the table does not know


def _transliterated(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language="en").findings
        if f.code == "MT504" and "Latin letters" in f.message
    ]


def test_a_transliterated_common_word_is_flagged():
    text = "The governor said the pandemiya had hit the region hard on Monday."
    assert _transliterated(text) == ["pandemiya"]


def test_names_english_words_and_loanwords_stay_quiet():
    text = (
        "Ivanov met Petrov in Moskva on Monday. The dacha near the river was sold, "
        "and the troika of ministers agreed on a new budget for the oblast."
    )
    assert _transliterated(text) == []
