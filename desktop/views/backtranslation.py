"""Back-translation: each sentence's round trip and scores, worst first; runs in a worker."""

from __future__ import annotations

from typing import Any

from mtlint.desktop import backtranslation_api, i18n, theme
from mtlint.desktop.jobs import Channel, JobRunner
from mtlint.desktop.models import SORT_ROLE, SentenceModel
from mtlint.desktop.session import DocumentSession
from mtlint.desktop.settings import Settings
from mtlint.desktop.views.document_view import DocumentEdit
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CHANNEL = Channel.BACKTRANSLATE

# Pivot languages offered even before any model is installed.
COMMON_PIVOTS = ("en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja", "ar")


class BacktranslationView(QWidget):
    """Table of sentence | round trip | chrF | BLEU | semantic; a click selects the sentence."""

    manage_models = Signal()
    finished = Signal()

    def __init__(self, runner: JobRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.session: DocumentSession | None = None
        self.result: Any = None
        self._first_run = True
        self._text_stale = False

        self.pivot = QComboBox()
        self.pivot.setEditable(True)
        self.pivot.setToolTip(self.tr("Language to translate through and back (ISO 639-1)"))
        self.pivot.addItem(self.tr("Automatic"), "")
        for code in COMMON_PIVOTS:
            self.pivot.addItem(code, code)
        pivot_label = QLabel(self.tr("&Pivot:"))
        pivot_label.setBuddy(self.pivot)
        self.run_button = QPushButton(theme.icon("run"), self.tr("&Back-translate"))
        self.run_button.setToolTip(
            self.tr("Translate every sentence to the pivot and back (Ctrl+B)")
        )
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.models_button = QPushButton(self.tr("&Models…"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("btStatus")
        self.status.setWordWrap(True)
        self.scores = QLabel()
        self.scores.setObjectName("btScores")

        top = QHBoxLayout()
        top.addWidget(pivot_label)
        top.addWidget(self.pivot)
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.models_button)
        top.addSpacing(12)
        top.addWidget(self.progress, 1)
        top.addStretch(0)
        top.addWidget(self.scores)
        self.pivot.setMinimumContentsLength(10)
        self.pivot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.model = SentenceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SentenceModel.CHRF, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.text = DocumentEdit()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel(CHANNEL))
        self.models_button.clicked.connect(self.manage_models)
        self.table.selectionModel().currentRowChanged.connect(self._select_sentence)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        self._set_running(False)
        if not backtranslation_api.available():
            self.status.setText(
                self.tr("Back-translation is not available in this build of mtlint.")
            )

    def set_session(self, session: DocumentSession | None) -> None:
        self.runner.cancel(CHANNEL)
        self.session = session
        self.result = None
        self.model.set_rows([], self.settings.roundtrip_threshold)
        self.scores.clear()
        self._text_stale = True
        if self.isVisible():
            self._fill_text()
        default = self.settings.pivot
        if session is not None and session.config.pivot:
            default = session.config.pivot
        index = self.pivot.findData(default) if default else 0
        if index >= 0:
            self.pivot.setCurrentIndex(index)
        else:
            self.pivot.setEditText(default)
        if backtranslation_api.available():
            self.status.setText(
                self.tr("Press Back-translate to score each sentence's round trip.")
            )
        self._set_running(False)

    def _fill_text(self) -> None:
        if self._text_stale:
            self._text_stale = False
            self.text.show_session(self.session)
            self.text.set_highlights(())

    def showEvent(self, event: object) -> None:
        self._fill_text()
        super().showEvent(event)  # type: ignore[arg-type]

    def selected_pivot(self) -> str:
        data = self.pivot.currentData()
        text = self.pivot.currentText().strip()
        if self.pivot.currentIndex() >= 0 and text == self.pivot.itemText(
            self.pivot.currentIndex()
        ):
            return str(data or "")
        return text

    def run(self) -> None:
        if self.session is None:
            return
        document = self.session.document
        config = self.session.config
        pivot = self.selected_pivot() or None

        def work(progress: Any, cancelled: Any) -> Any:
            progress(0, 0, "loading")
            return backtranslation_api.backtranslate(
                document, config, pivot=pivot, progress=progress, cancelled=cancelled
            )

        if self._first_run:
            self.status.setText(
                self.tr("Loading the translation models… the first run takes a little while.")
            )
        else:
            self.status.setText(self.tr("Translating…"))
        self.progress.setRange(0, 0)
        self._set_running(True)
        self.runner.start(CHANNEL, work)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and self.session is not None)
        self.cancel_button.setEnabled(running)
        self.pivot.setEnabled(not running)
        self.progress.setVisible(running)

    def _on_progress(self, channel: str, done: int, total: int, message: str) -> None:
        if channel != CHANNEL:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("%v / %m sentences"))
            self.status.setText(self.tr("Translating…"))

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel != CHANNEL:
            return
        self._first_run = False
        self._set_running(False)
        self.show_result(result)
        self.finished.emit()

    def show_result(self, result: Any) -> None:
        self.result = result
        sentences = list(getattr(result, "sentences", ()) or ())
        threshold = self.session.config.roundtrip_threshold if self.session else 45.0
        self.model.set_rows(sentences, threshold)
        self.table.sortByColumn(SentenceModel.CHRF, Qt.SortOrder.AscendingOrder)
        self.table.resizeRowsToContents()
        scores = dict(getattr(result, "document_scores", {}) or {})
        labels = {"chrf": "chrF", "bleu": "BLEU", "ter": "TER", "semantic": self.tr("semantic")}
        parts = [
            f"{labels.get(name, name)} {i18n.number(value, 1)}"
            for name, value in scores.items()
            if isinstance(value, int | float)
        ]
        self.scores.setText(
            self.tr("Document: %1").replace("%1", " · ".join(parts)) if parts else ""
        )
        # Low-scoring sentences are underlined in the text below the table.
        self._fill_text()
        self.text.set_highlights(tuple(getattr(result, "findings", ()) or ()))
        pivot = getattr(result, "pivot", None)
        low = sum(1 for s in sentences if s.chrf < threshold)
        text = self.tr("%1 sentences via %2; %3 below chrF %4.")
        self.status.setText(
            text.replace("%1", i18n.number(len(sentences)))
            .replace("%2", str(pivot or "?"))
            .replace("%3", i18n.number(low))
            .replace("%4", i18n.number(threshold))
        )
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_failed(self, channel: str, message: str) -> None:
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.status.setText(
            self.tr("Back-translation failed: %1").replace("%1", message)
            + "  "
            + self.tr("(Models… installs translation packages.)")
        )
        self.finished.emit()

    def _on_cancelled(self, channel: str) -> None:
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.status.setText(self.tr("Back-translation cancelled."))

    def _select_sentence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.text.select_span(row.start, row.end)
