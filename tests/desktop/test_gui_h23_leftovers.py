"""Session 18's three GUI leftovers (h22gui's fresh use), mended in session 19 (h23gui): the
back-translation pane with no word of what it is for, the focus on the tab bar after opening,
the selected review row hiding its decision's colour."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import MappingProxyType

import pytest
from mtlint.desktop import theme
from mtlint.desktop.decisions import Status
from mtlint.desktop.views.review_table import DECISION
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication


@pytest.fixture
def article(tmp_path: Path, seed: Path) -> Path:
    path = tmp_path / "article.txt"
    shutil.copyfile(seed, path)
    return path


def focused(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_findings_list_has_the_keys_after_opening(qtbot, window, open_and_wait, seed) -> None:
    focused(qtbot, window)
    open_and_wait(window, seed)
    table = window.panel.table
    assert QApplication.focusWidget() is table  # not the tab bar
    assert window.current_finding() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows walk the findings at once
    assert window.current_finding() == 1
    second = window.panel.model.findings[1]
    cursor = window.editor.textCursor()
    assert cursor.hasSelection() and window.session.spans.to_qt(second.start) == (
        cursor.selectionStart()
    )
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter: the finding's fix in the review
    assert window.tabs.currentIndex() == window.REVIEW
    review = window.review
    assert review.state.items[review.table.currentRow()] == second


def test_a_recheck_leaves_the_focus_where_the_user_put_it(
    qtbot, window, open_and_wait, seed
) -> None:
    focused(qtbot, window)
    open_and_wait(window, seed)
    window.editor.setFocus()
    assert QApplication.focusWidget() is window.editor
    open_and_wait(window, seed)  # F5: the same document again
    assert QApplication.focusWidget() is window.editor


def test_the_backtranslation_detail_pane_says_what_it_is_for(
    qtbot, window, open_and_wait, seed
) -> None:
    open_and_wait(window, seed)
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    details = window.backtranslation.details
    # Nothing run, nothing selected: the pane says what it will show, in words that fit it.
    said = details.toPlainText()
    assert "select" in said and "round trip" in said and "Ctrl+B" in said
    qtbot.waitUntil(lambda: details.viewport().width() > 100)
    assert details.horizontalScrollBar().maximum() == 0
    assert details.document().size().height() <= details.viewport().height()
    image = details.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    assert len(colours) > 2  # drawn, not a blank pane
    # After a run the pane, until a sentence is selected, says to select one.
    window.backtranslation.show_result(Result())
    assert "Select a sentence" in details.toPlainText()


class Result:
    """A back-translation result without sentences (no models needed)."""

    sentences = ()
    document_scores = MappingProxyType({})
    findings = ()
    pivot = "de"


def cell_colour(table, row: int, column: int) -> QColor:
    """The colour of a cell's background, right of its text."""
    table.viewport().repaint()
    image: QImage = table.viewport().grab().toImage()
    rect = table.visualRect(table.model().index(row, column))
    return QColor(image.pixel(rect.right() - 3, rect.center().y()))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_selected_review_row_keeps_its_decision_colour(
    qtbot, window, open_and_wait, article, dark
) -> None:
    app = QApplication.instance()
    palette = app.palette()
    try:
        if dark:
            app.setPalette(theme.dark_palette())
        assert theme.is_dark() is dark
        open_and_wait(window, article)
        window.tabs.setCurrentIndex(window.REVIEW)
        review = window.review
        table = review.table
        table.setCurrentCell(0, 0)
        table.setFocus()
        highlight = cell_colour(table, 0, 1)
        assert cell_colour(table, 0, DECISION) == highlight  # pending: the plain selection
        removed, inserted = theme.change_colors()
        for status, tint in ((Status.ACCEPTED, inserted), (Status.REJECTED, removed)):
            review.decide(status, 0)
            table.setCurrentCell(0, 0)
            assert review.state.decisions[0].status is status
            shown = cell_colour(table, 0, DECISION)
            assert shown != highlight
            # Nearer the decision's colour than the highlight is, channel by channel.
            for channel in ("red", "green", "blue"):
                mine, plain, goal = (getattr(c, channel)() for c in (shown, highlight, tint))
                assert abs(goal - mine) <= abs(goal - plain)
    finally:
        app.setPalette(palette)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_blended_decision_colours_stay_readable(scheme) -> None:
    """The app's own style sheets: the selection colours of light.qss and dark.qss."""
    highlight, text = {"light": ("#d4e3fa", "#111a24"), "dark": ("#35507a", "#ffffff")}[scheme]
    other = "#ffffff" if scheme == "light" else "#000000"
    for tint in ("#43a047", "#e53935"):
        blend = theme.on_selection(QColor(highlight), QColor(tint))
        shown = theme.readable_on(blend, QColor(text), QColor(other))
        assert theme.contrast(shown, blend) >= 4.5
