"""Desktop test fixtures: settings in a temp INI file, decisions in a temp database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytestqt  # noqa: F401 - part of the test extra: missing means a broken install, not a skip
from mtlint.desktop import i18n
from mtlint.desktop.decisions import DecisionStore
from mtlint.desktop.main_window import MainWindow
from mtlint.desktop.settings import Settings
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QSettings

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp):
    """The English UI as ``mtlint-gui`` installs it: the plural forms come from mtlint_en.qm."""
    i18n.install("en", qapp)
    yield
    i18n.install("en", qapp)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store(tmp_path: Path):
    store = DecisionStore(tmp_path / "decisions.sqlite3")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, settings: Settings, store: DecisionStore) -> MainWindow:
    window = MainWindow(settings, store, interactive=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    for channel in ("load", "backtranslate", "batch"):
        window.runner.cancel(channel)
    window.runner.wait(10000)


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def open_and_wait(qtbot):
    """Open a file in a window and wait until it has been checked and shown."""

    def run(window: MainWindow, path: Path, timeout: int = 20000) -> None:
        with qtbot.waitSignal(window.document_ready, timeout=timeout):
            window.open_path(path)

    return run


@pytest.fixture(scope="session")
def qobjects_made_in_workers() -> Iterator[list[str]]:
    """Every QObject made from Python off the main thread, as "Class in thread" (h24gui).

    A fresh-clone CI run hung for good in a worker's ``moveToThread`` of a QTextDocument it had
    made (session 19): PySide takes the GIL for a Python-made QObject's virtual calls while Qt
    holds its own locks. Workers return plain data now (``text_document``); this watch (each
    QObject class's ``__init__`` wrapped for the session) keeps it so in every GUI test."""
    made: list[str] = []
    main = threading.main_thread()
    wrapped = []
    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            cls = getattr(module, name)
            if not (isinstance(cls, type) and issubclass(cls, QtCore.QObject)):
                continue
            real = cls.__dict__.get("__init__")
            if real is None:
                continue

            def init(self, *args, _real=real, _name=name, **kwargs):
                if threading.current_thread() is not main:
                    made.append(f"{_name} in {threading.current_thread().name}")
                _real(self, *args, **kwargs)

            cls.__init__ = init
            wrapped.append((cls, real))
    yield made
    for cls, real in wrapped:
        cls.__init__ = real


@pytest.fixture(autouse=True)
def no_qobject_made_in_a_worker(qobjects_made_in_workers: list[str]) -> Iterator[None]:
    """Fails the test if a worker thread made a QObject during it (see above)."""
    qobjects_made_in_workers.clear()
    yield
    made = list(qobjects_made_in_workers)
    qobjects_made_in_workers.clear()
    assert not made, f"QObjects made off the GUI thread: {made[:5]}"


@pytest.fixture
def describe_counter(monkeypatch) -> list[str]:
    """The texts ``Fix.describe`` made, one entry per call (a fix is described only for the
    rows on screen and the selected finding's details, never for every finding up front)."""
    from mtlint.checks.model import Fix

    described: list[str] = []
    real_describe = Fix.describe

    def describe(self, text):
        made = real_describe(self, text)
        described.append(made)
        return made

    monkeypatch.setattr(Fix, "describe", describe)
    return described
