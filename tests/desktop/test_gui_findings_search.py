"""Searching the findings describes no fix (h21gui follow-up).

The first keystroke in the search box of a 20 MB file's 35,000 findings described every fix
(``Fix.describe``, 0.1 s on the GUI thread) to look in the "Suggested fix" column. The search now
reads the fix's own texts (title, or the text replaced and the replacement), kept per row once
made: fixes are described only for the rows shown. No timing: the test counts the calls."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.checks.pipeline import CheckedFile
from mtlint.desktop import models
from mtlint.desktop.session import finish_session

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


def test_a_search_describes_only_the_rows_shown(qtbot, window, monkeypatch) -> None:
    session = session_with_fixes()
    window.show_session(session)
    described = 0
    real_describe = Fix.describe

    def describe(self, text):
        nonlocal described
        described += 1
        return real_describe(self, text)

    monkeypatch.setattr(Fix, "describe", describe)
    made = 0
    real_search_text = models.FindingsModel.search_text

    def search_text(self, row):
        nonlocal made
        made += self._search_texts[row] is None
        return real_search_text(self, row)

    monkeypatch.setattr(models.FindingsModel, "search_text", search_text)

    untitled = [n for n in range(COPIES) if n % 10]
    qtbot.keyClicks(window.panel.search, "putin who")  # a replacement
    window.panel.table.viewport().repaint()
    assert shown_rows(window) == untitled
    assert described < 200  # the rows on screen, not 3,000
    assert made == COPIES  # each row's search text made once, on the first keystroke

    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "putinwho")  # the text a fix replaces
    assert shown_rows(window) == untitled
    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "join the")  # a fix's title
    assert shown_rows(window) == list(range(0, COPIES, 10))
    assert made == COPIES  # kept: later keystrokes made none again
    assert described < 400
