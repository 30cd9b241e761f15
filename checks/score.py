"""Quality score: findings weighted by severity per 1,000 words, MQM style.

Each finding costs penalty points by its severity, as MQM's error levels do:

    info → minor 1      warning → major 5      error → critical 25

    penalty per 1,000 words = 1000 × Σ weights / words
    score                   = 100 × 0.5 ^ (penalty per 1,000 words / HALF_LIFE)    (HALF_LIFE 100)

The score halves with every 100 penalty points per 1,000 words (20 major findings): a clean file
scores 100, a 1,000-word file with two warnings 93.3, with 20 warnings 50, with 40 warnings 25.
Until h24gui it was ``max(0, 100 − penalty per 1,000 words)``, which read 0.0 from 20 major
findings per 1,000 words on: 39 % of the real-MT calibration excerpts (realmt-en, en13, en17,
en19: 218 excerpts of 40 words or more, median 78 penalty points per 1,000 words, 90th
percentile 320) and three of the four sets as a whole (136–241 points) scored 0.0, which said
nothing about how damaged a page was. The halving keeps the scale informative across that
range (the sets score 19–65, the real translators' files of tests/realfiles 68–100) and stays
close to the old one at the top (one major finding in 1,000 words: 96.6 against 95). An old
``--fail-under`` threshold T gates the same findings as ``100 × 0.5 ^ ((100 − T) / 100)`` now
(95 → 96.6, 90 → 93.3: README's "Quality score" says so to users).

A folder's score is computed the same way over all its words and findings (not as a mean of
file scores, so a long file weighs by its length). Files that could not be
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
# Penalty points per 1,000 words that halve the score (see the module's doc).
HALF_LIFE = 100.0
MQM_LEVEL: dict[str, str] = {"info": "minor", "warning": "major", "error": "critical"}


def score_from_penalty(per_thousand: float) -> float:
    """The quality score of a text with ``per_thousand`` penalty points per 1,000 words: the one
    formula the text, JSON, HTML and XLSX reports, ``--fail-under`` and the app all use."""
    return 100.0 * 0.5 ** (max(0.0, per_thousand) / HALF_LIFE)


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
        """0–100: halved by every ``HALF_LIFE`` penalty points per 1,000 words."""
        return score_from_penalty(self.per_thousand)

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
