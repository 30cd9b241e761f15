"""The back-translation tab's text pane filled off the GUI thread, as the document view is.

Showing the tab on a 20 MB file held the GUI thread 0.39 s: its own copy of the text went
through ``setPlainText`` (h21gui). A long text is now laid into a QTextDocument by a job (the
same ``text_document.prepare_document`` the load worker uses for the document view) and the
pane swaps it in when it is ready; a short one is set at once, which costs nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mtlint.desktop.jobs import JobRunner
from mtlint.desktop.session import DocumentSession
from mtlint.desktop.views.document_view import DocumentEdit
from PySide6.QtCore import QObject

CHANNEL = "backtranslation-text"
# Texts shorter than this (characters) are set on the GUI thread: a few milliseconds at most.
SET_AT_ONCE_BELOW = 100_000


class PaneFiller(QObject):
    """Fills ``edit`` with a session's text; calls ``filled`` once the text is in the pane."""

    def __init__(
        self, edit: DocumentEdit, runner: JobRunner, filled: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self.runner = runner
        self.filled = filled
        self._waiting_for: DocumentSession | None = None
        runner.finished.connect(self._on_finished)

    def fill(self, session: DocumentSession | None) -> None:
        self.runner.cancel(CHANNEL)
        self._waiting_for = None
        if session is None or len(session.display) < SET_AT_ONCE_BELOW:
            self.edit.show_session(session)
            self.filled()
            return
        self.edit.show_session(None)  # the old text goes; the new one is on its way
        self._waiting_for = session
        display, rtl = session.display, session.is_rtl

        def work(progress: Any, cancelled: Any) -> Any:
            from mtlint.desktop import text_document

            return text_document.prepare_document(display, rtl=rtl)

        self.runner.start(CHANNEL, work)

    def pending(self) -> bool:
        return self._waiting_for is not None

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel != CHANNEL or self._waiting_for is None:
            return
        session, self._waiting_for = self._waiting_for, None
        self.edit.show_session(session, prepared=result)
        self.filled()
