"""Python offsets ↔ Qt UTF-16 positions."""

from __future__ import annotations

from mtlint.desktop.textspans import TextSpans, display_text
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def test_emoji_before_a_span_shifts_qt_positions_by_one() -> None:
    text = "Hi 😀 Vladimir Putinwho is here"
    start = text.index("Putinwho")
    spans = TextSpans(text)
    assert spans.to_qt(start) == start + 1
    assert spans.to_qt(2) == 2  # before the emoji: no shift
    assert spans.to_python(spans.to_qt(start)) == start
    assert spans.qt_length == len(text.encode("utf-16-le")) // 2


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    spans = TextSpans("a😀b")
    assert spans.to_python(1) == 1  # before the emoji
    assert spans.to_python(2) == 1  # between its two UTF-16 units
    assert spans.to_python(3) == 2


def test_a_qt_selection_from_converted_offsets_is_the_python_span(qtbot) -> None:
    text = "😀👍🏽 Two emoji, then 𝒳 and Putinwho.\r\nNext line 😀 with Putin."
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(display_text(text))
    spans = TextSpans(text)
    for word in ("Putinwho", "Putin.", "Next"):
        start = text.index(word)
        end = start + len(word)
        cursor = editor.textCursor()
        cursor.setPosition(spans.to_qt(start))
        cursor.setPosition(spans.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert spans.to_python(cursor.selectionStart()) == start


def test_display_text_shows_crlf_as_one_break() -> None:
    assert display_text("a\r\nb") == "a\nb"
