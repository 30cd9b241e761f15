"""The spell-checker baseline of the real-MT harness keeps each finding on its own line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from finders import SpellChecker, hunspell_available


@pytest.mark.skipif(not hunspell_available("en"), reason="hunspell with en_US is not installed")
def test_a_line_without_words_does_not_shift_later_findings() -> None:
    """A line with no word ("— / …", or "342/" in Italian) gets an empty answer from hunspell;
    the findings of the next text must still land on that text (they were lost)."""
    texts = ["The plan was signed.\n— / …", "A second text with a mispeled word."]
    first, second = SpellChecker("en").find_all(texts)
    assert first == []
    assert [texts[1][f.start : f.end] for f in second] == ["mispeled"]
