"""A status-bar message that outlives the reload it causes.

Saving re-opens the saved file; the reload's own messages ("Checking …", then a cleared bar when
the check is done) used to wipe "Saved …" within a moment, so a save gave no visible answer and
the backup's name was never seen. The message is shown now and once more when the re-opened
document is ready."""

from __future__ import annotations

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar

SHOWN_MS = 10000


class LastingMessage(QObject):
    def __init__(self, bar: QStatusBar, ready: SignalInstance) -> None:
        super().__init__(bar)
        self.bar = bar
        self.pending = ""
        ready.connect(self._again)

    def show(self, text: str) -> None:
        self.pending = text
        self.bar.showMessage(text, SHOWN_MS)

    def forget(self) -> None:
        self.pending = ""

    def _again(self) -> None:
        text, self.pending = self.pending, ""
        if text:
            self.bar.showMessage(text, SHOWN_MS)
