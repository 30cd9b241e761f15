"""Quality score: findings weighted by severity per 1,000 words, MQM style.

Each finding costs penalty points by its severity, as MQM's error levels do:

    info → minor 1      warning → major 5      error → critical 25

    penalty per 1,000 words = 1000 × Σ weights / words
    score                   = max(0, 100 − penalty per 1,000 words)

So a 1,000-word file with two warnings scores 90, a clean file 100, and a file with four errors
in 1,000 words 0. A folder's score is computed the same way over all its words and findings
(not as a mean of file scores, so a long file weighs by its length). Files that could not be
checked count neither words nor findings. ``--fail-under SCORE`` makes ``mtlint check`` exit 1
when the batch's score is below SCORE (and 0 otherwise, findings or not).

Under ``MIN_WORDS`` words there is no score (h21gui): one major finding in 12 words scored 0.0,
which says nothing about the text. Such a text (or batch) is "too short to score" in the text,
HTML, JSON and XLSX reports and in the app, and ``--fail-under`` does not fail it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mtlint.checks.results import FileReport

# Fewer words than this: no score. One major finding (5 points) in 100 words costs 50 points;
# in fewer, a single finding swings more than half the scale.
MIN_WORDS = 100

WEIGHTS: dict[str, int] = {"info": 1, "warning": 5, "error": 25}
MQM_LEVEL: dict[str, str] = {"info": "minor", "warning": "major", "error": "critical"}


@dataclass
class Score:
    words: int = 0
    penalty: float = 0.0  # Σ weights
    findings: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)

    @property
    def per_thousand(self) -> float:
        """Penalty points per 1,000 words."""
        if not self.words:
            return 0.0 if not self.penalty else 1000.0 * self.penalty
        return 1000.0 * self.penalty / self.words

    @property
    def scored(self) -> bool:
        """Whether there are words enough for a score to mean something (``MIN_WORDS``)."""
        return self.words >= MIN_WORDS

    @property
    def score(self) -> float:
        return max(0.0, 100.0 - self.per_thousand)

    def add(self, other: Score) -> None:
        self.words += other.words
        self.penalty += other.penalty
        self.findings += other.findings
        for key, count in other.by_severity.items():
            self.by_severity[key] = self.by_severity.get(key, 0) + count

    def to_json(self) -> dict[str, object]:
        return {
            "score": round(self.score, 2) if self.scored else None,  # None: too short
            "penalty": self.penalty,
            "penalty_per_1000_words": round(self.per_thousand, 2),
            "words": self.words,
            "by_severity": dict(sorted(self.by_severity.items())),
        }


def file_score(report: FileReport) -> Score:
    score = Score(words=report.words if report.error is None else 0)
    for located in report.findings:
        if report.is_doubtful(located.finding):
            continue  # doubtful: shown when asked for, never counted against the text
        severity = str(located.finding.severity)
        score.penalty += WEIGHTS.get(severity, 1)
        score.findings += 1
        score.by_severity[severity] = score.by_severity.get(severity, 0) + 1
    return score


class ScoreTally:
    """Scores per file, per family and overall, gathered while a report stream goes by."""

    def __init__(self) -> None:
        self.total = Score()
        self.families: dict[str, Score] = {}

    def add(self, report: FileReport) -> Score:
        score = file_score(report)
        self.total.add(score)
        for located in report.findings:
            if report.is_doubtful(located.finding):
                continue
            family = located.finding.family or "other"
            tally = self.families.setdefault(family, Score())
            severity = str(located.finding.severity)
            tally.penalty += WEIGHTS.get(severity, 1)
            tally.findings += 1
            tally.by_severity[severity] = tally.by_severity.get(severity, 0) + 1
        return score

    def family_scores(self) -> dict[str, Score]:
        """Each family's penalty over all the words (so the family rows add up to the total)."""
        for score in self.families.values():
            score.words = self.total.words
        return dict(sorted(self.families.items()))

    def watch(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        for report in reports:
            self.add(report)
            yield report


# Under this many words one finding moves the score by tens of points: the line says so.
SHORT_TEXT_WORDS = 200


def describe(score: Score) -> str:
    """One line for the text report."""
    if not score.scored:
        return (
            f"No quality score: {score.words} words are too few to score "
            f"(a score needs {MIN_WORDS} or more)."
        )
    line = (
        f"Quality score {score.score:.1f}/100 ({score.per_thousand:.1f} penalty points per "
        f"1,000 words; minor 1, major 5, critical 25)."
    )
    if 0 < score.words < SHORT_TEXT_WORDS and score.findings:
        line += f" Only {score.words} words: one finding weighs heavily in so short a text."
    return line
