"""A long document check can be stopped (h30tidy, session 24): a "Cancel" button beside the
busy bar and Esc tell the load worker to stop; the window keeps the document it showed."""

from __future__ import annotations

import threading
from pathlib import Path

from mtlint.desktop import main_window
from PySide6.QtCore import Qt


def test_esc_stops_a_long_check_and_keeps_the_shown_document(
    qtbot, window, open_and_wait, seed, tmp_path: Path, monkeypatch
) -> None:
    open_and_wait(window, seed)
    shown = window.session
    stopped = threading.Event()

    def slow_session(path, config, *, cancelled=lambda: False, **_kwargs):
        # A check that runs until it is told to stop (at most 20 s).
        for _ in range(400):
            if cancelled():
                stopped.set()
                raise RuntimeError("cancelled")
            threading.Event().wait(0.05)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(main_window, "build_session", slow_session)
    big = tmp_path / "long.txt"
    big.write_text("The minister arrived on Sunday.\n", encoding="utf-8")
    window.open_path(big)
    button = window.check_cancel.button
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert window.busy.isVisible()
    window.activateWindow()
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(stopped.is_set, timeout=10000)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5000)
    assert not window.busy.isVisible()
    assert "long.txt" in window.statusBar().currentMessage()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.session is shown


def test_the_cancel_button_is_hidden_when_nothing_is_checked(qtbot, window) -> None:
    assert not window.check_cancel.button.isVisible()
    assert not window.check_cancel.action.isEnabled()
