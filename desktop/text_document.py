"""A document's text laid into a QTextDocument in the load worker, not on the GUI thread.

``QPlainTextEdit.setPlainText`` of a 20 MB text held the GUI thread 0.4–0.7 s (several seconds
on a loaded machine): splitting it into ~100,000 blocks. The load worker now fills a
QTextDocument of its own (with the plain-text layout, the editor's font, margin and direction),
hands it to the GUI thread (``moveToThread``), and the document view only swaps it in
(``DocumentEdit.show_session``). QTextDocument is reentrant: one made and filled in a worker
thread is fine as long as only one thread uses it at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextDocumentLayout

DOCUMENT_MARGIN = 10


def prepare_document(display: str, *, rtl: bool) -> QTextDocument | None:
    """A QTextDocument holding ``display`` (the text as Qt shows it), owned by the GUI thread;
    None when there is no application (the view then fills its own document)."""
    from mtlint.desktop.views.document_view import editor_font

    app = QCoreApplication.instance()
    if app is None:
        return None
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setDefaultFont(editor_font())
    document.setDocumentMargin(DOCUMENT_MARGIN)
    option = document.defaultTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(display)
    document.setModified(False)
    document.moveToThread(app.thread())
    return document
