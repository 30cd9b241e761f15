"""Python string offsets (code points) ↔ Qt text positions (UTF-16 code units).

The engine counts code points; Qt counts UTF-16 units, so every character above U+FFFF (emoji,
rare CJK) shifts Qt positions by one. This module is the only place that conversion happens.
It also prepares the text shown in a Qt text widget so that it has exactly one Qt position per
UTF-16 unit of the original: Qt turns "\\r\\n" into ONE paragraph break, which would shift every
later position, so the "\\r" is shown as a space instead.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextSpans:
    """Converts offsets for one text; construction is O(n), each lookup O(log k)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Python offsets of characters that take two UTF-16 units.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Their Qt positions.
        self._astral_qt = [offset + i for i, offset in enumerate(self._astral)]
        self.qt_length = len(text) + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """Qt position of a Python offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def to_python(self, position: int) -> int:
        """Python offset of a Qt position; a position inside a surrogate pair rounds down."""
        position = max(0, min(position, self.qt_length))
        if not self._astral:
            return position
        return position - bisect.bisect_left(self._astral_qt, position)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)


def display_text(text: str) -> str:
    """The text to put into a QTextDocument so that positions line up with ``TextSpans``."""
    return text.replace("\r\n", " \n")
