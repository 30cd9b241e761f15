"""Scores for a sentence against its reference: sacrebleu chrF (primary), BLEU, TER.

chrF leads because round-trip BLEU is a weak signal on single sentences (Moon et al., 2020);
BLEU uses effective order so short sentences do not score zero for lacking 4-grams.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mtlint.checks.model import Severity

# sacrebleu tokenisation for languages written without spaces (the default 13a tokenizer would
# treat a whole Chinese sentence as one word). "char" needs no extra library.
BLEU_TOKENIZE: dict[str, str] = {"zh": "zh", "ja": "char", "ko": "char", "th": "char"}
ASIAN_TER = frozenset({"zh", "ja", "ko", "th"})
# Part of the score cache's key: change it when the scoring changes.
VERSION = "scores-1"


@dataclass(frozen=True)
class Scores:
    chrf: float
    bleu: float
    ter: float


@lru_cache(maxsize=32)
def _metrics(language: str) -> tuple[Any, Any, Any]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    tokenize = BLEU_TOKENIZE.get(language)
    bleu_sentence = BLEU(effective_order=True, tokenize=tokenize)
    return CHRF(), bleu_sentence, TER(asian_support=language in ASIAN_TER)


def sentence_scores(hypothesis: str, reference: str, language: str = "en") -> Scores:
    """chrF, BLEU and TER (0–100; TER can exceed 100) of one sentence against its reference."""
    base = (language or "en").split("-")[0]
    if not reference.strip() and not hypothesis.strip():
        return Scores(100.0, 100.0, 0.0)
    chrf, bleu, ter = _metrics(base)
    refs = [reference]
    return Scores(
        _clamp(chrf.sentence_score(hypothesis, refs).score),
        _clamp(bleu.sentence_score(hypothesis, refs).score),
        ter.sentence_score(hypothesis, refs).score,
    )


def _clamp(value: float) -> float:
    """Floating-point noise can push a perfect BLEU to 100.00000000000004."""
    return min(100.0, max(0.0, value))


def corpus_scores(
    hypotheses: Sequence[str], references: Sequence[str], language: str = "en"
) -> dict[str, float]:
    """Document-level chrF, BLEU and TER (corpus statistics, not a mean of sentences)."""
    if not hypotheses:
        return {}
    from sacrebleu.metrics import BLEU

    base = (language or "en").split("-")[0]
    chrf, _bleu, ter = _metrics(base)
    refs = [list(references)]
    bleu = BLEU(tokenize=BLEU_TOKENIZE.get(base))
    return {
        "chrf": _clamp(chrf.corpus_score(list(hypotheses), refs).score),
        "bleu": _clamp(bleu.corpus_score(list(hypotheses), refs).score),
        "ter": ter.corpus_score(list(hypotheses), refs).score,
    }


def severity_for(chrf: float, threshold: float, semantic: float | None = None) -> Severity | None:
    """None at or above the threshold; below it, worse scores are more severe.

    Under half the threshold is an error, under 80 % a warning, the rest info. A high semantic
    similarity (the round trip says the same thing in other words) lowers it one step.
    """
    if chrf >= threshold:
        return None
    if chrf < 0.5 * threshold:
        severity = Severity.ERROR
    elif chrf < 0.8 * threshold:
        severity = Severity.WARNING
    else:
        severity = Severity.INFO
    if semantic is not None and semantic >= 0.85:
        severity = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}.get(
            severity, Severity.INFO
        )
    return severity


def confidence_for(chrf: float, threshold: float) -> float:
    """0.5 just under the threshold, rising to 1.0 at a score of zero."""
    if threshold <= 0:
        return 0.5
    return round(min(1.0, 0.5 + 0.5 * max(0.0, threshold - chrf) / threshold), 3)
