"""What the user must know about how a file was read, shown with the file and in the batch.

The engine notes a file it had to guess at (``Document.notes``: "not valid UTF-8 … read as
cp1252", subtitles dropped, …) and the command line prints those notes; the app showed none, so
a wrongly encoded file looked like a clean one. An empty file is said to be empty, never shown
as a clean text with a perfect score."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.desktop.session import DocumentSession
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def empty_text() -> str:
    return QCoreApplication.translate("ReadNotes", "The file holds no text: nothing to check.")


def note_text(notes: Sequence[str], *, empty: bool) -> str:
    """The notes as one line ("" when there is nothing to say)."""
    parts = [empty_text()] if empty else []
    parts += [note for note in notes if note]
    return " · ".join(parts)


def session_note(session: DocumentSession | None) -> str:
    if session is None:
        return ""
    document = session.document
    # isspace stops at the first letter; strip() copied a 20 MB text on the GUI thread.
    return note_text(document.notes, empty=not document.text or document.text.isspace())


class ReadNote(QLabel):
    """A line under the file name: how the file was read, when that needs checking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readNote")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_for(self, session: DocumentSession | None) -> None:
        text = session_note(session)
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))
