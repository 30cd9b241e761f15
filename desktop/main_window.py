"""The main window: document + findings panel, and the review, back-translation and batch views."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from mtlint.desktop import backtranslation_api, cancel_check, compare_source, theme
from mtlint.desktop.counts_line import CountsLine
from mtlint.desktop.decisions import DecisionStore
from mtlint.desktop.editing import DocumentController
from mtlint.desktop.jobs import BUSY_CHANNELS, Channel, JobRunner
from mtlint.desktop.keyboard_focus import KeyboardFocus
from mtlint.desktop.read_notes import ReadNote
from mtlint.desktop.session import (
    DocumentSession,
    build_session,
    finding_places,
    ignore_for_good,
    ignores_supported,
)
from mtlint.desktop.settings import Settings, with_project_config
from mtlint.desktop.status_line import StatusLine
from mtlint.desktop.status_notes import LastingMessage
from mtlint.desktop.text_document import DOCUMENT_MARGIN, DocumentBuilder
from mtlint.desktop.views.backtranslation import BacktranslationView
from mtlint.desktop.views.batch import BatchView
from mtlint.desktop.views.document_view import DocumentEdit, Legend
from mtlint.desktop.views.findings_panel import FindingsPanel
from mtlint.desktop.views.review import ReviewView
from mtlint.desktop.views.segment_grid import SegmentGrid
from mtlint.desktop.window_actions import build_actions
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

LOAD = Channel.LOAD


class MainWindow(QMainWindow):
    """The app's window. ``document_ready`` fires when a document has been checked and shown."""

    document_ready = Signal()
    load_failed = Signal(str)
    decisions_failed = Signal(str)  # a queued write of review decisions failed (writer thread)
    findings_updated = Signal()  # the findings of the text under edit changed

    DOCUMENT, REVIEW, BACKTRANSLATION, BATCH = range(4)

    def __init__(
        self,
        settings: Settings | None = None,
        store: DecisionStore | None = None,
        *,
        interactive: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.store = store if store is not None else DecisionStore()
        self.decisions_failed.connect(self._on_decisions_failed)  # queued to the GUI thread
        self.store.on_failed = self.decisions_failed.emit
        # Tests and --screenshot set interactive=False: errors go to the status bar, no modal box.
        self.interactive = interactive
        self.runner = JobRunner(self)
        self.builder = DocumentBuilder(self)  # a loaded text laid in, in slices (GUI thread)
        self.session: DocumentSession | None = None
        self.pending_path: Path | None = None
        self.last_error: str | None = None
        self.setWindowTitle(self.tr("mtlint"))
        self.setWindowIcon(theme.icon("mtlint"))
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        document_tab = self._build_document_tab()
        self._build_tabs(document_tab)
        self._build_status_bar()
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(200)
        self._live_timer.timeout.connect(self._show_live_findings)
        self.documents = DocumentController(self)
        build_actions(self)  # the actions, menus and toolbar: window_actions.py
        self._connect()
        from mtlint.desktop.dialogs import occurrences  # issue 14: consistency occurrences

        occurrences.install(self)
        self.source_compare = compare_source.install(self)  # a keyed catalogue's source (h29)
        self.check_cancel = cancel_check.install(self)  # Esc stops a long check (h30tidy)
        self.keyboard_focus = KeyboardFocus(self)  # the lists have the keys after opening (h23gui)
        self._show_empty()
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)

    def _build_document_tab(self) -> QWidget:
        """The text (or a bilingual file's segment grid) above the findings panel."""
        self.editor = DocumentEdit()
        self.editor.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.legend = Legend()
        self.panel = FindingsPanel()
        self.panel.doubtful.setChecked(self.settings.show_doubtful)
        self.grid = SegmentGrid()
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.read_note = ReadNote()  # how the file was read: guessed encoding, empty …
        self.edit_note = QLabel()
        self.edit_note.setObjectName("editNote")
        self.edit_note.setVisible(False)
        self.editor_page = QWidget()
        editor_layout = QVBoxLayout(self.editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.edit_note)
        editor_layout.addWidget(self.editor, 1)
        self.document_pages = QStackedWidget()
        self.document_pages.addWidget(self.editor_page)
        self.document_pages.addWidget(self.grid)
        doc_top = QWidget()
        doc_layout = QVBoxLayout(doc_top)
        doc_layout.setContentsMargins(0, 0, 0, 0)
        doc_layout.setSpacing(0)
        doc_layout.addWidget(self.file_label)
        doc_layout.addWidget(self.read_note)
        doc_layout.addWidget(self.document_pages, 1)
        doc_layout.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(doc_top)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        document_tab = QWidget()
        tab_layout = QVBoxLayout(document_tab)
        tab_layout.setContentsMargins(8, 8, 8, 4)
        tab_layout.addWidget(split)
        return document_tab

    def _build_tabs(self, document_tab: QWidget) -> None:
        self.review = ReviewView(self.store, self.runner)
        self.backtranslation = BacktranslationView(self.runner, self.settings)
        self.batch = BatchView(self.runner, self.settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(document_tab, theme.icon("document"), self.tr("&Document"))
        self.tabs.addTab(self.review, theme.icon("review"), self.tr("&Review fixes"))
        self.tabs.addTab(
            self.backtranslation, theme.icon("backtranslate"), self.tr("Back-&translation")
        )
        self.tabs.addTab(self.batch, theme.icon("folder"), self.tr("&Batch"))
        self.setCentralWidget(self.tabs)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        # A folder's counts run long ("… · 3 files could not be checked · 2 files not checked
        # (see Status)"): the label gives way (its full text is its tooltip) instead of holding
        # the window wider than half a screen (h31tidy).
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_line = CountsLine(self)
        self.language_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        status = self.statusBar()
        status.addWidget(self.counts_label, 1)
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.language_label)
        self.status_line = StatusLine(self)

    # --- construction ----------------------------------------------------------------------------
    def _connect(self) -> None:
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.started.connect(lambda _c: self._update_busy())
        self.runner.started.connect(self.builder.cancel)  # a newer load: the older build goes
        self.runner.cancelled.connect(lambda _c: self._update_busy())
        self.panel.table.selectionModel().currentRowChanged.connect(self._on_finding_selected)
        self.panel.proxy.modelReset.connect(self._update_counts)
        self.panel.proxy.layoutChanged.connect(self._update_counts)
        self.panel.proxy.rowsInserted.connect(self._update_counts)
        self.panel.proxy.rowsRemoved.connect(self._update_counts)
        self.editor.finding_clicked.connect(self.panel.select_source_row)
        self.panel.doubtful_toggled.connect(self._set_show_doubtful)
        self.panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.table.addAction(self.review_action)
        self.panel.table.addAction(self.ignore_action)
        self.lasting = LastingMessage(self.statusBar(), self.document_ready)  # "Saved …"
        self.review.message.connect(self.lasting.show)
        self.review.saved.connect(self._on_saved)
        self.backtranslation.manage_models.connect(self.show_models)
        self.batch.open_file.connect(lambda path: self.open_path(path))
        self.batch.finished.connect(self._update_busy)
        self.backtranslation.finished.connect(self._update_busy)
        self.backtranslation.finished.connect(self._add_backtranslation_findings)

    # --- opening ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from mtlint.checks.documents import supported_extensions

        patterns = " ".join(f"*{e}" for e in supported_extensions() if e)
        start = str(self.session.path.parent) if self.session and self.session.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a document"),
            start,
            self.tr("Documents (%1);;All files (*)").replace("%1", patterns),
        )
        if path:
            self.open_path(path)

    def open_folder_dialog(self) -> None:
        self.tabs.setCurrentIndex(self.BATCH)
        self.batch.choose_folder()

    def open_path(self, path: str | Path, source: str | Path | None = None) -> None:
        """Open a file (checked in a worker) or a folder (batch-checked); ``source``: a keyed
        catalogue's source-language file, its units paired by key (compare_source)."""
        path = Path(path).expanduser()
        same = self.session is not None and self.session.path == path
        if not same and not self.documents.maybe_save():
            return
        if path.is_dir():
            self.tabs.setCurrentIndex(self.BATCH)
            self.batch.start(path)
            self._update_busy()
            return
        self.pending_path = path
        base = self.settings.base_config()  # QSettings is read here, on the GUI thread
        self.statusBar().showMessage(self.tr("Checking %1…").replace("%1", path.name))

        def work(progress: Any, cancelled: Any) -> DocumentSession:
            # Finding and reading the project config is file I/O too: keep it off the GUI.
            config, warning = with_project_config(base, path)
            config = compare_source.with_catalogue_source(config, path, source)
            return build_session(path, config, config_warning=warning, cancelled=cancelled)

        self.runner.start(LOAD, work)
        self._update_busy()

    def open_text(self, text: str, path: Path | None = None) -> None:
        """Check text that is not (yet) a file, e.g. pasted; runs in a worker like files."""
        config, warning = self.settings.config_for(path)
        self.pending_path = path

        def work(progress: Any, cancelled: Any) -> DocumentSession:
            return build_session(path, config, text=text, config_warning=warning)

        self.runner.start(LOAD, work)
        self._update_busy()

    def reload(self) -> None:
        if self.session is not None and self.session.path is not None:
            self.open_path(self.session.path, self.session.config.catalogue_source)

    def _set_show_doubtful(self, show: bool) -> None:
        """Keep the choice and check the document again (the engine applies the new floor)."""
        self.settings.show_doubtful = show
        if self.session is None:
            return
        if self.session.path is not None:
            self.reload()
        else:
            self.open_text(self.session.document.text)

    def _on_job_finished(self, channel: str, result: Any) -> None:
        self._update_busy()
        if channel == LOAD and isinstance(result, DocumentSession):
            self.builder.for_session(LOAD, result, self.show_session)

    def _on_decisions_failed(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message))

    def _on_job_failed(self, channel: str, message: str) -> None:
        self._update_busy()
        if channel != LOAD:
            return
        self.last_error = message
        self.statusBar().showMessage(message, 10000)
        self.load_failed.emit(message)
        if self.interactive:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open the document"),
                message,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.open()

    def _update_busy(self, *_args: Any) -> None:
        self.busy.setVisible(any(self.runner.is_running(c) for c in BUSY_CHANNELS))

    # --- showing ---------------------------------------------------------------------------------
    def _show_empty(self) -> None:
        self.file_label.setText(
            self.tr(
                "  Open a document (Ctrl+O), drop a file or folder here, or check a folder "
                "(Ctrl+Shift+O)."
            )
        )
        self.status_line.refresh()  # "No document" (or the batch's, in its tab)
        self.panel.note_clean(False)
        self.read_note.show_for(None)
        self.legend.set_counts({})

    def show_session(self, session: DocumentSession) -> None:
        if not self.documents.attach(session):
            # Saved while the user went on typing: the editor keeps the text, a re-check follows.
            self.review.set_session(session)
            return
        self.session = session
        self.editor.show_session(session)
        self._show_findings(session)
        name = session.path.name if session.path else self.tr("(text)")
        where = f"  {session.path}" if session.path else "  " + name
        self.file_label.setText(where)
        self.read_note.show_for(session)
        self.documents.update_title()
        self.review.set_session(session)
        self.backtranslation.set_session(session)
        self._show_status(session)
        if session.path is not None:
            self.settings.add_recent_file(session.path)
        if self.panel.proxy.rowCount():
            self.panel.table.selectRow(0)
        self.document_ready.emit()

    def _show_findings(self, session: DocumentSession) -> None:
        # The proxy keeps the user's sort and filters across the reset (no second sort here).
        self.panel.model.set_findings(
            list(session.findings),
            session.lines,
            session.document.text,
            session.doubtful_below,
            by_unit=session.by_unit,
            file_line=session.document.line_col,
            search_texts=session.search_texts(),
        )
        self.legend.set_counts(session.tallies().by_family)
        self._update_counts()

    def _show_status(self, session: DocumentSession) -> None:
        message = session.config_warning or ""
        if session.result.failures:
            failed = ", ".join(f.code for f in session.result.failures)
            message = (message + " · " if message else "") + self.tr(
                "Some rules crashed and were skipped: %1"
            ).replace("%1", failed)
        if message:
            self.statusBar().showMessage(message, 15000)
        else:
            self.statusBar().clearMessage()

    def show_live_session(self, session: DocumentSession, *, now: bool = False) -> None:
        """Findings of the text under edit (moved by an edit, or re-checked): the table, the
        legend and the counts follow; the review and back-translation keep the saved file.

        While the user types, the table is refreshed at most every ~200 ms (a model reset per
        keystroke would cost the GUI thread ~10 ms on a large document); the highlights in the
        text follow every keystroke by themselves."""
        self.session = session
        if now:
            self._live_timer.stop()
            self._show_live_findings()
        elif not self._live_timer.isActive():
            self._live_timer.start()

    def _show_live_findings(self) -> None:
        if self.session is not None:
            self._show_findings(self.session)
        self.findings_updated.emit()

    def _add_backtranslation_findings(self) -> None:
        """List the low round-trip findings (MT8xx) with the others, highlighted in the text."""
        session = self.session
        result = self.backtranslation.result
        if session is None or result is None or self.backtranslation.session is not session:
            return
        # Every sentence underlined by its round-trip score (the view says how).
        self.editor.set_score_marks(self.backtranslation.score_marks())
        extra = [f for f in getattr(result, "findings", ()) if f not in session.findings]
        if not extra:
            return
        findings = tuple(
            sorted((*session.findings, *extra), key=lambda f: (f.start, f.end, f.code))
        )
        session.result = replace(session.result, findings=findings)
        session.lines = finding_places(session.document, findings)
        self.panel.model.set_findings(
            list(findings), session.lines, session.document.text, session.doubtful_below
        )
        self.editor.set_highlights(findings)
        self.legend.set_counts(session.tallies().by_family)
        self._update_counts()
        # A bilingual segment's suggested rewrite (an unsafe fix) joins the review like any fix.
        self.review.set_session(session)

    def _update_counts(self) -> None:
        self.status_line.refresh()  # the counts and language (the batch's in its tab)
        if self.session is not None:
            self.panel.note_clean(not self.session.tallies().total)

    def _on_finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.session is None or not current.isValid():
            self.panel.show_details(-1, "")
            return
        row = self.panel.proxy.mapToSource(current).row()
        finding = self.panel.model.findings[row]
        if self.document_pages.currentWidget() is self.grid:
            self.grid.select_offset(self.session.document.units, finding.start)
        else:
            self.editor.select_span(finding.start, finding.end)
        self.panel.show_details(row, self.session.document.text)

    def _step(self, forward: bool) -> None:
        proxy = self.panel.proxy
        count = proxy.rowCount()
        if self.session is None or count == 0:
            return
        self.tabs.setCurrentIndex(self.DOCUMENT)
        # Document order among the shown findings, from the current one (or the cursor).
        rows = sorted(
            range(count),
            key=lambda r: (
                self.panel.model.findings[proxy.mapToSource(proxy.index(r, 0)).row()].start,
                r,
            ),
        )
        current = self.panel.table.currentIndex()
        if current.isValid() and current.row() in rows:
            position = rows.index(current.row())
            target = rows[(position + (1 if forward else -1)) % len(rows)]
        else:
            target = rows[0] if forward else rows[-1]
        index = proxy.index(target, 0)
        self.panel.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.panel.table.scrollTo(index)

    def next_finding(self) -> None:
        if self.document_pages.currentWidget() is self.grid:
            self.tabs.setCurrentIndex(self.DOCUMENT)
            self.grid.step(True)
            return
        self._step(True)

    def previous_finding(self) -> None:
        if self.document_pages.currentWidget() is self.grid:
            self.tabs.setCurrentIndex(self.DOCUMENT)
            self.grid.step(False)
            return
        self._step(False)

    def review_current(self) -> None:
        """Show the selected finding's fix in the review view."""
        row = self.current_finding()
        if self.session is None or row < 0:
            return
        finding = self.panel.model.findings[row]
        self.tabs.setCurrentIndex(self.REVIEW)
        if not self.review.select_finding(finding):
            self.statusBar().showMessage(self.tr("This finding has no fix to review."), 6000)

    def ignore_current(self) -> None:
        """Dismiss the selected finding for good (the project's ignore file) and re-check."""
        row = self.current_finding()
        if self.session is not None and row >= 0:
            self.ignore_finding(self.panel.model.findings[row])

    def ignore_finding(self, finding: Any, *, reload: bool = True, text: str | None = None) -> None:
        """Write a finding (or a list of them) into the project's ignore file; re-check unless
        told not to. ``text``: what the offsets count in, when not the loaded document."""
        if self.session is None or self.session.path is None:
            return
        if not ignores_supported():
            self.statusBar().showMessage(self.tr("This build cannot keep ignores."), 6000)
            return
        findings = finding if isinstance(finding, list | tuple) else [finding]
        try:
            for each in findings:
                target = ignore_for_good(self.session, each, text)
        except OSError as error:
            self.statusBar().showMessage(
                self.tr("Cannot write the ignore file: %1").replace(
                    "%1", error.strerror or str(error)
                ),
                10000,
            )
            return
        self.statusBar().showMessage(
            self.tr("%1 ignored for good in %2")
            .replace("%1", findings[0].code)
            .replace("%2", str(target)),
            8000,
        )
        if reload:
            self.reload()

    def current_finding(self) -> int:
        return self.panel.current_source_row()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.DOCUMENT)
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.settings.clear_recent_files)
        else:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    # --- actions ---------------------------------------------------------------------------------
    def _save_fixed(self) -> None:
        self.tabs.setCurrentIndex(self.REVIEW)
        self.review.save_as_dialog()

    def _on_saved(self, path: str, overwrote: bool) -> None:
        if overwrote:
            self.open_path(path)
        else:
            self.lasting.forget()  # no reload follows: nothing to show again

    def _backtranslate(self) -> None:
        self.tabs.setCurrentIndex(self.BACKTRANSLATION)
        self.backtranslation.run()
        self._update_busy()

    def show_models(self) -> None:
        from mtlint.desktop.dialogs.models_dialog import ModelsDialog

        dialog = ModelsDialog(JobRunner(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_settings(self) -> None:
        from mtlint.desktop.dialogs.settings_dialog import SettingsDialog

        anchor = self.session.path if self.session and self.session.path else None
        document = self.session.document if self.session else None
        dialog = SettingsDialog(self.settings, anchor, self, document=document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mtlint"),
            self.tr(
                "<b>mtlint</b> finds the damage machine translation leaves in text: glued words, "
                "lost sentence breaks, stray ellipses, casing drift — and scores each sentence's "
                "round trip through offline translation.<br><br>Back-translation: %1"
            ).replace(
                "%1",
                self.tr("available")
                if backtranslation_api.available()
                else self.tr("not available in this build"),
            ),
        )

    # --- drag and drop, closing ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.maybe_save():
            event.ignore()
            return
        for channel in tuple(Channel):
            self.runner.cancel(channel)
        self.store.flush()  # the bulk decisions still queued reach the disk before the window goes
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    def when_idle(self, callback: Any, poll_ms: int = 50) -> None:
        """Call ``callback`` once no job is running (used by --screenshot)."""

        def check() -> None:
            if any(self.runner.is_running(c) for c in tuple(Channel)):
                QTimer.singleShot(poll_ms, check)
            else:
                callback()

        QTimer.singleShot(poll_ms, check)
