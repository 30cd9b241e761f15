"""Issue 14 in the app: consistency occurrences (click to jump, across a batch's files), the
checklist in Settings (validated, tested on the open document, used by checks and the review),
the batch's score column and XLSX export. Real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path

from mtlint.desktop.dialogs.settings_dialog import SettingsDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

XLIFF_UNITS = ["Datei öffnen", "Öffne Datei", "Datei öffnen"]


def xliff(path: Path, targets: list[str]) -> Path:
    units = "".join(
        f'<trans-unit id="u{i}"><source>Open file</source><target>{t}</target></trans-unit>'
        for i, t in enumerate(targets)
    )
    path.write_text(
        '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" '
        'target-language="de" datatype="plaintext" original="x">'
        f"<body>{units}</body></file></xliff>",
        encoding="utf-8",
    )
    return path


def po(path: Path, target: str) -> Path:
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
        f'msgid "Open file"\nmsgstr "{target}"\n\nmsgid "Close"\nmsgstr "Schließen"\n',
        encoding="utf-8",
    )
    return path


def finding_row(window, code: str) -> int:
    proxy = window.panel.proxy
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0)).row()
        if window.panel.model.findings[source].code == code:
            return row
    raise AssertionError(f"no {code} in the findings table")


def test_consistency_finding_lists_its_occurrences_and_jumps(
    qtbot, window, open_and_wait, tmp_path
):
    path = xliff(tmp_path / "ui.xlf", XLIFF_UNITS)
    open_and_wait(window, path)
    row = finding_row(window, "MT901")
    index = window.panel.proxy.index(row, 0)
    window.panel.table.doubleClicked.emit(index)
    dialog = window._occurrences_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 3
    assert [dialog.model.index(r, 1).data() for r in range(3)] == ["u0", "u1", "u2"]
    assert dialog.model.index(1, 3).data() == "Öffne Datei"
    dialog.table.clicked.emit(dialog.model.index(2, 0))
    assert window.editor.textCursor().selectedText() == "Datei öffnen"
    dialog.table.clicked.emit(dialog.model.index(1, 0))
    assert window.editor.textCursor().selectedText() == "Öffne Datei"
    dialog.close()


def test_batch_occurrences_open_the_other_file(qtbot, window, tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    po(folder / "a.po", "Datei öffnen")
    po(folder / "b.po", "Datei öffnen")
    po(folder / "c.po", "Öffne Datei")
    batch = window.batch
    with qtbot.waitSignal(batch.finished, timeout=60000):
        window.open_path(folder)
    names = [Path(r.path).name for r in batch.reports]
    assert sorted(names) == ["a.po", "b.po", "c.po"]
    button = batch.findChild(QPushButton, "occurrencesButton")
    row = next(
        r for r in range(batch.proxy.rowCount()) if batch.proxy.index(r, 0).data().endswith("c.po")
    )
    batch.table.setCurrentIndex(batch.proxy.index(row, 0))
    assert button.isEnabled()
    # The score column: a one-line .po file has too few words for a quality score (h21gui).
    headers = batch.model.headers()
    score = batch.proxy.index(row, headers.index("Score")).data(Qt.ItemDataRole.DisplayRole)
    assert score == "—"
    assert "too few words for a quality score" in batch.chart.title()
    button.click()
    dialog = window._occurrences_dialog
    listed = sorted(Path(dialog.model.rows[r].path).name for r in range(dialog.model.rowCount()))
    assert listed == ["a.po", "b.po", "c.po"]
    target = next(r for r, o in enumerate(dialog.model.rows) if o.path.endswith("a.po"))
    with qtbot.waitSignal(window.document_ready, timeout=30000):
        dialog.table.clicked.emit(dialog.model.index(target, 0))
    assert window.session.path.name == "a.po"
    assert window.editor.textCursor().selectedText() == "Datei öffnen"
    dialog.close()
    # The batch export offers XLSX and writes a workbook openpyxl reads.
    from openpyxl import load_workbook

    assert batch.export_format.findData("xlsx") >= 0
    batch.export("xlsx", tmp_path / "batch.xlsx")
    workbook = load_workbook(tmp_path / "batch.xlsx")
    codes = [r[3] for r in workbook["Findings"].iter_rows(min_row=2, values_only=True)]
    assert "MT901" in codes


CHECKLIST = """[[checklist]]
id = "e-mail"
message = "Write email"
target = "e-mail"
regex = false
ignore-case = true
replacement = "email"
fix = "safe"
"""


def test_checklist_in_settings_validated_tested_and_used(
    qtbot, window, open_and_wait, settings, tmp_path
):
    page = tmp_path / "page.txt"
    page.write_text("Send an e-mail today. Another e-mail follows.\n", encoding="utf-8")
    open_and_wait(window, page)
    dialog = SettingsDialog(settings, None, window, document=window.session.document)
    qtbot.addWidget(dialog)
    editor = dialog.checklist
    editor.editor.setPlainText('[[checklist]]\nid = "x"\nmessage = "m"\ntarget = "(oops"\n')
    assert editor.status.text().startswith("Problem: line 4:")
    assert "bad target regex" in editor.status.text()
    dialog.accept()  # refused while the checklist is broken
    assert settings.checklist_toml == ""
    editor.editor.clear()
    editor.add_button.click()
    assert "[[checklist]]" in editor.text() and editor.status.text() == "1 entry, valid"
    editor.editor.setPlainText(CHECKLIST)
    assert editor.test() == 2
    assert editor.results.count() == 2 and "MTC-E-MAIL" in editor.results.item(0).text()
    dialog.accept()
    assert settings.checklist_toml == CHECKLIST
    assert [e.code for e in settings.base_config().checklist] == ["MTC-E-MAIL"]
    # Re-checked with the new settings: the entries are findings like any rule's, with fixes
    # the side-by-side review offers.
    open_and_wait(window, page)
    checklist = [f for f in window.session.findings if f.code == "MTC-E-MAIL"]
    assert len(checklist) == 2 and all(f.fixes for f in checklist)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    rows = [i for i, f in enumerate(review.state.items) if f.code == "MTC-E-MAIL"]
    assert len(rows) == 2
    review.accept_all_safe()  # the entry's fix is declared safe
    assert "Send an email today. Another email follows." in review.fixed.toPlainText()
