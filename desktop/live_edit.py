"""Editing in the document view: the text follows the editor, findings follow the edits, and a
re-check runs in the background ~300 ms after the last keystroke.

The re-check runs in the engine's child process (the worker thread only waits for it), one at a
time: a keystroke while one runs asks for another when it ends, and an answer for a text that has
changed since (an older revision) is dropped. Until the answer comes, findings the edits did not
touch are moved along with the text; those they touched disappear.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.desktop.edit_buffer import (
    EditBuffer,
    EditNotWritableError,
    diff_edits,
    save_edits,
    shift_findings,
    shift_points,
    shift_ranges,
    writable_edits,
)
from mtlint.desktop.jobs import Channel, JobRunner
from mtlint.desktop.session import DocumentSession, finding_places, finish_session
from mtlint.desktop.textspans import qt_text, shows
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

RECHECK = Channel.RECHECK
DEBOUNCE_MS = 300
# Formats whose visible text maps back into the file so that typed edits can be written.
EDITABLE_FORMATS = frozenset({"text", "markdown", "html", "srt", "vtt"})
BILINGUAL_FORMATS = frozenset({"po", "tmx", "csv", "tsv"})


def is_bilingual(document: Document) -> bool:
    return document.format in BILINGUAL_FORMATS or document.format.startswith("xliff")


def read_only_reason(document: Document) -> str | None:
    """Why a document cannot be edited in place (None when it can)."""
    if document.format in EDITABLE_FORMATS:
        return None
    if is_bilingual(document):
        return QCoreApplication.translate(
            "LiveEditor", "Bilingual file: edit the targets in the segment grid."
        )
    return QCoreApplication.translate(
        "LiveEditor",
        "Read-only: this format's text cannot be edited in place; review its fixes instead.",
    )


def edit_note(document: Document) -> str | None:
    """What the user should know before editing this document (None: nothing)."""
    reason = read_only_reason(document)
    if reason is not None:
        return reason
    if document.offset_map is not None and document.format == "html":
        return QCoreApplication.translate(
            "LiveEditor",
            "Editing the page's visible text: a change across a paragraph break or markup "
            "cannot be saved into the HTML.",
        )
    return None


class LiveEditor(QObject):
    """Keeps an editable DocumentEdit, its EditBuffer and the session's findings in step."""

    session_changed = Signal(object)  # DocumentSession: findings moved or re-checked
    rechecked = Signal()
    modified_changed = Signal(bool)
    # Why the text as it is now cannot be saved into the file's markup ("" when it can): told
    # while typing, not only when saving.
    unsavable_changed = Signal(str)

    def __init__(self, editor: Any, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.runner = runner
        self.session: DocumentSession | None = None
        self.base: Document | None = None  # the document as loaded: what a save maps through
        self.buffer = EditBuffer("")
        self.protected: tuple[tuple[int, int], ...] = ()
        self.boundaries: tuple[int, ...] = ()
        self.ignored_here: set[tuple[str, str]] = set()
        self._again = False
        self._was_modified = False
        self.unsavable = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recheck)
        self.editor.document().contentsChange.connect(self._on_change)
        # A load may swap in a document the worker filled: follow its changes instead.
        editor.document_replaced.connect(
            lambda document: document.contentsChange.connect(self._on_change)
        )
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)

    @property
    def modified(self) -> bool:
        return self.buffer.modified

    @property
    def editable(self) -> bool:
        return not self.editor.isReadOnly()

    # --- attaching -------------------------------------------------------------------------------
    def attach(self, session: DocumentSession) -> bool:
        """Take a freshly loaded session. Returns False when the editor keeps unsaved edits made
        since a save (the session is then only the new base for saving; a re-check follows)."""
        document = session.document
        if (
            self.base is not None
            and self.modified
            and session.path is not None
            and session.path == self.base.path
            and document.text == self.buffer.original
        ):
            self.base = document
            self.timer.start()
            return False
        self.session = session
        self.base = document
        self.protected, self.boundaries = document.protected, document.boundaries
        self.ignored_here.clear()
        self.buffer = EditBuffer(document.text, session.spans)
        self.editor.set_editable(read_only_reason(document) is None)
        self._emit_modified()
        return True

    # --- following edits -------------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self.session is None or self.editor.loading or not self.editable:
            return
        cursor = QTextCursor(self.editor.document())
        last = self.editor.document().characterCount() - 1
        cursor.setPosition(min(position, last))
        cursor.setPosition(min(position + added, last), QTextCursor.MoveMode.KeepAnchor)
        old_text = self.buffer.text
        edit = self.buffer.apply_qt_change(position, removed, cursor.selectedText())
        lines = old_text.count("\n", edit.start, edit.end)
        line_delta = edit.replacement.count("\n") - lines
        self._move_findings(edit, line_delta)
        self.timer.start()
        self._emit_modified()

    def _move_findings(self, edit: Any, line_delta: int) -> None:
        session = self.session
        assert session is not None and self.base is not None
        kept, lines, dropped = shift_findings(session.findings, edit, session.lines, line_delta)
        self.protected = shift_ranges(self.protected, edit)
        self.boundaries = shift_points(self.boundaries, edit)
        session.document = self._document(session, with_structure=False)
        session.result = replace(session.result, findings=kept)
        session.lines = lines
        session.spans = self.buffer.spans
        self.editor.spans = self.buffer.spans
        if dropped:
            self.editor.set_highlights(kept)
        else:
            self.editor.findings = kept  # the highlights' cursors moved with the text
        self.session_changed.emit(session)

    def _document(self, session: DocumentSession, *, with_structure: bool) -> Document:
        """The text as it is now, as a Document of the loaded file's format."""
        base = self.base
        assert base is not None
        return Document(
            text=self.buffer.text,
            language=session.document.language,
            path=session.path,
            format=base.format,
            encoding=base.encoding,
            bom=base.bom,
            protected=self.protected if with_structure else (),
            boundaries=self.boundaries if with_structure else (),
        )

    def _emit_modified(self) -> None:
        modified = self.modified
        if modified != self._was_modified:
            self._was_modified = modified
            self.modified_changed.emit(modified)

    # --- re-checking -----------------------------------------------------------------------------
    def recheck(self) -> None:
        """Check the text as it is now, off the GUI thread; an older answer will be dropped."""
        session = self.session
        if session is None:
            return
        self._verify()
        if self.runner.is_running(RECHECK):
            self._again = True
            return
        revision = self.buffer.revision
        document = self._document(session, with_structure=True)
        config, path, ignored = session.config, session.path, frozenset(self.ignored_here)
        name = session.language_name
        base, original, text = self.base, self.buffer.original, self.buffer.text

        def work(progress: Any, cancelled: Any) -> tuple[int, DocumentSession, str]:
            from mtlint.desktop.engine_process import load_and_check, with_document

            unsavable = _unsavable(base, original, text)
            # Never cancelled from here: cancelling would end the engine's child process.
            result = with_document(load_and_check(path, config, text=document), document)
            fresh = finish_session(path, result, config, language=name)
            if ignored:
                kept = tuple(f for f in fresh.findings if _key(f, document.text) not in ignored)
                fresh.result = replace(fresh.result, findings=kept)
                fresh.lines = finding_places(document, kept)
            return revision, fresh, unsavable

        self.runner.start(RECHECK, work)

    def _verify(self) -> None:
        """If the buffer and the widget ever disagree, the widget wins (nothing typed is lost)."""
        shown = self.editor.document().toRawText().replace("\u2029", "\n")
        if not shows(shown, self.buffer.text):
            self.buffer.set_text(shown.replace("\n", self.buffer.newline))
            self.editor.spans = self.buffer.spans

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel != RECHECK:
            return
        revision, fresh, unsavable = result
        if self._again:
            self._again = False
            self.recheck()
        if revision != self.buffer.revision or self.session is None:
            return  # the text changed since: a newer check is coming
        if unsavable != self.unsavable:
            self.unsavable = unsavable
            self.unsavable_changed.emit(unsavable)
        fresh.language_name = self.session.language_name
        fresh.config_warning = self.session.config_warning
        self.session = fresh
        self.editor.spans = fresh.spans
        self.editor.set_highlights(fresh.findings)
        self.session_changed.emit(fresh)
        self.rechecked.emit()

    def _on_failed(self, channel: str, _message: str) -> None:
        if channel == RECHECK and self._again:
            self._again = False
            self.recheck()

    # --- applying fixes, ignoring ----------------------------------------------------------------
    def apply_fix(self, fix: Any) -> None:
        """Apply a fix's edits in the editor (one undo step); the buffer follows as for typing."""
        spans = self.buffer.spans
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
            cursor.setPosition(spans.to_qt(edit.start))
            cursor.setPosition(spans.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(qt_text(edit.replacement))
        cursor.endEditBlock()

    def ignore_here(self, finding: Finding) -> None:
        """Hide one finding for this session (not written anywhere)."""
        session = self.session
        if session is None:
            return
        self.ignored_here.add(_key(finding, self.buffer.text))
        kept = tuple(f for f in session.findings if f != finding)
        session.lines = [
            line for f, line in zip(session.findings, session.lines, strict=False) if f != finding
        ]
        session.result = replace(session.result, findings=kept)
        self.editor.set_highlights(kept)
        self.session_changed.emit(session)

    # --- saving ----------------------------------------------------------------------------------
    def save(self, target: Path | None = None) -> Path | None:
        """Write the edits to ``target`` (default: the file itself, with a backup) through the
        engine's writer. Raises OSError or EditNotWritableError; returns the backup's path."""
        base = self.base
        assert base is not None
        self._verify()
        destination = Path(target) if target is not None else base.path
        assert destination is not None
        same = base.path is not None and destination.resolve() == base.path.resolve()
        edits = self.buffer.edits()
        if same and not edits:
            return None
        backup = save_edits(base, edits, destination, backup=same and destination.exists())
        # Saved as another file too: that file is what the window opens next, so nothing is
        # left unsaved.
        self.buffer.mark_saved()
        self._emit_modified()
        return backup


def _unsavable(base: Document | None, original: str, text: str) -> str:
    """Why ``text`` (the edited ``original``) cannot be written into ``base``'s markup, or ""."""
    if base is None or base.offset_map is None or original != base.text:
        return ""  # plain text, or saved since: a save maps through a fresh load
    try:
        writable_edits(base, diff_edits(original, text))
    except EditNotWritableError as error:
        return str(error)
    return ""


def _key(finding: Finding, text: str) -> tuple[str, str]:
    return finding.code, text[max(0, finding.start - 30) : finding.end + 30]


__all__ = ["LiveEditor", "edit_note", "is_bilingual", "read_only_reason"]
