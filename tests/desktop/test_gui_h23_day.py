"""Defects of session 19's reviewer's day (h23gui): the details said a bare confidence, and
nothing of a doubtful finding; the batch showed each file under its folder's own name."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.desktop.views.findings_panel import CONFIDENCE_NOTE
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

TEXT = "He met  the leader and and left on Sunday.\n"


def finding(code: str, start: int, end: int, confidence: float, **data: object) -> Finding:
    fix = Fix((Edit(start, end, " "),), title="one space")
    return Finding(
        code,
        "double-space",
        "Two or more spaces between words",
        Span(start, end),
        confidence=confidence,
        fixes=(fix,),
        family="spacing",
        data=tuple(data.items()),
    )


def details(window, findings: list[Finding], row: int, bar: float) -> str:
    panel = window.panel
    panel.model.set_findings(findings, [1] * len(findings), TEXT, bar)
    panel.show_details(row, TEXT)
    return panel.details.toPlainText()


def test_the_details_say_what_the_confidence_means(window) -> None:
    sure = finding("MT106", 6, 8, 0.9)
    said = details(window, [sure], 0, 0.0)
    assert "Confidence 0.90: about 9 in 10 findings of this kind were right" in said
    assert "Doubtful" not in said
    told = finding("MT106", 6, 8, 0.7, **{CONFIDENCE_NOTE: "3 other sure artefacts nearby."})
    assert "3 other sure artefacts nearby." in details(window, [told], 0, 0.0)


def test_a_doubtful_findings_details_say_so_and_that_bulk_fixes_leave_it(window) -> None:
    doubtful = finding("MT106", 6, 8, 0.4)
    said = details(window, [doubtful], 0, 0.5)
    assert "about 4 in 10" in said
    assert "Doubtful: under your bar of 0.50" in said
    assert "Accept all safe" in said


def test_batch_paths_are_shown_relative_to_the_folder(qtbot, window, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    for name in ("b.txt", "sub/a.txt", "z.txt"):
        (root / name).write_text("He met  the leader on Sunday.\n", encoding="utf-8")
    batch = window.batch
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    batch.table.sortByColumn(0, batch.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    shown = [batch.proxy.index(r, 0).data() for r in range(batch.proxy.rowCount())]
    assert shown == ["b.txt", "sub/a.txt", "z.txt"]  # not "articles/b.txt" beside "sub/a.txt"
    assert batch.proxy.index(0, 0).data(3) == str(root / "b.txt")  # the tooltip: the whole path


def checked_folder(qtbot, window, tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a.txt").write_text("He met  the leader on Sunday.\n", encoding="utf-8")
    (root / "b.txt").write_text("Vladimir Putinwho is visiting. Putin left.\n", encoding="utf-8")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.batch.finished, timeout=30000):
        window.open_path(root)
    return root


def test_a_file_opened_from_the_batch_is_shown(qtbot, window, tmp_path: Path) -> None:
    """Enter on a batch row loaded the file behind the Batch tab: nothing seemed to happen."""
    checked_folder(qtbot, window, tmp_path)
    batch = window.batch
    assert QApplication.focusWidget() is batch.table  # the checked folder's table has the keys
    assert batch.table.currentIndex().row() == 0
    qtbot.keyClick(batch.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        qtbot.keyClick(batch.table, Qt.Key.Key_Return)
    assert window.session.path.name == "b.txt"
    assert window.tabs.currentIndex() == window.DOCUMENT
    assert QApplication.focusWidget() is window.panel.table


def test_tab_leaves_the_row_tables(qtbot, window, open_and_wait, tmp_path: Path) -> None:
    """Tab walked the cells of a table whose rows are chosen whole, and never left it."""
    root = checked_folder(qtbot, window, tmp_path)
    open_and_wait(window, root / "b.txt")
    for tab, table in (
        (window.BATCH, window.batch.table),
        (window.DOCUMENT, window.panel.table),
        (window.REVIEW, window.review.table),
    ):
        window.tabs.setCurrentIndex(tab)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()


def test_the_batch_chart_leaves_no_stale_axis(qtbot, window, tmp_path: Path) -> None:
    """Each update of the chart (the run's first, empty one among them) removed its axes but
    left them alive, their labels drawn on: a '0' and a '1' under the new axis (seen at
    1360 px, /tmp/h23gui/shots/from-batch.png). A removed axis is deleted now."""
    checked_folder(qtbot, window, tmp_path)
    batch = window.batch
    old = batch.chart.axes()
    assert len(old) == 2
    batch.update_chart()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(axis) for axis in old)
    assert len(batch.chart.axes()) == 2
