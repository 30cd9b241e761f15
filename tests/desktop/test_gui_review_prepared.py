"""The review tab's first showing of a long text is prepared in a job (h21gui follow-up).

On a 20 MB file the first showing held the GUI thread ~1.8 s: every fix applied to build the
preview, both panes given the whole text. Now the corrected text and both panes' documents are
made in a job, a placeholder shows meanwhile, the saved decisions are read on the GUI thread
(the store's) and a result for a session the view has left is dropped. No timing: the test
watches on which thread the work that scales with the text runs."""

from __future__ import annotations

import threading
from pathlib import Path

from helpers import fix_threads, glued_session
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop import review_loading
from mtlint.desktop.decisions import Decision, DecisionStore, Status, finding_key
from mtlint.desktop.session import finish_session
from mtlint.desktop.textspans import display_text

LINE = "The president arrived, Vladimir Putinwho is making a visit 😀 to the city.\n"
COPIES = 2000  # 150,000 characters: above review_loading.PREPARE_AT_ONCE_BELOW


def long_session(path: Path | None = None, word: str = "president"):
    return glued_session(LINE.replace("president", word), COPIES, path)


def watch(monkeypatch, window):
    """Where fixes are applied and the stores read; which texts the panes are given."""
    applied_on = fix_threads(monkeypatch)  # thread, length of the text fixed
    read_on: list[str] = []
    real_load = DecisionStore.load

    def load(self, path, digest):
        read_on.append(threading.current_thread().name)
        return real_load(self, path, digest)

    monkeypatch.setattr(DecisionStore, "load", load)
    set_texts: list[int] = []
    for pane in (window.review.original, window.review.fixed):
        monkeypatch.setattr(pane, "setPlainText", lambda value: set_texts.append(len(value)))
    return applied_on, read_on, set_texts


def test_the_first_showing_of_a_long_review_is_prepared_in_a_job(
    qtbot, window, store, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "long.txt"
    session = long_session(path)
    path.write_text(session.document.text, encoding="utf-8")
    # A decision made earlier comes back: read on the GUI thread, handed to the job.
    store.save(path, session.digest, finding_key(session.findings[3]), Decision(Status.REJECTED))
    applied_on, read_on, set_texts = watch(monkeypatch, window)
    window.show_session(session)
    window.tabs.setCurrentIndex(window.REVIEW)

    view = window.review
    assert view.loader.pending()
    assert view.state is None
    assert view.original.placeholderText() and view.fixed.placeholderText()
    assert not view.accept_button.isEnabled()
    qtbot.waitUntil(lambda: not view.loader.pending(), timeout=30000)

    main = threading.main_thread().name
    # The preview (every fix applied to the whole text) was built in the job; the GUI thread
    # applied fixes only to the stretches of the rows shown.
    whole = len(session.document.text)
    on_whole = [name for name, length in applied_on if length == whole]
    assert on_whole and main not in on_whole
    assert max(length for name, length in applied_on if name == main) < 100
    assert read_on == [main]  # the store was read where it lives
    assert not any(set_texts)  # no text laid into a pane on the GUI thread
    state = view.state
    assert state is not None and len(state) == COPIES
    assert state.decisions[3].status is Status.REJECTED
    assert view.original.toPlainText() == session.display
    preview = state.fixed(include_pending=True)
    assert view.fixed.toPlainText() == display_text(preview.text)
    assert not view.fixed.placeholderText()
    assert view.current_item() == 0

    # Decisions after it patch the swapped-in preview and reach the store.
    view.decide(Status.ACCEPTED, 5)
    assert view.fixed.toPlainText() == display_text(state.fixed(include_pending=True).text)
    assert store.load(path, session.digest)[finding_key(session.findings[5])].status == (
        Status.ACCEPTED
    )


def test_a_review_for_a_session_left_is_dropped(qtbot, window) -> None:
    first, second = long_session(), long_session(word="minister")
    window.tabs.setCurrentIndex(window.REVIEW)
    view = window.review
    view.set_session(first)
    assert view.loader.pending()
    view.set_session(second)  # before the first job reports
    qtbot.waitUntil(lambda: not view.loader.pending(), timeout=30000)
    window.runner.wait(10000)
    qtbot.wait(50)  # let any late report of the first job arrive (it must be dropped)
    assert view.state is not None and view.state.text == second.document.text
    assert "minister" in view.original.toPlainText()
    assert "president" not in view.original.toPlainText()


def test_a_fix_asked_for_while_preparing_is_selected_when_ready(qtbot, window) -> None:
    session = long_session()
    window.show_session(session)
    row = 7
    window.panel.table.setCurrentIndex(window.panel.table.model().index(row, 0))
    finding = window.panel.model.findings[window.current_finding()]
    window.review_current()
    assert window.review.loader.pending()
    qtbot.waitUntil(lambda: not window.review.loader.pending(), timeout=30000)
    state = window.review.state
    assert state is not None
    assert state.items[window.review.current_item()] == finding


def test_a_short_review_is_made_at_once(window) -> None:
    session = long_session()
    short = finish_session(
        None,
        CheckedFile(Document(text=LINE * 10, language="en"), session.findings[:10]),
        Config(),
    )
    assert len(short.display) < review_loading.PREPARE_AT_ONCE_BELOW
    window.show_session(short)
    window.tabs.setCurrentIndex(window.REVIEW)
    assert not window.review.loader.pending()
    assert window.review.state is not None and len(window.review.state) == 10
