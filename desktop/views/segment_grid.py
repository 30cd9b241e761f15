"""Bilingual files (PO, XLIFF, TMX, CSV/TSV) as a segment grid: source | target | findings.

Targets are edited in place; each edit is re-checked in the background, and saving writes the
changed targets through the format's own writer (``checks.writeback`` via ``edit_buffer``), so
the file's structure, notes and states stay as they were.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Finding
from mtlint.desktop import i18n, theme
from mtlint.desktop.edit_buffer import diff_edits, shift_ranges
from mtlint.desktop.models import FAMILY_NAMES
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class SegmentModel(QAbstractTableModel):
    """One row per unit of the loaded document; ``targets`` hold the text as edited."""

    SOURCE, TARGET, FINDINGS = range(3)
    target_edited = Signal(int)  # row

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.base: Document | None = None
        self.sources: list[str] = []
        self.originals: list[str] = []
        self.targets: list[str] = []
        self.findings: list[list[Finding]] = []

    def set_document(self, document: Document, findings: tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self.base = document
        self.sources = [source for _, _, source in document.units]
        self.originals = [document.text[start:end] for start, end, _ in document.units]
        self.targets = list(self.originals)
        self.findings = findings_by_unit(document.units, findings)
        self.endResetModel()

    def set_findings(self, units: tuple[tuple[int, int, str], ...], findings: Any) -> None:
        self.findings = findings_by_unit(units, findings)
        if self.targets:
            self.dataChanged.emit(
                self.index(0, self.FINDINGS), self.index(len(self.targets) - 1, self.FINDINGS)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Source"), self.tr("Target"), self.tr("Findings"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        found = self.findings[row] if row < len(self.findings) else []
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.SOURCE:
                return self.sources[row]
            if column == self.TARGET:
                return self.targets[row]
            return "  ".join(f"{f.code} {f.message}" for f in found)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FINDINGS:
                return "\n".join(f"{f.code} {f.name}: {f.message}" for f in found) or None
            return self.sources[row] if column == self.SOURCE else self.targets[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FINDINGS and found:
            return theme.family_color(found[0].family or "other")
        if role == Qt.ItemDataRole.FontRole and column == self.TARGET and self.is_edited(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TARGET:
            return False
        text = str(value)
        if text == self.targets[index.row()]:
            return False
        self.targets[index.row()] = text
        self.dataChanged.emit(index, index)
        self.target_edited.emit(index.row())
        return True

    def is_edited(self, row: int) -> bool:
        return self.targets[row] != self.originals[row]

    @property
    def modified(self) -> bool:
        return self.targets != self.originals

    def families(self, row: int) -> set[str]:
        return (
            {f.family or "other" for f in self.findings[row]} if row < len(self.findings) else set()
        )

    # --- the document as edited ------------------------------------------------------------------
    def edits(self) -> list[Edit]:
        """Edits of the loaded document's text: small ones inside each changed target."""
        assert self.base is not None
        edits: list[Edit] = []
        for (start, _end, _), old, new in zip(
            self.base.units, self.originals, self.targets, strict=True
        ):
            if old != new:
                edits.extend(
                    Edit(start + e.start, start + e.end, e.replacement)
                    for e in diff_edits(old, new)
                )
        return edits

    def edited_document(self) -> Document:
        """The loaded document with the edited targets (units and protected spans moved)."""
        base = self.base
        assert base is not None
        text, units, protected = base.text, list(base.units), base.protected
        for row in reversed(range(len(units))):
            start, end, source = units[row]
            new = self.targets[row]
            if new == self.originals[row]:
                continue
            edit = Edit(start, end, new)
            text = text[:start] + new + text[end:]
            delta = len(new) - (end - start)
            units[row] = (start, start + len(new), source)
            for later in range(row + 1, len(units)):
                s, e, src = units[later]
                units[later] = (s + delta, e + delta, src)
            protected = tuple(
                r for r in shift_ranges(protected, edit) if not (start <= r[0] < start + len(new))
            )
        # Only for checking: line numbers count in this text, and nothing is written from it.
        return replace(
            base,
            text=text,
            units=tuple(units),
            protected=protected,
            boundaries=(),
            raw_text=None,
            offset_map=None,
        )

    def mark_saved(self) -> None:
        self.originals = list(self.targets)


def findings_by_unit(units: tuple[tuple[int, int, str], ...], findings: Any) -> list[list[Finding]]:
    starts = [start for start, _, _ in units]
    rows: list[list[Finding]] = [[] for _ in units]
    for finding in findings:
        row = bisect.bisect_right(starts, finding.start) - 1
        if 0 <= row < len(rows):
            rows[row].append(finding)
    return rows


class SegmentFilter(QSortFilterProxyModel):
    """Only rows with findings, and/or rows with findings of one family."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_findings = False
        self.family = ""

    def set_filters(self, *, only_findings: bool | None = None, family: str | None = None) -> None:
        self.beginFilterChange()  # Qt ≥ 6.10: invalidateFilter() is deprecated
        if only_findings is not None:
            self.only_findings = only_findings
        if family is not None:
            self.family = family
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model: SegmentModel = self.sourceModel()  # type: ignore[assignment]
        families = model.families(row)
        if self.only_findings and not families:
            return False
        return not self.family or self.family in families


class SegmentGrid(QWidget):
    """The grid with its filters; F8 / Shift+F8 (the window's keys) go to the next / previous
    row with a finding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentGrid")
        self.model = SegmentModel(self)
        self.proxy = SegmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.only_findings = QCheckBox(self.tr("Only rows with &findings"))
        self.family = QComboBox()
        self.family.addItem(self.tr("All families"), "")
        for family in FAMILY_NAMES:
            self.family.addItem(i18n.family_label(family), family)
        self.note = QLabel()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.only_findings)
        filters.addWidget(self.family)
        filters.addWidget(self.note, 1)
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.only_findings.toggled.connect(lambda on: self.proxy.set_filters(only_findings=on))
        self.family.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(family=self.family.currentData())
        )

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("segmentTable")
        table.setModel(self.proxy)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SegmentModel.TARGET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(SegmentModel.SOURCE, 380)
        header.resizeSection(SegmentModel.FINDINGS, 300)
        # Rows of two lines (the whole text in the tooltip and the editor): sizing every row to
        # its contents would lay out all of a 6,000-unit file on each edit, seconds of GUI time.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 10)
        return table

    def step(self, forward: bool = True) -> int:
        """Select the next (previous) shown row with a finding; returns its source row or -1."""
        proxy = self.proxy
        rows = [
            r
            for r in range(proxy.rowCount())
            if self.model.families(proxy.mapToSource(proxy.index(r, 0)).row())
        ]
        if not rows:
            return -1
        current = self.table.currentIndex().row()
        if forward:
            target = next((r for r in rows if r > current), rows[0])
        else:
            target = next((r for r in reversed(rows) if r < current), rows[-1])
        index = proxy.index(target, SegmentModel.TARGET)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return proxy.mapToSource(index).row()

    def select_offset(self, units: tuple[tuple[int, int, str], ...], offset: int) -> None:
        """Select the row whose target holds ``offset`` (a finding chosen in the table)."""
        starts = [start for start, _, _ in units]
        row = bisect.bisect_right(starts, offset) - 1
        if not 0 <= row < self.model.rowCount():
            return
        index = self.proxy.mapFromSource(self.model.index(row, SegmentModel.TARGET))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
