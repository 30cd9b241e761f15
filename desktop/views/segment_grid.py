"""Bilingual files (PO, XLIFF, TMX, CSV/TSV) as a segment grid: source | target | findings.

Targets are edited in place; each edit is re-checked in the background, and saving writes the
changed targets through the format's own writer (``checks.writeback`` via ``edit_buffer``), so
the file's structure, notes and states stay as they were.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from typing import Any

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Finding, Fix
from mtlint.desktop import i18n, theme
from mtlint.desktop.edit_buffer import diff_edits, shift_ranges
from mtlint.desktop.models import FAMILY_NAMES
from mtlint.desktop.views.finding_menu import FindingMenu
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QUndoCommand, QUndoStack
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
        # What the findings were computed on: their offsets count in ``checked_text``, and row r
        # is ``checked_text[checked_units[r][0]:checked_units[r][1]]`` then.
        self.checked_text = ""
        self.checked_units: tuple[tuple[int, int, str], ...] = ()
        self.ignored: set[tuple[int, str, str]] = set()  # (row, code, text): "Ignore here"
        self.undo_stack = QUndoStack(self)

    def set_document(self, document: Document, findings: tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self.base = document
        self.sources = [source for _, _, source in document.units]
        self.originals = [document.text[start:end] for start, end, _ in document.units]
        self.targets = list(self.originals)
        self.ignored = set()
        self.undo_stack.clear()
        self._take_findings(document.text, document.units, findings)
        self.endResetModel()

    def set_findings(
        self, units: tuple[tuple[int, int, str], ...], findings: Any, text: str | None = None
    ) -> None:
        self._take_findings(self.checked_text if text is None else text, units, findings)
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
            return "  ".join(_counted(f"{f.code} {f.message}" for f in found))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FINDINGS:
                return "\n".join(_counted(f"{f.code} {f.name}: {f.message}" for f in found)) or None
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
        return self.change_target(index.row(), str(value), self.tr("Edit segment %1"))

    def change_target(self, row: int, text: str, label: str) -> bool:
        """Set a target as one undo step (typing in the cell, a fix from the menu)."""
        if text == self.targets[row]:
            return False
        self.undo_stack.push(_TargetEdit(self, row, text, label.replace("%1", str(row + 1))))
        return True

    def put_target(self, row: int, text: str) -> None:
        """Set a target without recording it (the undo stack's own commands call this)."""
        self.targets[row] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.FINDINGS))
        self.target_edited.emit(row)

    # --- the finding menu's actions --------------------------------------------------------------
    def _take_findings(
        self, text: str, units: tuple[tuple[int, int, str], ...], findings: Any
    ) -> None:
        self.checked_text, self.checked_units = text, tuple(units)
        rows = findings_by_unit(units, findings)
        self.findings = [
            [f for f in found if (row, f.code, self._finding_text(row, f)) not in self.ignored]
            for row, found in enumerate(rows)
        ]

    def _finding_text(self, row: int, finding: Finding) -> str:
        return self.checked_text[finding.start : finding.end]

    def fix_for_row(self, row: int, fix: Fix) -> str | None:
        """The row's target with ``fix`` applied, or None when the fix no longer fits: the row
        was edited after the check, or an edit reaches outside the row."""
        if not 0 <= row < len(self.checked_units):
            return None
        start, end, _ = self.checked_units[row]
        if self.checked_text[start:end] != self.targets[row]:
            return None
        text = self.targets[row]
        for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
            if not start <= edit.start <= edit.end <= end:
                return None
            text = text[: edit.start - start] + edit.replacement + text[edit.end - start :]
        return text

    def apply_fix(self, row: int, fix: Fix) -> bool:
        fixed = self.fix_for_row(row, fix)
        return fixed is not None and self.change_target(row, fixed, self.tr("Fix segment %1"))

    def ignore_here(self, row: int, finding: Finding) -> None:
        """Hide this finding in this row from now on (also after later re-checks)."""
        self.ignored.add((row, finding.code, self._finding_text(row, finding)))
        self.findings[row] = [f for f in self.findings[row] if f is not finding]
        self.dataChanged.emit(self.index(row, self.FINDINGS), self.index(row, self.FINDINGS))

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


class _TargetEdit(QUndoCommand):
    def __init__(self, model: SegmentModel, row: int, new: str, label: str) -> None:
        super().__init__(label)
        self.model, self.row, self.old, self.new = model, row, model.targets[row], new

    def redo(self) -> None:
        self.model.put_target(self.row, self.new)

    def undo(self) -> None:
        self.model.put_target(self.row, self.old)


def _counted(lines: Any) -> list[str]:
    """Each distinct line once, in first-seen order, with "(×N)" when it was there N times."""
    counts = Counter(lines)
    return [line if count == 1 else f"{line} (×{count})" for line, count in counts.items()]


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
    row with a finding; right-click (or Ctrl+.) on a row opens its finding menu; Ctrl+Z /
    Ctrl+Shift+Z undo and redo target edits while the table has the focus."""

    explain_requested = Signal(str)  # rule code
    # A row's findings to write into the project's ignore file, and the text their offsets
    # count in (the grid's text as last checked); the document controller writes them.
    ignore_for_good_requested = Signal(int, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = True  # every bilingual format is written back through its own writer
        self.can_ignore_for_good = False  # set by the controller: a file on disk, ignores built
        self.menu: FindingMenu | None = None
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
        self._build_undo_actions()

    def _build_undo_actions(self) -> None:
        stack = self.model.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        for action, keys in (
            (self.undo_action, QKeySequence.StandardKey.Undo),
            (self.redo_action, QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(keys)
            # The table only: a cell's open editor keeps its own Ctrl+Z for the text it holds.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

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
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_at)
        return table

    # --- the finding menu ------------------------------------------------------------------------
    def _menu_at(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.show_menu(
                self.proxy.mapToSource(index).row(), self.table.viewport().mapToGlobal(pos)
            )

    def menu_for_current_row(self) -> FindingMenu | None:
        """Ctrl+. on the grid: the current row's menu, under the row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        rect = self.table.visualRect(index)
        return self.show_menu(
            self.proxy.mapToSource(index).row(),
            self.table.viewport().mapToGlobal(rect.bottomLeft()),
        )

    def show_menu(self, row: int, where: QPoint) -> FindingMenu | None:
        model = self.model
        found = model.findings[row] if 0 <= row < len(model.findings) else []
        if not found:
            return None
        # A fix applies only while the row holds the text it was computed on.
        fresh = model.fix_for_row(row, Fix(())) is not None
        menu = FindingMenu(
            found,
            model.checked_text,
            can_edit=self.editable and fresh,
            can_ignore_for_good=self.can_ignore_for_good,
            parent=self,
        )
        menu.apply_fix.connect(lambda fix: model.apply_fix(row, fix))
        menu.ignore_here.connect(lambda finding: model.ignore_here(row, finding))
        checked = model.checked_text  # the offsets count in it, even if the row changes later
        menu.ignore_for_good.connect(
            lambda findings: self.ignore_for_good_requested.emit(row, findings, checked)
        )
        menu.explain.connect(self.explain_requested)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(where)
        return menu

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
