"""The back-translation tab lays a long text out off the GUI thread (h21gui, left 1).

Showing the tab on a 20 MB file held the GUI thread 0.39 s: its text pane ran ``setPlainText``.
A long text is now laid into a QTextDocument by a job, as the load worker does for the document
view, and the pane swaps it in. No timing: the test checks on which thread the text was laid
out and that the pane never set it itself."""

from __future__ import annotations

import threading

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop.session import finish_session
from mtlint.desktop.views import pane_document

LINE = "The president arrived in the city on Sunday for talks about trade.\n"


def test_a_long_text_is_laid_out_in_a_job_and_swapped_in(
    qtbot, window, monkeypatch, prepare_threads
) -> None:
    text = LINE * (pane_document.SET_AT_ONCE_BELOW // len(LINE) + 10)
    session = finish_session(None, CheckedFile(Document(text=text, language="en"), ()), Config())
    window.show_session(session)
    view = window.backtranslation
    filled_on = prepare_threads
    set_texts: list[int] = []
    monkeypatch.setattr(view.text, "setPlainText", lambda value: set_texts.append(len(value)))
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    qtbot.waitUntil(lambda: not view.filler.pending(), timeout=20000)
    assert filled_on and filled_on[0] != threading.main_thread().name
    assert all(length == 0 for length in set_texts)  # the GUI thread laid out no text
    assert view.text.toPlainText() == text
    assert view.text.document() is not window.editor.document()  # its own, sized to the pane


def test_a_short_text_is_set_at_once(window) -> None:
    session = finish_session(None, CheckedFile(Document(text=LINE, language="en"), ()), Config())
    window.show_session(session)
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    assert not window.backtranslation.filler.pending()
    assert window.backtranslation.text.toPlainText() == LINE
