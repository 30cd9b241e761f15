"""The ranking harness (bench/bench_bt_ranking.py): Kendall τ of round-trip signals against MQM.

Runs end to end on a small sample through the tiny real packages (whose τ means nothing: the
harness is what is tested), and on crafted round trips whose right answer is known.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bench_bt_ranking as ranking

ZH_EN = [
    ("Putin visited Tashkent in 2022.", 0.0),
    ("The talks on trade did not end.", 1.0),
    ("He met the leader on Sunday.", 5.0),
    ("Western countries sent troops.", 6.0),
    ("The summit ended with no agreement.", 10.0),
    ("The news agency reported the visit.", 25.0),
]
EN_DE = [
    ("Putin besuchte 2022 Taschkent.", 0.0),
    ("Die Gespräche über Handel endeten nicht.", 1.0),
    ("Er traf den Anführer am Sonntag.", 5.0),
    ("Der Gipfel endete ohne Einigung.", 25.0),
]


def _write(folder: Path) -> Path:
    def rows(items, language, dataset):
        for index, (target, score) in enumerate(items):
            for rater in ("rater1", "rater2"):
                yield {
                    "id": f"{dataset}:{index}:{rater}",
                    "dataset": dataset,
                    "target_lang": language,
                    "target": target,
                    "system": "sys",
                    "doc": "talk",
                    "seg_id": str(index),
                    "rater": rater,
                    "is_human_translation": False,
                    # Two raters: the harness averages them.
                    "mqm_score": score + (1.0 if rater == "rater2" else -1.0),
                }
        yield {
            "target_lang": language,
            "target": "A human reference.",
            "system": "ref",
            "doc": "talk",
            "seg_id": "0",
            "is_human_translation": True,
            "mqm_score": 0.0,
        }

    folder.mkdir(parents=True, exist_ok=True)
    (folder / ranking.DATASETS["zh→en"]).write_text(
        "".join(json.dumps(r) + "\n" for r in rows(ZH_EN, "en", "zhen")), encoding="utf-8"
    )
    with gzip.open(folder / ranking.DATASETS["en→de"], "wt", encoding="utf-8") as stream:
        stream.writelines(json.dumps(r) + "\n" for r in rows(EN_DE, "de", "ende"))
    return folder


def test_kendall_orientation_and_constant_signals():
    assert ranking.kendall([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert ranking.kendall([4, 3, 2, 1], [10, 20, 30, 40]) == pytest.approx(-1.0)
    assert math.isnan(ranking.kendall([0, 0, 0], [1, 2, 3]))


def test_segments_are_machine_translations_with_raters_averaged(tmp_path):
    folder = _write(tmp_path / "data")
    segments = ranking.load_segments(folder / ranking.DATASETS["zh→en"], 100, 13)
    assert sorted(s.target for s in segments) == sorted(t for t, _ in ZH_EN)
    assert {s.target: s.mqm for s in segments} == dict(ZH_EN)
    assert {s.language for s in segments} == {"en"}
    # The sample is seeded: the same seed, the same order.
    again = ranking.load_segments(folder / ranking.DATASETS["zh→en"], 3, 13)
    assert again == segments[:3]


def test_signals_rank_crafted_round_trips_as_the_raters_do():
    segments = [ranking.Segment(t, "en", score) for t, score in ZH_EN]
    # The worse the MQM score, the more the crafted round trip loses.
    # chrF 100, 96.4, 61.2, 61.1, 28.6, 15.0; lost: -, -, Sunday, -, no, -.
    backs = [
        "Putin visited Tashkent in 2022.",
        "The talks on trade did not end",
        "He met the leader",
        "Western countries.",
        "The summit.",
        "agency",
    ]
    table = ranking.rank_table(segments, backs, None)
    assert table["chrF"] == pytest.approx(1.0)
    assert table["-TER"] > 0.5
    # Losses only in the worse half: the content signal agrees with the raters.
    assert table["-content"] > 0
    # chrF − 10 per lost item swaps one pair of fifteen (51.2 < 61.1): τ = 13/15.
    assert table["combined"] == pytest.approx(13 / 15)
    assert math.isnan(table["semantic"])


def test_harness_runs_end_to_end_through_the_tiny_models(tiny_pair, tmp_path, capsys):
    folder = _write(tmp_path / "data")
    code = ranking.main(["--data", str(folder), "--sample", "5"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Kendall τ-b against −MQM, installed models")
    rows = {line.split()[0]: line.split() for line in out[2:]}
    assert set(rows) == {"zh→en", "en→de"}
    assert rows["zh→en"][1:3] == ["5", "de"] and rows["en→de"][1:3] == ["4", "en"]
    for cells in rows.values():
        for value in cells[3:]:
            assert value == "n/a" or -1.0 <= float(value) <= 1.0


def test_harness_without_models_names_them(fresh_argos, tmp_path, capsys):
    folder = _write(tmp_path / "data")
    assert ranking.main(["--data", str(folder), "--sample", "3"]) == 2
    assert "no en→de, de→en models" in capsys.readouterr().err
