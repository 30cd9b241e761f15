"""MT346/MT347 (h16caps): broad mid-sentence capitals, each finding carrying its shape's measured
precision. Invented sentences in the shapes real MT leaves behind, and look-alikes that stay
quiet (title-case runs, names, headlines, a word the text capitalises twice)."""

from __future__ import annotations

import pytest
from mtlint.checks.casingbroad import broad_capitals, broad_languages, broad_table
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _capitals(text: str, language: str = "en") -> list[tuple[str, str, float]]:
    document = Document(text=text, language=language)
    return [(c.word, c.kind, c.confidence) for c in broad_capitals(document, language)]


def _codes(text: str, language: str = "en", min_confidence: float = 0.0) -> list[tuple[str, str]]:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=min_confidence))
    return [
        (f.code, text[f.start : f.end]) for f in result.findings if f.code in {"MT346", "MT347"}
    ]


def test_function_word_after_a_lower_case_word() -> None:
    found = _capitals("The old stone terraces form The unique shape of the hills.")
    assert [(word, kind[:4], confidence) for word, kind, confidence in found] == [
        ("The", "fnll", 0.45)
    ]


@pytest.mark.parametrize(
    ("text", "word", "confidence"),
    [
        ("Officials reviewed the plan to Reduce waste in the port.", "Reduce", 0.4),
        ("The patrol made an attempt to Infiltrate the camp at night.", "Infiltrate", 0.4),
        ("The inspectors wrote a careful Report about the port.", "Report", 0.4),
    ],
)
def test_content_word_shapes_stay_in_the_doubtful_tier(
    text: str, word: str, confidence: float
) -> None:
    found = _capitals(text)
    assert [(w, c) for w, _, c in found] == [(word, confidence)]
    assert confidence < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health and the Court of Justice met on Monday.",
        "Critics praised the song Life on Mars at the concert.",
        "The cyclists rode from the old port to The Hague on Monday.",
        "She said: Growth will return next year.",
        # Before a mark: 0 of 8 right once the precise rules had spoken.
        "The market sold goods made of Bronze, tin and clay.",
        "Plan To Reduce Waste In The Old Port",
        # A name's last syllable after a capital (a clean excerpt's shape): only pronouns count.
        "The death toll in the hill province of Long An rose to nine after the storm.",
        # A possessive inside a title-case name (a clean excerpt's shape).
        "Volunteers met on Sunday as the Save Our Parks campaign began.",
        # Capitalised twice mid-sentence: the text's own usage.
        "The town built a new Market near the river and a second Market near the hill.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert _capitals(text) == []


def test_a_pronoun_after_a_name_is_a_lost_full_stop() -> None:
    found = _capitals("At the fair, Marchetti He thanked the growers for the apples.")
    assert [(word, kind[:4]) for word, kind, _ in found] == [("He", "fncl")]


def test_german_nouns_are_never_judged() -> None:
    assert _capitals("Die Stadt baute einen neuen Markt am Fluss.", "de") == []
    assert [w for w, _, _ in _capitals("Die Stadt baute am Fluss Die neue Halle.", "de")] == ["Die"]


def test_content_words_only_in_english() -> None:
    assert broad_languages(content=True) == frozenset({"en"})
    assert "de" in broad_languages() and "ru" in broad_languages()
    assert broad_table("fi") is None  # no bands measured for Finnish


def test_a_precise_rule_supersedes_the_broad_one() -> None:
    # MT320 flags "Reduce" and MT301 " The" (with its space): the broad rules stay quiet there.
    assert _codes("Officials reviewed the plan to Reduce waste in the port.") == []
    assert _codes("The old stone terraces form The unique shape of the hills.") == []


def test_the_default_bar_hides_the_doubtful_bands() -> None:
    text = "The patrol made an attempt to Infiltrate the camp at night."
    assert _codes(text) == [("MT346", "Infiltrate")]
    assert _codes(text, min_confidence=0.5) == []
