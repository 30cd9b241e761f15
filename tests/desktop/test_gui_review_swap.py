"""A long review is swapped in without holding the GUI thread twice (h22gui).

After session 17 the job made everything the review of a 20 MB file needs, but swapping it in
still cost the GUI thread ~0.2 s at once: both panes' 20 MB documents (Qt lays out their
blocks again: ~0.1 s each) and the 37,000 changes' marks put in order. Now the marks are put in
order in the job and the two documents are swapped in in two turns of the event loop. No
timing: the test watches the threads and the turns."""

from __future__ import annotations

import threading

from helpers import glued_session
from mtlint.desktop import review_loading

LINE = "The president arrived, Vladimir Putinwho is making a visit 😀 to the city.\n"
COPIES = 2000  # 150,000 characters: the review is prepared in a job


def test_a_long_review_is_swapped_in_over_two_turns(qtbot, window, monkeypatch) -> None:
    ordered_on: list[str] = []
    real_change_ranges = review_loading.change_ranges

    def change_ranges(fixed):
        ordered_on.append(threading.current_thread().name)
        return real_change_ranges(fixed)

    monkeypatch.setattr(review_loading, "change_ranges", change_ranges)
    view = window.review
    swapped: list[str] = []
    real_swap = view._swap
    monkeypatch.setattr(
        view,
        "_swap",
        lambda pane, document: (
            swapped.append("original" if pane is view.original else "fixed"),
            real_swap(pane, document),
        ),
    )
    in_one_turn: list[list[str]] = []
    real_ready = view.loader.ready

    def ready(prepared):
        real_ready(prepared)
        in_one_turn.append(list(swapped))  # what the result's own turn swapped in

    view.loader.ready = ready
    session = glued_session(LINE, COPIES)
    window.show_session(session)
    window.tabs.setCurrentIndex(window.REVIEW)
    assert view.loader.pending()
    qtbot.waitUntil(lambda: not view.loader.pending(), timeout=30000)

    assert in_one_turn == [["original"]]  # the preview's document waited for the next turn
    assert swapped == ["original", "fixed"]
    main = threading.main_thread().name
    assert ordered_on and main not in ordered_on  # the marks were put in order in the job
    assert view.state is not None and len(view.state) == COPIES
    assert view.current_item() == 0
    assert view.fixed.toPlainText().count("Putin who") == COPIES


def test_a_review_left_between_the_two_turns_is_not_finished(qtbot, window) -> None:
    view = window.review
    first = glued_session(LINE, COPIES)
    second = glued_session(LINE.replace("president", "minister"), 10)  # short: made at once
    window.tabs.setCurrentIndex(window.REVIEW)
    real_ready = view.loader.ready

    def ready(prepared):
        real_ready(prepared)  # the original swapped in …
        if prepared.session is first:
            view.set_session(second)  # … and the user opens another file before the next turn

    view.loader.ready = ready
    view.set_session(first)
    qtbot.waitUntil(lambda: view.state is not None and len(view.state) == 10, timeout=30000)
    qtbot.wait(50)  # the first review's second turn comes and must do nothing
    assert len(view.state) == 10
    assert "minister" in view.fixed.toPlainText()
    assert "president" not in view.fixed.toPlainText()
