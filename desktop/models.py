"""Qt table models: findings, back-translated sentences, batch results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mtlint.checks.model import Finding
from mtlint.checks.registry import FAMILIES
from mtlint.checks.results import FileReport
from mtlint.checks.score import MIN_WORDS, file_score
from mtlint.desktop import i18n, theme
from mtlint.desktop.batch_skipped import BACKUP, EXCLUDED, NOT_CATALOGUE, SkippedFile
from mtlint.desktop.batch_status import file_languages, file_languages_tip
from mtlint.desktop.finding_search import search_text
from mtlint.desktop.read_notes import note_text
from mtlint.desktop.review_state import clipped
from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

FAMILY_NAMES = list(dict.fromkeys([*FAMILIES.values(), "other"]))


class HeaderedTableModel(QAbstractTableModel):
    """A flat table with fixed column headings: a subclass fills ``_headers`` and says which
    list holds its rows (``_items``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []

    def _items(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class FindingsModel(HeaderedTableModel):
    CODE, MESSAGE, LINE, SEVERITY, FIX = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.lines: list[int] = []
        self.text = ""
        # Each fix's description, made when a row is first shown (or searched, or sorted by
        # it): describing 35,000 fixes of a 20 MB file up front cost the GUI thread 0.15 s.
        self._fix_texts: list[str | None] = []
        # Each row's lower-case search text, made when first searched and kept: from fields
        # that need no description (``search_text``), so a search describes no fix.
        self._search_texts: list[str | None] = []
        self.doubtful_below = 0.0
        self.by_unit = False
        self.file_line: Callable[[int], tuple[int, int]] | None = None
        self._headers = [
            self.tr("Code"),
            self.tr("Message"),
            self.tr("Line"),
            self.tr("Severity"),
            self.tr("Suggested fix"),
        ]

    def set_findings(
        self,
        findings: list[Finding],
        lines: list[int],
        text: str,
        doubtful_below: float = 0.0,
        *,
        by_unit: bool = False,
        file_line: Callable[[int], tuple[int, int]] | None = None,
        search_texts: list[str] | None = None,
    ) -> None:
        """``doubtful_below``: findings under it are shown only because the user asked for
        doubtful ones; they are drawn muted and in italics and say so in their tooltip.
        ``by_unit``: ``lines`` are unit numbers (a bilingual file's grid rows); the column says
        "Unit", and ``file_line`` (offset → file line, column) gives the file line in its tooltip.
        ``search_texts``: the rows' search texts, made in the load worker (``finding_search``).
        """
        if by_unit != self.by_unit:
            self.by_unit = by_unit
            self._headers[self.LINE] = self.tr("Unit") if by_unit else self.tr("Line")
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.LINE, self.LINE)
        self.file_line = file_line
        self.beginResetModel()
        self.doubtful_below = doubtful_below
        self.findings = list(findings)
        self.lines = list(lines)
        self.text = text
        self._fix_texts = [None] * len(self.findings)
        made = search_texts is not None and len(search_texts) == len(self.findings)
        self._search_texts = list(search_texts) if made else [None] * len(self.findings)
        self.endResetModel()

    def fix_text(self, row: int) -> str:
        """The preferred fix of a row, described (made on first use)."""
        described = self._fix_texts[row]
        if described is None:
            fix = self.findings[row].preferred_fix
            described = clipped(fix.describe(self.text)) if fix is not None else ""
            self._fix_texts[row] = described
        return described

    def search_text(self, row: int) -> str:
        """What the search box looks in (``finding_search``), lower-case, made once per row
        (or given by the load worker)."""
        found = self._search_texts[row]
        if found is None:
            found = self._search_texts[row] = search_text(self.findings[row], self.text)
        return found

    @property
    def fix_texts(self) -> list[str]:
        return [self.fix_text(row) for row in range(len(self.findings))]

    def _items(self) -> Sequence[Any]:
        return self.findings

    def is_doubtful(self, row: int) -> bool:
        return self.findings[row].confidence < self.doubtful_below

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole) and self.is_doubtful(
            index.row()
        ):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return theme.doubtful_color()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                finding.code,
                finding.message,
                self.lines[index.row()],
                i18n.severity_label(finding.severity),
                self.fix_text(index.row()),
            ][column]
        if role == SORT_ROLE:
            if column == self.LINE:
                return finding.start
            if column == self.SEVERITY:
                return -finding.severity.rank
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == FINDING_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.DecorationRole and column == self.CODE:
            return theme.family_color(finding.family or "other")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return theme.severity_color(str(finding.severity))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LINE and self.by_unit:
            if self.file_line is None:
                return None
            return (
                self.tr("Unit %1 · line %2 of the file")
                .replace("%1", str(self.lines[index.row()]))
                .replace("%2", str(self.file_line(finding.start)[0]))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            family = i18n.family_label(finding.family)
            tip = f"{finding.code} {finding.name} ({family}): {finding.message}"
            if self.is_doubtful(index.row()):
                tip += "\n" + self.tr("Doubtful: confidence %1, under your bar of %2").replace(
                    "%1", i18n.number(finding.confidence, 2)
                ).replace("%2", i18n.number(self.doubtful_below, 2))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FindingsFilter(QAbstractProxyModel):
    """Filters by family, severity and a search string (code, name, message, fix), and sorts.

    The order and the filter are computed in Python over plain lists (``sorted`` with a key):
    QSortFilterProxyModel compared rows through ``data()``, a Python call per comparison, which
    froze the GUI thread for seconds on a document with thousands of findings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.family = ""
        self.severity = ""
        self.search = ""
        self._column = FindingsModel.LINE
        self._order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []  # proxy row → source row
        self._where: dict[int, int] = {}  # source row → proxy row
        # The rows family and severity keep, in order (``_base``), what chose them (family,
        # severity, column, order) and the search last applied: typing another letter looks
        # only in the rows the shorter search kept, a new search in ``_base`` (no sort).
        self._base: list[int] = []
        self._chosen_by: tuple[Any, ...] | None = None
        self._searched = ""

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        self._chosen_by = None
        self._rebuild()
        self.endResetModel()

    # --- the mapping -----------------------------------------------------------------------------
    def _accepts(self, model: FindingsModel, row: int) -> bool:
        finding = model.findings[row]
        if self.family and (finding.family or "other") != self.family:
            return False
        return not self.severity or str(finding.severity) == self.severity

    def _key(self, model: FindingsModel) -> Any:
        findings, column = model.findings, self._column
        if column == FindingsModel.LINE:
            return lambda row: findings[row].start
        if column == FindingsModel.SEVERITY:
            return lambda row: -findings[row].severity.rank
        if column == FindingsModel.CODE:
            return lambda row: findings[row].code
        if column == FindingsModel.MESSAGE:
            return lambda row: findings[row].message
        if column == FindingsModel.FIX:
            return model.fix_text
        return None

    def _rebuild(self) -> None:
        """The rows shown: filtered by family and severity and sorted (kept while only the
        search changes), then searched — a search that grew looks only in the rows it kept."""
        model = self.sourceModel()
        if not isinstance(model, FindingsModel):
            self._rows, self._where = [], {}
            return
        chosen_by = (self.family, self.severity, self._column, self._order)
        narrowed = chosen_by == self._chosen_by and bool(self._searched)
        narrowed = narrowed and self._searched in self.search
        if chosen_by != self._chosen_by:
            self._base = self._ordered(model)
            self._chosen_by = chosen_by
        looked = self._rows if narrowed else self._base
        search = self._searched = self.search
        rows = [r for r in looked if search in model.search_text(r)] if search else looked
        self._rows = rows
        self._where = {source: proxy for proxy, source in enumerate(rows)}

    def _ordered(self, model: FindingsModel) -> list[int]:
        """The rows the family and severity filters keep, in the sort order."""
        count = len(model.findings)
        if self.family or self.severity:
            rows = [r for r in range(count) if self._accepts(model, r)]
        else:
            rows = list(range(count))
        key = self._key(model)
        if key is not None:
            # Stable, like Qt's sort: equal keys keep the engine's order.
            reverse = self._order == Qt.SortOrder.DescendingOrder
            rows = sorted(rows, key=key, reverse=reverse)
        return rows

    def _relayout(self) -> None:
        """Re-sort or re-filter, keeping the selection and current row (persistent indexes)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._rebuild()
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self._chosen_by = None  # other findings: every row is looked at again
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            index = self.mapFromSource(self.sourceModel().index(row, 0))
            if index.isValid():
                last = self.index(index.row(), self.columnCount() - 1)
                self.dataChanged.emit(index, last, roles)

    def set_filters(
        self, *, family: str | None = None, severity: str | None = None, search: str | None = None
    ) -> None:
        if family is not None:
            self.family = family
        if severity is not None:
            self.severity = severity
        if search is not None:
            self.search = search.strip().lower()
        self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._relayout()

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order

    # --- QAbstractProxyModel ---------------------------------------------------------------------
    def mapToSource(self, index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self._where.get(index.row())
        return QModelIndex() if row is None else self.index(row, index.column())

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return model.headerData(section, orientation, role)


class BatchModel(QAbstractTableModel):
    """One row per file: words, findings per family, per 1,000 words, worst round-trip score."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reports: list[FileReport] = []
        self.families = [f for f in FAMILY_NAMES if f not in ("backtranslation", "other")]
        self.show_roundtrip = False
        self.root: Path | None = None  # the folder checked: paths are shown relative to it

    def clear(self, show_roundtrip: bool = False, root: Path | None = None) -> None:
        self.beginResetModel()
        self.reports = []
        self.show_roundtrip = show_roundtrip
        self.root = root
        self.endResetModel()

    def add(self, report: FileReport) -> None:
        row = len(self.reports)
        self.beginInsertRows(QModelIndex(), row, row)
        self.reports.append(report)
        self.endInsertRows()

    def headers(self) -> list[str]:
        base = [self.tr("File"), self.tr("Words"), self.tr("Findings"), self.tr("Per 1k words")]
        families = [i18n.family_title(family) for family in self.families]
        extra = [self.tr("Worst chrF")] if self.show_roundtrip else []
        # Issue 14: the quality score (checks/score.py) before the status.
        return [*base, *families, *extra, self.tr("Score"), self.tr("Status")]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a narrow count column elides its heading
        ):
            return self.headers()[section]
        return None

    @staticmethod
    def worst_chrf(report: FileReport) -> float | None:
        if not report.backtranslation:
            return None
        return min(s.chrf for s in report.backtranslation)

    def _value(self, report: FileReport, column: int) -> Any:
        if isinstance(report, SkippedFile):
            # Not checked: no counts, no score; the status says why.
            last = self.columnCount() - 1
            return (
                report.path if column == 0 else (self._skipped(report) if column == last else None)
            )
        if report.error:
            # Never read: no counts ("—", not a clean-looking 0), and the reason without the
            # path the file column already shows.
            last = self.columnCount() - 1
            return (
                report.path if column == 0 else (_error_reason(report) if column == last else None)
            )
        counts = report.counts_by_family()
        other = sum(v for k, v in counts.items() if k not in self.families)
        values: list[Any] = [
            report.path,
            report.words,
            len(report.findings),
            round(report.per_thousand_words, 1),
        ]
        values += [counts.get(f, 0) for f in self.families]
        if self.show_roundtrip:
            values.append(self.worst_chrf(report))
        # A file with no words has nothing to score: "—", never a perfect 100.
        empty = report.words == 0 and not report.findings
        # Too few words (checks/score.py MIN_WORDS): no score either; the tooltip says why.
        score = file_score(report)
        scored = not empty and score.scored
        values.append(round(score.score, 1) if scored else None)
        status = (
            self.tr("%Ln rule(s) crashed", "", len(report.failures))
            if report.failures
            else note_text(report.notes, empty=empty) or self.tr("OK")
        )
        if other:
            status += " · " + self.tr("%Ln other", "", other)
        languages = "" if empty else file_languages(report)
        # The language(s) the file was checked in first (issue 12 item 5, h25gui): a status
        # cut short keeps its beginning, and a column of its own left the counts no room.
        values.append(f"{languages} · {status}" if languages else status)
        return values[column]

    def _too_short(self, report: FileReport, column: int) -> bool:
        if column != self.columnCount() - 2 or isinstance(report, SkippedFile) or report.error:
            return False
        return 0 < report.words < MIN_WORDS

    def _skipped(self, report: SkippedFile) -> str:
        if report.reason == EXCLUDED:
            return self.tr("Not checked: excluded by the project")
        if report.reason == NOT_CATALOGUE:
            return self.tr("Not checked: not a translation catalogue")
        if report.reason == BACKUP:
            return self.tr("Not checked: a backup of the original (FILE.bak)")
        if report.extension:
            return self.tr("Not checked: %1 files are not read").replace("%1", report.extension)
        return self.tr("Not checked: no extension mtlint reads")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        report = self.reports[index.row()]
        value = self._value(report, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            if isinstance(value, float):
                return i18n.number(value, 1)
            return value if index.column() else _shown_path(value, self.root)
        if role == SORT_ROLE:
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells may be elided: the tooltip shows the whole path or status message.
            if value is None and self._too_short(report, index.column()):
                return self.tr("Too few words to score (a score needs %1 or more)").replace(
                    "%1", i18n.number(MIN_WORDS)
                )
            if index.column() == self.columnCount() - 1 and report.error:
                return report.error
            if index.column() == self.columnCount() - 1 and not isinstance(report, SkippedFile):
                return _with_languages_tip(str(value), report)
            return report.path if index.column() == 0 else (None if value is None else str(value))
        if role == Qt.ItemDataRole.ForegroundRole and report.error:
            return QColor(theme.severity_color("error"))
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(report, SkippedFile):
            return theme.doubtful_color()  # muted: nothing wrong, nothing checked
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and 0 < index.column() < self.columnCount() - 1
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _error_reason(report: FileReport) -> str:
    """Why a file could not be checked, without the path its error message starts with."""
    error = report.error or ""
    for prefix in (report.path, Path(report.path).name):
        if error.startswith(f"{prefix}: "):
            return error[len(prefix) + 2 :]
    return error


def _with_languages_tip(status: str, report: FileReport) -> str:
    """The status's tooltip: the whole status, then how the language was chosen."""
    languages = file_languages_tip(report)
    return f"{status}\n{languages}" if languages else status


def _shown_path(path: str, root: Path | None) -> str:
    """A file's path as the batch table shows it: relative to the folder checked (the last two
    parts showed the folder's own name for its files, a subfolder's name for the files in it:
    "batch/a.txt" beside "sub/b.txt" — h23gui); else its last two parts."""
    if root is not None:
        try:
            return Path(path).relative_to(root).as_posix()
        except ValueError:
            pass
    return _short_path(path)


def _short_path(path: str) -> str:
    parts = path.replace("\\", "/").split("/")
    return "/".join(parts[-2:]) if len(parts) > 2 else path
