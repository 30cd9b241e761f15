"""The status bar's counts and language, for the tab the user is in (h25gui).

In the Document, Review and Back-translation tabs they are the open document's (its findings,
the language it was checked in and why); in the Batch tab they are the batch's (what it is
doing or found, and the languages of its files: ``batch_status``) — it said "No document", or
the counts of a document opened elsewhere, beside a folder's results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject


class StatusLine(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)  # the window is read as ``parent()``: no reference kept
        window.tabs.currentChanged.connect(self.refresh)
        window.batch.status_changed.connect(self.refresh)

    def refresh(self, *_args: Any) -> None:
        from mtlint.desktop.language_status import language_status

        window = self.parent()
        if window.tabs.currentWidget() is window.batch:
            counts, language = window.batch.status_text(), window.batch.languages_text()
        elif window.session is None:
            counts, language = QCoreApplication.translate("MainWindow", "No document"), ""
        else:
            session = window.session
            shown = window.panel.proxy.rowCount()
            counts = window.counts_line.text(session.tallies(), shown, session.ignored)
            language = language_status(session)  # and why: declared, detected …
        window.counts_label.setText(counts)
        window.counts_label.setToolTip(counts)
        window.language_label.setText(language)
