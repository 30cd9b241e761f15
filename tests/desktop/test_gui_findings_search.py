"""Searching the findings describes no fix (h21gui follow-up).

The first keystroke in the search box of a 20 MB file's 35,000 findings described every fix
(``Fix.describe``, 0.1 s on the GUI thread) to look in the "Suggested fix" column. The search now
reads the fix's own texts (title, or the text replaced and the replacement), kept per row once
made: fixes are described only for the rows shown. No timing: the test counts the calls."""

from __future__ import annotations

import threading

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop import finding_search, models
from mtlint.desktop.session import finish_session
from PySide6.QtCore import Qt

LINE = "The president arrived, Vladimir Putinwho is making a visit to the city.\n"
COPIES = 3000


def session_with_fixes():
    text = LINE * COPIES
    at = LINE.index("Putinwho")
    findings = []
    for n in range(COPIES):
        base = n * len(LINE)
        # Every tenth fix carries a title instead of edits described from the text.
        title = "Join the sentence" if n % 10 == 0 else ""
        fix = Fix((Edit(base + at, base + at + 8, "Putin who"),), title=title)
        findings.append(
            Finding("MT101", "glued-word", "glued", Span(base + at, base + at + 8), fixes=(fix,))
        )
    return finish_session(
        None, CheckedFile(Document(text=text, language="en"), tuple(findings)), Config()
    )


def shown_rows(window) -> list[int]:
    proxy = window.panel.proxy
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def test_a_search_describes_only_the_rows_shown(
    qtbot, window, monkeypatch, describe_counter
) -> None:
    session = session_with_fixes()
    session._search = None  # the model makes the search texts (see the worker test below)
    window.show_session(session)
    described = describe_counter
    described.clear()  # counted from here
    made = 0
    real_search_text = models.FindingsModel.search_text

    def search_text(self, row):
        nonlocal made
        made += self._search_texts[row] is None
        return real_search_text(self, row)

    monkeypatch.setattr(models.FindingsModel, "search_text", search_text)

    untitled = [n for n in range(COPIES) if n % 10]
    qtbot.keyClicks(window.panel.search, "putin who")  # a replacement
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)  # filter now
    window.panel.table.viewport().repaint()
    assert shown_rows(window) == untitled
    assert len(described) < 200  # the rows on screen, not 3,000
    assert made == COPIES  # each row's search text made once, on the first keystroke

    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "putinwho")  # the text a fix replaces
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)  # filter now
    assert shown_rows(window) == untitled
    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "join the")  # a fix's title
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)  # filter now
    assert shown_rows(window) == list(range(0, COPIES, 10))
    assert made == COPIES  # kept: later keystrokes made none again
    assert len(described) < 400


def test_keystrokes_are_coalesced_until_the_typing_pauses(qtbot, window, monkeypatch) -> None:
    """Each keystroke filtered every finding: with 100,000 findings typing lagged (h22gui). The
    keys now restart a timer and the filter runs once they pause."""
    window.show_session(session_with_fixes())
    panel = window.panel
    applied: list[dict] = []
    real_set_filters = panel.proxy.set_filters

    def set_filters(**filters):
        applied.append(filters)
        real_set_filters(**filters)

    monkeypatch.setattr(panel.proxy, "set_filters", set_filters)
    qtbot.keyClicks(panel.search, "putin who")
    assert applied == [] and panel.proxy.rowCount() == COPIES  # nine keys, no filtering yet
    assert panel.search_timer.isActive()
    qtbot.waitUntil(lambda: not panel.search_timer.isActive(), timeout=5000)  # the pause
    assert applied == [{"search": "putin who"}]
    assert shown_rows(window) == [n for n in range(COPIES) if n % 10]
    # A text the program sets is applied at once; Enter does not filter the same text again.
    panel.search.setText("join the")
    assert len(applied) == 2 and shown_rows(window) == list(range(0, COPIES, 10))
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert len(applied) == 2


def test_a_growing_search_looks_only_in_the_rows_kept(window, monkeypatch) -> None:
    """Typing on narrows the rows already kept instead of reading every finding again."""
    window.show_session(session_with_fixes())
    panel = window.panel
    titled = list(range(0, COPIES, 10))
    panel.search.setText("join")
    looked: list[int] = []
    real_search_text = models.FindingsModel.search_text

    def search_text(self, row):
        looked.append(row)
        return real_search_text(self, row)

    monkeypatch.setattr(models.FindingsModel, "search_text", search_text)
    panel.search.setText("join the")
    assert shown_rows(window) == titled
    assert sorted(looked) == titled  # the 300 rows "join" kept, not 3,000
    looked.clear()
    panel.search.setText("join")  # shorter: every row again
    assert len(looked) == COPIES and shown_rows(window) == titled
    looked.clear()
    family = panel.model.findings[0].family or "other"
    panel.family.setCurrentIndex(panel.family.findData(family))  # another filter: every row
    assert len(looked) == COPIES


def test_the_search_texts_are_made_in_the_load_worker(qtbot, window, monkeypatch) -> None:
    """The first search of 100,000 findings made every row's search text on the GUI thread
    (0.1 s): the load worker makes them with the session now (h22gui)."""
    made_on: list[str] = []
    real_search_text = finding_search.search_text

    def search_text(finding, text):
        made_on.append(threading.current_thread().name)
        return real_search_text(finding, text)

    monkeypatch.setattr(finding_search, "search_text", search_text)
    monkeypatch.setattr(models, "search_text", search_text)
    made = []
    worker = threading.Thread(target=lambda: made.append(session_with_fixes()), name="load")
    worker.start()
    worker.join()
    window.show_session(made[0])
    window.panel.search.setText("join the")
    assert shown_rows(window) == list(range(0, COPIES, 10))
    assert made_on == ["load"] * COPIES  # none on the GUI thread
