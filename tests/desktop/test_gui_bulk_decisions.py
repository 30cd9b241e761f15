"""Decisions on many fixes at once: one transaction, and a long text's preview rebuilt in a job
(h22gui).

"Accept all safe" on a 20 MB file's 36,667 fixes held the GUI thread 108 s: each decision was
its own SQLite commit (a WAL sync each), then every fix was applied to the whole text and the
fixed pane's 20 MB replaced. Now a bulk decision is written in one transaction by the store's
writer thread and a long text's
preview is rebuilt by a job from a copy of the decisions (a newer decision restarts it). No
timing: the tests count the transactions and watch where the work that scales with the text
runs."""

from __future__ import annotations

import threading

from helpers import fix_threads, glued_session
from mtlint.desktop.decisions import Status
from mtlint.desktop.textspans import display_text
from PySide6.QtCore import Qt

LINE = "The president arrived, Vladimir Putinwho is making a visit 😀 to the city.\n"
LONG = 2000  # 150,000 characters: a job prepares the review (review_loading)
SHORT = 600
LEFT = Qt.MouseButton.LeftButton


def statements(store) -> tuple[list[str], list[str]]:
    """The SQL statements the store runs from now on, and the threads that ran them."""
    ran: list[str] = []
    threads: list[str] = []

    def trace(statement: str) -> None:
        ran.append(statement)
        threads.append(threading.current_thread().name)

    store._db.set_trace_callback(trace)
    return ran, threads


def test_a_bulk_decision_is_one_transaction(qtbot, window, store, tmp_path) -> None:
    path = tmp_path / "short.txt"
    session = glued_session(LINE, SHORT, path)
    path.write_text(session.document.text, encoding="utf-8")
    window.show_session(session)
    window.tabs.setCurrentIndex(window.REVIEW)
    view = window.review
    assert view.state is not None and len(view.state) == SHORT
    ran, threads = statements(store)
    qtbot.mouseClick(view.accept_safe_button, LEFT)
    store.flush()
    assert ran and threading.main_thread().name not in threads  # written by the store's thread
    commits = [s for s in ran if s.strip().upper() == "COMMIT"]
    assert len(commits) == 1  # was 600 commits, one per decision
    saved = store.load(path, session.digest)
    assert len(saved) == SHORT and {d.status for d in saved.values()} == {Status.ACCEPTED}
    ran.clear()
    view.undo()  # undoing it: one transaction too, the decisions gone from the store
    store.flush()
    assert len([s for s in ran if s.strip().upper() == "COMMIT"]) == 1
    assert store.load(path, session.digest) == {}
    # One decision is still written (and committed) at once.
    view.decide(Status.REJECTED, 4)
    assert {d.status for d in store.load(path, session.digest).values()} == {Status.REJECTED}


def watch(monkeypatch, view) -> tuple[list[tuple[str, int]], list[int]]:
    """Where fixes are applied to the whole text; which texts the fixed pane is given."""
    applied_on = fix_threads(monkeypatch)  # thread, length of the text fixed
    set_texts: list[int] = []
    monkeypatch.setattr(view.fixed, "setPlainText", lambda value: set_texts.append(len(value)))
    return applied_on, set_texts


def test_a_long_texts_preview_is_rebuilt_in_a_job(qtbot, window, monkeypatch) -> None:
    session = glued_session(LINE, LONG)
    window.show_session(session)
    window.tabs.setCurrentIndex(window.REVIEW)
    view = window.review
    qtbot.waitUntil(lambda: not view.loader.pending(), timeout=30000)
    applied_on, set_texts = watch(monkeypatch, view)

    qtbot.mouseClick(view.accept_safe_button, LEFT)
    assert view.loader.preview_pending()
    qtbot.waitUntil(lambda: not view.loader.preview_pending(), timeout=30000)
    main = threading.main_thread().name
    whole = len(session.document.text)
    on_whole = [name for name, length in applied_on if length == whole]
    assert on_whole and main not in on_whole  # the rebuild ran in the job
    assert not set_texts  # the pane's text was swapped in, not set on the GUI thread
    state = view.state
    assert state.counts()[Status.ACCEPTED] == LONG
    rebuilt = state.fixed(include_pending=True)
    assert view.fixed.toPlainText() == display_text(rebuilt.text)
    assert view._fixed_text == rebuilt
    assert f"{LONG} accepted" in view.summary.text()

    # A decision while a rebuild runs restarts it: what shows at the end is the last state.
    applied_on.clear()
    view.reject_all()
    assert view.loader.preview_pending()
    view.undo()  # back to all accepted …
    view.decide(Status.REJECTED, 7)  # … but one rejected
    qtbot.waitUntil(lambda: not view.loader.preview_pending(), timeout=30000)
    window.runner.wait(10000)
    qtbot.wait(50)  # a late report of a replaced job must be dropped
    assert main not in [name for name, length in applied_on if length == whole]
    assert view.state.decisions[7].status is Status.REJECTED
    assert view.fixed.toPlainText() == display_text(view.state.fixed(include_pending=True).text)
    assert view.fixed.toPlainText().count("Putinwho") == 1
    # Back to patching: one decision edits the preview in place.
    applied_on.clear()
    view.decide(Status.REJECTED, 9)
    assert not [length for _, length in applied_on if length == whole]
    assert view.fixed.toPlainText().count("Putinwho") == 2
