"""Every occurrence behind a consistency finding (MT901/MT902 across files, MT903 in the text):
a list to click through; a click opens the file (if another) and selects the occurrence.

``install(window)`` adds the hooks to the main window: double-clicking such a finding in the
findings table opens the list; the batch view gets an "Occurrences…" button for the consistency
findings of the selected file (their occurrences span the whole batch).
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mtlint.checks.model import Finding
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CODES = ("MT901", "MT902", "MT903")
Index = QModelIndex | QPersistentModelIndex


class Occurrence:
    """One place: a file, a unit id (or ""), a line and column in the file, the text there,
    and text offsets when known (same file)."""

    __slots__ = ("column", "end", "line", "path", "start", "text", "unit")

    def __init__(
        self,
        path: str,
        unit: str,
        line: int,
        column: int,
        text: str,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        self.path, self.unit, self.line, self.column, self.text = path, unit, line, column, text
        self.start, self.end = start, end


def occurrences_of(finding: Finding, path: str | None, document_text: str = "") -> list[Occurrence]:
    """The occurrences a finding carries (see checks/consistency.py and rules/consistency.py)."""
    data = dict(finding.data)
    listed = data.get("occurrences") or ()
    found = []
    for item in listed:
        if len(item) >= 5 and isinstance(item[0], str):  # (path, unit, line, column, text)
            found.append(Occurrence(*item[:5]))
        elif len(item) == 2 and document_text:  # MT903: text spans in this document
            start, end = item
            line = document_text.count("\n", 0, start) + 1
            column = start - (document_text.rfind("\n", 0, start) + 1) + 1
            found.append(
                Occurrence(path or "", "", line, column, document_text[start:end], start, end)
            )
    return found


class OccurrencesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Occurrence] = []

    def set_rows(self, rows: Sequence[Occurrence]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Unit"), self.tr("Line"), self.tr("Text")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        values = [Path(row.path).name if role == 0 else row.path, row.unit, row.line, row.text]
        return values[index.column()]


class OccurrencesDialog(QDialog):
    """The occurrences of one or more findings (a file's consistency findings in a batch)."""

    jump = Signal(object)  # Occurrence

    def __init__(
        self,
        findings: Sequence[Finding],
        path: str | None,
        document_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("occurrencesDialog")
        self.setWindowTitle(self.tr("Occurrences"))
        self.resize(760, 420)
        self.findings = list(findings)
        self.path = path
        self.document_text = document_text
        self.chooser = QComboBox()
        for finding in self.findings:
            self.chooser.addItem(f"{finding.code}: {finding.message[:110]}")
        self.chooser.setVisible(len(self.findings) > 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = OccurrencesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self._show)
        self._show(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.findings):
            return
        finding = self.findings[index]
        self.message.setText(finding.message)
        self.model.set_rows(occurrences_of(finding, self.path, self.document_text))
        self.table.resizeColumnsToContents()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump.emit(self.model.rows[index.row()])


# --- hooks into the main window ------------------------------------------------------------------


def text_offset(document: Any, line: int, column: int) -> int:
    """The text offset of a 1-based line and column of the file (inverse of the offset map)."""
    file_text = document.file_text
    position = 0
    for _ in range(line - 1):
        found = file_text.find("\n", position)
        if found == -1:
            break
        position = found + 1
    file_offset = position + column - 1
    offset_map = document.offset_map
    if offset_map is None:
        return min(file_offset, len(document.text))
    pieces = offset_map.pieces
    index = max(0, bisect.bisect_right([p.raw_start for p in pieces], file_offset) - 1)
    if not pieces:
        return 0
    piece = pieces[index]
    inside = min(file_offset - piece.raw_start, piece.text_end - piece.text_start)
    return piece.text_start + max(0, inside)


class _Jumper:
    """Opens an occurrence in the main window: at once in the open file, after loading else."""

    def __init__(self, window: Any) -> None:
        # A weak reference: the window owns this object, which must not keep it alive.
        self._window = weakref.ref(window)
        self.pending: Occurrence | None = None
        window.document_ready.connect(self._ready)

    @property
    def window(self) -> Any:
        return self._window()

    def go(self, occurrence: Occurrence) -> None:
        window = self.window
        if window is None:
            return
        session = window.session
        window.tabs.setCurrentIndex(window.DOCUMENT)
        if session is not None and session.path is not None and _same(session.path, occurrence):
            self._select(occurrence)
            return
        self.pending = occurrence
        window.open_path(occurrence.path)

    def _ready(self) -> None:
        window = self.window
        if self.pending is not None and window is not None and window.session is not None:
            occurrence, self.pending = self.pending, None
            self._select(occurrence)

    def _select(self, occurrence: Occurrence) -> None:
        document = self.window.session.document
        if occurrence.start is not None and occurrence.end is not None:
            start, end = occurrence.start, occurrence.end
        else:
            start = text_offset(document, occurrence.line, occurrence.column)
            end = min(len(document.text), start + len(occurrence.text))
        self.window.editor.select_span(start, end)


def _same(path: Path, occurrence: Occurrence) -> bool:
    try:
        return Path(occurrence.path).resolve() == Path(path).resolve()
    except OSError:
        return False


def install(window: Any) -> None:
    """Connect the findings table and the batch view of a main window to the occurrences list."""
    jumper = _Jumper(window)
    window._occurrences_jumper = jumper  # kept alive with the window
    window_ref = weakref.ref(window)  # closures must not keep the window alive

    def open_for_finding(index: QModelIndex) -> None:
        window = window_ref()
        session = window.session if window is not None else None
        if session is None or not index.isValid():
            return
        row = window.panel.proxy.mapToSource(index).row()
        finding = window.panel.model.findings[row]
        if finding.code not in CODES:
            return
        path = str(session.path) if session.path else None
        show(window, [finding], path, session.document.text, jumper)

    window.panel.table.doubleClicked.connect(open_for_finding)
    _install_batch(window_ref, jumper)


def show(
    window: Any, findings: Sequence[Finding], path: str | None, text: str, jumper: _Jumper
) -> OccurrencesDialog:
    dialog = OccurrencesDialog(findings, path, text, window)
    dialog.jump.connect(jumper.go)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window._occurrences_dialog = dialog
    return dialog


def _install_batch(window_ref: weakref.ref, jumper: _Jumper) -> None:
    from PySide6.QtWidgets import QPushButton

    batch = window_ref().batch
    button = QPushButton(QCoreApplication.translate("Occurrences", "&Occurrences…"))
    button.setObjectName("occurrencesButton")
    button.setToolTip(
        QCoreApplication.translate(
            "Occurrences", "Every occurrence behind the selected file's consistency findings"
        )
    )
    button.setEnabled(False)
    from PySide6.QtWidgets import QHBoxLayout

    row = next(
        (lay for lay in batch.findChildren(QHBoxLayout) if lay.indexOf(batch.export_button) >= 0),
        None,
    )
    if row is not None:
        row.insertWidget(row.indexOf(batch.export_button), button)

    def selected_findings() -> tuple[str | None, list[Finding]]:
        index = batch.table.currentIndex()
        if not index.isValid():
            return None, []
        report = batch.model.reports[batch.proxy.mapToSource(index).row()]
        return report.path, [f.finding for f in report.findings if f.finding.code in CODES[:2]]

    def update(*_args: Any) -> None:
        button.setEnabled(bool(selected_findings()[1]))

    def clicked() -> None:
        path, findings = selected_findings()
        window = window_ref()
        if findings and window is not None:
            show(window, findings, path, "", jumper)

    batch.table.selectionModel().currentRowChanged.connect(update)
    batch.model.modelReset.connect(update)
    button.clicked.connect(clicked)
    batch.occurrences_button = button
