"""A layout that lays its widgets in a row and wraps them onto the next line when the row is
too narrow (h30tidy, session 24): the legend's family chips and the review's action groups
kept a window from being narrower than ~1,130 pixels (half of a 1920-pixel screen, the
translator's text beside the app, is 960). In each line the room left over goes to the items
that expand horizontally (the review's replacement field), as a box layout's stretch does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 4
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, place=True)

    def sizeHint(self) -> QSize:
        """One line of every item (the width it wants), its height as laid out so."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item's minimum: every other item may wrap onto a line of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _lay_out(self, rect: QRect, *, place: bool) -> int:
        """Place the items in ``rect`` (or only measure): the height the lines take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = [max(item.sizeHint().width(), item.minimumSize().width()) for item in line]
            widths = [min(w, area.width()) for w in widths]
            spare = area.width() - sum(widths) - self._spacing * (len(line) - 1)
            growing = [i for i, item in enumerate(line) if _expands(item)]
            for i in growing:
                widths[i] += max(0, spare) // len(growing)
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if place:
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._line_spacing
        return max(0, y - self._line_spacing - rect.y() + margins.bottom())


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)
