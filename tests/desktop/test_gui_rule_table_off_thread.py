"""The rule table (every rule module, for the explanations of findings) is imported in the
load worker, never on the GUI thread: the checks run in the engine's child process, so the GUI
process used to import ~100 rule modules when the first finding was shown — a freeze of a
second or more on the first document opened."""

from __future__ import annotations

import threading
from pathlib import Path

from mtlint.checks import registry


def test_the_first_document_does_not_import_the_rules_on_the_gui_thread(
    qtbot, window, open_and_wait, seed: Path, monkeypatch
) -> None:
    original = registry._load_rule_modules
    loads_on_gui_thread = []

    def recording() -> None:
        if not registry._loaded and threading.current_thread() is threading.main_thread():
            loads_on_gui_thread.append(1)
        original()

    # As in a fresh app: the engine's child process checked, this process has no rule table.
    monkeypatch.setattr(registry, "_loaded", False)
    monkeypatch.setattr(registry, "_load_rule_modules", recording)
    open_and_wait(window, seed)
    assert window.panel.proxy.rowCount() > 0
    window.panel.table.selectRow(1)  # the details pane shows the rule's "why it matters"
    assert "Why it matters" in window.panel.details.toPlainText()
    assert loads_on_gui_thread == []
