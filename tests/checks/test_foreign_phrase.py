"""A word in a phrase of another language (checks/foreign_phrase.py) and MT994 holding such a
word in the doubtful tier. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.foreign_phrase import (
    beside_foreign_function_word,
    foreign_phrase,
    in_foreign_quotation,
)
from mtlint.checks.rules.spelling_unknown import FOREIGN_PHRASE_CAP


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("She ordered a café au lait and a croissant.", "lait", "fr"),
        ("The card (visa de tarjeta del consulado) is stamped at the border.", "tarjeta", "es"),
        ("They sang an old song about the notte di luna over the harbour.", "notte", "it"),
    ],
)
def test_a_function_word_of_the_words_own_language_beside_it(text, word, language):
    assert beside_foreign_function_word(*_at(text, word), "en") == language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A glued or mistyped word is no word of the other language.
        ("The report came de partnershiprelations at the summit.", "partnershiprelations"),
        # "a" is English as much as Portuguese: no foreign function word.
        ("The talks were not a succes in the end.", "succes"),
        # No function word beside it.
        ("The farmers sold their flumbrets at the market.", "flumbrets"),
    ],
)
def test_no_foreign_function_word_beside_it(text, word):
    assert beside_foreign_function_word(*_at(text, word), "en") is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # Another language's function words in the quotation.
        ("He wrote: “Je ne pleure pas, mon ami, je pars demain.”", "pleure", True),
        # Mostly words English writes rarely.
        ('The motto read "Ubique fidelis, semper vigilans" above the gate.', "vigilans", True),
        # Common English words without stop words: a title, no foreign quotation.
        (
            'A sign said "Current personal flumbright: 300 litres per resident" there.',
            "flumbright",
            False,
        ),
        # English stop words in it: an English quotation.
        ('She said "the talks were a complete flumox for all of us" and left.', "flumox", False),
        # Too short to tell.
        ('He called it "flumox" on purpose.', "flumox", False),
        # The quotation closed before the word.
        ('"Ubique fidelis semper" was painted; the vigilans stood by it.', "vigilans", False),
    ],
)
def test_a_quotation_in_another_language(text, word, expected):
    assert in_foreign_quotation(*_at(text, word), "en") is expected


def test_a_quotation_on_a_long_line_is_read_within_reach():
    # A stray inch mark far back on the same line is no opening of the motto's quotation.
    filler = "The old hall by the river was cleaned and painted for the autumn fair. " * 4
    motto = 'The motto read "Ubique fidelis, semper vigilans" above the gate.'
    text = f'The board measured 12" across. {filler}{motto}'
    assert "\n" not in text and text.index("vigilans") - text.index("12") > 250
    assert in_foreign_quotation(*_at(text, "vigilans"), "en")


def test_a_glued_word_in_english_prose_is_no_foreign_phrase():
    text = "The delegation crossed the luminousbridge on Monday."
    assert not foreign_phrase(*_at(text, "luminousbridge"), "en")


def _mt994(text: str) -> dict[str, float]:
    found = check_text(text, language="en", config=Config(min_confidence=0.2)).findings
    return {text[f.start : f.end]: f.confidence for f in found if f.code == "MT994"}


def test_mt994_holds_a_word_of_a_foreign_phrase_in_the_doubtful_tier():
    # The session-20 refit read "lait" at 0.55, at the bar, in clean English.
    found = _mt994("She ordered a café au lait and a croissant at the corner bar.")
    assert found.get("lait", 0.0) <= FOREIGN_PHRASE_CAP < 0.5


def test_mt994_keeps_a_glued_words_score_beside_a_foreign_phrase():
    alone = _mt994("She crossed the luminousbridge on Monday.")["luminousbridge"]
    found = _mt994("She ordered a café au lait and crossed the luminousbridge on Monday.")
    assert found["luminousbridge"] == alone > FOREIGN_PHRASE_CAP
    assert found.get("lait", 0.0) <= FOREIGN_PHRASE_CAP
