"""Desktop test fixtures: settings in a temp INI file, decisions in a temp database."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytestqt  # noqa: F401 - part of the test extra: missing means a broken install, not a skip
from mtlint.desktop import i18n
from mtlint.desktop.decisions import DecisionStore
from mtlint.desktop.main_window import MainWindow
from mtlint.desktop.settings import Settings
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


@pytest.fixture
def prepare_threads(monkeypatch) -> list[str]:
    """The names of the threads that ran ``text_document.prepare_document`` (which must be a
    worker, never the GUI thread, for long texts)."""
    import threading

    from mtlint.desktop import text_document

    threads: list[str] = []
    real_prepare = text_document.prepare_document

    def prepare(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(text_document, "prepare_document", prepare)
    return threads


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
