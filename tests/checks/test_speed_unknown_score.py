"""MT994's sure readings computed alone against the whole features they were read from."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import unknown_score
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
