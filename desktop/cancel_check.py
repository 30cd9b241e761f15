"""Stop a document check under way (h30tidy, session 24): a 5 MB file takes seconds to check
(tens on a loaded machine), and the only way out was opening another file. While the load
worker runs, a "Cancel" button stands beside the busy bar in the status bar, and Esc does the
same: the worker is told to stop (it stops at its next rule) and its result, if it still
comes, is dropped as stale; the window keeps what it showed before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtlint.desktop.jobs import Channel
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

if TYPE_CHECKING:
    from mtlint.desktop.main_window import MainWindow


class CheckCancel(QObject):
    """The action, its status-bar button and their visibility; made on the GUI thread by
    ``install``. The window owns it (its Qt parent); no Python reference to the window is kept
    (as compare_source.SourceCompare)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.action = QAction(QCoreApplication.translate("CheckCancel", "Cancel"), window)
        self.action.setToolTip(
            QCoreApplication.translate("CheckCancel", "Stop checking this document (Esc)")
        )
        self.action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.cancel)
        window.addAction(self.action)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setAutoRaise(True)
        # Beside the busy bar (the status bar's counts, busy bar, then language label).
        window.statusBar().insertPermanentWidget(2, self.button)
        runner = window.runner
        for signal in (runner.started, runner.finished, runner.failed, runner.cancelled):
            signal.connect(self._update)
        self._update()

    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    def _update(self, *_args: object) -> None:
        # Only while a check runs: Esc means nothing to the window otherwise.
        running = self.window.runner.is_running(Channel.LOAD)
        self.action.setEnabled(running)
        self.button.setVisible(running)

    def cancel(self) -> None:
        window = self.window
        if not window.runner.is_running(Channel.LOAD):
            return
        path = window.pending_path
        window.runner.cancel(Channel.LOAD)
        message = QCoreApplication.translate("CheckCancel", "Check cancelled")
        if path is not None:
            message = QCoreApplication.translate("CheckCancel", "Check of %1 cancelled").replace(
                "%1", path.name
            )
        window.statusBar().showMessage(message, 8000)


def install(window: MainWindow) -> CheckCancel:
    return CheckCancel(window)
