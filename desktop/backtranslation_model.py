"""The back-translation comparison as Qt sees it: a table model (diff as rich text, content
warnings, scores), a filter proxy ("only flagged", "only lost names or numbers"), a delegate
that paints rich text, and the export of the comparison to CSV or HTML for a client."""

from __future__ import annotations

import csv
import html
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mtlint.checks.backtranslation.compare import diff_text, is_entity_loss
from mtlint.checks.results import DiffOp, SentenceScore
from mtlint.desktop import i18n, theme
from mtlint.desktop.models import SORT_ROLE, HeaderedTableModel, Index
from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPalette,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 3

# Dropped words: struck through on a red tint; inserted words: underlined on a green tint.
DELETED_STYLE = "text-decoration: line-through; color: #c62828; background-color: #ffebee;"
INSERTED_STYLE = "text-decoration: underline; color: #2e7d32; background-color: #e8f5e9;"


def diff_html(diff: Sequence[DiffOp], joiner: str = " ") -> str:
    """The word diff as HTML: dropped words struck through, inserted ones underlined."""
    parts = []
    for step in diff:
        if step.op == "equal":
            parts.append(html.escape(step.original))
            continue
        if step.original:
            parts.append(f'<span style="{DELETED_STYLE}">{html.escape(step.original)}</span>')
        if step.roundtrip:
            parts.append(f'<span style="{INSERTED_STYLE}">{html.escape(step.roundtrip)}</span>')
    return joiner.join(p for p in parts if p)


def content_text(sentence: SentenceScore) -> str:
    return "; ".join(issue.message for issue in sentence.content)


def has_entity_loss(sentence: SentenceScore) -> bool:
    return any(is_entity_loss(issue) for issue in sentence.content)


def _score_text(value: float | None) -> str:
    return "—" if value is None else i18n.number(value, 1)


class ComparisonModel(HeaderedTableModel):
    """One row per sentence: sentence | changes (diff) | lost or added | chrF | BLEU | semantic."""

    SENTENCE, CHANGES, CONTENT, CHRF, BLEU, SEMANTIC = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SentenceScore] = []
        self.threshold = 45.0
        self._html: list[str] = []
        self._headers = [
            self.tr("Sentence"),
            self.tr("Round trip (changes)"),
            self.tr("Lost or added"),
            self.tr("chrF"),
            self.tr("BLEU"),
            self.tr("Semantic"),
        ]

    def set_rows(self, rows: Sequence[SentenceScore], threshold: float) -> None:
        self.beginResetModel()
        # Worst first: the sentences most likely to have lost meaning head the table.
        self.rows = sorted(rows, key=lambda s: (s.chrf, s.start))
        self._html = [diff_html(s.diff) or html.escape(s.roundtrip) for s in self.rows]
        self.threshold = threshold
        self.endResetModel()

    def _items(self) -> Sequence[Any]:
        return self.rows

    def _value(self, row: SentenceScore, column: int) -> Any:
        if column == self.SENTENCE:
            return row.text
        if column == self.CHANGES:
            return diff_text(row.diff) if row.diff else row.roundtrip
        if column == self.CONTENT:
            return content_text(row)
        if column == self.CHRF:
            return row.chrf
        if column == self.BLEU:
            return row.bleu
        return None if row.semantic is None else row.semantic * 100

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == HTML_ROLE:
            return self._html[index.row()] if column == self.CHANGES else None
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column <= self.CONTENT else _score_text(value)
        if role == SORT_ROLE:
            if column == self.CONTENT:
                return len(row.content)
            return value if value is not None else -1.0
        if role == Qt.ItemDataRole.BackgroundRole and column >= self.CHRF:
            threshold = self.threshold if column == self.CHRF else self.threshold * 0.6
            return theme.score_color(value, threshold)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CONTENT and row.content:
            # What was lost reads as a warning: a solid red, lighter on a dark palette.
            return QColor("#ef9a9a") if theme.is_dark() else QColor("#b71c1c")
        if role == Qt.ItemDataRole.ToolTipRole and column <= self.CONTENT:
            return f"{row.text}\n→ {row.roundtrip}" + (
                f"\n{content_text(row)}" if row.content else ""
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.CHRF:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ComparisonFilter(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; hides rows by the two filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_flagged = False
        self.only_entities = False
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, only_flagged: bool, only_entities: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.only_flagged, self.only_entities = only_flagged, only_entities
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.only_flagged, self.only_entities = only_flagged, only_entities
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ComparisonModel):
            return True
        row = model.rows[source_row]
        if self.only_flagged and not (row.flagged or row.chrf < model.threshold):
            return False
        return not (self.only_entities and not has_entity_loss(row))


class RichTextDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE as rich text (the diff column); other cells as usual."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
        if markup is None:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(max(40, option.rect.width() - 6))
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        # Move the origin to the cell (setTransform: "translate" is reserved for UI strings).
        painter.setTransform(
            QTransform.fromTranslate(option.rect.left() + 3, option.rect.top() + 2), True
        )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()) + 6, int(document.size().height()) + 4)


# --- export ----------------------------------------------------------------------------------


def _columns() -> list[str]:
    return [
        QCoreApplication.translate("BacktranslationComparison", "Line"),
        QCoreApplication.translate("BacktranslationComparison", "Sentence"),
        QCoreApplication.translate("BacktranslationComparison", "Pivot text"),
        QCoreApplication.translate("BacktranslationComparison", "Round trip"),
        QCoreApplication.translate("BacktranslationComparison", "Changes"),
        QCoreApplication.translate("BacktranslationComparison", "Lost or added"),
        "chrF",
        "BLEU",
        "TER",
        QCoreApplication.translate("BacktranslationComparison", "Semantic"),
        QCoreApplication.translate("BacktranslationComparison", "Flagged"),
    ]


def _cells(sentence: SentenceScore) -> list[Any]:
    return [
        sentence.line,
        sentence.text,
        sentence.pivot_text or "",
        sentence.roundtrip,
        diff_text(sentence.diff),
        content_text(sentence),
        round(sentence.chrf, 1),
        round(sentence.bleu, 1),
        round(sentence.ter, 1),
        "" if sentence.semantic is None else round(sentence.semantic, 3),
        QCoreApplication.translate("BacktranslationComparison", "yes") if sentence.flagged else "",
    ]


def _write_atomically(path: Path, text: str) -> None:
    """A new file or nothing: written beside the target, then renamed over it."""
    handle, temporary = tempfile.mkstemp(prefix=".mtlint-export-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_csv(rows: Sequence[SentenceScore], path: str | Path) -> None:
    """The comparison as CSV (UTF-8 with BOM, so spreadsheet programs read the accents)."""
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_columns())
    for sentence in rows:
        writer.writerow(_cells(sentence))
    _write_atomically(Path(path), "\ufeff" + buffer.getvalue())


def export_html(rows: Sequence[SentenceScore], path: str | Path, title: str = "") -> None:
    """The comparison as one self-contained HTML page, the diff marked as in the app."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in _columns())
    body = []
    for sentence in rows:
        cells = [html.escape(str(c)) for c in _cells(sentence)]
        cells[4] = diff_html(sentence.diff)
        klass = ' class="flagged"' if sentence.flagged else ""
        body.append(f"<tr{klass}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    heading = html.escape(
        title
        or QCoreApplication.translate("BacktranslationComparison", "Back-translation comparison")
    )
    legend = QCoreApplication.translate(
        "BacktranslationComparison",
        "Struck through: words the round trip dropped; underlined: words it added.",
    )
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>"
        "body{font-family:sans-serif} table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px;vertical-align:top}"
        "tr.flagged td:first-child{border-left:4px solid #c62828}"
        f"</style></head><body><h1>{heading}</h1>"
        f"<p>{html.escape(legend)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"
        "</body></html>\n"
    )
    _write_atomically(Path(path), page)
