"""Language-name abbreviations before a cited word ("від лат. projectus") end no sentence."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Метод «проекціонізму» (від лат. projectus — закинутий у майбутнє) відомий.", "uk"),
        ("Термин «проекционизм» (от лат. projectus — брошенный вперёд) известен давно.", "ru"),
    ],
)
def test_a_cited_word_after_a_language_abbreviation_is_no_sentence_start(text, language):
    assert [f.code for f in check_text(text, language=language).findings] == []
