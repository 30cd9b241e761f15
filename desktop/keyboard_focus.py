"""The keyboard after opening: the findings list has the focus once a document is shown (the
batch's table once a folder is checked), and Enter acts on the selected finding.

After opening a file the focus sat on the tab bar (the first widget that takes it), so the arrows
switched tabs and Enter did nothing until the user clicked into the list (h22gui's fresh use).
Now a newly shown document gives the findings list the focus; a re-check of the same document
leaves it where the user put it (typing in the text, the search box, the Doubtful switch).
A file opened from the batch's table is shown on the Document tab once it is checked.
Enter (or a double-click) on a finding opens its fix in the review, where A / R / Space decide
it; a finding without a fix puts the cursor in the text at the finding instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTabBar


class KeyboardFocus(QObject):
    """Installed on the main window: the findings list's and the batch's focus, Enter on a
    finding."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)  # the window owns it; no Python reference keeps it alive
        self._shown: object = None  # the path of the document last shown
        self._from_batch: Path | None = None  # a file opened from the batch, until it is shown
        window.document_ready.connect(self._focus_after_open)
        window.batch.open_file.connect(lambda path: setattr(self, "_from_batch", Path(path)))
        window.panel.table.activated.connect(self._activate)
        window.batch.finished.connect(self._focus_after_batch)

    @property
    def window(self) -> Any:
        return self.parent()

    def _focus_after_open(self) -> None:
        window = self.window
        session = window.session
        if session is None:
            return
        # Pasted text (no path) is a new document each time it is shown.
        new_document = session.path is None or session.path != self._shown
        self._shown = session.path
        if self._from_batch is not None and session.path == self._from_batch:
            # Opened from the batch (Enter, double-click): it loaded behind the batch's tab,
            # and nothing seemed to happen (h23gui).
            self._from_batch = None
            window.tabs.setCurrentIndex(window.DOCUMENT)
        if window.tabs.currentIndex() != window.DOCUMENT:
            return
        focus = QApplication.focusWidget()
        if new_document or focus is None or isinstance(focus, QTabBar):
            window.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_after_batch(self) -> None:
        """A folder checked: its table has the keys (arrows, Enter opens the file), unless the
        user went to another tab or is typing meanwhile (the folder, the glob)."""
        window = self.window
        table = window.batch.table
        if window.tabs.currentIndex() != window.BATCH or not window.batch.proxy.rowCount():
            return
        focus = QApplication.focusWidget()
        if not isinstance(focus, QLineEdit):
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not table.currentIndex().isValid():
                table.selectRow(0)

    def _activate(self, index: QModelIndex) -> None:
        """Enter on a finding: its fix in the review, else the text at the finding."""
        window = self.window
        if window.session is None or not index.isValid():
            return
        row = window.panel.proxy.mapToSource(index).row()
        finding = window.panel.model.findings[row]
        if finding.fixes:
            window.review_current()
            return
        page = window.document_pages.currentWidget()
        target = window.grid.table if page is window.grid else window.editor
        target.setFocus(Qt.FocusReason.OtherFocusReason)
