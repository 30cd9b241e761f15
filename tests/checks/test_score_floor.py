"""No quality score below a word floor (h21gui, left 2).

A 5–12-word file with one finding scored 0.0 in the batch and dragged a folder to 5.0: a score
on a handful of words says nothing. Under ``MIN_WORDS`` the text, HTML, JSON and XLSX reports
say there is none, and ``--fail-under`` does not fail on it."""

from __future__ import annotations

import json
from pathlib import Path

from mtlint.checks.cli import main
from mtlint.checks.score import MIN_WORDS, Score, describe

SHORT = "The president arrived Vladimir Putinwho is making a visit to Tashkent.\n"
CLEAN = "The minister said the talks on trade and energy would go on next week.\n"


def test_a_score_needs_the_word_floor() -> None:
    short = Score(words=11, penalty=5, findings=1)
    assert not short.scored and short.to_json()["score"] is None
    assert describe(short).startswith("No quality score: 11 words")
    enough = Score(words=MIN_WORDS, penalty=5, findings=1)
    assert enough.scored and enough.to_json()["score"] == 70.71  # 50 points per 1,000 words
    assert describe(enough).startswith("Quality score 70.7/100")


def test_reports_and_the_gate_show_no_score_for_a_short_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "short.txt"
    path.write_text(SHORT, encoding="utf-8")
    out = tmp_path / "r.json"
    main(["check", str(path), "--format", "json", "-o", str(out)])
    report = json.loads(out.read_text())
    (entry,) = report["files"]
    assert entry["findings"]  # one finding …
    assert entry["score"]["score"] is None  # … and no score, not 0.0
    assert report["summary"]["score"]["score"] is None
    capsys.readouterr()
    assert main(["check", str(path), "--fail-under", "50"]) == 0
    assert "no quality score" in capsys.readouterr().err
    main(["check", str(path)])
    assert "No quality score: 11 words" in capsys.readouterr().out
    html = tmp_path / "r.html"
    main(["check", str(path), "--format", "html", "-o", str(html)])
    page = html.read_text(encoding="utf-8")
    assert "<td>—</td>" in page and "No quality score" in page


def test_enough_words_are_scored_again(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(SHORT + CLEAN * (MIN_WORDS // 13 + 1), encoding="utf-8")
    assert main(["check", str(path), "--fail-under", "99.9"]) == 1
