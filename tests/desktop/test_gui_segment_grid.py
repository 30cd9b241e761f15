"""Bilingual files as a segment grid: source | target | findings, edited through the real table,
saved through the format's writer (structure, notes and states kept)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from mtlint.desktop.views.segment_grid import SegmentModel
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

PO = """# German translation.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: de\\n"

#. a greeting
#: src/main.c:10
msgid "Hello world"
msgstr "Hallo Welt"

#: src/main.c:20
msgid "Open the file now"
msgstr "Öffnen Sie die Datei Datei jetzt"

#: src/main.c:30
#, c-format
msgid "Saved %d files"
msgstr "%d Dateien gespeichert"
"""

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="de" datatype="plaintext" original="app">
    <body>
      <trans-unit id="1">
        <source>Hello world</source>
        <target state="translated">Hallo Welt</target>
        <note>greeting</note>
      </trans-unit>
      <trans-unit id="2">
        <source>Open the <g id="1">file</g> now</source>
        <target state="needs-review-translation">Öffnen Sie die  <g id="1">Datei</g> jetzt</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _edit_target(qtbot, window, row: int, old: str, new: str) -> None:
    """Type into the target cell of ``row`` as a user does (F2, edit, Enter)."""
    grid = window.grid
    index = grid.proxy.mapFromSource(grid.model.index(row, SegmentModel.TARGET))
    grid.table.setFocus()
    grid.table.setCurrentIndex(index)
    QTest.keyClick(grid.table, Qt.Key.Key_F2)
    editors = [e for e in grid.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    text = grid.model.targets[row].replace(old, new)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: grid.model.targets[row] == text, timeout=2000)


def _open(qtbot, window, open_and_wait, path: Path) -> None:
    open_and_wait(window, path)
    assert window.document_pages.currentWidget() is window.grid


def test_po_grid_shows_source_and_target_and_filters(qtbot, window, open_and_wait, tmp_path):
    path = tmp_path / "de.po"
    path.write_text(PO, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    model = window.grid.model
    assert model.sources == ["Hello world", "Open the file now", "Saved %d files"]
    assert model.targets[1] == "Öffnen Sie die Datei Datei jetzt"
    assert model.findings[1] and model.findings[1][0].code.startswith("MT4")
    window.grid.only_findings.setChecked(True)
    assert window.grid.proxy.rowCount() == sum(1 for f in model.findings if f)
    window.grid.only_findings.setChecked(False)
    grid = window.grid
    grid.family.setCurrentIndex(grid.family.findData("repetition"))
    shown = [
        grid.proxy.mapToSource(grid.proxy.index(r, 0)).row() for r in range(grid.proxy.rowCount())
    ]
    assert shown == [r for r in range(len(model.targets)) if "repetition" in model.families(r)]
    grid.family.setCurrentIndex(0)
    # F8 goes to the next row with a finding.
    window.grid.table.setFocus()
    QTest.keyClick(window.grid.table, Qt.Key.Key_F8)
    current = window.grid.proxy.mapToSource(window.grid.table.currentIndex()).row()
    assert model.findings[current]


def test_po_edit_rechecks_and_saves_only_that_msgstr(qtbot, window, open_and_wait, tmp_path):
    path = tmp_path / "de.po"
    path.write_text(PO, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    with qtbot.waitSignal(window.findings_updated, timeout=20000):
        _edit_target(qtbot, window, 1, "Datei Datei", "Datei")
    assert not window.grid.model.findings[1]  # the repeated word is gone after the re-check
    assert window.isWindowModified()
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    before, after = PO.splitlines(), path.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ('msgstr "Öffnen Sie die Datei Datei jetzt"', 'msgstr "Öffnen Sie die Datei jetzt"')
    ]
    assert Path(str(path) + ".bak").read_text(encoding="utf-8") == PO
    assert not window.isWindowModified()


def _elements(root: ElementTree.Element) -> list[tuple]:
    return [(e.tag, sorted(e.attrib.items()), e.text, e.tail) for e in root.iter()]


def test_xliff_edit_keeps_structure_notes_states_and_inline_tags(
    qtbot, window, open_and_wait, tmp_path
):
    path = tmp_path / "app.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    assert window.grid.model.sources[1].startswith("Open the")
    _edit_target(qtbot, window, 1, "die  ", "die ")
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    old = _elements(ElementTree.fromstring(XLIFF.encode()))
    new = _elements(ElementTree.fromstring(path.read_bytes()))
    differences = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert len(differences) == 1
    (tag, attrib, text, _), (tag2, attrib2, text2, _) = differences[0]
    assert tag == tag2 and tag.endswith("target") and attrib == attrib2
    assert (text, text2) == ("Öffnen Sie die  ", "Öffnen Sie die ")


@pytest.mark.parametrize("name", ["de.po", "app.xlf"])
def test_the_grid_is_not_modified_after_loading(qtbot, window, open_and_wait, tmp_path, name):
    path = tmp_path / name
    path.write_text(PO if name.endswith(".po") else XLIFF, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    assert not window.documents.modified
    assert window.editor.isReadOnly()


def test_choosing_a_finding_in_the_table_selects_its_row(qtbot, window, open_and_wait, tmp_path):
    path = tmp_path / "de.po"
    path.write_text(PO, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    panel = window.panel
    for row in range(panel.proxy.rowCount()):
        panel.table.selectRow(row)
        finding = panel.model.findings[panel.current_source_row()]
        grid_row = window.grid.proxy.mapToSource(window.grid.table.currentIndex()).row()
        assert finding in window.grid.model.findings[grid_row]


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x"
          creationtool="t" creationtoolversion="1"/>
  <body>
    <tu tuid="1">
      <note>greeting</note>
      <tuv xml:lang="en"><seg>Hello world</seg></tuv>
      <tuv xml:lang="de"><seg>Hallo Welt</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="en"><seg>Open the file now</seg></tuv>
      <tuv xml:lang="de"><seg>Öffnen Sie die Datei Datei jetzt</seg></tuv>
    </tu>
  </body>
</tmx>
"""

CSV = (
    'source,target\n"Hello world","Hallo Welt"\n'
    '"Open the file now","Öffnen Sie die Datei Datei jetzt"\n'
)


@pytest.mark.parametrize(("name", "content"), [("app.tmx", TMX), ("app.csv", CSV)])
def test_tmx_and_csv_edits_change_only_that_target(
    qtbot, window, open_and_wait, tmp_path, name, content
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    assert window.grid.model.sources == ["Hello world", "Open the file now"]
    _edit_target(qtbot, window, 1, "Datei Datei", "Datei, bitte")
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    expected = content.replace("Datei Datei jetzt", "Datei, bitte jetzt")
    assert path.read_text(encoding="utf-8") == expected


@pytest.fixture
def po_grid(qtbot, window, open_and_wait, tmp_path):
    """The window with the German PO open in the segment grid."""
    path = tmp_path / "de.po"
    path.write_text(PO, encoding="utf-8")
    _open(qtbot, window, open_and_wait, path)
    return window.grid


def _menu_for_row(qtbot, grid, row: int):
    """Right-click the row's target cell as a user does; returns the menu that opened."""
    index = grid.proxy.mapFromSource(grid.model.index(row, SegmentModel.TARGET))
    grid.table.scrollTo(index)
    grid.table.customContextMenuRequested.emit(grid.table.visualRect(index).center())
    qtbot.waitUntil(lambda: grid.menu is not None and grid.menu.isVisible(), timeout=2000)
    return grid.menu


def test_grid_edits_undo_and_redo_from_the_table(qtbot, window, po_grid):
    grid, model = window.grid, window.grid.model
    _edit_target(qtbot, window, 1, "Datei Datei", "Datei")
    assert model.modified and grid.undo_action.isEnabled()
    grid.table.setFocus()
    QTest.keySequence(grid.table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert model.targets[1] == "Öffnen Sie die Datei Datei jetzt"
    assert not model.modified
    QTest.keySequence(grid.table, QKeySequence(QKeySequence.StandardKey.Redo))
    assert model.targets[1] == "Öffnen Sie die Datei jetzt"
    assert model.modified


def test_grid_row_menu_applies_a_fix_as_one_undo_step(qtbot, window, po_grid):
    grid, model = window.grid, window.grid.model
    menu = _menu_for_row(qtbot, grid, 1)
    actions = [a for a in menu.fix_actions() if a.isEnabled()]
    assert actions, "the repeated word's fix is offered in the grid's menu"
    with qtbot.waitSignal(window.findings_updated, timeout=20000):
        actions[0].trigger()
    assert model.targets[1] == "Öffnen Sie die Datei jetzt"
    assert not model.findings[1]  # re-checked: the repeat is gone
    with qtbot.waitSignal(window.findings_updated, timeout=20000):
        model.undo_stack.undo()
    assert model.targets[1] == "Öffnen Sie die Datei Datei jetzt"
    assert model.findings[1]  # found again in the restored text
    # Once the row is edited after the check, its old fixes no longer fit: offered, disabled.
    model.change_target(1, "Öffnen Sie die Datei Datei sofort", "edit")
    menu = _menu_for_row(qtbot, grid, 1)
    assert menu.fix_actions() and not any(a.isEnabled() for a in menu.fix_actions())


def test_grid_row_menu_ignore_here_and_explain(qtbot, window, po_grid):
    grid, model = window.grid, window.grid.model
    code = model.findings[1][0].code
    menu = _menu_for_row(qtbot, grid, 1)
    with qtbot.waitSignal(grid.explain_requested, timeout=2000) as explained:
        next(a for a in menu.actions() if a.text().startswith("&Explain")).trigger()
    assert explained.args == [code]
    if window.documents.rules_dialog is not None:
        window.documents.rules_dialog.close()
    menu = _menu_for_row(qtbot, grid, 1)
    next(a for a in menu.actions() if a.text() == "Ignore &here").trigger()
    assert code not in {f.code for f in model.findings[1]}
    # A later re-check (an edit elsewhere) keeps it hidden.
    with qtbot.waitSignal(window.findings_updated, timeout=20000):
        _edit_target(qtbot, window, 0, "Welt", "Welt!")
    assert code not in {f.code for f in model.findings[1]}


def test_the_screenshot_menu_of_a_bilingual_file_is_the_grids(window, po_grid):
    from mtlint.desktop.app import open_first_finding_menu

    menu = open_first_finding_menu(window)
    assert menu is not None and menu is window.grid.menu
    assert any(a.isEnabled() for a in menu.fix_actions())


def test_grid_row_menu_ignores_for_good_into_the_project_file(qtbot, window, po_grid):
    grid, model = window.grid, window.grid.model
    code = model.findings[1][0].code
    menu = _menu_for_row(qtbot, grid, 1)
    good = next(a for a in menu.actions() if a.text() == "Ignore for &good")
    assert good.isEnabled()
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        good.trigger()
    written = (window.session.path.parent / ".mtlint-ignore").read_text(encoding="utf-8")
    assert code in written and "Datei" in written
    # Reloaded from disk with the ignore file: the engine itself no longer reports it.
    assert code not in {f.code for f in model.findings[1]}
    assert code not in {f.code for f in window.session.findings}


def test_identical_findings_of_a_row_are_one_menu_entry_fixed_at_once(qtbot, window, tmp_path):
    from mtlint.checks.model import Applicability, Edit, Finding, Fix, Span
    from mtlint.desktop.views.finding_menu import FindingMenu

    text = "Ein  Satz  mit  Lücken."
    places = [i for i in range(len(text) - 1) if text[i : i + 2] == "  "]
    findings = [
        Finding(
            "MT105",
            "double-space",
            "Two spaces between words",
            Span(i, i + 2),
            fixes=(Fix((Edit(i, i + 2, " "),), Applicability.SAFE),),
        )
        for i in places
    ]
    menu = FindingMenu(findings, text, can_edit=True, can_ignore_for_good=True)
    qtbot.addWidget(menu)
    titles = [a.text() for a in menu.actions() if a.text().startswith("MT105")]
    assert titles == ["MT105 double-space (3 places)"]
    (fix_action,) = menu.fix_actions()
    assert fix_action.text().endswith("at all 3")
    with qtbot.waitSignal(menu.apply_fix) as applied:
        fix_action.trigger()
    fix = applied.args[0]
    fixed = text
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        fixed = fixed[: edit.start] + edit.replacement + fixed[edit.end :]
    assert fixed == "Ein Satz mit Lücken."
    ignored = []
    menu.ignore_here.connect(ignored.append)
    next(a for a in menu.actions() if a.text() == "Ignore &here").trigger()
    assert ignored == findings


def test_the_findings_column_counts_repeated_findings(qtbot, window, open_and_wait, tmp_path):
    path = tmp_path / "spaces.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n'
        'msgid "Open the file now and save it."\n'
        'msgstr "Öffnen Sie  die  Datei  jetzt und speichern Sie sie."\n',
        encoding="utf-8",
    )
    _open(qtbot, window, open_and_wait, path)
    model = window.grid.model
    assert [f.code for f in model.findings[0]].count("MT106") == 3
    shown = model.data(model.index(0, SegmentModel.FINDINGS))
    assert shown.count("MT106") == 1 and shown.endswith("(×3)")
