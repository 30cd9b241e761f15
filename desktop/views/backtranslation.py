"""Back-translation: each sentence's round trip as a diff, what it lost, and its scores, worst
first; the selected row stacked in full (original / pivot / round trip / changes); the text below
underlined by score. Runs in a worker; offers the missing models' download on a first run."""

from __future__ import annotations

import html
from typing import Any

from mtlint.checks.results import SentenceScore
from mtlint.desktop import backtranslation_api, i18n, theme
from mtlint.desktop.backtranslation_model import (
    ComparisonFilter,
    ComparisonModel,
    RichTextDelegate,
    diff_html,
    export_csv,
    export_html,
)
from mtlint.desktop.jobs import Channel, JobRunner
from mtlint.desktop.session import DocumentSession
from mtlint.desktop.settings import Settings
from mtlint.desktop.views.document_view import DocumentEdit
from mtlint.desktop.views.pane_document import PaneFiller
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

CHANNEL = Channel.BACKTRANSLATE
# Model downloads from the view: a channel of its own, so a download and a run never cancel
# each other.
DOWNLOAD_CHANNEL = "backtranslate-models"
# Which models the opened document needs, asked as soon as it is shown (first run: no models).
PROBE_CHANNEL = "backtranslate-probe"

# Pivot languages offered even before any model is installed.
COMMON_PIVOTS = ("en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja", "ar", "de,fr", "en,fr")


def score_marks(rows: list[SentenceScore], threshold: float) -> list[tuple[int, int, QColor]]:
    """(start, end, colour) per sentence: red under the threshold or with content lost, amber
    near it, green well above: what the document panes underline."""
    marks = []
    for row in rows:
        score = 0.0 if row.flagged else row.chrf
        color = theme.score_color(score, threshold)
        color.setAlpha(255)
        marks.append((row.start, row.end, color))
    return marks


class StatusLine(QLabel):
    """The view's status line, out of the way while it has nothing to say (the models bar
    below it then sits where the eye looks, without an empty line above it)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class ModelsBar(QWidget):
    """Shown when the models are missing: what to get, its size, Download / Install from file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("btModelsMessage")
        self.download_button = QPushButton()
        self.install_button = QPushButton(self.tr("Install from fi&le…"))
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.download_button)
        layout.addWidget(self.install_button)
        layout.addWidget(self.cancel_button)
        self.set_downloading(False)

    def set_downloading(self, running: bool) -> None:
        self.download_button.setEnabled(not running)
        self.install_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)


class BacktranslationView(QWidget):
    """Table of sentence | changes | lost or added | chrF | BLEU | semantic; a click shows the
    row in full and selects the sentence in the text."""

    manage_models = Signal()
    finished = Signal()
    # The models were installed from the view: the main window may want to know.
    models_changed = Signal()

    def __init__(self, runner: JobRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.session: DocumentSession | None = None
        self.result: Any = None
        self.needs: backtranslation_api.NeedsModels | None = None
        self._first_run = True
        self._text_stale = False
        self._build()
        self._connect()
        self._set_running(False)
        if not backtranslation_api.available():
            self.status.setText(
                self.tr("Back-translation is not available in this build of mtlint.")
            )

    # --- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.pivot = QComboBox()
        self.pivot.setEditable(True)
        self.pivot.setToolTip(
            self.tr("Language(s) to translate through and back (ISO 639-1; de,fr for two)")
        )
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
        self.status = StatusLine()
        self.status.setObjectName("btStatus")
        self.status.setWordWrap(True)
        self.scores = QLabel()
        self.scores.setObjectName("btScores")
        self.only_flagged = QCheckBox(self.tr("&Only flagged"))
        self.only_entities = QCheckBox(self.tr("Only with lost &names or numbers"))
        self.show_pivot = QCheckBox(self.tr("Show pivot te&xt"))
        self.show_pivot.setChecked(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the comparison as CSV or HTML"))
        self.models_bar = ModelsBar()
        self.models_bar.setVisible(False)
        self._build_table()
        self._lay_out(pivot_label)

    def _lay_out(self, pivot_label: QLabel) -> None:
        top = QHBoxLayout()
        for widget in (pivot_label, self.pivot, self.run_button, self.cancel_button):
            top.addWidget(widget)
        top.addWidget(self.models_button)
        top.addSpacing(12)
        top.addWidget(self.progress, 1)
        top.addStretch(0)
        top.addWidget(self.scores)
        self.pivot.setMinimumContentsLength(10)
        self.pivot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        for widget in (self.only_flagged, self.only_entities, self.show_pivot):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.details)
        bottom.addWidget(self.text)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.models_bar)
        layout.addWidget(split, 1)

    def _build_table(self) -> None:
        self.model = ComparisonModel(self)
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(ComparisonModel.CHANGES, RichTextDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ComparisonModel.CHRF, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (ComparisonModel.SENTENCE, ComparisonModel.CHANGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ComparisonModel.CONTENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ComparisonModel.CONTENT, 220)
        for column in (ComparisonModel.CHRF, ComparisonModel.BLEU, ComparisonModel.SEMANTIC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser()
        self.details.setObjectName("btDetails")
        self._explain_details()
        self.text = DocumentEdit()
        # Not a blank pane without a document (h24gui).
        self.text.setPlaceholderText(
            self.tr(
                "Open a document (Ctrl+O): its text shows here, each sentence underlined by score."
            )
        )
        self.filler = PaneFiller(self.text, self._text_filled, self)

    def _connect(self) -> None:
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel(CHANNEL))
        self.models_button.clicked.connect(self.manage_models)
        self.only_flagged.toggled.connect(self._apply_filters)
        self.only_entities.toggled.connect(self._apply_filters)
        self.show_pivot.toggled.connect(self._show_current)
        self.export_button.clicked.connect(self.export_dialog)
        self.pivot.currentIndexChanged.connect(self.probe_models)
        self.models_bar.download_button.clicked.connect(self.download_models)
        self.models_bar.install_button.clicked.connect(self.install_dialog)
        self.models_bar.cancel_button.clicked.connect(lambda: self.runner.cancel(DOWNLOAD_CHANNEL))
        self.table.selectionModel().currentRowChanged.connect(self._select_sentence)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)

    # --- session --------------------------------------------------------------------------------
    def set_session(self, session: DocumentSession | None) -> None:
        self.runner.cancel(CHANNEL)
        self.session = session
        self.result = None
        self.model.set_rows([], self.settings.roundtrip_threshold)
        self.details.clear()
        self._explain_details()
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
        self.needs = None
        self.models_bar.setVisible(False)
        if backtranslation_api.available():
            self.status.setText(
                self.tr("Press Back-translate to score each sentence's round trip.")
            )
            self.probe_models()
        self._set_running(False)

    def probe_models(self) -> None:
        """Name the missing models (and offer them) before the first run, off the GUI thread."""
        if self.session is None:
            return
        language = self.session.document.language
        pivot = self.selected_pivot() or None
        self.runner.start(
            PROBE_CHANNEL,
            lambda progress, cancelled: backtranslation_api.needs_for(language, pivot),
        )

    def _fill_text(self) -> None:
        if self._text_stale:
            self._text_stale = False
            self.filler.fill(self.session)  # long texts laid in, in slices (pane_document)

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

    def threshold(self) -> float:
        return self.session.config.roundtrip_threshold if self.session else 45.0

    def score_marks(self) -> list[tuple[int, int, QColor]]:
        """The API the main window calls to underline its own text pane by score."""
        rows = list(getattr(self.result, "sentences", ()) or ())
        return score_marks(rows, self.threshold())

    def _text_filled(self) -> None:
        findings = getattr(self.result, "findings", ()) if self.result is not None else ()
        self.text.set_highlights(tuple(findings or ()))
        self._underline()

    def _underline(self) -> None:
        setter = getattr(self.text, "set_score_marks", None)
        if setter is not None:
            setter(self.score_marks())

    # --- running ----------------------------------------------------------------------------------
    def run(self) -> None:
        if self.session is None:
            return
        document = self.session.document
        config = self.session.config
        pivot = self.selected_pivot() or None

        def work(progress: Any, cancelled: Any) -> Any:
            progress(0, 0, "loading")
            return backtranslation_api.backtranslate_or_needs(
                document, config, pivot=pivot, progress=progress, cancelled=cancelled
            )

        if self._first_run:
            self.status.setText(
                self.tr("Loading the translation models… the first run takes a little while.")
            )
        else:
            self.status.setText(self.tr("Translating…"))
        # Models known to be missing: the bar stays while the run checks them again (it was
        # hidden, then shown again a moment later, h22gui).
        self.models_bar.setVisible(self.needs is not None)
        self.progress.setRange(0, 0)
        self._set_running(True)
        self.runner.start(CHANNEL, work)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and self.session is not None)
        self.cancel_button.setEnabled(running)
        self.pivot.setEnabled(not running)
        self.progress.setVisible(running)
        self.export_button.setEnabled(not running and bool(self.model.rows))

    def _on_progress(self, channel: str, done: int, total: int, message: str) -> None:
        if channel == DOWNLOAD_CHANNEL:
            bar = self.models_bar.progress
            bar.setRange(0, max(total, 0))
            bar.setValue(done)
            bar.setFormat(
                self.tr("%1: %2 of %3 MB")
                .replace("%1", message)
                .replace("%2", i18n.number(done / 2**20, 1))
                .replace("%3", i18n.number(total / 2**20, 1))
            )
            return
        if channel != CHANNEL:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("%v / %m sentences"))
            self.status.setText(self.tr("Translating…"))

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel == PROBE_CHANNEL:
            if isinstance(result, backtranslation_api.NeedsModels):
                if self.result is None and not self.runner.is_running(CHANNEL):
                    self.show_needs(result)
            elif self.needs is not None and not self.runner.is_running(DOWNLOAD_CHANNEL):
                self.needs = None  # another pivot, whose models are installed
                self.models_bar.setVisible(False)
            return
        if channel == DOWNLOAD_CHANNEL:
            self.needs = None  # installed: the run that follows needs no bar
            self.models_bar.set_downloading(False)
            self.models_bar.setVisible(False)
            self.status.setText(self.tr("Models installed. Back-translating…"))
            self.models_changed.emit()
            self.run()
            return
        if channel != CHANNEL:
            return
        self._first_run = False
        self._set_running(False)
        if isinstance(result, backtranslation_api.NeedsModels):
            self.show_needs(result)
        else:
            self.show_result(result)
        self.finished.emit()

    def show_needs(self, needs: backtranslation_api.NeedsModels) -> None:
        """No model for this round trip: say which, how big, and offer to get them — once, in
        the models bar (the status line said it again, with the command lines: h21gui)."""
        self.needs = needs
        self.status.setText("")
        label = needs.label()
        if needs.size:
            text = self.tr("Download %1 (%2)").replace("%1", label).replace("%2", needs.size)
        else:
            text = self.tr("Download %1").replace("%1", label)
        self.models_bar.download_button.setText(text)
        self.models_bar.message.setText(
            self.tr("Back-translation needs the %1 translation models, not installed yet.").replace(
                "%1", label
            )
        )
        # The details (each direction, the command lines) for those who want them.
        self.models_bar.message.setToolTip(needs.message)
        self.models_bar.set_downloading(False)
        if backtranslation_api.offline():
            # Said once, in one line; installing from a file still works.
            self.models_bar.message.setText(
                self.tr(
                    "Offline: the %1 models cannot be downloaded now; install them from a file."
                ).replace("%1", label)
            )
            self.models_bar.download_button.setEnabled(False)
        self.models_bar.setVisible(True)

    def show_result(self, result: Any) -> None:
        self.result = result
        self.needs = None
        self.models_bar.setVisible(False)  # a result: the models are there (installed meanwhile)
        sentences = list(getattr(result, "sentences", ()) or ())
        threshold = self.threshold()
        self.model.set_rows(sentences, threshold)
        self.table.sortByColumn(ComparisonModel.CHRF, Qt.SortOrder.AscendingOrder)
        self.table.resizeRowsToContents()
        self._show_scores(dict(getattr(result, "document_scores", {}) or {}))
        self._explain_details()
        # Low-scoring sentences are underlined in the text below the table.
        self._fill_text()
        if not self.filler.pending():  # else marked once the text is in (_text_filled)
            self._text_filled()
        pivot = getattr(result, "pivot", None)
        flagged = sum(1 for s in sentences if s.flagged or s.chrf < threshold)
        text = self.tr("%1 sentences via %2; %3 flagged (chrF below %4 or content lost).")
        self.status.setText(
            text.replace("%1", i18n.number(len(sentences)))
            .replace("%2", str(pivot or "?"))
            .replace("%3", i18n.number(flagged))
            .replace("%4", i18n.number(threshold))
        )
        self._set_running(False)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _show_scores(self, scores: dict[str, float]) -> None:
        labels = {"chrf": "chrF", "bleu": "BLEU", "ter": "TER", "semantic": self.tr("semantic")}
        # The semantic similarity is a cosine (0–1): shown on the 0–100 scale of the table's
        # Semantic column and of chrF and BLEU beside it, not as "semantic 0.3" over rows of 34.
        scale = {"semantic": 100}
        parts = [
            f"{labels.get(name, name)} {i18n.number(value * scale.get(name, 1), 1)}"
            for name, value in scores.items()
            if isinstance(value, int | float)
        ]
        self.scores.setText(
            self.tr("Document: %1").replace("%1", " · ".join(parts)) if parts else ""
        )

    def _on_failed(self, channel: str, message: str) -> None:
        if channel == DOWNLOAD_CHANNEL:
            self.models_bar.set_downloading(False)
            self.status.setText(self.tr("Download failed: %1").replace("%1", message))
            return
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
        if channel == DOWNLOAD_CHANNEL:
            self.models_bar.set_downloading(False)
            self.status.setText(self.tr("Download cancelled: nothing was installed."))
            return
        if channel != CHANNEL:
            return
        self._set_running(False)
        self.status.setText(self.tr("Back-translation cancelled."))

    # --- models -----------------------------------------------------------------------------------
    def download_models(self) -> None:
        if self.needs is None:
            return
        pairs = list(self.needs.pairs)
        self.models_bar.set_downloading(True)
        self.models_bar.progress.setRange(0, 0)
        self.status.setText(self.tr("Downloading %1…").replace("%1", self.needs.label()))
        self.runner.start(
            DOWNLOAD_CHANNEL,
            lambda progress, cancelled: backtranslation_api.download_pairs(
                pairs, progress, cancelled
            ),
        )

    def install_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Install translation packages"),
            "",
            self.tr("Argos packages (*.argosmodel);;All files (*)"),
        )
        if paths:
            self.install_files(paths)

    def install_files(self, paths: list[str]) -> None:
        self.models_bar.set_downloading(True)
        self.models_bar.cancel_button.setVisible(False)
        self.status.setText(self.tr("Installing…"))
        self.runner.start(
            DOWNLOAD_CHANNEL,
            lambda progress, cancelled: backtranslation_api.install_files(paths),
        )

    # --- rows -------------------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            only_flagged=self.only_flagged.isChecked(),
            only_entities=self.only_entities.isChecked(),
        )
        self.table.resizeRowsToContents()

    def current_row(self) -> SentenceScore | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def _select_sentence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.text.select_span(row.start, row.end)
        self._show_details(row)

    def _show_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._show_details(row)

    def _show_details(self, row: SentenceScore) -> None:
        """Original, pivot, round trip and changes stacked; then what was lost, per pivot."""
        pivot = getattr(self.result, "pivot", "") or ""
        bilingual = row.source is not None
        sections = [
            (self.tr("Source") if bilingual else self.tr("Original"), row.source or row.text)
        ]
        if bilingual:
            sections.append((self.tr("Translation"), row.text))
        if self.show_pivot.isChecked() and row.pivot_text is not None and not row.pivots:
            sections.append((self.tr("Pivot (%1)").replace("%1", pivot), row.pivot_text))
        sections.append((self.tr("Round trip"), row.roundtrip))
        parts = [f"<p><b>{html.escape(t)}</b><br>{html.escape(v)}</p>" for t, v in sections]
        parts.append(f"<p><b>{html.escape(self.tr('Changes'))}</b><br>{diff_html(row.diff)}</p>")
        if row.content:
            items = "".join(f"<li>{html.escape(i.message)}</li>" for i in row.content)
            parts.append(f"<p><b>{html.escape(self.tr('Lost or added'))}</b></p><ul>{items}</ul>")
        for each in row.pivots:
            parts.append(
                f"<p><b>{html.escape(self.tr('Via %1').replace('%1', each.pivot))}</b>"
                f" — chrF {i18n.number(each.chrf, 1)}<br>"
                + (
                    f"<i>{html.escape(each.pivot_text)}</i><br>"
                    if self.show_pivot.isChecked()
                    else ""
                )
                + f"{html.escape(each.roundtrip)}</p>"
            )
        if row.forward is not None:
            parts.append(
                f"<p><b>{html.escape(self.tr('Offline translation of the source'))}</b><br>"
                f"{html.escape(row.forward)}</p>"
            )
        self.details.setHtml("".join(parts))

    def _explain_details(self) -> None:
        """What the pane under the table is for, while it has no sentence to show (it stood
        empty without a word until a run — h22gui's fresh use). Muted text, wrapped: a
        placeholder would be one line, cut at the pane's edge."""
        if self.result is None:
            text = self.tr(
                "Back-translate (Ctrl+B) to score each sentence's round trip. The sentence you"
                " select in the table then appears here in full: the original, the pivot"
                " text, the sentence translated back and what changed. The text on the right"
                " is underlined by score: red under the threshold, amber near it, green above."
            )
        else:
            text = self.tr(
                "Select a sentence in the table to see it here in full: the original, the"
                " pivot text, the sentence translated back and what changed."
            )
        muted = self.details.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.details.setHtml(f"<p style='color:{muted}'>{html.escape(text)}</p>")

    def details_text(self) -> str:
        return self.details.toPlainText()

    # --- export -----------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the comparison"),
            "",
            self.tr("CSV (*.csv);;HTML (*.html)"),
        )
        if path:
            if "." not in path.rsplit("/", 1)[-1]:
                path += ".html" if "html" in chosen.lower() else ".csv"
            self.export(path)

    def export(self, path: str) -> None:
        """Write the rows shown (filters applied, in table order) as CSV or HTML by extension."""
        rows = [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        ]
        title = self.tr("Back-translation of %1").replace(
            "%1", str(getattr(self.session, "path", "") or "")
        )
        try:
            if path.lower().endswith((".html", ".htm")):
                export_html(rows, path, title)
            else:
                export_csv(rows, path)
        except OSError as error:
            self.status.setText(
                self.tr("Cannot export: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.status.setText(
            self.tr("Exported %1 rows to %2").replace("%1", str(len(rows))).replace("%2", path)
        )
