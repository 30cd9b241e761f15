"""MT303's dated names read in screened windows give what whole-text scans of the same patterns
give: a month's window without a digit or "mid-" skipped, names found by their apostrophe word
and skipped when the chunks lack it (h21speed)."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import casingdates
from mtlint.checks.documents.base import Document
from mtlint.checks.repeats import find_repeat_starts
from mtlint.checks.textscan import chunk_text, looks_technical

_PIECES = [
    "may", "march", "june", " ", " ", " ", "3", "2020", "20th", "mid-", "of ", "in ", "since ",
    "on ", ",", ".", "\n", "x", "May", "new year's", "new year’s", "children's day",
    "children’s day", "valentine's day", "women’s day", "newyear's", "year's", "day", "the",
]  # fmt: skip


def _plain(text: str) -> list[tuple[int, int, str, str]]:
    """Every match of the two patterns over the whole text, as ``dated_names`` reports them."""
    dates, phrases = casingdates._patterns("en")
    found = []
    for match in dates.finditer(text):
        group = match.lastgroup or "month"
        start, end = match.span(group)
        if not looks_technical(text, start, end):
            found.append(
                (start, end, casingdates._capitalised(match[group]), "a month's name in a date")
            )
    for match in phrases.finditer(text):
        start, end = match.span()
        if not looks_technical(text, start, end):
            found.append((start, end, casingdates._capitalised(match[0]), "a holiday's name"))
    return found


def _text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(pieces))


@pytest.mark.parametrize("seed", range(4))
def test_screened_windows_find_what_whole_text_scans_find(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = _text(rng, rng.randrange(80))
        chunks = chunk_text(Document(text=text, language="en"))
        assert list(casingdates.dated_names(text, "en", None, chunks)) == _plain(text)
        assert list(casingdates.dated_names(text, "en")) == _plain(text)


def test_screened_windows_through_the_word_filters_of_a_large_text():
    rng = random.Random(7)
    # Long stretches without a name or a date between the pieces, so that windows part.
    text = "".join(_text(rng, 12) + " plain words here" * rng.randrange(8) for _ in range(9000))
    gate = find_repeat_starts(text).gate
    assert gate is not None
    chunks = chunk_text(Document(text=text, language="en"))
    found = list(casingdates.dated_names(text, "en", gate, chunks))
    assert found == _plain(text)
    assert any(why == "a holiday's name" for *_, why in found)
    assert any(why != "a holiday's name" for *_, why in found)


def test_a_name_whose_apostrophe_word_the_chunks_lack_is_not_searched():
    anchors = casingdates._name_anchors(frozenset({"new year's", "children's day"}), "\nyear’s\n")
    assert anchors == {"year’s"}
    assert casingdates._name_anchors(frozenset({"new year's"}), None) == {"year's", "year’s"}
