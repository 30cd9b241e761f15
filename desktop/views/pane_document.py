"""The back-translation tab's text pane filled without freezing the GUI thread.

Showing the tab on a 20 MB file held the GUI thread 0.39 s: its own copy of the text went
through ``setPlainText`` (h21gui). A long text is now laid into a QTextDocument in slices on the
GUI thread (``text_document.DocumentBuilder``, as the document view's load is; no QObject is made
in a worker, h24gui) and the pane swaps it in when it is full; a short one is set at once, which
costs nothing."""

from __future__ import annotations

from collections.abc import Callable

from mtlint.desktop.session import DocumentSession
from mtlint.desktop.text_document import DocumentBuilder
from mtlint.desktop.views.document_view import DocumentEdit
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

CHANNEL = "backtranslation-text"
# Texts shorter than this (characters) are set at once: a few milliseconds at most.
SET_AT_ONCE_BELOW = 100_000


class PaneFiller(QObject):
    """Fills ``edit`` with a session's text; calls ``filled`` once the text is in the pane."""

    def __init__(self, edit: DocumentEdit, filled: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.edit = edit
        self.filled = filled
        self.builder = DocumentBuilder(self)

    def fill(self, session: DocumentSession | None) -> None:
        self.builder.cancel(CHANNEL)
        if session is None or len(session.display) < SET_AT_ONCE_BELOW:
            self.edit.show_session(session)
            self.filled()
            return
        self.edit.show_session(None)  # the old text goes; the new one is on its way

        def laid_in(document: QTextDocument) -> None:
            self.edit.show_session(session, prepared=document)
            self.filled()

        self.builder.build(CHANNEL, session.display, session.is_rtl, laid_in)

    def pending(self) -> bool:
        return self.builder.pending(CHANNEL)
