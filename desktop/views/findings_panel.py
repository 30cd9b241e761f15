"""The findings panel under the document: filters, the findings table, the selected finding's
details."""

from __future__ import annotations

import html

from mtlint.checks.config import DOUBTFUL_FLOOR
from mtlint.checks.model import Finding, Severity
from mtlint.desktop import i18n, theme
from mtlint.desktop.models import FAMILY_NAMES, FindingsFilter, FindingsModel
from mtlint.desktop.review_state import clipped
from mtlint.desktop.session import rule_doc_sections
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Typing in the search box filters once the keys pause this long (ms): each filtering reads every
# finding, and 100,000 findings made each keystroke lag (h22gui).
SEARCH_PAUSE_MS = 250
# A finding's ``data`` entry that says why its confidence is what it is (a string, when a
# post-pass or rule explains it); shown after the meaning of the number.
CONFIDENCE_NOTE = "confidence_note"


class FindingsPanel(QWidget):
    """Filters (family, severity, search), the findings table and the selected finding's details."""

    # The user switched "Doubtful" (findings under the confidence bar) on or off: the document
    # is checked again with the new floor (the engine drops findings under it, not the view).
    doubtful_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.family = QComboBox()
        self.family.addItem(self.tr("All families"), "")
        for family in FAMILY_NAMES:
            self.family.addItem(i18n.family_label(family), family)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), "")
        for severity in Severity:
            self.severity.addItem(i18n.severity_label(severity), str(severity))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search findings (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.doubtful = QCheckBox(self.tr("&Doubtful"))
        self.doubtful.setObjectName("showDoubtful")
        self.doubtful.setToolTip(
            self.tr(
                "Also show findings under your confidence bar (down to %1), muted and in"
                " italics: more recall, more false alarms. They are never accepted in bulk."
            ).replace("%1", i18n.number(DOUBTFUL_FLOOR, 2))
        )
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.family)
        filters.addWidget(self.severity)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.doubtful)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FindingsModel.LINE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows are chosen whole: Tab leaves the table for the next control, as elsewhere (h23gui).
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (FindingsModel.CODE, 86),
            (FindingsModel.LINE, 52),
            (FindingsModel.SEVERITY, 76),
            (FindingsModel.FIX, 220),
        ):
            # At least as wide as the heading (with its sort arrow) in the UI's language.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.table.setObjectName("findingsTable")

        self.details = QTextBrowser()
        self.details.setObjectName("findingDetails")
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(150)
        self.count = QLabel()
        self.count.setObjectName("panelCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self.family.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(family=self.family.currentData())
        )
        self.severity.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(severity=self.severity.currentData())
        )
        self._connect_search()
        self.doubtful.toggled.connect(self.doubtful_toggled)

    def _connect_search(self) -> None:
        """Keystrokes restart a timer, the filter runs when they pause (or at Enter); a text
        set by the program (``clear()``, ``setText``) is applied at once."""
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _: self.search_timer.start())
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.apply_search)

    def _search_changed(self, text: str) -> None:
        if not self.search_timer.isActive():  # typed keys come first (textEdited) and wait
            self.apply_search()

    def apply_search(self) -> None:
        """Filter by the search box's text now."""
        self.search_timer.stop()
        if self.proxy.search != self.search.text().strip().lower():
            self.proxy.set_filters(search=self.search.text())

    def current_source_row(self) -> int:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def note_clean(self, clean: bool) -> None:
        """A clean text: the details pane says so instead of staying empty (h21gui)."""
        note = self.tr("No machine-translation artefacts were found in this text.")
        if clean:
            self.details.setPlainText(note)
        elif self.details.toPlainText() == note:
            self.details.clear()

    def confidence_text(self, finding: Finding) -> str:
        """What the confidence means for this finding, and whether it is doubtful: the details
        gave the bare number, and a doubtful finding's "safe" fix looked like any other
        (h23gui)."""
        share = max(1, round(finding.confidence * 10))
        if share >= 10:
            text = self.tr(
                "Confidence %1: nearly every finding of this kind was right on labelled real"
                " machine translation (measured where enough were seen, otherwise estimated)."
            )
        else:
            text = self.tr(
                "Confidence %1: about %2 in 10 findings of this kind were right on labelled real"
                " machine translation (measured where enough were seen, otherwise estimated)."
            ).replace("%2", str(share))
        text = text.replace("%1", i18n.number(finding.confidence, 2))
        note = dict(finding.data).get(CONFIDENCE_NOTE)
        if isinstance(note, str) and note:
            text += " " + note
        if finding.confidence < self.model.doubtful_below:
            text += " " + self.tr(
                "Doubtful: under your bar of %1, listed because Doubtful is on. Decide it"
                " yourself: Accept all safe and mtlint fix leave it alone."
            ).replace("%1", i18n.number(self.model.doubtful_below, 2))
        return text

    def show_details(self, row: int, text: str) -> None:
        if not 0 <= row < len(self.model.findings):
            self.details.clear()
            return
        finding = self.model.findings[row]
        sections = rule_doc_sections(finding.code)
        color = theme.family_color(finding.family or "other").name()
        about = (
            self.tr("%1, %2, confidence %3")
            .replace("%1", i18n.family_label(finding.family))
            .replace("%2", i18n.severity_label(finding.severity))
            .replace("%3", i18n.number(finding.confidence, 2))
        )
        parts = [
            f"<p><b style='color:{color}'>{finding.code}</b> <b>{html.escape(finding.name)}</b>"
            f" — {html.escape(finding.message)} <span style='color:gray'>"
            f"({html.escape(about)})</span></p>",
            f"<p>{html.escape(self.confidence_text(finding))}</p>",
        ]
        if sections.get("why it matters"):
            heading = self.tr("Why it matters")
            parts.append(
                f"<p><i>{html.escape(heading)}:</i> {html.escape(sections['why it matters'])}</p>"
            )
        for number, fix in enumerate(finding.fixes):
            label = self.tr("Fix") if number == 0 else self.tr("Alternative")
            safety = i18n.applicability_label(fix.applicability)
            parts.append(
                f"<p>{html.escape(label)}: <b>{html.escape(clipped(fix.describe(text)))}</b> "
                f"<span style='color:gray'>({html.escape(safety)})</span></p>"
            )
        if sections.get("fix safety") and finding.fixes:
            heading = self.tr("Fix safety")
            parts.append(
                f"<p style='color:gray'><i>{html.escape(heading)}:</i> "
                f"{html.escape(sections['fix safety'])}</p>"
            )
        self.details.setHtml("".join(parts))
