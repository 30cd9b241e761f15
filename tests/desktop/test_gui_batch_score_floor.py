"""The batch shows no score for a file too short to score (h21gui, left 2).

An 11-word file with one finding scored 0.0 beside a 449-word article at 44.3: a score on a
handful of words says nothing. Its cell says "—" and its tooltip why; a folder of such files
has no quality score in the chart's title either."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.score import MIN_WORDS
from PySide6.QtCore import Qt

SHORT = "The president arrived Vladimir Putinwho is making a visit to Tashkent.\n"


def _batch(qtbot, window, folder: Path):
    with qtbot.waitSignal(window.batch.finished, timeout=60000):
        window.open_path(folder)
    model = window.batch.model
    score_column = model.headers().index("Score")
    rows = {Path(r.path).name: row for row, r in enumerate(model.reports)}

    def cell(name: str, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(rows[name], score_column), role)

    return cell


def test_a_short_file_has_no_score_beside_a_scored_one(qtbot, window, tmp_path, seed) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "short.txt").write_text(SHORT, encoding="utf-8")
    (folder / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    cell = _batch(qtbot, window, folder)
    short = next(r for r in window.batch.model.reports if r.path.endswith("short.txt"))
    assert short.findings and short.words < MIN_WORDS
    assert cell("short.txt") == "—"  # was "0.0"
    assert "Too few words to score" in cell("short.txt", Qt.ItemDataRole.ToolTipRole)
    assert float(cell("seed.txt").replace(",", ".")) < 100
    assert "quality score" in window.batch.chart.title()


def test_a_folder_of_short_files_has_no_quality_score(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    (folder / "b.txt").write_text(SHORT, encoding="utf-8")
    cell = _batch(qtbot, window, folder)
    assert cell("a.txt") == cell("b.txt") == "—"
    title = window.batch.chart.title()
    assert "too few words for a quality score" in title and "quality score 0" not in title
