"""The status bar says what the tab shown is about (h25gui).

In the Batch tab it said "No document" (or the counts of a document opened in the Document
tab) beside a folder's results. Now it tells the batch's progress and summary and the languages
its files were checked in (issue 11 item 4, issue 12 item 5); each row names its file's
language; the Document tab keeps the document's counts and language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

# Invented text: German news copy, long enough to be identified as German.
GERMAN = (
    "Die Bürgermeisterin hat am Montag den neuen Bahnhof der Stadt eröffnet. Nach Angaben der "
    "Verwaltung wurden die Bauarbeiten früher als geplant abgeschlossen, und die Kosten blieben "
    "unter dem Budget. Viele Anwohner kamen zur Feier und besichtigten die Bahnsteige. Der "
    "Verkehrsverbund kündigte an, dass die ersten Züge schon in der kommenden Woche fahren.\n"
)


@pytest.fixture
def folder(tmp_path: Path, seed: Path) -> Path:
    root = tmp_path / "desk"
    root.mkdir()
    (root / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "bahnhof.txt").write_text(GERMAN, encoding="utf-8")
    (root / "notes.jsonl").write_text("{}\n", encoding="utf-8")
    return root


def test_the_batch_tab_has_its_own_status_and_languages(qtbot, window, folder: Path) -> None:
    window.tabs.setCurrentIndex(window.BATCH)
    assert window.counts_label.text() != "No document"
    assert "No folder checked yet" in window.counts_label.text()
    seen: list[str] = []
    window.batch.status_changed.connect(lambda: seen.append(window.counts_label.text()))
    with qtbot.waitSignal(window.batch.finished, timeout=60000):
        window.open_path(folder)
    # Progress while it ran, the summary when done, and each file's language.
    assert any("Checking desk:" in text and "of 2 files" in text for text in seen), seen
    status = window.counts_label.text()
    assert status.startswith("desk: 2 files") and "findings" in status
    assert "1 file not checked" in status
    languages = window.language_label.text()
    assert languages.startswith("Languages: ") and "en 1 file" in languages
    assert "de 1 file" in languages
    # Each row's status begins with the language its file was checked in (a column of its own
    # left the counts' headings no room); the tooltip says how it was chosen.
    model = window.batch.model
    last = model.columnCount() - 1
    shown = {
        Path(model.reports[row].path).name: model.index(row, last).data()
        for row in range(model.rowCount())
    }
    assert shown["seed.txt"] == "en · OK" and shown["bahnhof.txt"] == "de · OK"
    assert shown["notes.jsonl"].startswith("Not checked")
    seed_row = next(r for r in range(model.rowCount()) if "seed" in model.reports[r].path)
    tip = model.index(seed_row, last).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["en · OK", "en, detected"]
    # The Document tab: nothing open there.
    window.tabs.setCurrentIndex(window.DOCUMENT)
    assert window.counts_label.text() == "No document"
    assert window.language_label.text() == ""
    window.tabs.setCurrentIndex(window.BATCH)
    assert window.counts_label.text() == status


def test_a_document_and_a_batch_each_keep_their_status(
    qtbot, window, open_and_wait, folder: Path
) -> None:
    open_and_wait(window, folder / "bahnhof.txt")
    document_status = window.counts_label.text()
    assert window.language_label.text().startswith("Language: German (de)")
    window.tabs.setCurrentIndex(window.BATCH)
    assert "No folder checked yet" in window.counts_label.text()
    assert window.language_label.text() == ""
    window.tabs.setCurrentIndex(window.REVIEW)
    assert window.counts_label.text() == document_status
    assert window.language_label.text().startswith("Language: German (de)")
