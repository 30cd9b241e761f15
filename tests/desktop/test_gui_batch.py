"""Batch view: a temp folder checked in a worker, rows per file, chart, export through reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from mtlint.checks.reports import formats
from PySide6.QtCore import Qt


@pytest.fixture
def folder(tmp_path: Path, seed: Path) -> Path:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "clean.txt").write_text("The president arrived on Sunday.\n", encoding="utf-8")
    (root / "sub" / "nested.txt").write_text("He met  the leader.\n", encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (root / "notes.md").write_text("# Notes\n\nA visit to Uzbekistan.\n", encoding="utf-8")
    return root


def run_batch(qtbot, window, folder: Path, *, recursive: bool = True, pattern: str = "") -> None:
    batch = window.batch
    batch.recursive.setChecked(recursive)
    batch.pattern.setText(pattern)
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(folder)


def test_batch_a_folder_and_export(qtbot, window, folder: Path, tmp_path: Path) -> None:
    run_batch(qtbot, window, folder)
    batch = window.batch
    assert window.tabs.currentIndex() == window.BATCH
    paths = sorted(Path(r.path).name for r in batch.reports)
    assert paths == ["broken.txt", "clean.txt", "nested.txt", "notes.md", "seed.txt"]
    assert batch.proxy.rowCount() == 5
    seed_report = next(r for r in batch.reports if r.path.endswith("seed.txt"))
    assert seed_report.findings and seed_report.words > 300
    broken = next(r for r in batch.reports if r.path.endswith("broken.txt"))
    assert broken.error and "binary" in broken.error
    # The chart has one bar per family found, as long as that family's findings.
    expected = dict.fromkeys(batch.model.families, 0)
    for report in batch.reports:
        for located in report.findings:
            if located.finding.family in expected:
                expected[located.finding.family] += 1
    charted = {
        bars.label(): int(sum(bars.at(i) for i in range(bars.count())))
        for bars in batch.chart.series()[0].barSets()
    }
    # (Families with no findings get no bar: h21gui.)
    assert charted == {k: v for k, v in expected.items() if v} and sum(charted.values()) > 0
    assert "5 of 5" in batch.eta.text() or "Done" in batch.eta.text()
    for name in ("csv", "json"):
        if name not in formats():
            continue
        target = tmp_path / f"report.{name}"
        batch.export(name, target)
        text = target.read_text(encoding="utf-8")
        if name == "json":
            data = json.loads(text)
            assert "seed.txt" in json.dumps(data)
        else:
            rows = list(csv.reader(text.splitlines()))
            assert any("seed.txt" in cell for row in rows for cell in row)


def test_batch_sorting_and_glob_and_non_recursive(qtbot, window, folder: Path) -> None:
    run_batch(qtbot, window, folder, recursive=False, pattern="*.txt")
    names = sorted(Path(r.path).name for r in window.batch.reports)
    assert names == ["broken.txt", "clean.txt", "seed.txt"]
    batch = window.batch
    findings_column = 2
    batch.table.sortByColumn(
        findings_column, batch.table.horizontalHeader().sortIndicatorOrder().DescendingOrder
    )
    top = batch.proxy.index(0, 0).data()
    assert top.endswith("seed.txt")


def test_double_click_opens_the_file(qtbot, window, folder: Path) -> None:
    run_batch(qtbot, window, folder)
    batch = window.batch
    row = next(
        r
        for r in range(batch.proxy.rowCount())
        if batch.proxy.index(r, 0).data().endswith("seed.txt")
    )
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        batch.table.activated.emit(batch.proxy.index(row, 0))
    assert window.session.path.name == "seed.txt"


def test_batch_columns_fit_and_the_error_is_readable(qtbot, window, folder: Path) -> None:
    deep = folder / ("a-rather-long-folder-name-" * 4) / ("another-long-folder-" * 3)
    deep.mkdir(parents=True)
    (deep / "file-with-a-long-name.txt").write_text("He met  the leader.\n", encoding="utf-8")
    window.resize(1280, 820)
    run_batch(qtbot, window, folder)
    batch = window.batch
    header = batch.table.horizontalHeader()
    last = batch.model.columnCount() - 1
    # A long path or message never pushes the counts out: the file column is capped, count
    # columns are as wide as their numbers, and cells that do not fit are elided (whole in the
    # tooltip).
    assert header.sectionSize(0) <= 280
    # Every column in view: the sections fit the viewport, and the scroll bar (whose range Qt
    # updates from the event loop after a resize, so read it once events are processed) agrees.
    widths = sum(header.sectionSize(column) for column in range(last + 1))
    assert widths <= batch.table.viewport().width()
    qtbot.waitUntil(lambda: batch.table.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert batch.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    row = next(i for i, r in enumerate(batch.model.reports) if r.error)
    message = batch.model.reports[row].error
    status = batch.model.index(row, last)
    assert message in status.data(Qt.ItemDataRole.ToolTipRole)
    batch.table.setCurrentIndex(batch.proxy.mapFromSource(status))
    assert message in batch.details.text()
    assert header.sectionResizeMode(1) == header.ResizeMode.Interactive


def test_count_headings_are_whole_when_the_view_has_room(qtbot, window, tmp_path: Path, seed):
    """One short file in a wide window: the count columns' headings are not elided (they were
    sized to their numbers only, "Findi…", with the status column's empty room beside them)."""
    root = tmp_path / "one"
    root.mkdir()
    (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    window.resize(1360, 860)
    run_batch(qtbot, window, root)
    batch = window.batch
    header = batch.table.horizontalHeader()
    last = batch.model.columnCount() - 1
    shown = [c for c in range(1, last) if not batch.table.isColumnHidden(c)]
    assert len(shown) >= 5  # words, findings, per 1k, a family or two, score
    for column in shown:
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    widths = sum(
        header.sectionSize(c) for c in range(last + 1) if not batch.table.isColumnHidden(c)
    )
    assert widths <= batch.table.viewport().width()
