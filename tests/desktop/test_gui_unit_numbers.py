"""A bilingual file's findings are placed by unit, as the grid numbers its rows (h21gui, defect
5): the findings table said "Line 2360" for a .po finding the grid showed in row 508. The column
says "Unit" for such files and its number is the grid's row; the file line is in the tooltip."""

from __future__ import annotations

from pathlib import Path

from mtlint.desktop.models import FindingsModel
from PySide6.QtCore import Qt

HEADER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: de\\n"

"""


def unit(number: int, target: str) -> str:
    return f'#: src/app.c:{number}\nmsgid "Message {number}."\nmsgstr "{target}"\n\n'


def test_bilingual_findings_are_placed_by_the_grids_unit_number(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    units = [unit(n, f"Nachricht Nummer {n}.") for n in range(1, 8)]
    units.append(unit(8, "Der Präsident traf den den Minister in Taschkent."))
    path = tmp_path / "app-de.po"
    path.write_text(HEADER + "".join(units), encoding="utf-8")
    open_and_wait(window, path)
    model = window.panel.model
    assert model.findings, "the doubled word is found"
    assert model.headerData(FindingsModel.LINE, Qt.Orientation.Horizontal) == "Unit"
    row = next(
        r
        for r, f in enumerate(model.findings)
        if "den den" in window.session.document.text[f.start - 4 : f.end + 4]
    )
    shown = model.index(row, FindingsModel.LINE).data()
    assert shown == 8  # the grid's row number …
    grid = window.grid
    grid.select_offset(window.session.document.units, model.findings[row].start)
    grid_row = grid.proxy.mapToSource(grid.table.currentIndex()).row()
    assert grid.model.headerData(grid_row, Qt.Orientation.Vertical) == str(shown)
    file_line = window.session.document.line_col(model.findings[row].start)[0]
    assert file_line > 30  # … not the file's line, which the tooltip gives
    tip = model.index(row, FindingsModel.LINE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"line {file_line}" in tip
