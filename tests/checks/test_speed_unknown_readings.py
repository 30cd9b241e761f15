"""MT994's readings through the deletion index, kept to the language's own letters, against
the readings spelled out (``read_word``/``sure_typo``/``read_web_word`` with ``own_letters``)."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import unknown_words
from mtlint.checks.spelling import alphabet
from mtlint.checks.unknown_words import read_web_word, read_word, sure_typo

# Invented slips, run-together words and non-words; and a word the index alone
# reads with a letter English does not spell ("cafe": "café").
_WORDS = {
    "en": [
        "happpened",
        "meetting",
        "governmnet",
        "recieved",
        "informaton",
        "tomorow",
        "intresting",
        "thecar",
        "wonderfull",
        "accomodation",
        "cafe",
        "naivete",
        "xylophonic",
    ],
    "de": ["regierng", "bundesrgierung", "strase", "schnell", "wirtschfat", "gesprch"],
    "fr": ["gouvernment", "ministere", "deja", "tres", "aujourdhui", "probleme"],
    "es": ["gobirno", "tambien", "despues", "informacion", "nino", "presidnte"],
}


def _random_words(language: str, count: int) -> list[str]:
    rng = random.Random(f"readings-{language}")
    letters = alphabet(language)
    return ["".join(rng.choice(letters) for _ in range(rng.randint(5, 11))) for _ in range(count)]


@pytest.mark.parametrize("language", sorted(_WORDS))
def test_indexed_own_letter_readings_are_the_readings_spelled_out(language: str) -> None:
    for word in _WORDS[language] + _random_words(language, 40):
        spelled = read_word(word, language)
        assert read_word(word, language, True, True) == spelled, word
        assert sure_typo(word, language, True, True) == sure_typo(word, language), word
        assert read_web_word(word, language, True, True) == read_web_word(word, language), word


def test_own_letters_reaches_the_one_edit_words(monkeypatch) -> None:
    # Without it the index also finds words of letters English does not spell ("cafe": "café").
    asked = []
    one_edit_words = unknown_words.one_edit_words

    def recorded(*args):  # type: ignore[no-untyped-def]
        asked.append(args)
        return one_edit_words(*args)

    monkeypatch.setattr(unknown_words, "one_edit_words", recorded)
    read_word("governmentt", "en", True, True)  # not cached: a word no other test reads
    read_web_word("governmentt", "en", True, True)
    assert asked and all(args[4:] == (True, True) for args in asked)
