"""Reviewing fixes: accept and save (new file right, original untouched), decisions persist."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mtlint.checks.fixes import apply_fixes
from mtlint.desktop import theme
from mtlint.desktop.decisions import DecisionStore, Status
from mtlint.desktop.main_window import MainWindow
from mtlint.desktop.views.review import fixed_name
from PySide6.QtCore import Qt


@pytest.fixture
def article(tmp_path: Path, seed: Path) -> Path:
    path = tmp_path / "article.txt"
    shutil.copyfile(seed, path)
    return path


def glued_row(window: MainWindow) -> int:
    state = window.review.state
    text = window.session.document.text
    return next(i for i, f in enumerate(state.items) if text[f.start : f.end] == "Putinwho")


def test_accept_a_fix_and_save_a_new_file(qtbot, window, open_and_wait, article) -> None:
    original_bytes = article.read_bytes()
    open_and_wait(window, article)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    row = glued_row(window)
    review.table.setCurrentCell(row, 0)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    assert review.state.decisions[row].status is Status.ACCEPTED
    # The right-hand pane shows the fixed text, the change is marked on both sides.
    assert "Vladimir Putin who is" in review.fixed.toPlainText()
    assert review.original.toPlainText() == window.session.display
    # The accepted change is marked as accepted; the pending ones are previewed, marked pending.
    pending = theme.pending_color()
    marks = [s.format.background().color() for s in review.fixed.extraSelections()]
    assert sum(1 for c in marks if c != pending) == 1
    assert sum(1 for c in marks if c == pending) == len(review.state.pending())
    assert len(review.original.extraSelections()) == len(marks)

    target = fixed_name(article)
    assert target.name == "article.fixed.txt"
    assert review.save_to(target, backup=False) is None
    expected = apply_fixes(window.session.document.text, [review.state.fix(row)]).text
    assert target.read_text(encoding="utf-8") == expected
    assert "Vladimir Putin who is making" in expected
    assert article.read_bytes() == original_bytes
    assert not article.with_name(article.name + ".bak").exists()


def test_the_right_pane_previews_pending_fixes_until_rejected(
    qtbot, window, open_and_wait, article
) -> None:
    open_and_wait(window, article)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    # Nothing decided yet: every applicable fix is previewed, marked pending.
    assert "Vladimir Putin who is" in review.fixed.toPlainText()
    pending = theme.pending_color()
    marks = [s.format.background().color() for s in review.fixed.extraSelections()]
    assert marks and all(c == pending for c in marks)
    assert "pending" in review.fixed_label.text()
    review.decide(Status.REJECTED, glued_row(window))
    assert "Putinwho" in review.fixed.toPlainText()
    assert len(review.fixed.extraSelections()) == len(marks) - 1
    # Saving writes the accepted fixes only: none here.
    target = article.with_name("copy.txt")
    review.save_to(target, backup=False)
    assert target.read_bytes() == article.read_bytes()


def test_overwrite_keeps_a_backup(qtbot, window, open_and_wait, article) -> None:
    original = article.read_bytes()
    open_and_wait(window, article)
    window.review.decide(Status.ACCEPTED, glued_row(window))
    backup = window.review.save_to(article, backup=True)
    assert backup is not None and backup.read_bytes() == original
    assert "Putin who" in article.read_text(encoding="utf-8")


def test_decisions_survive_closing_and_reopening(
    qtbot, open_and_wait, settings, tmp_path, article
) -> None:
    database = tmp_path / "review.sqlite3"
    first_store = DecisionStore(database)
    first = MainWindow(settings, first_store, interactive=False)
    qtbot.addWidget(first)
    open_and_wait(first, article)
    review = first.review
    assert len(review.state) >= 2
    review.decide(Status.ACCEPTED, 0)
    review.decide(Status.REJECTED, 1)
    chosen = next((i for i, f in enumerate(review.state.items) if len(f.fixes) > 1), None)
    if chosen is not None:
        review.table.setCurrentCell(chosen, 0)
        review.alternatives.setCurrentIndex(1)
        review.alternatives.activated.emit(1)
    expected = list(review.state.decisions)
    # No explicit save, no clean shutdown: as if the app crashed here.
    first.deleteLater()

    second_store = DecisionStore(database)
    second = MainWindow(settings, second_store, interactive=False)
    qtbot.addWidget(second)
    open_and_wait(second, article)
    assert second.review.state.decisions == expected
    assert second.review.state.decisions[0].status is Status.ACCEPTED
    assert second.review.state.decisions[1].status is Status.REJECTED
    first_store.close()
    second_store.close()


def test_changed_file_does_not_inherit_decisions(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    window.review.decide(Status.ACCEPTED, 0)
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    open_and_wait(window, article)
    assert window.review.state.decisions[0].status is Status.PENDING


def test_accept_all_safe_reject_all_undo_and_hand_edit(
    qtbot, window, open_and_wait, article
) -> None:
    open_and_wait(window, article)
    review = window.review
    state = review.state
    review.accept_safe_button.click()
    safe = [i for i in range(len(state)) if state.fix(i).applicability == "safe"]
    assert safe
    assert all(state.decisions[i].status is Status.ACCEPTED for i in safe)
    review.reject_all_button.click()
    assert all(d.status is Status.REJECTED for d in state.decisions)
    review.undo_button.click()
    assert all(state.decisions[i].status is Status.ACCEPTED for i in safe)
    review.undo_button.click()
    assert all(d.status is Status.PENDING for d in state.decisions)

    row = glued_row(window)
    review.table.setCurrentCell(row, 0)
    review.replacement.setText("Putin, who")
    qtbot.keyClick(review.replacement, Qt.Key.Key_Return)
    assert state.decisions[row].status is Status.ACCEPTED
    assert "Vladimir Putin, who is making" in review.fixed.toPlainText()


def test_panes_scroll_in_step(qtbot, window, open_and_wait, tmp_path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Vladimir Putinwho came.\n" + "A plain line of text.\n" * 400, encoding="utf-8")
    open_and_wait(window, long)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    review.decide(Status.ACCEPTED, 0)
    qtbot.waitUntil(lambda: review.original.verticalScrollBar().maximum() > 100)
    review.original.verticalScrollBar().setValue(200)
    assert review.fixed.verticalScrollBar().value() == 200
    review.fixed.verticalScrollBar().setValue(50)
    assert review.original.verticalScrollBar().value() == 50


def test_the_two_panes_are_halves(qtbot, window, open_and_wait, seed) -> None:
    """The original pane was ~590 px and the preview ~750 (sized from their titles), so the
    same sentence wrapped at different places on the two sides (h22gui)."""
    window.resize(1360, 860)
    open_and_wait(window, seed)
    window.tabs.setCurrentIndex(window.REVIEW)
    qtbot.wait(10)
    left, right = window.review.original.width(), window.review.fixed.width()
    assert abs(left - right) <= 8, (left, right)
