"""A long text laid into a QTextDocument on the GUI thread, in slices that never freeze it.

``QPlainTextEdit.setPlainText`` of a 20 MB text held the GUI thread 0.4–0.7 s in one go (more on
a loaded machine). From h21gui to h23 the load worker filled a QTextDocument of its own and
handed it to the GUI thread with ``moveToThread``. A fresh-clone CI run hung for good in that
call (session 19; py-spy: the worker inside ``moveToThread``, the GUI thread in its event loop):
``moveToThread`` sends the object a ThreadChange event and locks both threads' event queues,
and PySide takes the GIL for a Python-made QObject's virtual calls and keeps it through some
C++ calls — two threads each holding what the other waits for never wake. Qt promises a
reentrant class only that one thread at a time may use an instance; it promises nothing about
PySide's GIL. So (h24gui) **no QObject is made in a worker any more**: jobs return plain data
(the text), and the GUI thread lays the text into a new, unattached document a slice at a time
(``SLICE_SECONDS`` of inserting per turn of the event loop, ~1 s over ~80 turns for 20 MB), and
hands it over only when it is full. A short text is laid in at once. ``tests/desktop/conftest``
fails any GUI test in which a worker thread makes a QObject.

The document is filled **before** its QPlainTextDocumentLayout is attached (m24gui). With the
layout attached, Qt 6's ``QPlainTextDocumentLayout::documentChanged`` lays out the whole block
again after every insert that stays inside one block: chunks of one long line (minified JSON, a
page without breaks) cost in proportion to the line each, quadratic in all (400,000 characters
on one line: 328 ms per step, 4.2 s). Unattached, an insert lays out nothing (linear). The
layout is then attached while a temporary extra line break makes the document two blocks —
a change over two blocks, or one that changes the block count, only clears layouts, where a
one-block change would lay out a 2 MB line in the step — and the break is removed again; the
editor lays out what it shows, as it would after ``setPlainText``."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextDocumentLayout

DOCUMENT_MARGIN = 10
# Texts shorter than this (characters) are laid in at once: a few milliseconds.
BUILD_AT_ONCE_BELOW = 100_000
# Characters inserted per step (under 7 ms each, one long line or many: m24gui), and inserting
# time per turn of the event loop.
CHUNK = 16_384
SLICE_SECONDS = 0.012


def new_document(*, rtl: bool) -> QTextDocument:
    """An empty QTextDocument with the editor's plain-text layout, font, margin and direction;
    GUI thread only (a worker that calls it is a bug: see the module's doc)."""
    document = _unlaid_document(rtl=rtl)
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    return document


def _unlaid_document(*, rtl: bool) -> QTextDocument:
    """``new_document`` without its layout yet: filled first, then ``_attach_layout``."""
    from mtlint.desktop.views.document_view import editor_font

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("QTextDocuments are made on the GUI thread only")
    document = QTextDocument()
    document.setDefaultFont(editor_font())
    document.setDocumentMargin(DOCUMENT_MARGIN)
    option = document.defaultTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setUndoRedoEnabled(False)  # until it is full: no undo step per slice
    return document


def _attach_layout(document: QTextDocument, cursor: QTextCursor) -> None:
    """Give a filled document its plain-text layout without laying out any block now (see the
    module's doc: attached over two blocks, the extra break then removed, both only clear)."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    cursor.deletePreviousChar()
    cursor.endEditBlock()  # opened by ``_Build.start``


@dataclass
class _Build:
    document: QTextDocument
    cursor: QTextCursor
    text: str
    done: Callable[[QTextDocument], None]
    position: int = 0

    def start(self) -> _Build:
        """Open the edit block the whole fill runs in: outside one, every insert places the
        cursor anew, reading its whole block's text (quadratic again on one long line)."""
        self.cursor.beginEditBlock()
        return self

    def step(self) -> bool:
        """Insert the next chunk; True when the whole text is in."""
        text = self.text
        end = min(len(text), self.position + CHUNK)
        if text[end - 1 : end + 1] == "\r\n":
            end += 1  # Qt reads CRLF inserted at once as one break, in two inserts as two
        if end > self.position:
            self.cursor.insertText(text[self.position : end])
        self.position = end
        return end >= len(self.text)

    def finished(self) -> QTextDocument:
        _attach_layout(self.document, self.cursor)
        self.document.setUndoRedoEnabled(True)
        self.document.setModified(False)
        return self.document


class DocumentBuilder(QObject):
    """Lays texts into QTextDocuments on the GUI thread: one build per key (a newer one under
    the same key cancels the older), each ``done(document)`` called on the GUI thread once its
    document is full — at once for a short text, after some turns of the event loop for a long
    one. A zero-interval timer does the slices, so input and paint events go between them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._builds: dict[str, _Build] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def build(
        self, key: str, display: str, rtl: bool, done: Callable[[QTextDocument], None]
    ) -> None:
        """Lay ``display`` (the text as Qt shows it) into a new document, then ``done`` it."""
        self.cancel(key)
        document = _unlaid_document(rtl=rtl)
        build = _Build(document, QTextCursor(document), display, done).start()
        if len(display) < BUILD_AT_ONCE_BELOW:
            build.cursor.insertText(display)
            done(build.finished())
            return
        self._builds[key] = build
        self._timer.start()

    def for_session(self, key: str, session: Any, then: Callable[[Any], None]) -> None:
        """Lay a loaded session's text into ``session.qt_document``, then ``then(session)``."""

        def done(document: QTextDocument) -> None:
            session.qt_document = document
            then(session)

        self.build(key, session.display, session.is_rtl, done)

    def cancel(self, key: str) -> None:
        build = self._builds.pop(key, None)
        if build is not None:
            build.document.deleteLater()
        if not self._builds:
            self._timer.stop()

    def pending(self, key: str | None = None) -> bool:
        return bool(self._builds) if key is None else key in self._builds

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        for key, build in list(self._builds.items()):
            if self._builds.get(key) is not build:
                continue  # cancelled or replaced by an earlier ``done`` of this slice
            complete = build.step()
            while not complete and time.perf_counter() < deadline:
                complete = build.step()
            if complete:
                del self._builds[key]
                build.done(build.finished())  # may start another build
            if time.perf_counter() >= deadline:
                break
        if not self._builds:
            self._timer.stop()
