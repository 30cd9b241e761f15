"""The back-translation tab lays a long text in without freezing the GUI thread (h21gui, h24gui).

Showing the tab on a 20 MB file held the GUI thread 0.39 s: its text pane ran ``setPlainText``.
A long text is now laid into a new QTextDocument on the GUI thread in slices, as the document
view's load is (``text_document``; a worker-made document once hung CI), and the pane swaps it
in. No timing: the test counts the slices and checks the pane never set the text itself."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop import text_document
from mtlint.desktop.session import finish_session
from mtlint.desktop.views import pane_document
from PySide6.QtCore import QCoreApplication

LINE = "The president arrived in the city on Sunday for talks about trade.\n"


def test_a_long_text_is_laid_in_slices_and_swapped_in(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(text_document, "SLICE_SECONDS", 0.0)  # one chunk per turn
    text = LINE * (pane_document.SET_AT_ONCE_BELOW // len(LINE) + 10)
    session = finish_session(None, CheckedFile(Document(text=text, language="en"), ()), Config())
    window.show_session(session)
    view = window.backtranslation
    set_texts: list[int] = []
    monkeypatch.setattr(view.text, "setPlainText", lambda value: set_texts.append(len(value)))
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    assert view.filler.pending()  # not laid in during the tab switch
    qtbot.waitUntil(lambda: not view.filler.pending(), timeout=20000)
    assert all(length == 0 for length in set_texts)  # the pane laid out no text at once
    assert view.text.toPlainText() == text
    assert view.text.document() is not window.editor.document()  # its own, sized to the pane
    assert view.text.document().thread() is QCoreApplication.instance().thread()


def test_a_short_text_is_set_at_once(window) -> None:
    session = finish_session(None, CheckedFile(Document(text=LINE, language="en"), ()), Config())
    window.show_session(session)
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    assert not window.backtranslation.filler.pending()
    assert window.backtranslation.text.toPlainText() == LINE
