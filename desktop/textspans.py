"""Python string offsets (code points) ↔ Qt text positions (UTF-16 code units).

The engine counts code points; Qt counts UTF-16 units, so every character above U+FFFF (emoji,
rare CJK) shifts Qt positions by one. Qt also turns "\\r\\n" into ONE paragraph break, so the
text shown in a Qt text widget (``display_text``) leaves out the "\\r" of every "\\r\\n" and the
positions after it shift back by one. This module is the only place that conversion happens.

An edit the user types at the end of a CRLF line lands before its "\\r" (the Python offset of a
Qt position is the smallest one that maps there), so line endings are never split.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CR_BEFORE_LF = re.compile("\r(?=\n)")


class TextSpans:
    """Converts offsets for one text; construction is O(n), each lookup O(log k)."""

    def __init__(self, text: str, events: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        if events is None:
            # Python offsets where the shift changes: +1 after an astral character, -1 after a
            # "\r" that Qt does not show.
            events = [] if text.isascii() else [(m.start(), 1) for m in _ASTRAL.finditer(text)]
            if "\r" in text:
                events.extend((m.start(), -1) for m in _CR_BEFORE_LF.finditer(text))
                events.sort()
        self._events = events
        self._offsets = [offset for offset, _ in events]
        shifts = []
        total = 0
        for _, delta in events:
            total += delta
            shifts.append(total)
        self._shifts = shifts  # the shift after each event
        # The Qt position of each event's own offset (non-decreasing).
        self._event_qt = [
            offset + (shifts[i - 1] if i else 0) for i, offset in enumerate(self._offsets)
        ]
        self.qt_length = len(text) + total

    def edited(self, start: int, end: int, replacement: str, text: str) -> TextSpans:
        """The spans of ``text``, which is this text with ``[start:end]`` replaced: only the
        replacement is scanned (typing in a large document stays cheap)."""
        window = text[max(0, start - 1) : start + len(replacement) + 1]
        if "\r" in window:
            return TextSpans(text)  # a line ending at the seam: scan it all (rare)
        delta = len(replacement) - (end - start)
        index_start = bisect.bisect_left(self._offsets, start)
        index_end = bisect.bisect_left(self._offsets, end)
        inserted = (
            []
            if replacement.isascii()
            else [(start + m.start(), 1) for m in _ASTRAL.finditer(replacement)]
        )
        events = (
            self._events[:index_start]
            + inserted
            + [(offset + delta, d) for offset, d in self._events[index_end:]]
        )
        return TextSpans(text, events)

    def to_qt(self, offset: int) -> int:
        """Qt position of a Python offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        if not self._offsets:
            return offset
        index = bisect.bisect_left(self._offsets, offset)
        return offset + (self._shifts[index - 1] if index else 0)

    def to_python(self, position: int) -> int:
        """Python offset of a Qt position: the smallest offset shown there (before a hidden
        "\\r"); a position inside a surrogate pair rounds down."""
        position = max(0, min(position, self.qt_length))
        if not self._offsets:
            return position
        index = bisect.bisect_left(self._event_qt, position)
        if index < len(self._offsets) and self._event_qt[index] == position:
            # Exactly at an event (a hidden "\r" or an astral character): that offset.
            return self._offsets[index]
        shift = self._shifts[index - 1] if index else 0
        offset = position - shift
        if index:
            offset = max(offset, self._offsets[index - 1])
        return max(0, min(offset, len(self.text)))

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)


# A line longer than this many characters is shown as display lines of at most about this
# length (h25gui): Qt lays out a whole block at once when any of it is shown — shaping and line
# breaking all of it — and a 2 MB text on one line (minified JSON, a page without breaks) held
# the GUI thread 1.5–4 s when first shown, and ~70 ms at every repaint after. A display line of
# 5,000 characters is laid out in ~3 ms.
DISPLAY_LINE = 5_000


def qt_text(text: str) -> str:
    """Text to insert into a Qt document (an edit, a fix): "\r\n" as one break."""
    return text.replace("\r\n", "\n") if "\r" in text else text


def display_text(text: str) -> str:
    """The text to put into a QTextDocument so that positions line up with ``TextSpans``.

    A line longer than ``DISPLAY_LINE`` is shown in display lines: a space about every
    ``DISPLAY_LINE`` characters is shown as a line break instead (a display break). One
    character for one, so every position stays where ``TextSpans`` puts it; the line would wrap
    at a space anyway. The file's text never changes: deleting a display break deletes that
    space, and the editor's text is compared with ``shows``. A stretch without any space in
    ``DISPLAY_LINE`` characters stays one line."""
    text = qt_text(text)
    pieces: list[str] = []
    done = 0
    for start, end in _long_lines(text):
        while end - start > DISPLAY_LINE:
            limit = start + DISPLAY_LINE
            space = text.rfind(" ", start + DISPLAY_LINE // 2, limit)
            if space < 0:
                space = text.find(" ", limit, end)
                if space < 0:
                    break  # no space left on this line: the rest stays one block
            pieces.append(text[done:space])
            pieces.append("\n")
            done = start = space + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _long_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line longer than ``DISPLAY_LINE``; a step per ``DISPLAY_LINE``
    characters at least (20 MB of short lines: ~4,000 steps, a few milliseconds)."""
    position, length = 0, len(text)
    while length - position > DISPLAY_LINE:
        newline = text.rfind("\n", position, position + DISPLAY_LINE + 1)
        if newline >= 0:
            position = newline + 1
            continue
        end = text.find("\n", position)
        end = length if end < 0 else end
        yield position, end
        position = end + 1


def shows(shown: str, text: str) -> bool:
    """Whether an editor's text (breaks as "\n") shows ``text``: equal but for display breaks
    (``display_text``), which stand where ``text`` has a space."""
    plain = qt_text(text)
    if shown == plain:
        return True
    return (
        len(shown) == len(plain)
        and shown.count("\n") >= plain.count("\n")
        and shown.replace("\n", " ") == plain.replace("\n", " ")
    )


def from_qt_text(text: str, newline: str = "\n") -> str:
    """Text typed into a Qt widget (breaks U+2029 or "\\n") as Python text with ``newline``."""
    text = text.replace("\u2029", "\n")
    return text.replace("\n", newline) if newline != "\n" else text
