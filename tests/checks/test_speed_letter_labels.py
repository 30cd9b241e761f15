"""MT301/MT302's ``letter_label`` answers from one scan of the text (its lone capitals' scripts,
kept for the last text) what a scan per one-letter capital answered: the same on invented
Russian and English texts, for each table, asked in any order and after another text."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import titleruns
from mtlint.checks.casingdata import casing_data


def _scan_each_time(text: str, word: str, table) -> bool:  # type: ignore[no-untyped-def]
    """``letter_label`` before: the whole text read for each word asked about."""
    if len(word) != 1:
        return False
    script = titleruns._script(word)
    return any(
        table.lower(m.group(1)) not in table.one_letter_words
        and titleruns._script(m.group(1)) == script
        for m in titleruns._LONE_CAPITAL.finditer(text)
    )


_PIECES = [
    "Мы пришли В город.",
    "Он шёл С другом, И она.",
    "see point B and",
    "in plan A, then",
    "the items X; and",
    "Я вижу Ж здесь.",
    "я и ты.",
    "on Monday.",
]


@pytest.mark.parametrize("seed", range(12))
def test_one_scan_answers_as_a_scan_per_word(seed):
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 12))) for _ in range(3)]
    for text in texts + texts[:1]:
        for code in ("ru", "en"):
            table = casing_data(code)
            for word in ("В", "С", "И", "Я", "Ж", "A", "B", "X", "Q", "Во"):
                expected = _scan_each_time(text, word, table)
                assert titleruns.letter_label(text, word, table) == expected, (text, word, code)


def test_a_russian_text_of_its_own_letters_labels_nothing():
    text = "Мы пришли В город С другом И гуляли."
    table = casing_data("ru")
    assert not titleruns.letter_label(text, "В", table)
    labelled = text + " Смотри пункт Ж ниже."
    assert titleruns.letter_label(labelled, "В", table)
    assert not titleruns.letter_label(labelled, "B", table)  # a Latin B labels nothing here
