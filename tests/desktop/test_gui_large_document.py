"""A large document is shown without work per finding on the GUI thread (h21gui, defect 1).

A 20 MB file's 35,000 findings froze the window after its check: a highlight cursor per
finding (0.8 s), every fix described up front for the table (0.15 s), the findings sorted twice
and counted three times. Now the highlights are made only for the findings near the view, a
fix is described when its row is first shown, and the counts are made in the load worker. No
timing here: the test counts the calls that scale with the findings."""

from __future__ import annotations

import threading

from helpers import glued_checked
from mtlint.checks.config import Config
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop import session as session_module
from mtlint.desktop import tallies
from mtlint.desktop.session import finish_session
from mtlint.desktop.views import visible_marks

LINE = "The president arrived Vladimir Putinwho is making a visit 😀 to the city.\n"
COPIES = 3000


def big_checked() -> CheckedFile:
    return glued_checked(LINE, COPIES)


def test_a_large_document_costs_the_gui_thread_only_what_is_shown(
    window, monkeypatch, describe_counter
) -> None:
    # The session is made in a worker, as the load job does: its counts are made there.
    counted_on: list[str] = []
    real_count = tallies.count

    def count(*args, **kwargs):
        counted_on.append(threading.current_thread().name)
        return real_count(*args, **kwargs)

    monkeypatch.setattr(tallies, "count", count)
    made: list[session_module.DocumentSession] = []
    worker = threading.Thread(
        target=lambda: made.append(finish_session(None, big_checked(), Config())), name="load"
    )
    worker.start()
    worker.join()
    assert counted_on == ["load"]

    cursors = 0
    real_selection = visible_marks.text_selection

    def text_selection(*args):
        nonlocal cursors
        cursors += 1
        return real_selection(*args)

    monkeypatch.setattr(visible_marks, "text_selection", text_selection)
    described = describe_counter
    described.clear()  # counted from here

    window.show_session(made[0])
    window.repaint()
    assert window.panel.proxy.rowCount() == COPIES
    assert window.editor.highlight_count() == COPIES  # every finding is highlighted …
    # … but cursors are made for the findings near the view only, and fixes described for the
    # rows shown (and the selected finding's details), not for all 3,000.
    assert 0 < cursors < 400
    assert len(described) < 200
    assert counted_on == ["load"]  # the status bar and legend read the worker's counts
    assert "3,000 finding" in window.counts_label.text()
    shown = window.editor.extraSelections()
    assert any(s.cursor.selectedText() == "Putinwho" for s in shown)
    # Scrolled to the end, the last findings are highlighted there (past an emoji a line).
    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum())
    last = window.editor.extraSelections()
    spans = made[0].spans
    starts = {s.cursor.selectionStart() for s in last}
    assert spans.to_qt(made[0].findings[-1].start) in starts
    assert cursors < 1200


def test_the_loaded_text_is_swapped_in_as_a_gui_thread_document(
    qtbot, window, open_and_wait, tmp_path, monkeypatch
) -> None:
    """setPlainText of a 20 MB text held the GUI thread 0.4–0.7 s: the loaded text is laid into
    a new QTextDocument (in slices when long, ``text_document``) and the view swaps it in; the
    document is the GUI thread's (a worker-made one once hung CI); typing follows it."""
    from mtlint.desktop import text_document
    from PySide6.QtCore import QCoreApplication

    replaced: list[int] = []
    monkeypatch.setattr(window.editor, "setPlainText", lambda text: replaced.append(len(text)))
    path = tmp_path / "a.txt"
    path.write_text(LINE * 50, encoding="utf-8")
    open_and_wait(window, path)
    assert replaced == []  # the view laid out no text itself
    assert window.editor.toPlainText() == LINE * 50
    assert window.editor.document().documentMargin() == text_document.DOCUMENT_MARGIN
    assert window.editor.document().thread() is QCoreApplication.instance().thread()
    # Editing the swapped-in document is followed (the live editor listens to it).
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText("X")
    assert window.documents.live.buffer.text.startswith("XThe president")
