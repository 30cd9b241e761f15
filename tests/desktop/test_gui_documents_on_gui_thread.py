"""No QObject is made in a worker; long texts are laid into documents in slices (h24gui).

A fresh-clone CI run hung for good in ``test_a_review_left_between_the_two_turns_is_not_finished``
(session 19): a worker stuck in ``document.moveToThread(app.thread())`` of a QTextDocument it had
filled, the GUI thread in its event loop — a lock-order deadlock between Qt's locks and the GIL
PySide takes for a Python-made QObject. Workers now return plain data and the GUI thread lays
the text in (``text_document.DocumentBuilder``). These tests load and review long texts again
and again while the event loop is busy, and check whose documents the views show; the
``no_qobject_made_in_a_worker`` guard of ``conftest`` fails any GUI test whose workers make a
QObject. No timing: slices are counted, not timed."""

from __future__ import annotations

import threading

import pytest
from helpers import glued_session
from mtlint.desktop import text_document
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

LINE = "The president arrived, Vladimir Putinwho is making a visit 😀 to the city.\n"
COPIES = 2000  # 150,000 characters: laid in over several slices, the review made in a job


def _gui_thread():
    return QCoreApplication.instance().thread()


def test_the_guard_sees_a_qobject_made_in_a_worker(qapp, qobjects_made_in_workers) -> None:
    made: list[QObject] = []
    worker = threading.Thread(target=lambda: made.append(QObject()), name="sneaky")
    worker.start()
    worker.join()
    assert qobjects_made_in_workers == ["QObject in sneaky"]
    qobjects_made_in_workers.clear()  # seen: the autouse guard must not fail this test
    made.clear()


def test_a_document_cannot_be_made_in_a_worker(qapp, qobjects_made_in_workers) -> None:
    errors: list[str] = []

    def make() -> None:
        try:
            text_document.new_document(rtl=False)
        except RuntimeError as error:
            errors.append(str(error))

    worker = threading.Thread(target=make)
    worker.start()
    worker.join()
    assert errors == ["QTextDocuments are made on the GUI thread only"]
    assert qobjects_made_in_workers == []  # refused before any QObject was made


ONE_LONG_LINE = "word 😀 " * 3000  # minified JSON, a page without breaks: one block of 24,000


@pytest.mark.parametrize(
    "text", ["a\r\nb\rc\n\nd 😀e" * 40, "\n" * 300, "x" * 700 + "\n", ONE_LONG_LINE]
)
def test_a_text_laid_in_slices_equals_set_plain_text(qtbot, monkeypatch, text) -> None:
    monkeypatch.setattr(text_document, "BUILD_AT_ONCE_BELOW", 10)
    monkeypatch.setattr(text_document, "CHUNK", 7)  # splits CRLF and emoji between chunks
    monkeypatch.setattr(text_document, "SLICE_SECONDS", 0.0)
    builder = text_document.DocumentBuilder()
    got: list[QTextDocument] = []
    builder.build("k", text, False, got.append)
    assert got == [] and builder.pending("k")  # not in at once: in later turns
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    expected = QTextDocument()
    expected.setDocumentLayout(QPlainTextDocumentLayout(expected))
    expected.setPlainText(text)
    assert got[0].toPlainText() == expected.toPlainText()
    assert got[0].blockCount() == expected.blockCount()
    assert got[0].isUndoRedoEnabled() and not got[0].isModified()
    assert isinstance(got[0].documentLayout(), QPlainTextDocumentLayout)
    # No block laid out while filling: with the layout attached, every chunk of one long line
    # laid out the whole line again (quadratic on the GUI thread); the editor lays out what it
    # shows.
    block = got[0].firstBlock()
    while block.isValid():
        assert block.layout().lineCount() == 0, block.blockNumber()
        block = block.next()
    assert not builder.pending()


def test_a_newer_build_under_the_same_key_drops_the_older(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(text_document, "BUILD_AT_ONCE_BELOW", 10)
    monkeypatch.setattr(text_document, "CHUNK", 50)
    builder = text_document.DocumentBuilder()
    got: list[str] = []
    builder.build("k", "old " * 500, False, lambda d: got.append(d.toPlainText()[:3]))
    builder.build("k", "new " * 500, False, lambda d: got.append(d.toPlainText()[:3]))
    builder.build("other", "two " * 500, False, lambda d: got.append(d.toPlainText()[:3]))
    builder.cancel("other")
    qtbot.waitUntil(lambda: not builder.pending(), timeout=20000)
    qtbot.wait(20)
    assert got == ["new"]


def test_loads_and_reviews_again_and_again_while_events_flow(
    qtbot, window, open_and_wait, tmp_path, monkeypatch, qobjects_made_in_workers
) -> None:
    """The pattern that hung: a long text loaded, its review prepared in a job, the user moving
    on before it is in, while other events keep coming; five times over."""
    monkeypatch.setattr(text_document, "SLICE_SECONDS", 0.0)  # one chunk per turn: many turns
    path = tmp_path / "long.txt"
    path.write_text(LINE * COPIES, encoding="utf-8")
    open_and_wait(window, path, timeout=60000)  # checked in the engine, laid in in slices
    assert window.editor.toPlainText() == LINE * COPIES
    assert window.editor.document().thread() is _gui_thread()
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    busy = QTimer(window)
    busy.setInterval(0)
    busy.timeout.connect(tick)
    busy.start()
    view = window.review
    window.tabs.setCurrentIndex(window.REVIEW)
    for round_ in range(5):
        first = glued_session(LINE.replace("city", f"city {round_}"), COPIES)
        second = glued_session(LINE.replace("president", f"minister {round_}"), COPIES)
        ticks_before = ticks
        window.show_session(first)
        qtbot.waitUntil(lambda: view.loader.pending() or view.state is not None, timeout=30000)
        window.show_session(second)  # the first review's job or build is dropped
        qtbot.waitUntil(lambda: not view.loader.pending() and view.state is not None, timeout=60000)
        assert f"minister {round_}" in view.fixed.toPlainText()[:200]
        assert ticks - ticks_before > 10  # the event loop turned between the slices
        for pane in (view.original, view.fixed, window.editor):
            assert pane.document().thread() is _gui_thread()
    busy.stop()
    assert qobjects_made_in_workers == []
