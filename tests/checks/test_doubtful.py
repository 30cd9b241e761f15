"""Doubtful findings: under the user's confidence bar, shown only when asked, never fixed in bulk.

The seed article gives real findings at several confidences (MT101 and MT303 at 0.9, MT301 and
MT302 at 0.75, MT201 at 0.6): a bar of 0.8 makes the lower ones doubtful.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mtlint.checks.cli import main
from mtlint.checks.config import DOUBTFUL_FLOOR, Config, config_from_table
from mtlint.checks.fixloop import fix_file
from mtlint.checks.pipeline import check_path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    copy = tmp_path / SEED.name
    shutil.copyfile(SEED, copy)
    return copy


def codes(path: Path, config: Config) -> list[str]:
    return sorted(f.code for f in check_path(path, config).findings)


def test_the_floor_is_the_bar_unless_doubtful_findings_are_asked_for() -> None:
    assert Config(min_confidence=0.8).reporting_floor == 0.8
    assert Config(min_confidence=0.8, show_doubtful=True).reporting_floor == DOUBTFUL_FLOOR
    # A bar already under the floor is not raised by asking for doubtful findings.
    assert Config(min_confidence=0.1, show_doubtful=True).reporting_floor == 0.1
    assert Config(min_confidence=0.8).is_doubtful(0.75)
    assert not Config(min_confidence=0.8).is_doubtful(0.8)
    assert config_from_table({"show-doubtful": True}).show_doubtful


def test_findings_under_the_bar_come_back_when_asked_for(seed: Path) -> None:
    strict = codes(seed, Config(min_confidence=0.8))
    doubtful = codes(seed, Config(min_confidence=0.8, show_doubtful=True))
    assert "MT301" not in strict and "MT201" not in strict
    assert set(strict) < set(doubtful)
    assert {"MT201", "MT301", "MT302"} <= set(doubtful)
    # Asking for doubtful findings at the default bar shows what the default shows, and more
    # only when rules report lower bands.
    assert set(codes(seed, Config())) <= set(codes(seed, Config(show_doubtful=True)))


def test_the_text_report_marks_doubtful_findings(seed: Path, capsys) -> None:
    main(["check", "--min-confidence", "0.8", str(seed)])
    plain = capsys.readouterr().out
    assert "MT301" not in plain and "doubtful" not in plain
    main(["check", "--min-confidence", "0.8", "--show-doubtful", str(seed)])
    out = capsys.readouterr().out
    lines = {line.split(": ")[1].split()[0]: line for line in out.splitlines() if ": MT" in line}
    assert "(doubtful: confidence 0.75)" in lines["MT301"]
    assert "(doubtful: confidence 0.60)" in lines["MT201"]
    assert "doubtful" not in lines["MT101"]  # at 0.9, over the bar


def test_fix_never_applies_a_doubtful_finding(seed: Path) -> None:
    # At the default bar the stray ellipsis is fixed (an unsafe fix, allowed here) …
    assert "…".encode() not in fix_file(seed, Config(), unsafe=True).data
    # … under a bar of 0.8 it is doubtful: shown when asked for, never applied.
    asked = fix_file(seed, Config(min_confidence=0.8, show_doubtful=True), unsafe=True)
    plain = fix_file(seed, Config(min_confidence=0.8), unsafe=True)
    assert "…".encode() in asked.data
    assert asked.data == plain.data and asked.applied == plain.applied


def test_doubtful_findings_never_count_against_the_quality_score(seed: Path) -> None:
    from mtlint.checks.score import file_score

    strict = check_path(seed, Config(min_confidence=0.8)).report()
    asked = check_path(seed, Config(min_confidence=0.8, show_doubtful=True)).report()
    assert len(asked.findings) > len(strict.findings)  # more shown …
    assert asked.doubtful_below == 0.8 and strict.doubtful_below == 0.0
    assert file_score(asked).score == file_score(strict).score  # … the same score
    assert file_score(asked).findings == len(strict.findings)
    # The CLI's gate agrees: the same exit either way.
    gate = ["check", "--min-confidence", "0.8", "--fail-under", "99", str(seed)]
    assert main(gate) == main([*gate, "--show-doubtful"])


def test_the_html_report_marks_the_doubtful_rows(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    html = ["check", "--min-confidence", "0.8", "--format", "html", "--output", str(out)]
    main([*html, "--show-doubtful", str(seed)])
    page = out.read_text(encoding="utf-8")
    shown = check_path(seed, Config(min_confidence=0.8, show_doubtful=True)).findings
    doubtful = sum(1 for f in shown if f.confidence < 0.8)
    assert doubtful and page.count('<tr class="doubtful">') == doubtful
    assert "(doubtful: confidence 0.75)" in page
    main([*html, str(seed)])
    assert '<tr class="doubtful">' not in out.read_text(encoding="utf-8")
