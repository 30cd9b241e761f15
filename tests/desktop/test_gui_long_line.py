"""A very long line never freezes the window (h25gui).

A 2 MB text on one line (minified JSON, a page without breaks) is one QTextDocument block, and
Qt lays out (shapes and line-breaks) a whole block as soon as any of it is shown: the GUI thread
stalled 1.5–4.4 s when the document was first shown, ~70 ms at every repaint after. Such a line
is now shown as display lines (``textspans.display_text``: a space about every
``DISPLAY_LINE`` characters shown as a break, one character for one), so Qt lays out only the
few short blocks in view. The tests assert that shape (no block longer than a display line, a
whole-line fix shown shortened), never a time: the stall itself is measured in
``bench/bench_gui_stall.py`` (BENCHMARKS.md, h25gui), as the house rule keeps speed out of tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.desktop.textspans import DISPLAY_LINE, TextSpans, display_text, shows
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtTest import QTest

PHRASE = "The minister arrived in the capital on Monday and spoke to the press there. "


def _one_line(characters: int) -> str:
    return PHRASE * (characters // len(PHRASE))


@pytest.mark.parametrize(
    "text",
    [
        _one_line(40_000),
        "short line\r\n" + _one_line(12_000) + "\r\nend 😀 " + _one_line(9_000),
        "a " * 2 + "x" * (3 * DISPLAY_LINE) + " tail" * 1500,
    ],
)
def test_a_long_line_is_shown_in_display_lines_one_character_for_one(text: str) -> None:
    shown = display_text(text)
    plain = text.replace("\r\n", "\n")
    assert len(shown) == len(plain)
    # A display break stands only where the text has a space; every other character is kept.
    changed = [i for i, (a, b) in enumerate(zip(shown, plain, strict=True)) if a != b]
    assert changed and all(shown[i] == "\n" and plain[i] == " " for i in changed)
    assert shows(shown, text)
    # A stretch without a space lengthens its display line by at most itself.
    spaceless = max(len(run) for run in plain.split(" "))
    longest = max(len(line) for line in shown.split("\n"))
    assert longest <= (DISPLAY_LINE if spaceless < DISPLAY_LINE else DISPLAY_LINE + spaceless)
    # Positions are unchanged: the spans of the file's text serve the shown text.
    spans = TextSpans(text)
    assert spans.qt_length == len(shown.encode("utf-16-le")) // 2


def test_short_lines_and_a_line_without_spaces_are_shown_as_they_are() -> None:
    lines = (PHRASE + "\n") * 2000
    assert display_text(lines) is lines
    blob = "x" * (4 * DISPLAY_LINE)
    assert display_text(blob) == blob  # nowhere to break it: it stays one block
    assert not shows(lines.replace("\n", " "), lines)  # a lost real break is a difference


def test_a_3mb_line_is_shown_as_blocks_no_longer_than_a_display_line(
    qtbot, window, tmp_path: Path
) -> None:
    text = _one_line(3_000_000)
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    editor = window.editor

    def open_show_and_scroll() -> None:
        with qtbot.waitSignal(window.document_ready, timeout=180_000):
            window.open_path(path)
        for _ in range(3):
            editor.viewport().repaint()
            qtbot.wait(20)
        bar = editor.verticalScrollBar()
        bar.setValue(bar.maximum())
        editor.viewport().repaint()
        qtbot.wait(50)

    open_show_and_scroll()
    # Before: one 3 MB block laid out on the GUI thread when shown (2.8 s in setDocument alone
    # here, under load). Now no block is longer than a display line.
    document = editor.document()
    assert document.blockCount() > len(text) // DISPLAY_LINE
    block = document.firstBlock()
    while block.isValid():
        assert block.length() <= DISPLAY_LINE + 1
        block = block.next()
    assert shows(document.toRawText().replace("\u2029", "\n"), text)


def test_editing_copying_and_saving_across_a_display_break(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    text = _one_line(30_000)
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    open_and_wait(window, path)
    editor = window.editor
    second = editor.document().firstBlock().next()
    assert second.isValid()
    at = second.position()  # just after the first display break (a space in the file)
    assert text[at - 1] == " "
    # Copying across the break copies the space.
    cursor = editor.textCursor()
    cursor.setPosition(at - 4)
    cursor.setPosition(at + 3, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keySequence(editor, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == text[at - 4 : at + 3]
    # Typing at the start of a display line types into the file's line, next to the space.
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, "Xy")
    assert window.documents.live.buffer.text == text[:at] + "Xy" + text[at:]
    # Deleting the break deletes the space it shows.
    for _ in range(3):
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    expected = text[: at - 1] + text[at:]
    assert window.documents.live.buffer.text == expected
    with qtbot.waitSignal(window.document_ready, timeout=60_000):
        assert window.documents.save()
    assert path.read_text(encoding="utf-8") == expected
    assert "\n" not in path.read_text(encoding="utf-8")


def test_a_fix_over_a_3mb_line_is_reviewed_shortened(qtbot, window) -> None:
    """A finding can span a whole line (a repeated phrase: 2 MB in one real-looking case): the
    review table's cell showed its whole stretch, the Replacement field held it, and Qt laid
    all of it out when painting (5.6 s here). Cells, menus and details now show its beginning
    and end; a stretch too long to type over is edited in the Document tab instead."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.model import Edit, Finding, Fix, Span
    from mtlint.checks.pipeline import CheckedFile
    from mtlint.desktop.session import finish_session

    text = _one_line(3_000_000)
    whole = Finding(
        "MT402",
        "repeated-phrase",
        "The same phrase again and again",
        Span(0, len(text)),
        fixes=(Fix((Edit(len(PHRASE), len(text), ""),)),),  # no title: described by its text
    )
    session = finish_session(
        None, CheckedFile(Document(text=text, language="en"), (whole,)), Config()
    )
    window.show_session(session)
    view = window.review

    def review() -> None:
        window.tabs.setCurrentIndex(window.REVIEW)
        qtbot.waitUntil(
            lambda: view.state is not None and not view.loader.pending(), timeout=60_000
        )
        view.table.setCurrentCell(0, 0)
        for _ in range(3):
            view.table.viewport().repaint()
            qtbot.wait(20)

    review()
    change = view.table_model.index(0, 2).data()
    assert len(change) < 400 and " … " in change
    assert not view.replacement.isEnabled() and view.replacement.text() == ""
    assert "Document tab" in view.replacement.placeholderText()
    assert len(view.alternatives.itemText(0)) < 400
    # The findings table and the details pane show it clipped too.
    window.tabs.setCurrentIndex(window.DOCUMENT)
    assert len(window.panel.proxy.index(0, 4).data()) < 400
    assert len(window.panel.details.toPlainText()) < 5_000
