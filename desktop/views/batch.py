"""Batch: check a folder in a worker, stream per-file rows, chart findings per family, export."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from mtlint.checks.results import FileReport
from mtlint.desktop import backtranslation_api, i18n, theme
from mtlint.desktop.batch_skipped import SkippedFile, skipped_files
from mtlint.desktop.batch_status import BatchStatus
from mtlint.desktop.jobs import Channel, JobCancelledError, JobRunner
from mtlint.desktop.models import SORT_ROLE, BatchModel
from mtlint.desktop.settings import Settings, with_project_config
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CHANNEL = Channel.BATCH


def format_eta(seconds: float) -> str:
    seconds = max(0, round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def batch_work(
    folder: Path, settings: Settings, *, recursive: bool, pattern: str | None, backtranslate: bool
) -> Any:
    """The worker function for one batch run (runs off the GUI thread)."""
    base = settings.base_config()  # QSettings is read on the GUI thread

    def work(progress: Any, cancelled: Any) -> list[FileReport]:
        from mtlint.checks.batch import check_paths, expand_paths

        config, _warning = with_project_config(base, folder)

        progress(0, 0, "listing")
        listed = list(expand_paths([folder], exclude=config.exclude, pattern=pattern or None))
        if not recursive:
            listed = [(p, e) for p, e in listed if e is not None or p.parent == folder]
        errors = [FileReport(path=str(p), error=e) for p, e in listed if e is not None]
        files = [p for p, e in listed if e is None]
        total = len(files) + len(errors)
        # Every file of the folder gets a row: those not checked say why (not reports).
        for skipped in skipped_files(
            folder, files, recursive=recursive, pattern=pattern, exclude=config.exclude
        ):
            progress(0, total, "", skipped)
        reports: list[FileReport] = []
        for report in errors:
            reports.append(report)
            progress(len(reports), total, "", report)
        bt_error: str | None = None

        def checked(done: int, _total: int, _report: FileReport) -> None:
            # Issue 14: a bilingual batch's reports come after the consistency pass; progress
            # and cancel follow the per-file work itself.
            if cancelled():
                raise JobCancelledError
            progress(len(errors) + done, total, "")

        for report in check_paths(files, config, jobs=1, keep_text=True, progress=checked):
            if cancelled():
                raise JobCancelledError
            if backtranslate and report.ok and bt_error is None:
                try:
                    from mtlint.checks.backtranslation import add_backtranslation

                    report = add_backtranslation(report, config, pivot=config.pivot)
                except Exception as error:
                    bt_error = str(error).splitlines()[0] if str(error) else type(error).__name__
            reports.append(report)
            progress(len(reports), total, bt_error or "", report)
        return reports

    return work


# The narrowest the path and status columns get when the counts need the room (they elide).
_MIN_ELIDED_WIDTH = 120
# A heading's padding on both sides (common.qss: 6 px each) and its frame.
_HEADING_PADDING = 16


class _ElideRight(QStyledItemDelegate):
    """A status cut short keeps its beginning ("Not checked: .bin fi…"): cut in the middle, as
    paths are, it read "Not check… not read"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class BatchView(QWidget):
    open_file = Signal(str)
    finished = Signal()
    status_changed = Signal()  # what ``status_text`` / ``languages_text`` say changed

    def __init__(self, runner: JobRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.reports: list[FileReport] = []
        self.skipped: list[SkippedFile] = []
        self._started = 0.0
        self._lines = BatchStatus(self)
        self._done = (0, 0)  # files done, of how many (0: still listing)
        self._outcome = ""  # how the last run ended, for the status bar

        row1, row2 = self._build_controls(settings)
        self._build_table()
        self._build_chart()
        bottom = self._build_bottom()
        self.details = QLabel()
        self.details.setObjectName("batchDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(split, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(150)
        self._chart_timer.timeout.connect(self.update_chart)

        self.browse.clicked.connect(self.choose_folder)
        self.run_button.clicked.connect(self.run)
        self.folder.returnPressed.connect(self.run)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel(CHANNEL))
        self.export_button.clicked.connect(self.export_dialog)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        runner.item.connect(self._on_item)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        self._fill_formats()
        self._set_running(False)
        self.update_chart()

    def _build_controls(self, settings: Settings) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder to check"))
        self.folder.setClearButtonEnabled(True)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        self.browse = QPushButton(theme.icon("folder"), self.tr("Bro&wse…"))
        self.recursive = QCheckBox(self.tr("Re&cursive"))
        self.recursive.setChecked(settings.batch_recursive)
        self.pattern = QLineEdit(settings.batch_pattern)
        self.pattern.setPlaceholderText(self.tr("e.g. *.html"))
        self.pattern.setMaximumWidth(140)
        pattern_label = QLabel(self.tr("&Glob:"))
        pattern_label.setBuddy(self.pattern)
        self.backtranslate = QCheckBox(self.tr("Round-trip &scores"))
        self.backtranslate.setToolTip(self.tr("Back-translate every file (slow; needs models)"))
        self.backtranslate.setChecked(settings.batch_backtranslate)
        self.backtranslate.setEnabled(backtranslation_api.available())
        self.run_button = QPushButton(theme.icon("run"), self.tr("&Check folder"))
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.eta = QLabel()
        self.eta.setObjectName("batchEta")

        row1 = QHBoxLayout()
        row1.addWidget(folder_label)
        row1.addWidget(self.folder, 1)
        row1.addWidget(self.browse)
        row1.addWidget(pattern_label)
        row1.addWidget(self.pattern)
        row1.addWidget(self.recursive)
        row1.addWidget(self.backtranslate)
        row1.addWidget(self.run_button)
        row1.addWidget(self.cancel_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.progress, 1)
        row2.addWidget(self.eta)
        return row1, row2

    def _build_table(self) -> None:
        self.model = BatchModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self._status = _ElideRight(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows are chosen whole: Tab leaves the table for the next control, as elsewhere (h23gui).
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Long paths and error messages are elided in the cell; the tooltip and the line under
        # the table show them whole.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setToolTip(self.tr("Double-click (or Enter) opens the file"))
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            # Before the first run: at least as wide as the heading in the UI's language.
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setTitle(self.tr("Findings per family"))
        self.chart.legend().setVisible(False)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(300)
        if theme.is_dark():
            self.chart.setTheme(QChart.ChartTheme.ChartThemeDark)

    def _build_bottom(self) -> QHBoxLayout:
        self.export_format = QComboBox()
        self.export_button = QPushButton(theme.icon("export"), self.tr("&Export…"))
        self.export_button.setEnabled(False)
        self.summary = QLabel()
        # Wrapped: the counts of a folder with unreadable files ran to ~690 pixels on one line
        # and held the window at ~1,080 (h31tidy).
        self.summary.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        export_label = QLabel(self.tr("Report &format:"))
        export_label.setBuddy(self.export_format)
        bottom.addWidget(export_label)
        bottom.addWidget(self.export_format)
        bottom.addWidget(self.export_button)
        return bottom

    def _show_details(self, current: Any, _previous: Any = None) -> None:
        """The selected file's full path and status (an error message in full)."""
        if not current.isValid():
            self.details.clear()
            return
        report = self.model.reports[self.proxy.mapToSource(current).row()]
        status = self.model.index(
            self.proxy.mapToSource(current).row(), self.model.columnCount() - 1
        )
        self.details.setText(f"{report.path}: {status.data()}")

    def _fill_formats(self) -> None:
        from mtlint.checks.reports import formats

        for name in formats():
            if name != "text":
                self.export_format.addItem(name.upper(), name)
        index = self.export_format.findData("csv")
        if index >= 0:
            self.export_format.setCurrentIndex(index)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder to check"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
            self.run()

    def start(self, folder: str | Path) -> None:
        self.folder.setText(str(folder))
        self.run()

    def run(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self.summary.setText(self.tr("%1 is not a folder.").replace("%1", str(folder)))
            self.status_changed.emit()
            return
        self.settings.batch_pattern = self.pattern.text().strip()
        self.settings.batch_recursive = self.recursive.isChecked()
        self.settings.batch_backtranslate = self.backtranslate.isChecked()
        self.reports = []
        self.skipped = []
        self.model.clear(show_roundtrip=self.backtranslate.isChecked(), root=folder.resolve())
        self.table.resizeColumnsToContents()
        self.update_chart()
        self._started = time.monotonic()
        self.progress.setRange(0, 0)
        self.eta.setText(self.tr("Listing files…"))
        self._done = (0, 0)
        self._outcome = ""
        self.status_changed.emit()
        self._set_running(True)
        self.runner.start(
            CHANNEL,
            batch_work(
                folder.resolve(),
                self.settings,
                recursive=self.recursive.isChecked(),
                pattern=self.pattern.text().strip() or None,
                backtranslate=self.backtranslate.isChecked(),
            ),
        )

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running or bool(self.reports))
        self.export_button.setEnabled(not running and bool(self.reports))

    def _on_item(self, channel: str, report: object) -> None:
        if channel != CHANNEL or not isinstance(report, FileReport):
            return
        if isinstance(report, SkippedFile):
            self.skipped.append(report)  # a row, not a report: not exported, not counted
        else:
            self.reports.append(report)
        self.model.add(report)
        if not self._chart_timer.isActive():
            self._chart_timer.start()

    def _on_progress(self, channel: str, done: int, total: int, message: str) -> None:
        if channel != CHANNEL:
            return
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v / %Ln file(s)", "", total))
        elapsed = time.monotonic() - self._started
        text = self.tr("%1 of %Ln file(s)", "", total).replace("%1", i18n.number(done))
        if 0 < done < total:
            text += " · " + self.tr("ETA %1").replace(
                "%1", format_eta(elapsed / done * (total - done))
            )
        if message:
            text += " · " + message
        self.eta.setText(text)
        self._done = (done, total)
        self.status_changed.emit()

    def _on_finished(self, channel: str, result: object) -> None:
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.progress.setValue(self.progress.maximum())
        # The chart first: its labels set its minimum width, which narrows the table (a label a
        # pixel wider than 300 px' worth left the columns fitted to the old width, 1 px over,
        # h22gui); the layout settles before the columns are fitted.
        self.update_chart()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._fit_columns()
        files = len(self.reports)
        findings = sum(len(r.findings) for r in self.reports)
        words = sum(r.words for r in self.reports)
        errors = sum(1 for r in self.reports if r.error)
        elapsed = time.monotonic() - self._started
        # Each count with its own plural form ("1 file", not "1 files").
        text = (
            self.tr("%1, %2, %3 (%4 per 1,000 words)")
            .replace("%1", self.tr("%Ln file(s)", "", files))
            .replace("%2", self.tr("%Ln word(s)", "", words))
            .replace("%3", self.tr("%Ln finding(s)", "", findings))
            .replace("%4", i18n.number(1000 * findings / words, 1) if words else "0")
        )
        if errors:
            text += " · " + self.tr("%Ln file(s) could not be checked", "", errors)
        if self.skipped:
            text += " · " + self.tr("%Ln file(s) not checked (see Status)", "", len(self.skipped))
        self.summary.setText(text)
        self.eta.setText(self.tr("Done in %1").replace("%1", format_eta(elapsed)))
        self._outcome = text
        self.finished.emit()
        self.status_changed.emit()

    def status_text(self) -> str:
        """The window's status bar in this tab: what the batch is doing or found."""
        folder = Path(self.folder.text().strip()).name or self.folder.text().strip()
        if self.runner.is_running(CHANNEL):
            return self._lines.running(folder, *self._done)
        if not self._outcome:
            return self.summary.text() or self._lines.idle()
        return folder + ": " + self._outcome

    def languages_text(self) -> str:
        return self._lines.languages(self.reports)

    def _fit_columns(self) -> None:
        """Hide family columns with no findings at all; size the rest to their contents."""
        totals = self.family_totals()
        for offset, family in enumerate(self.model.families):
            self.table.setColumnHidden(4 + offset, bool(self.reports) and totals[family] == 0)
        self.table.resizeColumnsToContents()
        # Fit the view: a long path or message must not push the counts out of sight. Count
        # columns are as wide as their numbers (their headings elide, whole in the tooltip).
        header = self.table.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), 280))
        last = self.model.columnCount() - 1
        for column in range(1, last + 1):
            self.table.setItemDelegateForColumn(column, self._status if column == last else None)
        for column in range(1, last):
            header.resizeSection(column, max(56, self.table.sizeHintForColumn(column) + 12))
        header.resizeSection(last, min(header.sectionSize(last), 320))
        # Still wider than the view (many families with findings): the two eliding columns,
        # path and status, give up the difference, down to a readable minimum each.
        visible = [c for c in range(last + 1) if not self.table.isColumnHidden(c)]
        excess = sum(header.sectionSize(c) for c in visible) - self.table.viewport().width()
        for column in (0, last):
            if excess <= 0:
                break
            size = header.sectionSize(column)
            taken = min(excess, max(0, size - _MIN_ELIDED_WIDTH))
            header.resizeSection(column, size - taken)
            excess -= taken
        # Count columns get their whole headings before the status column more than its
        # readable minimum: a status elides (whole in its tooltip and the line under the
        # table); a heading cut to "Repe…" says nothing.
        status_needs = max(self.table.sizeHintForColumn(last), header.sectionSizeHint(last))
        spare = (
            self.table.viewport().width()
            - sum(header.sectionSize(c) for c in visible[:-1])
            - min(status_needs, _MIN_ELIDED_WIDTH)
        )
        # First each heading's text (a sort arrow's room aside), then the rest of its hint:
        # growing left to right to whole hints left "Repe…" and "Enco…" beside roomy "Words"
        # (h22gui).
        for wanted in (self._heading_width, header.sectionSizeHint):
            for column in visible[1:-1]:
                grow = min(spare, wanted(column) - header.sectionSize(column))
                if grow > 0:
                    header.resizeSection(column, header.sectionSize(column) + grow)
                    spare -= grow
        rest = self.table.viewport().width() - sum(header.sectionSize(c) for c in visible[:-1])
        header.resizeSection(last, max(rest, min(status_needs, _MIN_ELIDED_WIDTH)))

    def _heading_width(self, column: int) -> int:
        """The width that shows a heading whole without a sort arrow (in the style sheet's
        semi-bold, with its padding), at most the header's own hint."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        text = QFontMetrics(bold).horizontalAdvance(heading)
        return min(header.sectionSizeHint(column), text + _HEADING_PADDING)

    def _on_failed(self, channel: str, message: str) -> None:
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.eta.setText(self.tr("Batch failed: %1").replace("%1", message))
        self._outcome = self.eta.text()
        self.finished.emit()
        self.status_changed.emit()

    def _on_cancelled(self, channel: str) -> None:
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.eta.setText(self.tr("Cancelled after %Ln file(s)", "", len(self.reports)))
        self._outcome = self.eta.text()
        self.update_chart()
        self.status_changed.emit()

    def family_totals(self) -> dict[str, int]:
        totals = dict.fromkeys(self.model.families, 0)
        for report in self.reports:
            for family, count in report.counts_by_family().items():
                if family in totals:
                    totals[family] += count
        return totals

    def update_chart(self) -> None:
        """Horizontal bars, one colour per family (names stay readable at any width)."""
        totals = self.family_totals()
        self._title_with_score()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            # Removed, the axis is ours: left alive its labels stayed drawn in the scene, so
            # every update (the run's first, empty one: 0–1) left a stale axis under the new.
            axis.deleteLater()
        # Top to bottom in the legend's order; only families with findings, as the table shows
        # only their columns (twelve bars of 0 said nothing: h21gui).
        families = [family for family in reversed(totals) if totals[family]]
        series = QHorizontalStackedBarSeries()
        for position, family in enumerate(families):
            bars = QBarSet(family)
            bars.setColor(theme.family_color(family))
            bars.setBorderColor(theme.family_color(family))
            for index in range(len(families)):
                bars.append(totals[family] if index == position else 0)
            series.append(bars)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        labels = [
            f"{i18n.family_label(family)}  {i18n.number(totals[family])}" for family in families
        ]
        categories.append(labels)
        # Qt Charts elides axis labels wider than about a third of the chart: widen it instead
        # (long family names in some languages, large counts).
        longest = max(
            (QFontMetrics(categories.labelsFont()).horizontalAdvance(t) for t in labels), default=0
        )
        self.chart_view.setMinimumWidth(max(300, 3 * longest + 40))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max([1, *totals.values()])
        values.setRange(0, top * 1.1)
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        step = (values.max() - values.min()) / max(1, values.tickCount() - 1)
        if step != int(step):  # counts: 0, 0.5, 1, 1.5 read "0 0 1 1" (h24gui)
            values.setRange(0, top + 1)
            values.setTickCount(top + 2)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def _title_with_score(self) -> None:
        """Issue 14: the batch's quality score (checks/score.py) in the chart's title."""
        from mtlint.checks.score import ScoreTally

        tally = ScoreTally()
        for report in self.reports:
            tally.add(report)
        title = self.tr("Findings per family")
        if self.reports and not any(self.family_totals().values()):
            title += " · " + self.tr("no findings")
        if tally.total.words and not tally.total.scored:  # too few words: no score (h21gui)
            title += " · " + self.tr("too few words for a quality score")
        elif tally.total.words:
            title += " · " + self.tr("quality score %1").replace(
                "%1", i18n.number(round(tally.total.score, 1), 1)
            )
        self.chart.setTitle(title)

    def _open(self, index: QModelIndex) -> None:
        report = self.model.reports[self.proxy.mapToSource(index).row()]
        if not report.error and not isinstance(report, SkippedFile):
            self.open_file.emit(report.path)

    def export(self, name: str, target: Path) -> None:
        """Write the current results through the engine's report writers."""
        from mtlint.checks.reports import write_report

        with open(target, "w", encoding="utf-8", newline="") as stream:
            write_report(name, list(self.reports), stream)

    def export_dialog(self) -> None:
        name = self.export_format.currentData()
        if not name or not self.reports:
            return
        default = Path(self.folder.text() or ".") / f"mtlint-report.{name}"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            str(default),
            self.tr("%1 report (*.%2)").replace("%1", name.upper()).replace("%2", name),
        )
        if not target:
            return
        try:
            self.export(name, Path(target))
        except (OSError, ValueError) as error:
            QMessageBox.critical(self, self.tr("Cannot export"), str(error))
            return
        self.summary.setText(self.tr("Report written to %1").replace("%1", target))
