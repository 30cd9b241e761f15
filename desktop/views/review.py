"""Review fixes side by side: original | fixed, each change marked, decisions that persist."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.errors import WriteError
from mtlint.checks.model import Finding
from mtlint.checks.writeback import backup_path_for, save_document
from mtlint.desktop import theme
from mtlint.desktop.decisions import DecisionStore, Status
from mtlint.desktop.flow_layout import FlowLayout
from mtlint.desktop.jobs import JobRunner
from mtlint.desktop.review_loading import (
    ChangeRanges,
    PreparedPreview,
    PreparedReview,
    ReviewLoader,
    change_ranges,
)
from mtlint.desktop.review_patch import Footprints, Patch, patch
from mtlint.desktop.review_state import FixedText, ReviewState, clipped
from mtlint.desktop.session import DocumentSession
from mtlint.desktop.textspans import TextSpans, display_text
from mtlint.desktop.views.document_view import editor_font
from mtlint.desktop.views.review_table import ReviewModel, ReviewTable
from mtlint.desktop.views.visible_marks import MarkRanges, VisibleMarks
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


def fixed_name(path: Path) -> Path:
    """NAME.fixed.EXT next to the original."""
    return path.with_name(f"{path.stem}.fixed{path.suffix}")


class ReviewView(QWidget):
    saved = Signal(str, bool)  # path, overwrote the original
    message = Signal(str)

    def __init__(
        self,
        store: DecisionStore | None,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        # A long text's review is prepared in a job (``review_loading``); without a runner, here.
        # So is the preview rebuilt after a decision on many fixes ("Accept all safe").
        self.loader = ReviewLoader(runner, self._install, self, self._install_preview)
        self._wanted: Finding | None = None  # asked for while the review was being prepared
        self.session: DocumentSession | None = None
        self._state: ReviewState | None = None
        # Filling the panes and the table waits until the view is first shown (or asked for).
        self._stale = False
        self._syncing = False
        self._fixed_text: FixedText | None = None
        self._fixed_spans = TextSpans("")
        self._footprints: Footprints | None = None

        self._build_buttons()
        actions = self._build_action_row()
        panes = self._build_panes()
        self._build_table()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(panes)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)

        self._connect_signals()
        self._build_shortcuts()
        self._update_buttons()
        self._show_no_document()

    def _build_buttons(self) -> None:
        self.accept_button = QPushButton(theme.icon("accept"), self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Accept the selected fix (A)"))
        self.reject_button = QPushButton(theme.icon("reject"), self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr("Reject the selected fix (R)"))
        self.accept_safe_button = QPushButton(self.tr("Accept all &safe"))
        self.accept_safe_button.setToolTip(
            self.tr("Accept every pending fix marked safe (Ctrl+Shift+A)")
        )
        self.reject_all_button = QPushButton(self.tr("Reject a&ll"))
        self.undo_button = QPushButton(theme.icon("undo"), self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last decision (Ctrl+Z)"))
        self.alternatives = QComboBox()
        self.alternatives.setToolTip(self.tr("Choose among the suggested alternatives"))
        self.alternatives.setMinimumContentsLength(18)
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(self.tr("Edit the replacement by hand, then Enter"))
        self.replacement.setClearButtonEnabled(True)
        # Longer button texts (translations) must not squeeze the one field users type in.
        self.replacement.setMinimumWidth(self.replacement.fontMetrics().averageCharWidth() * 14)
        self.save_button = QPushButton(theme.icon("save"), self.tr("Sa&ve as…"))
        self.save_button.setToolTip(
            self.tr("Save the accepted fixes to a new file (NAME.fixed.EXT)")
        )
        self.overwrite_button = QPushButton(self.tr("&Overwrite…"))
        self.overwrite_button.setToolTip(
            self.tr("Write the accepted fixes into the original (a .bak copy is kept)")
        )

    def _build_action_row(self) -> FlowLayout:
        """Three groups (decide, edit the replacement, save) in a row that wraps onto a second
        line in a narrow window; the replacement field takes the room left over."""
        decide = QHBoxLayout()
        for widget in (self.accept_button, self.reject_button, self.undo_button):
            decide.addWidget(widget)
        decide.addSpacing(12)
        decide.addWidget(self.accept_safe_button)
        decide.addWidget(self.reject_all_button)
        edit = QHBoxLayout()
        alt_label = QLabel(self.tr("Alternati&ve:"))
        alt_label.setBuddy(self.alternatives)
        edit.addWidget(alt_label)
        edit.addWidget(self.alternatives)
        edit_label = QLabel(self.tr("&Replacement:"))
        edit_label.setBuddy(self.replacement)
        edit.addWidget(edit_label)
        edit.addWidget(self.replacement, 1)
        save = QHBoxLayout()
        save.addWidget(self.save_button)
        save.addWidget(self.overwrite_button)
        actions = FlowLayout(spacing=18, line_spacing=6)
        for group in (decide, edit, save):
            group.setContentsMargins(0, 0, 0, 0)
            group.setSpacing(6)
            holder = QWidget()
            holder.setLayout(group)
            actions.addWidget(holder)
        actions.itemAt(1).widget().setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        return actions

    def _build_panes(self) -> QSplitter:
        self._visible: dict[QPlainTextEdit, VisibleMarks] = {}
        self._own_documents: dict[QPlainTextEdit, QTextDocument] = {}
        self.original = self._pane()
        self.fixed = self._pane()
        self.original_label = QLabel(self.tr("Original"))
        self.fixed_label = QLabel(self.tr("With accepted fixes (pending ones previewed)"))
        for label in (self.original_label, self.fixed_label):
            label.setObjectName("paneTitle")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.original_label)
        left_layout.addWidget(self.original)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.fixed_label)
        right_layout.addWidget(self.fixed)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(left)
        panes.addWidget(right)
        # Halves: sized from their titles the original got 590 px, the preview 750, and the same
        # sentence wrapped at different places on the two sides (h22gui).
        panes.setSizes([1_000_000, 1_000_000])

        return panes

    def _build_table(self) -> None:
        self.table_model = ReviewModel(self)
        self.table = ReviewTable(self.table_model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows are chosen whole: Tab leaves the table for the next control, as elsewhere (h23gui).
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)  # sized from the rows near the top, not all
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _connect_signals(self) -> None:
        self.accept_button.clicked.connect(lambda: self.decide(Status.ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.decide(Status.REJECTED))
        self.accept_safe_button.clicked.connect(self.accept_all_safe)
        self.reject_all_button.clicked.connect(self.reject_all)
        self.undo_button.clicked.connect(self.undo)
        self.alternatives.activated.connect(self._choose)
        self.replacement.returnPressed.connect(self._edit)
        self.save_button.clicked.connect(self.save_as_dialog)
        self.overwrite_button.clicked.connect(self.overwrite_dialog)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_item(row))
        self.original.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync(self.original, self.fixed)
        )
        self.fixed.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync(self.fixed, self.original)
        )

    def _build_shortcuts(self) -> None:
        for keys, slot in (
            ("A", lambda: self.decide(Status.ACCEPTED)),
            ("R", lambda: self.decide(Status.REJECTED)),
            ("Space", self.toggle),
            (QKeySequence.StandardKey.Undo, self.undo),
            ("Ctrl+Shift+A", self.accept_all_safe),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

    def _pane(self) -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        pane.setFont(editor_font())
        pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        pane.document().setUndoRedoEnabled(False)  # decisions edit the fixed pane in place
        self._own_documents[pane] = pane.document()
        self._visible[pane] = VisibleMarks(pane)  # thousands of fixes: marks near the view
        return pane

    # --- loading ---------------------------------------------------------------------------------
    @property
    def state(self) -> ReviewState | None:
        self.ensure_loaded()
        return self._state

    def ensure_loaded(self) -> None:
        if self._stale:
            self._stale = False
            self._load(self.session)

    def showEvent(self, event: object) -> None:
        self.ensure_loaded()
        super().showEvent(event)  # type: ignore[arg-type]

    def set_session(self, session: DocumentSession | None) -> None:
        self.session = session
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def _load(self, session: DocumentSession | None) -> None:
        self.loader.cancel()
        self._wanted = None
        self._state = None
        self._fixed_text = None
        for pane in (self.original, self.fixed):
            self._visible[pane].set([])  # the old marks point into the old texts
        if session is None:
            for pane in (self.original, self.fixed):
                pane.setPlainText("")
            self.table_model.set_state(None)
            self._update_buttons()
            self._show_no_document()
            return
        if self.loader.load(session, self.store):
            # Prepared in a job: the old texts go, a placeholder says what is coming.
            placeholder = self.tr("Preparing the review…")
            for pane in (self.original, self.fixed):
                pane.setPlainText("")
                pane.setPlaceholderText(placeholder)
            self.table_model.set_state(None)
            self.summary.setText(placeholder)
            self._update_buttons()

    def _show_no_document(self) -> None:
        """No document: the panes say what fills them, not two blank boxes (h24gui)."""
        self.original.setPlaceholderText(
            self.tr("Open a document (Ctrl+O): its text and the fixes mtlint suggests show here.")
        )
        self.fixed.setPlaceholderText(self.tr("The text with the fixes you accept shows here."))
        self.summary.setText("")

    def _install(self, prepared: PreparedReview) -> None:
        """Show a prepared review: its state, both panes' texts (documents laid in after the job
        swapped in, else set here), the changes marked, the first fix selected.

        Swapping a 20 MB document in costs the GUI thread ~0.1 s (Qt lays out its blocks again):
        the original's is swapped in now, the preview's and the rest in the next turn of the
        event loop, so neither holds it twice as long (h22gui)."""
        session = prepared.session
        direction = (
            Qt.LayoutDirection.RightToLeft if session.is_rtl else Qt.LayoutDirection.LeftToRight
        )
        self.original.setPlaceholderText("")
        if prepared.original is not None:
            self._swap(self.original, prepared.original)
            QTimer.singleShot(0, self, lambda: self._install_rest(prepared, direction))
            return
        option = self.original.document().defaultTextOption()
        option.setTextDirection(direction)
        self.original.document().setDefaultTextOption(option)
        self.original.setPlainText(session.display)
        self._install_rest(prepared, direction)

    def _install_rest(self, prepared: PreparedReview, direction: Qt.LayoutDirection) -> None:
        """The preview's text, the state, the marks and the selection."""
        if prepared.original is not None and not self.loader.delivered(prepared):
            return  # the view has moved on since the original was swapped in
        self.loader.done(prepared)
        session = prepared.session
        self._state = state = prepared.state
        state.store = self.store if session.path is not None else None
        self.fixed.setPlaceholderText("")
        if prepared.preview is not None:
            self._swap(self.fixed, prepared.preview)
        else:
            option = self.fixed.document().defaultTextOption()
            option.setTextDirection(direction)
            self.fixed.document().setDefaultTextOption(option)
            self.fixed.setPlainText(display_text(prepared.fixed.text))
        self._footprints = prepared.footprints
        self._fixed_spans = prepared.fixed_spans
        self.table_model.set_state(state)
        self._show_fixed(prepared.fixed, prepared.ranges)
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted in state.items:
            self.table.setCurrentCell(state.items.index(wanted), 0)
            self.table.setFocus()
        elif len(state):
            self.table.setCurrentCell(0, 0)
        self._update_buttons()

    def _swap(self, pane: QPlainTextEdit, document: QTextDocument) -> None:
        """Show a QTextDocument laid in after the job; the previous one goes if it was such."""
        old = pane.document()
        document.setParent(pane)
        document.setUndoRedoEnabled(False)
        pane.setDocument(document)
        if old is not self._own_documents[pane]:
            old.deleteLater()

    def select_finding(self, finding: Finding) -> bool:
        """Select ``finding``'s fix (once the review is ready); False if it has none."""
        self.ensure_loaded()
        if self.loader.pending():
            self._wanted = finding if finding.fixes else None
            return bool(finding.fixes)
        state = self._state
        if state is None or finding not in state.items:
            return False
        self.table.setCurrentCell(state.items.index(finding), 0)
        self.table.setFocus()
        return True

    # --- showing ---------------------------------------------------------------------------------
    def _refresh_texts(self) -> None:
        """Rebuild the preview: every fix applied again, the fixed pane's text replaced (a long
        text's in a job: ``ReviewLoader.rebuild``)."""
        if self.state is None or self.session is None:
            return
        # The right pane previews every fix not rejected: accepted ones marked as accepted,
        # pending ones as pending (what saving writes is the accepted ones only). Until the
        # rebuild is back, no decision patches the old preview.
        self._fixed_text = None
        if self.loader.rebuild(self.state, self.session):
            self.summary.setText(self.tr("Updating the preview…"))

    def _install_preview(self, prepared: PreparedPreview) -> None:
        """Show a rebuilt preview (its document laid in after the job swapped in, else set here)."""
        if prepared.state is not self._state:
            return
        value = self.fixed.verticalScrollBar().value()
        self._visible[self.fixed].set([])  # the old marks point into the old text
        if prepared.document is not None:
            self._swap(self.fixed, prepared.document)
        else:
            self.fixed.setPlainText(display_text(prepared.fixed.text))
        self.fixed.verticalScrollBar().setValue(value)
        self._fixed_spans = prepared.fixed_spans
        self._show_fixed(prepared.fixed, prepared.ranges)
        self._reveal_change(self.current_item())

    def _patch_texts(self, item: int) -> bool:
        """After a decision on one fix: edit the preview where it sits (False: rebuild)."""
        previous = self._fixed_text
        if self.state is None or previous is None or self._footprints is None:
            return False
        change = patch(self.state, previous, item, self._footprints)
        if change is None or "\r" in _seam(previous.text, change):
            return False  # a line ending at the seam: Qt's breaks and ours must agree
        spans = self._fixed_spans
        cursor = QTextCursor(self.fixed.document())
        cursor.setPosition(spans.to_qt(change.start))
        cursor.setPosition(spans.to_qt(change.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(change.replacement)
        self._fixed_spans = spans.edited(
            change.start, change.end, change.replacement, change.fixed.text
        )
        self._show_fixed(change.fixed)
        return True

    def _show_fixed(
        self, fixed: FixedText, ranges: tuple[ChangeRanges, ChangeRanges] | None = None
    ) -> None:
        """Mark the changes in both panes (made near the view only) and sum them up; ``ranges``
        when the job that made ``fixed`` put them in order."""
        assert self.state is not None and self.session is not None
        old_ranges, new_ranges = ranges if ranges is not None else change_ranges(fixed)
        removed, inserted = theme.change_colors()
        self._visible[self.original].set(
            [],
            [
                change_marks(
                    self.session.spans,
                    old_ranges,
                    removed,
                    strike=True,
                    pending_tip=self.tr("pending: not accepted yet"),
                )
            ],
        )
        self._visible[self.fixed].set(
            [],
            [
                change_marks(
                    self._fixed_spans,
                    new_ranges,
                    inserted,
                    strike=False,
                    pending_tip=self.tr("pending: not accepted yet"),
                )
            ],
        )
        self._fixed_text = fixed
        counts = self.state.counts()
        summary = self.tr("%1 fixes: %2 accepted, %3 rejected, %4 pending")
        summary = (
            summary.replace("%1", str(len(self.state)))
            .replace("%2", str(counts[Status.ACCEPTED]))
            .replace("%3", str(counts[Status.REJECTED]))
            .replace("%4", str(counts[Status.PENDING]))
        )
        if fixed.skipped:
            summary += " · " + self.tr(
                "%Ln overlapping fix(es) not applied", "", len(fixed.skipped)
            )
        self.summary.setText(summary)

    def _sync(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
        # Both panes scroll in step: fixes rarely change line counts, so the same first
        # visible line (scaled when they do) keeps the two sides aligned.
        if self._syncing:
            return
        self._syncing = True
        try:
            src = source.verticalScrollBar()
            dst = target.verticalScrollBar()
            if src.maximum() == dst.maximum() or src.maximum() == 0:
                dst.setValue(src.value())
            else:
                dst.setValue(round(src.value() * dst.maximum() / src.maximum()))
        finally:
            self._syncing = False

    def current_item(self) -> int:
        return self.table.currentRow()

    def _show_item(self, row: int) -> None:
        self._update_buttons()
        if self.state is None or self.session is None or not 0 <= row < len(self.state):
            return
        finding = self.state.items[row]
        decision = self.state.decisions[row]
        self.alternatives.clear()
        text = self.session.document.text
        for number, fix in enumerate(finding.fixes):
            label = fix.describe(text) if not fix.title else fix.title
            self.alternatives.addItem(f"{number + 1}. {clipped(label)}")
        self.alternatives.setCurrentIndex(decision.choice)
        editable = self.state.can_edit(row)
        self.replacement.setText(self.state.preview(row)[1] if editable else "")
        self.replacement.setPlaceholderText(
            self.tr("Edit the replacement by hand, then Enter")
            if editable
            else self.tr("Too long to edit here: edit it in the Document tab")
        )
        self._reveal(self.original, self.session.spans, finding.start, finding.end)
        self._reveal_change(row)

    def _reveal_change(self, row: int) -> None:
        """Select the row's change in the preview (none while a rebuild is under way)."""
        if self._fixed_text is None:
            return
        change = next((c for c in self._fixed_text.changes if c.item == row), None)
        if change is not None:
            self._reveal(self.fixed, self._fixed_spans, change.new_start, change.new_end)

    def _reveal(self, pane: QPlainTextEdit, spans: TextSpans, start: int, end: int) -> None:
        cursor = pane.textCursor()
        cursor.setPosition(spans.to_qt(start))
        cursor.setPosition(spans.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()

    def _update_buttons(self) -> None:
        has_state = self.state is not None and len(self.state) > 0
        row = self.current_item()
        has_item = has_state and 0 <= row < len(self.state or [])
        self.accept_button.setEnabled(has_item and self.state.can_accept(row))  # type: ignore[union-attr]
        self.reject_button.setEnabled(has_item)
        self.alternatives.setEnabled(has_item and len(self.state.items[row].fixes) > 1)  # type: ignore[union-attr]
        self.replacement.setEnabled(has_item and self.state.can_edit(row))  # type: ignore[union-attr]
        self.accept_safe_button.setEnabled(has_state)
        self.reject_all_button.setEnabled(has_state)
        self.undo_button.setEnabled(self.state is not None and self.state.can_undo())
        can_save = self.session is not None and self.session.path is not None and has_state
        self.save_button.setEnabled(can_save)
        self.overwrite_button.setEnabled(can_save)

    # --- deciding --------------------------------------------------------------------------------
    def _after_change(self, rows: list[int], select_next: bool = False) -> None:
        self.table_model.changed(rows)
        # One decision edits the preview where its fix sits; many (or a fix near others)
        # rebuild it.
        if len(rows) != 1 or not self._patch_texts(rows[0]):
            self._refresh_texts()
        current = self.current_item()
        if select_next and self.state is not None and current + 1 < len(self.state):
            self.table.setCurrentCell(current + 1, self.table.currentColumn())
        else:
            self._show_item(current)
        self._update_buttons()

    def decide(self, status: Status, row: int | None = None) -> None:
        if self.state is None:
            return
        row = self.current_item() if row is None else row
        if not 0 <= row < len(self.state):
            return
        self.state.set_status(row, status)
        self._after_change([row], select_next=row == self.current_item())

    def toggle(self) -> None:
        row = self.current_item()
        if self.state is None or not 0 <= row < len(self.state):
            return
        accepted = self.state.decisions[row].status is Status.ACCEPTED
        self.state.set_status(row, Status.REJECTED if accepted else Status.ACCEPTED)
        self._after_change([row])

    def accept_all_safe(self) -> None:
        if self.state is not None:
            self.state.accept_all_safe()
            self._after_change(list(range(len(self.state))))

    def reject_all(self) -> None:
        if self.state is not None:
            self.state.reject_all()
            self._after_change(list(range(len(self.state))))

    def undo(self) -> None:
        if self.state is not None:
            rows = self.state.undo()
            if rows:
                self.table.setCurrentCell(rows[0], max(0, self.table.currentColumn()))
            self._after_change(rows)

    def _choose(self, choice: int) -> None:
        row = self.current_item()
        if self.state is not None and 0 <= row < len(self.state) and choice >= 0:
            self.state.choose(row, choice)
            self._after_change([row])

    def _edit(self) -> None:
        row = self.current_item()
        if self.state is not None and 0 <= row < len(self.state):
            self.state.edit(row, self.replacement.text())
            self._after_change([row])

    # --- saving ----------------------------------------------------------------------------------
    def save_to(self, target: Path, *, backup: bool) -> Path | None:
        """Write the accepted fixes to ``target``; returns the backup path if one was made."""
        assert self.state is not None and self.session is not None
        _, backup_path = save_document(
            self.session.document, self.state.accepted_fixes(), Path(target), backup=backup
        )
        return backup_path

    def save_as_dialog(self) -> None:
        if self.session is None or self.session.path is None:
            return
        suggested = fixed_name(self.session.path)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save fixed copy"), str(suggested))
        if not target:
            return
        if Path(target).resolve() == self.session.path.resolve():
            self.overwrite_dialog()
            return
        self._save(Path(target), overwrite=False)

    def overwrite_dialog(self) -> None:
        if self.session is None or self.session.path is None:
            return
        count = len(self.state.accepted()) if self.state else 0
        answer = QMessageBox.question(
            self,
            self.tr("Overwrite the original?"),
            self.tr("Write %1 accepted fix(es) into %2?\nThe original is kept as %3.")
            .replace("%1", str(count))
            .replace("%2", self.session.path.name)
            # The name the writer will really use: FILE.bak, or FILE.bak.1 … when taken.
            .replace("%3", backup_path_for(self.session.path).name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self._save(self.session.path, overwrite=True)

    def _save(self, target: Path, *, overwrite: bool) -> None:
        try:
            backup_path = self.save_to(target, backup=overwrite)
        except (OSError, WriteError) as error:  # WriteError: refused, or the file changed
            QMessageBox.critical(
                self,
                self.tr("Cannot save"),
                self.tr("Cannot write %1: %2")
                .replace("%1", str(target))
                .replace("%2", getattr(error, "strerror", None) or str(error)),
            )
            return
        if backup_path is not None:
            self.message.emit(
                self.tr("Saved %1; the original is kept as %2")
                .replace("%1", str(target))
                .replace("%2", backup_path.name)
            )
        else:
            self.message.emit(self.tr("Saved %1").replace("%1", str(target)))
        self.saved.emit(str(target), overwrite)


def _seam(text: str, change: Patch) -> str:
    """The old text around a patch and its replacement (where a line ending could be split)."""
    return text[max(0, change.start - 1) : change.end + 1] + change.replacement


def change_marks(
    spans: TextSpans,
    changes: ChangeRanges,
    color: object,
    *,
    strike: bool,
    pending_tip: str,
) -> MarkRanges:
    """The changes of one pane (in text order, from ``change_ranges``) as marks made near the
    view only: a decision on one of 2,700 fixes no longer makes 5,400 cursors."""
    pending_color = theme.pending_color()
    done = QTextCharFormat()
    done.setBackground(color)
    done.setFontStrikeOut(strike)
    done.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    waiting = QTextCharFormat()
    waiting.setBackground(pending_color)
    waiting.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    waiting.setToolTip(pending_tip)
    ranges = changes.ranges

    def source(index: int) -> tuple[int, int, QTextCharFormat]:
        start, end, pending = ranges[index]
        qt_start, qt_end = spans.span_to_qt(start, end)
        if qt_end == qt_start:
            # A deletion seen from the fixed side (or an insertion point): one character.
            qt_end = min(spans.qt_length, qt_start + 1)
        return qt_start, qt_end, waiting if pending else done

    return MarkRanges(len(ranges), source, changes.starts, changes.longest, spans.to_python)
