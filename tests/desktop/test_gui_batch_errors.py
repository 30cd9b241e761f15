"""A file the batch could not check (h30tidy, session 24): its row says why without repeating
its path (the status cell showed the path again, elided before the reason: "/tmp/…/folde…"),
the line under the table names the path once, and the counts of a file never read are "—",
not a clean-looking 0. Invented files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def test_an_unreadable_file_says_why_once(qtbot, window, tmp_path: Path) -> None:
    root = tmp_path / "batch"
    root.mkdir()
    (root / "fine.txt").write_text("The minister arrived on Sunday.\n", encoding="utf-8")
    (root / "broken.po").write_text('msgid "Hello"\nmsgstr "Bonjour\n', encoding="utf-8")
    batch = window.batch
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    model = batch.model
    row = next(i for i, r in enumerate(model.reports) if r.error)
    report = model.reports[row]
    last = model.columnCount() - 1
    status = model.index(row, last).data()
    assert status.startswith("not a valid PO file"), status
    assert report.path not in status
    # The tooltip keeps the whole message; the line under the table names the path once.
    assert report.error in model.index(row, last).data(Qt.ItemDataRole.ToolTipRole)
    batch.table.setCurrentIndex(batch.proxy.mapFromSource(model.index(row, last)))
    assert batch.details.text().count(report.path) == 1
    # Never read: no word count, no findings count, no rate.
    for column in (1, 2, 3):
        assert model.index(row, column).data() == "—"
