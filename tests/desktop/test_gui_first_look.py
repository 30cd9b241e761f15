"""What a user sees first, fixed after looking at the app's screenshots (h24gui).

- The review tab with no document showed two blank panes and a blank table: the panes now say
  what fills them.
- Batch headings were clipped at both ends ("5pacing"): the style sheet made the sections
  semi-bold while the header kept a regular font, and Qt elides a heading with the header's
  font; the header itself is semi-bold now, so a heading either fits or ends in "…"."""

from __future__ import annotations

from mtlint.desktop import theme
from PySide6.QtGui import QFont


def test_the_review_without_a_document_says_what_fills_it(window) -> None:
    window.tabs.setCurrentIndex(window.REVIEW)
    view = window.review
    assert "Open a document" in view.original.placeholderText()
    assert view.fixed.placeholderText()
    assert view.original.toPlainText() == "" and view.state is None


def test_the_placeholder_goes_when_a_document_is_shown(qtbot, window, open_and_wait, seed) -> None:
    window.tabs.setCurrentIndex(window.REVIEW)
    open_and_wait(window, seed)
    view = window.review
    qtbot.waitUntil(lambda: view.state is not None, timeout=20000)
    assert view.original.placeholderText() == "" and view.fixed.placeholderText() == ""
    assert "Putinwho" in view.original.toPlainText()


def test_headers_are_semi_bold_themselves_so_headings_elide_in_the_drawn_font(qapp, window) -> None:
    qapp.setStyleSheet(theme.stylesheet())  # as mtlint-gui sets it
    try:
        for table in (window.batch.table, window.panel.table):
            header = table.horizontalHeader()
            header.ensurePolished()
            assert header.font().weight() >= QFont.Weight.DemiBold
    finally:
        qapp.setStyleSheet("")


def test_the_back_translation_pane_without_a_document_says_what_fills_it(window) -> None:
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    pane = window.backtranslation.text
    assert pane.toPlainText() == "" and "Open a document" in pane.placeholderText()
