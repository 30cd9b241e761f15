"""Compare a keyed catalogue with its source file (h29files): File ▸ "Compare with source
file…" picks the source-language file of an open ``fr.json``, ``values-fr/strings.xml``,
``fr.lproj/Localizable.strings`` … and checks the catalogue again with its units paired with
that file by key, as ``mtlint check FILE --source SRC`` does. The pairing (reading both files,
matching the keys) runs in the load worker like any check; a source of another format, or a
file whose format takes no source, is the worker's one-line error, shown as a failed load is.
Re-checking (F5) keeps the source until another file is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from mtlint.checks.config import Config
    from mtlint.desktop.main_window import MainWindow


def with_catalogue_source(config: Config, target: Path, source: str | Path | None) -> Config:
    """The config with ``source`` as the target's catalogue source, checked (in the worker: it
    reads the file system). InputError when the target's format takes no source file or the
    source is of another format or missing."""
    from dataclasses import replace

    from mtlint.checks.documents import InputError, catalogue_source

    if source is None:
        return config
    resolved = catalogue_source(target, Path(source))
    if resolved is None:
        raise InputError(
            f"{target.name}: only a keyed catalogue (.json, .strings, .stringsdict, .xml, .arb, "
            ".yml …) is compared with a source file"
        )
    return replace(config, catalogue_source=resolved)


class SourceCompare(QObject):
    """The action and what it does; made on the GUI thread by ``install``. The window owns it
    (its Qt parent) and it holds no Python reference to the window: a reference here kept a
    deleted window's wrapper alive (pytest-qt then closed a deleted MainWindow)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.action = QAction(
            QCoreApplication.translate("SourceCompare", "Compare with &source file…"), window
        )
        self.action.setToolTip(
            QCoreApplication.translate(
                "SourceCompare",
                "Pair this catalogue's strings with a source-language file, key by key",
            )
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.choose)
        window.document_ready.connect(self._update)
        window.addAction(self.action)

    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    def _update(self, *_args: object) -> None:
        session = self.window.session
        self.action.setEnabled(session is not None and session.path is not None)

    def choose(self) -> None:
        session = self.window.session
        if session is None or session.path is None:
            return
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("SourceCompare", "Source file for %1").replace(
                "%1", session.path.name
            ),
            str(session.path.parent.parent),
            QCoreApplication.translate("SourceCompare", "Same format (*%1);;All files (*)").replace(
                "%1", session.path.suffix
            ),
        )
        if source:
            self.compare(Path(source))

    def compare(self, source: Path) -> None:
        """Check the open catalogue again, paired with ``source`` (in the load worker)."""
        session = self.window.session
        if session is not None and session.path is not None:
            self.window.open_path(session.path, source=source)


def install(window: MainWindow) -> SourceCompare:
    """Add the action to the File menu, after "Check a folder…"."""
    compare = SourceCompare(window)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and window.open_folder_action in menu.actions():
            actions = menu.actions()
            after = actions.index(window.open_folder_action) + 1
            menu.insertAction(actions[after] if after < len(actions) else None, compare.action)
            break
    return compare
