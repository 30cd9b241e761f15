"""The review's table of fixes as a model: each row's text made when the row is shown.

The table was a QTableWidget with five items per fix, all filled when the review opened: for
each fix its preview (the fix applied to its stretch) and labels — 0.8 s for 1,050 fixes of a
600 KB file and seconds for a 20 MB one, on the GUI thread, the first time the tab was shown.
Now a model answers for the rows on screen (kept until the row's decision changes), and the
view keeps the QTableWidget calls the review and its callers use (``setCurrentCell``,
``currentRow``, ``rowCount``, ``currentCellChanged``)."""

from __future__ import annotations

from typing import Any

from mtlint.checks.model import Applicability
from mtlint.desktop import i18n, theme
from mtlint.desktop.decisions import Status
from mtlint.desktop.review_state import ReviewState, clipped
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

Index = QModelIndex | QPersistentModelIndex
DECISION = 4  # the column of each fix's decision


# The strings (and their translations) are the review view's: context "ReviewView".


class ReviewModel(QAbstractTableModel):
    """One row per fix of a ReviewState: #, code, change, safety, decision."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.state: ReviewState | None = None
        self._rows: dict[int, list[str]] = {}
        self._headers = [
            QCoreApplication.translate("ReviewView", "#"),
            QCoreApplication.translate("ReviewView", "Code"),
            QCoreApplication.translate("ReviewView", "Change"),
            QCoreApplication.translate("ReviewView", "Safety"),
            QCoreApplication.translate("ReviewView", "Decision"),
        ]

    def set_state(self, state: ReviewState | None) -> None:
        self.beginResetModel()
        self.state = state
        self._rows = {}
        self.endResetModel()

    def changed(self, rows: list[int]) -> None:
        """Rows whose decision changed: made again when next shown."""
        for row in rows:
            self._rows.pop(row, None)
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.state is None else len(self.state)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _texts(self, row: int) -> list[str]:
        texts = self._rows.get(row)
        if texts is None:
            texts = self._rows[row] = self._make(row)
        return texts

    def _make(self, row: int) -> list[str]:
        """The row's cells; the change (the fix applied to its stretch) is made when asked for
        (sizing the other columns to their contents reads them on many rows)."""
        state = self.state
        assert state is not None
        finding = state.items[row]
        fix = state.fix(row)
        decision = state.decisions[row]
        labels = {
            Status.PENDING: QCoreApplication.translate("ReviewView", "pending"),
            Status.ACCEPTED: QCoreApplication.translate("ReviewView", "accepted"),
            Status.REJECTED: QCoreApplication.translate("ReviewView", "rejected"),
        }
        decision_text = labels[decision.status]
        if decision.replacement is not None:
            decision_text += " " + QCoreApplication.translate("ReviewView", "(edited)")
        safety = i18n.applicability_label(fix.applicability)
        return [str(row + 1), finding.code, "", safety, decision_text]

    def _change(self, row: int) -> str:
        texts = self._texts(row)
        if not texts[2]:
            state = self.state
            assert state is not None
            finding, fix = state.items[row], state.fix(row)
            before, after = state.preview(row)
            change = f"{clipped(before)!r} → {clipped(after)!r}"
            if fix.title and "→" not in fix.title:
                change += f"  — {fix.title}"
            if len(finding.fixes) > 1:
                change += "  " + self.tr("[%Ln alternative(s)]", "", len(finding.fixes))
            texts[2] = change
        return texts[2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        state = self.state
        if state is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._change(row) if column == 2 else self._texts(row)[column]
        # A fix of a doubtful finding (under the user's bar, shown on request) looks as it does
        # in the findings table, muted and in italics: the review showed it like the others
        # although "Accept all safe" leaves it alone (h22gui).
        doubtful = state.items[row].confidence < state.doubtful_below
        if role == Qt.ItemDataRole.ToolTipRole:
            if not doubtful:
                return state.items[row].message
            return (
                state.items[row].message
                + "\n"
                + self.tr("Doubtful: confidence %1, under your bar of %2; decide it yourself")
                .replace("%1", i18n.number(state.items[row].confidence, 2))
                .replace("%2", i18n.number(state.doubtful_below, 2))
            )
        if role == Qt.ItemDataRole.FontRole and doubtful:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and doubtful and column != 3:
            return theme.doubtful_color()
        if role == Qt.ItemDataRole.BackgroundRole and column == DECISION:
            status = state.decisions[row].status
            removed, inserted = theme.change_colors()
            if status is Status.ACCEPTED:
                return inserted
            if status is Status.REJECTED:
                return removed
            return None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 3
            and state.fix(row).applicability is not Applicability.SAFE
        ):
            return theme.severity_color("warning")
        return None


class DecisionDelegate(QStyledItemDelegate):
    """The decision column: a selected row keeps its decision's colour, blended into the
    selection highlight (the highlight covered it, so the row the reviewer had just accepted
    or rejected looked pending until they moved on — h22gui's fresh use); the text takes the
    palette's text colour that reads best on the blend."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not option.state & QStyle.StateFlag.State_Selected:
            return
        tint = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(tint, QColor):
            return
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        palette = option.palette
        blend = theme.on_selection(palette.color(group, QPalette.ColorRole.Highlight), tint)
        text = theme.readable_on(
            blend,
            palette.color(group, QPalette.ColorRole.HighlightedText),
            palette.color(group, QPalette.ColorRole.Text),
        )
        palette.setColor(group, QPalette.ColorRole.Highlight, blend)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
        option.palette = palette


class ReviewTable(QTableView):
    """A table view over ReviewModel with the QTableWidget calls the review uses."""

    currentCellChanged = Signal(int, int, int, int)  # noqa: N815 - QTableWidget's name

    def __init__(self, model: ReviewModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(DECISION, DecisionDelegate(self))
        self.selectionModel().currentChanged.connect(
            lambda current, previous: self.currentCellChanged.emit(
                current.row(), current.column(), previous.row(), previous.column()
            )
        )

    def rowCount(self) -> int:
        return self.model().rowCount()

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def currentColumn(self) -> int:
        return self.currentIndex().column()

    def setCurrentCell(self, row: int, column: int) -> None:
        index = self.model().index(row, max(0, column))
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
