"""Highlights handed to Qt only near the part of the text on screen, and made only there.

``setExtraSelections`` works out each selection's rectangle to repaint it, which lays out the
text of every block that holds one: with thousands of findings in a large file that was seconds
on the GUI thread, at load and again at each review decision. Up to ``ALL_UP_TO`` selections are
given whole; beyond, only those within a screen's height (and some) of the view, refreshed when
the view scrolls or is resized.

Marks come two ways: a list of selections already made (``set``), or ``MarkRanges`` — sorted
(start, end, format) ranges whose cursors are made only for the window shown. A large file's
20,000 findings then cost the GUI thread a bisect and the few dozen cursors on screen, not a
cursor each (0.8 s for a 20 MB file), at load and at each review decision."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

ALL_UP_TO = 400
# Characters beyond the view's first and last shown, at least: scrolling by a page finds its
# highlights in place before the next refresh.
MARGIN = 4000
# A window never makes more cursors than this (a pathological file with a finding per letter).
MOST_SHOWN = 3000

Range = tuple[int, int, QTextCharFormat]


@contextlib.contextmanager
def cursors_without_layout(document: QTextDocument) -> Iterator[None]:
    """Place many cursors (highlights) without laying out their blocks.

    ``QTextCursor.setPosition`` works out the cursor's x position, which lays out the block's
    text: for thousands of highlights in a large document that was seconds on the GUI thread
    (2.8 s for 12,000 in a 5 MB text). Inside an edit block Qt skips that (the x of a
    highlight's cursor is never used); an edit block that changes nothing adds no undo step and
    does not mark the document modified."""
    guard = QTextCursor(document)
    guard.beginEditBlock()
    try:
        yield
    finally:
        guard.endEditBlock()


def text_selection(
    document: QTextDocument, qt_start: int, qt_end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    """An extra selection drawing ``fmt`` over Qt positions ``qt_start``..``qt_end`` of
    ``document`` (positions from TextSpans, the one place that converts offsets)."""
    cursor = QTextCursor(document)
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor  # type: ignore[attr-defined]
    selection.format = fmt  # type: ignore[attr-defined]
    return selection


class MarkRanges:
    """Ranges to mark, found by window: ``source(i)`` gives the i-th range's (start, end,
    format) in the widget's positions, ``starts`` the key the ranges are sorted by (in the same
    positions, or any monotonic map of them given by ``key``), ``longest`` the longest range."""

    def __init__(
        self,
        count: int,
        source: Callable[[int], Range | None],
        starts: Sequence[int],
        longest: int,
        key: Callable[[int], int] = lambda position: position,
    ) -> None:
        self.count = count
        self.source = source
        self.starts = starts
        self.longest = longest
        self.key = key

    def between(self, low: int | None, high: int | None) -> list[Range]:
        """The ranges touching ``low``..``high`` (all of them for None), at most MOST_SHOWN."""
        if low is None or high is None:
            first, last = 0, self.count
        else:
            first = bisect.bisect_left(self.starts, self.key(max(0, low)) - self.longest)
            last = bisect.bisect_right(self.starts, self.key(high))
        found = []
        for index in range(first, last):
            mark = self.source(index)
            if mark is None or (low is not None and mark[1] < low):
                continue
            found.append(mark)
            if len(found) >= MOST_SHOWN:
                break
        return found


class VisibleMarks(QObject):
    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.marks: list[QTextEdit.ExtraSelection] = []
        self._ranges: Callable[[], Sequence[MarkRanges]] | Sequence[MarkRanges] = ()
        self.on_top: list[QTextEdit.ExtraSelection] = []
        edit.verticalScrollBar().valueChanged.connect(self._scrolled)
        edit.viewport().installEventFilter(self)

    def set(
        self,
        marks: Sequence[QTextEdit.ExtraSelection],
        ranges: Callable[[], Sequence[MarkRanges]] | Sequence[MarkRanges] = (),
        on_top: Sequence[QTextEdit.ExtraSelection] = (),
    ) -> None:
        """Show ``marks`` (made), then ``ranges`` (made when near the view), then ``on_top``.
        ``ranges`` may be a callable asked at each refresh (the text may have been edited)."""
        self.marks = list(marks)
        self._ranges = ranges
        self.on_top = list(on_top)
        self.edit.setExtraSelections(self.shown())

    @property
    def ranges(self) -> Sequence[MarkRanges]:
        return self._ranges() if callable(self._ranges) else self._ranges

    def count(self) -> int:
        return len(self.marks) + sum(r.count for r in self.ranges) + len(self.on_top)

    def shown(self) -> list[QTextEdit.ExtraSelection]:
        ranges = self.ranges
        if len(self.marks) + sum(r.count for r in ranges) + len(self.on_top) <= ALL_UP_TO:
            low = high = None
        else:
            low, high = self.window()
        document = self.edit.document()
        last = document.characterCount() - 1  # ranges of a text being replaced stay inside
        with cursors_without_layout(document):
            made = [
                text_selection(document, min(start, last), min(end, last), fmt)
                for each in ranges
                for start, end, fmt in each.between(low, high)
            ]
        return _near(self.marks, low, high) + made + _near(self.on_top, low, high)

    def window(self) -> tuple[int, int]:
        """The Qt positions shown, widened by a view's worth of text and MARGIN each side."""
        viewport = self.edit.viewport()
        first = self.edit.cursorForPosition(QPoint(0, 0)).position()
        last = self.edit.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        extra = max(MARGIN, last - first)
        return first - extra, last + extra

    def refresh(self) -> None:
        self.edit.setExtraSelections(self.shown())

    def _scrolled(self, _value: int) -> None:
        if self.count() > ALL_UP_TO:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.count() > ALL_UP_TO:
            self.refresh()
        return False


def _near(
    marks: list[QTextEdit.ExtraSelection], low: int | None, high: int | None
) -> list[QTextEdit.ExtraSelection]:
    if low is None or high is None:
        return marks
    return [
        mark
        for mark in marks
        if mark.cursor.selectionEnd() >= low and mark.cursor.selectionStart() <= high  # type: ignore[attr-defined]
    ]
