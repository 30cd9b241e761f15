"""The document: read-only text with findings highlighted by family, tooltips, and a legend."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import Any

from mtlint.checks.model import Finding
from mtlint.desktop import i18n, theme
from mtlint.desktop.flow_layout import FlowLayout
from mtlint.desktop.models import FAMILY_NAMES
from mtlint.desktop.review_state import clipped
from mtlint.desktop.session import DocumentSession, rule_doc_sections
from mtlint.desktop.textspans import TextSpans
from mtlint.desktop.views.visible_marks import (
    MarkRanges,
    VisibleMarks,
    cursors_without_layout,
    text_selection,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

__all__ = ["DocumentEdit", "Legend", "cursors_without_layout", "editor_font", "text_selection"]


def editor_font() -> QFont:
    font = QFont("Noto Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(11.0)
    return font


class DocumentEdit(QPlainTextEdit):
    """The document's text with its findings (highlights, hover tooltips, a context menu);
    read-only, or editable for formats whose text maps back into the file."""

    finding_clicked = Signal(int)
    # A load swapped in another QTextDocument (who listens to the document's changes reconnects).
    document_replaced = Signal(QTextDocument)
    # Global position, Python offset: the user asked for the finding menu there.
    menu_requested = Signal(QPoint, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFont(editor_font())
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setObjectName("documentEdit")
        self.spans = TextSpans("")
        self.findings: Sequence[Finding] = ()
        self._starts: list[int] = []
        self.doubtful_below = 0.0  # the session's: findings under it are drawn as doubtful
        self._score_selections: list[QTextEdit.ExtraSelection] = []
        self._current: QTextEdit.ExtraSelection | None = None
        self._ranges: MarkRanges | None = None
        self._ranges_key: tuple[int, int, float] | None = None
        self._own_document = self.document()
        self._visible = VisibleMarks(self)  # thousands of highlights: only those near the view
        # True while the text is being replaced by a load (not an edit to follow).
        self.loading = False
        # Whether someone shows the finding menu (the main window's document does; the
        # back-translation view's copy keeps Qt's own menu).
        self.finding_menus = False

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the file's own characters: a display break (``display_text``: a space of a very
        long line shown as a break) is copied as the space it is."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        spans = self.spans
        if "\u2029" in cursor.selectedText() and (
            spans.qt_length == self.document().characterCount() - 1
        ):
            start = spans.to_python(cursor.selectionStart())
            end = spans.to_python(cursor.selectionEnd())
            # Qt's own data is filled lazily, from the breaks, when first read: read it now so
            # that the text set next stays. Qt's object is returned, not a new QMimeData made
            # here: the clipboard owns what this returns, and a Python-made one was freed twice
            # (a segmentation fault at exit after a copy across a break).
            data.html()
            data.setText(spans.text[start:end])
        return data

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)
        flags = (
            Qt.TextInteractionFlag.TextEditorInteraction
            if editable
            else Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTextInteractionFlags(flags)

    def set_text(self, text: str) -> None:
        """Replace the text (a load, not an edit); keeps the undo history when nothing changes."""
        if self.document().toRawText().replace("\u2029", "\n") == text:
            return
        self.loading = True
        try:
            self.setPlainText(text)
        finally:
            self.loading = False

    def swap_document(self, document: QTextDocument) -> None:
        """Show a QTextDocument laid in slice by slice (see ``text_document``): no text is laid
        into blocks here at once. The previous one is deleted if it was such a document."""
        old = self.document()
        document.setParent(self)
        self.loading = True
        try:
            self.setDocument(document)
        finally:
            self.loading = False
        self.document_replaced.emit(document)
        if old is not self._own_document:
            old.deleteLater()

    def _same_text(self, text: str) -> bool:
        document = self.document()
        if document.characterCount() - 1 != len(text):  # (Qt counts UTF-16 units: a guess)
            return False
        return document.toRawText().replace("\u2029", "\n") == text

    def show_session(self, session: DocumentSession | None, prepared: Any = None) -> None:
        """Show ``session``'s text and findings; ``prepared``: a QTextDocument laid in, in slices,
        for this view (else the session's own, laid in before it was shown, used once)."""
        self._score_selections = []  # offsets into the previous text
        if session is None:
            self.spans = TextSpans("")
            self.findings = ()
            self.set_text("")
            self._current = None
            self._refresh()
            return
        self.spans = session.spans
        self.findings = session.findings
        self.doubtful_below = session.doubtful_below
        direction = (
            Qt.LayoutDirection.RightToLeft if session.is_rtl else Qt.LayoutDirection.LeftToRight
        )
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(
            Qt.AlignmentFlag.AlignRight if session.is_rtl else Qt.AlignmentFlag.AlignLeft
        )
        self.findings = ()  # the old findings point into the old text
        self._current = None
        self._refresh()
        if prepared is None:
            prepared, session.qt_document = session.qt_document, None  # used once
        if prepared is not None and not self._same_text(session.display):
            self.swap_document(prepared)
        else:
            self.document().setDefaultTextOption(option)
            self.set_text(session.display)
        self._current = None
        self.set_highlights(session.findings)

    def set_highlights(self, findings: Sequence[Finding]) -> None:
        """Underline each finding in its family's colour: a wave on a tint, or a dotted line
        without a tint for a doubtful one (under ``doubtful_below``, the user's bar).

        The marks are made only for the findings near the view (``MarkRanges``), from the
        findings and spans as they are when the view refreshes: an edit moves both."""
        self.findings = findings
        self._refresh()

    def _finding_ranges(self) -> MarkRanges:
        """The findings' marks as they are now (kept while findings, spans and bar stay)."""
        key = (id(self.findings), id(self.spans), self.doubtful_below)
        if self._ranges_key != key or self._ranges is None:
            self._ranges = self._make_ranges()
            self._ranges_key = key
        return self._ranges

    def _make_ranges(self) -> MarkRanges:
        findings = self.findings
        starts = [f.start for f in findings]
        order = None
        if any(b < a for a, b in itertools.pairwise(starts)):
            order = sorted(range(len(findings)), key=starts.__getitem__)
            starts = [starts[i] for i in order]
        longest = max((f.end - f.start for f in findings), default=0)
        formats: dict[tuple[str, bool], QTextCharFormat] = {}
        spans = self.spans

        def source(index: int) -> tuple[int, int, QTextCharFormat]:
            finding = findings[order[index] if order is not None else index]
            family = finding.family or "other"
            doubtful = finding.confidence < self.doubtful_below
            fmt = formats.get((family, doubtful))
            if fmt is None:
                fmt = formats[family, doubtful] = _finding_format(family, doubtful)
            start, end = spans.span_to_qt(finding.start, finding.end)
            if end == start:
                # An insertion point: mark the character before it so it can be seen.
                start = max(0, start - 1)
                end = min(spans.qt_length, start + 1)
            return start, end, fmt

        return MarkRanges(len(findings), source, starts, longest + 1, spans.to_python)

    def set_score_marks(self, marks: Sequence[tuple[int, int, QColor]]) -> None:
        """Underline sentences (Python offsets) in a colour each: the back-translation scores.
        Drawn under the findings' own highlights; an empty list removes them."""
        selections = []
        with cursors_without_layout(self.document()):
            for start, end, color in marks:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(color)
                qt_start, qt_end = self.spans.span_to_qt(start, end)
                selections.append(text_selection(self.document(), qt_start, qt_end, fmt))
        self._score_selections = selections
        self._refresh()

    def score_mark_count(self) -> int:
        return len(self._score_selections)

    def _refresh(self) -> None:
        on_top = [self._current] if self._current is not None else []
        self._visible.set(self._score_selections, lambda: [self._finding_ranges()], on_top)

    def highlight_count(self) -> int:
        return len(self.findings)

    def select_span(self, start: int, end: int) -> None:
        """Select a span (Python offsets), scroll to it, and outline it."""
        qt_start, qt_end = self.spans.span_to_qt(start, end)
        cursor = self.textCursor()
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        current = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().highlight())
        fmt.setForeground(self.palette().highlightedText())
        current.format = fmt  # type: ignore[attr-defined]
        marker = QTextCursor(self.document())
        marker.setPosition(qt_start)
        marker.setPosition(max(qt_end, qt_start + 1), QTextCursor.MoveMode.KeepAnchor)
        current.cursor = marker  # type: ignore[attr-defined]
        self._current = current
        self._refresh()

    def selected_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return (
            self.spans.to_python(cursor.selectionStart()),
            self.spans.to_python(cursor.selectionEnd()),
        )

    def findings_at(self, offset: int) -> list[int]:
        return [
            i
            for i, f in enumerate(self.findings)
            if f.start <= offset < f.end or (f.start == f.end and offset in (f.start - 1, f.start))
        ]

    def offset_at(self, point: QPoint) -> int:
        return self.spans.to_python(self.cursorForPosition(point).position())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            hits = self.findings_at(self.offset_at(point))
            if hits:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    tooltip_html([self.findings[i] for i in hits], self.spans.text),
                    self.viewport(),
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        if not self.finding_menus:
            super().contextMenuEvent(event)
            return
        offset = self.offset_at(event.pos())
        if not self.findings_at(offset) and offset > 0:
            offset -= 1  # the click was on the right half of a span's last character
        if self.findings_at(offset):
            self.menu_requested.emit(event.globalPos(), offset)
            return
        super().contextMenuEvent(event)

    def request_menu_at_cursor(self) -> bool:
        """The finding menu at the text cursor (the menu key, Ctrl+.); False if none is there."""
        cursor = self.textCursor()
        offset = self.spans.to_python(cursor.selectionStart())
        if not self.finding_menus or not self.findings_at(offset):
            return False
        rect = self.cursorRect(cursor)
        self.menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()), offset)
        return True

    def keyPressEvent(self, event: Any) -> None:
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if menu_key and self.request_menu_at_cursor():
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        hits = self.findings_at(self.offset_at(event.position().toPoint()))
        if hits:
            self.finding_clicked.emit(hits[0])
            return
        super().mouseDoubleClickEvent(event)


def _finding_format(family: str, doubtful: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(theme.family_color(family))
    if doubtful:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setBackground(theme.family_background(family))
    return fmt


def tooltip_html(findings: Sequence[Finding], text: str) -> str:
    """Message, why it matters (from the rule's doc) and the fix, for each finding."""
    blocks = []
    for finding in findings:
        color = theme.family_color(finding.family or "other").name()
        why = rule_doc_sections(finding.code).get("why it matters", "")
        lines = [
            f"<b style='color:{color}'>{html.escape(finding.code)}</b> "
            f"<span style='color:gray'>{html.escape(finding.name)} · "
            f"{html.escape(i18n.severity_label(finding.severity))}</span>",
            f"<div>{html.escape(finding.message)}</div>",
        ]
        if why:
            lines.append(f"<div style='color:gray'><i>{html.escape(why)}</i></div>")
        for number, fix in enumerate(finding.fixes):
            label = (
                QCoreApplication.translate("DocumentEdit", "Fix")
                if number == 0
                else QCoreApplication.translate("DocumentEdit", "or")
            )
            safety = i18n.applicability_label(fix.applicability)
            lines.append(
                f"<div>{html.escape(label)}: <b>{html.escape(clipped(fix.describe(text)))}</b> "
                f"<span style='color:gray'>({html.escape(safety)})</span></div>"
            )
        blocks.append("".join(lines))
    return "<qt>" + "<hr/>".join(blocks) + "</qt>"


def swatch(color: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return pixmap


class Legend(QWidget):
    """A row of family colours with counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        # The chips wrap onto a second line in a narrow window (they held it ~1,100 px wide).
        layout = FlowLayout(self, spacing=14, line_spacing=2)
        layout.setContentsMargins(8, 4, 8, 4)
        self.labels: dict[str, QLabel] = {}
        title = QLabel(self.tr("Legend:"))
        title.setObjectName("legendTitle")
        layout.addWidget(title)
        for family in FAMILY_NAMES:
            item = QWidget(self)
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            box = QLabel(item)
            box.setPixmap(swatch(theme.family_color(family)))
            label = QLabel(i18n.family_label(family), item)
            row.addWidget(box)
            row.addWidget(label)
            layout.addWidget(item)
            self.labels[family] = label
            item.setToolTip(
                self.tr("Findings of the %1 family").replace("%1", i18n.family_label(family))
            )

    def set_counts(self, counts: dict[str, int]) -> None:
        for family, label in self.labels.items():
            count = counts.get(family, 0)
            name = i18n.family_label(family)
            label.setText(f"{name} {i18n.number(count)}" if count else name)
            label.setEnabled(bool(count))
            label.parentWidget().setVisible(
                bool(count) or family not in ("other", "backtranslation")
            )
