"""Highlights handed to Qt only near the part of the text on screen.

``setExtraSelections`` works out each selection's rectangle to repaint it, which lays out the
text of every block that holds one: with thousands of findings in a large file that was seconds
on the GUI thread, at load and again at each review decision. Up to ``ALL_UP_TO`` selections are
given whole; beyond, only those within a screen's height (and some) of the view, refreshed when
the view scrolls or is resized. The list is kept whole: counts and tests read ``marks``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

ALL_UP_TO = 400
# Characters beyond the view's first and last shown, at least: scrolling by a page finds its
# highlights in place before the next refresh.
MARGIN = 4000


class VisibleMarks(QObject):
    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.marks: list[QTextEdit.ExtraSelection] = []
        edit.verticalScrollBar().valueChanged.connect(self._scrolled)
        edit.viewport().installEventFilter(self)

    def set(self, marks: Sequence[QTextEdit.ExtraSelection]) -> None:
        self.marks = list(marks)
        self.edit.setExtraSelections(self.shown())

    def shown(self) -> list[QTextEdit.ExtraSelection]:
        if len(self.marks) <= ALL_UP_TO:
            return self.marks
        low, high = self.window()
        return [
            mark
            for mark in self.marks
            if mark.cursor.selectionEnd() >= low and mark.cursor.selectionStart() <= high  # type: ignore[attr-defined]
        ]

    def window(self) -> tuple[int, int]:
        """The Qt positions shown, widened by a view's worth of text and MARGIN each side."""
        viewport = self.edit.viewport()
        first = self.edit.cursorForPosition(QPoint(0, 0)).position()
        last = self.edit.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        extra = max(MARGIN, last - first)
        return first - extra, last + extra

    def _scrolled(self, _value: int) -> None:
        if len(self.marks) > ALL_UP_TO:
            self.edit.setExtraSelections(self.shown())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and len(self.marks) > ALL_UP_TO:
            self.edit.setExtraSelections(self.shown())
        return False
