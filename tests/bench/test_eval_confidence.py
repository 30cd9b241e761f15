"""bench/eval_confidence.py: findings judged against gold spans, precision per band, sweep."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import eval_confidence


@dataclass
class _Finding:
    start: int
    end: int
    code: str
    confidence: float


LINES = [
    {
        "kind": "mt",
        "target": "Putinwho met him.",
        "errors": [{"start": 0, "end": 8, "category": "glued_word", "fix": "Putin who"}],
    },
    {"kind": "clean", "target": "He met him.", "errors": []},
]


def test_bands_and_sweep_count_right_and_wrong_findings():
    found = [
        [_Finding(0, 8, "MT101", 0.95), _Finding(9, 12, "MT302", 0.6)],
        [_Finding(0, 2, "MT304", 0.55)],
    ]
    judged, gold = eval_confidence.judge(LINES, found, "set")
    assert gold == 1 and [j.right for j in judged] == [True, False, False]
    rows = {row["band"]: row for row in eval_confidence.bands(judged)}
    assert rows["0.9–1.0"]["precision"] == 1.0 and rows["0.5–0.7"]["precision"] == 0.0
    sweep = {row["min_confidence"]: row for row in eval_confidence.sweep(judged, gold)}
    assert sweep[0.0]["recall"] == 1.0 and sweep[0.0]["precision"] == 1 / 3
    assert sweep[0.9]["findings"] == 1 and sweep[0.9]["precision"] == 1.0


def test_the_judges_are_left_out_of_the_whole_corpus_report():
    """The judge sets stay unseen by rule work: the calibration report never reads them."""
    from realmt_build import DATA, JUDGE_SETS

    names = {folder.name for folder in eval_confidence.dev_folders()}
    assert names, "the dev sets are there"
    assert not names & JUDGE_SETS
    assert {"realmt-en", "realmt-en8"} <= names
    # The judges that exist are spelt as their folders are (a typo would open one to tuning).
    built = {p.name for p in DATA.glob("realmt-*")}
    assert {"realmt-en9", "realmt-it8", "realmt-pt8", "realmt-ru7", "realmt-fr7"} <= built
