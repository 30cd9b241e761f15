"""Batch headings stay whole when the Status column holds long notes (h21gui, defect 6): with
four families' columns and a note in Status ("not valid UTF-8 …", "Not checked: …"), the count
headings were cut ("Repe…") to keep the status readable; the status elides instead (whole in
its tooltip and in the line under the table)."""

from __future__ import annotations

from pathlib import Path

from mtlint.desktop import theme
from PySide6.QtGui import QFont, QFontMetrics


def test_count_headings_stay_whole_beside_long_statuses(
    qtbot, qapp, window, tmp_path: Path, seed
) -> None:
    # The app's own style sheet (as mtlint-gui sets it): its header padding is what ran out.
    qapp.setStyleSheet(theme.stylesheet())
    try:
        check_headings(qtbot, window, tmp_path, seed)
    finally:
        qapp.setStyleSheet("")


def check_headings(qtbot, window, tmp_path: Path, seed: Path) -> None:
    root = tmp_path / "mixed"
    (root / "sub").mkdir(parents=True)
    (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "sub" / "nested.txt").write_text("He met  the the leader.\n", encoding="utf-8")
    (root / "notes.md").write_text("# Notes\n\nA visit to Uzbekistan .\n", encoding="utf-8")
    latin = "Le président est arrivé à Tachkent dimanche. Il a rencontré son homologue.\n"
    (root / "latin1-fr.txt").write_bytes(latin.encode("latin-1"))
    (root / "binary.bin").write_bytes(b"\x89PNG\x00\x00")
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "sub" / "de.txt").write_text(
        "Der Präsident ist am Sonntag in Taschkent angekommen.Er traf seinen Amtskollegen .\n",
        encoding="utf-8",
    )
    window.resize(1360, 860)
    batch = window.batch
    batch.recursive.setChecked(True)
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    header = batch.table.horizontalHeader()
    last = batch.model.columnCount() - 1
    shown = [c for c in range(1, last) if not batch.table.isColumnHidden(c)]
    assert len(shown) >= 7  # words, findings, per 1k, four families, score
    for column in shown:
        heading = batch.model.headerData(column, header.orientation())
        assert header.sectionSize(column) >= header.sectionSizeHint(column), heading
    widths = sum(
        header.sectionSize(c) for c in range(last + 1) if not batch.table.isColumnHidden(c)
    )
    assert widths <= batch.table.viewport().width()
    assert header.sectionSize(last) >= 120  # the status keeps a readable width
    # A status cut short keeps its beginning (paths keep both ends).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    batch.table.itemDelegateForColumn(last).initStyleOption(option, batch.proxy.index(0, last))
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    assert batch.table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_five_families_headings_share_the_room_by_need(
    qtbot, qapp, window, tmp_path: Path, seed
) -> None:
    """With five families' columns and the chart beside the table, the spare room went to the
    headings left to right: "Words" and "Findings" kept room to spare while "Repe…" and "Enco…"
    were cut (h22gui). Each heading's text comes first now."""
    qapp.setStyleSheet(theme.stylesheet())
    try:
        root = tmp_path / "five"
        root.mkdir()
        (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        (root / "twice.txt").write_text(
            "The council met on Monday and the the mayor spoke about the new bridge.\n",
            encoding="utf-8",
        )
        (root / "marks.txt").write_text(
            "La requête n'a pas pu être executée à cause d'un problème du système. "
            "La demande a été traitée hier par le service.\n",
            encoding="utf-8",
        )
        (root / "binary.bin").write_bytes(b"\x89PNG\x00\x00")
        window.resize(1360, 860)
        batch = window.batch
        with qtbot.waitSignal(batch.finished, timeout=30000):
            window.open_path(root)
        header = batch.table.horizontalHeader()
        last = batch.model.columnCount() - 1
        shown = [c for c in range(1, last) if not batch.table.isColumnHidden(c)]
        families = [c for c in shown if 4 <= c < 4 + len(batch.model.families)]
        assert len(families) >= 5, [batch.model.headerData(c, header.orientation()) for c in shown]
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for column in shown:
            heading = batch.model.headerData(column, header.orientation())
            # The heading in the style sheet's semi-bold, with its 6 px padding on both sides.
            whole = QFontMetrics(bold).horizontalAdvance(heading) + 12
            assert header.sectionSize(column) >= whole, heading
        widths = sum(header.sectionSize(c) for c in [0, *shown, last])
        assert widths <= batch.table.viewport().width()
    finally:
        qapp.setStyleSheet("")


def test_columns_fit_the_table_once_the_chart_has_its_width(
    qtbot, qapp, window, tmp_path: Path, seed, monkeypatch
) -> None:
    """The columns were fitted before the chart was drawn: a chart label that made the chart a
    pixel or two wider than before then narrowed the table, and the columns ran over it (seen
    once in the full suite, 1038 > 1037 px, h22gui). Now the chart comes first and the layout
    settles before the columns are fitted."""
    from mtlint.desktop.views.batch import BatchView

    real = BatchView.update_chart

    def update_chart(self):  # a chart two pixels wider than the last one
        real(self)
        self.chart_view.setMinimumWidth(self.chart_view.minimumWidth() + 2)

    monkeypatch.setattr(BatchView, "update_chart", update_chart)
    qapp.setStyleSheet(theme.stylesheet())
    try:
        root = tmp_path / "m"
        root.mkdir()
        (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        (root / "b.bin").write_bytes(b"\x00")
        window.resize(1360, 860)
        b = window.batch
        with qtbot.waitSignal(b.finished, timeout=30000):
            window.open_path(root)
        qtbot.wait(200)  # the layout settles
        h = b.table.horizontalHeader()
        last = b.model.columnCount() - 1
        widths = sum(h.sectionSize(c) for c in range(last + 1) if not b.table.isColumnHidden(c))
        assert widths <= b.table.viewport().width()
    finally:
        qapp.setStyleSheet("")
