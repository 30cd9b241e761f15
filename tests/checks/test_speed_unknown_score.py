"""MT994's sure readings computed alone against the whole features they were read from."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import unknown_score
from mtlint.checks.spelling import alphabet, one_edit_words
from mtlint.checks.unknown_score import sure_reading, word_features

# Invented slips and run-together words, plain words, capitalised and non-Latin forms.
_WORDS = [
    "thecar",
    "itseems",
    "thebest",
    "wonderfull",
    "happpened",
    "meetting",
    "accomodation",
    "governmnet",
    "recieved",
    "strasse",
    "straße",
    "xylophonic",
    "Thecar",
    "Itseems",
    "informaton",
    "tomorow",
    "intresting",
    "kitchen",
    "hausetür",
    "dieküche",
    "lamaison",
    "elcoche",
    "casabianca",
    "Ελλάδα",
]


def _by_features(word: str, language: str) -> bool:
    """The reading as it was: both features taken from ``word_features``."""
    if not word.islower():
        return False
    found = dict(word_features(word, language))
    return bool(found["split_sure"] or found["sure_slip"])


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_sure_reading_is_the_two_features_of_word_features(language: str) -> None:
    letters = "abcdefghilmnoprstuü"
    generator = random.Random(25)
    glued = [
        generator.choice(_WORDS[:3]) + generator.choice(("time", "home", "world", "haus"))
        for _ in range(20)
    ]
    noise = ["".join(generator.choices(letters, k=generator.randint(5, 12))) for _ in range(60)]
    words = [*_WORDS, *glued, *noise]
    readings = [sure_reading(word, language) for word in words]
    assert readings == [_by_features(word, language) for word in words]
    if language == "en":  # both kinds of sure reading occur among the words
        assert sure_reading("thecar", "en") and sure_reading("meetting", "en")
        assert dict(word_features("thecar", "en"))["split_sure"] == 1.0
        assert dict(word_features("meetting", "en"))["sure_slip"] == 1.0


def test_sure_reading_does_not_compute_the_word_features() -> None:
    # The candidates' features are computed once, when they are scored: not first here too.
    unknown_score.word_features.cache_clear()
    for word in ("thecar", "meetting", "governmnet", "kitchen"):
        sure_reading(word, "en")
    assert unknown_score.word_features.cache_info().misses == 0


# Invented slips for the one-edit words: a letter lost, doubled, swapped, replaced; words
# one accent from a frequent word ("cafe", "noel"); a keyboard's letters for random strings.
_SLIPS = ["cafe", "fiance", "noel", "strase", "hous", "wrold", "taht", "mouse", "seee", "kitchn"]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_indexed_own_letter_edits_are_the_edits_spelled_out(language: str) -> None:
    generator = random.Random(26)
    noise = ["".join(generator.choices("aeinorst", k=generator.randint(3, 7))) for _ in range(80)]
    for word in [*_SLIPS, *noise]:
        for keep_end, drop_first in ((0, True), (0, False), (2, True)):
            spelled = one_edit_words(word, language, keep_end, drop_first)
            indexed = one_edit_words(word, language, keep_end, drop_first, True, own_letters=True)
            assert indexed == spelled, (word, keep_end, drop_first)


def test_the_index_alone_finds_letters_the_language_does_not_spell() -> None:
    # Why ``own_letters`` exists: the existing indexed callers keep what they found.
    assert "é" not in alphabet("en")
    assert "café" in one_edit_words("cafe", "en", 0, True, True)
    assert "café" not in one_edit_words("cafe", "en", 0, True, True, own_letters=True)
    assert "café" not in one_edit_words("cafe", "en", 0, True)


def test_word_features_are_the_same_through_the_index() -> None:
    for word in [*_WORDS, *_SLIPS]:
        for language in ("en", "de"):
            assert word_features(word, language, True) == word_features(word, language), word
