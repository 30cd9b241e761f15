"""How a file was read is shown: a guessed encoding or an empty file, in the document view and
in the batch table (the engine notes them; the app used to show a wrongly decoded file as a
clean one, and an empty file as "OK" with a perfect score)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

FRENCH = "Le président est arrivé lundi à Paris. Les élèves ont été très contents.\n"


def test_a_file_read_as_cp1252_says_so_above_the_text(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    open_and_wait(window, path)
    assert window.read_note.isVisible()
    assert "UTF-8" in window.read_note.text() and "cp1252" in window.read_note.text()
    # A clean UTF-8 file next: the note goes away.
    clean = tmp_path / "utf8.txt"
    clean.write_text(FRENCH, encoding="utf-8")
    open_and_wait(window, clean)
    assert not window.read_note.isVisible()


def test_an_empty_file_is_said_to_be_empty(qtbot, window, open_and_wait, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    open_and_wait(window, path)
    assert window.read_note.isVisible()
    assert "no text" in window.read_note.text()


def test_batch_status_tells_an_empty_or_guessed_file_from_a_clean_one(
    qtbot, window, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "clean.txt").write_text(FRENCH * 10, encoding="utf-8")  # enough words to score
    (folder / "latin1.txt").write_bytes(FRENCH.encode("latin-1"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with qtbot.waitSignal(window.batch.finished, timeout=60000):
        window.open_path(folder)
    model = window.batch.model
    status_column = model.columnCount() - 1
    score_column = status_column - 1
    rows = {Path(r.path).name: row for row, r in enumerate(model.reports)}

    def cell(name: str, column: int) -> str:
        return model.data(model.index(rows[name], column), Qt.ItemDataRole.DisplayRole)

    assert cell("clean.txt", status_column) == "fr · OK"  # its language first (h25gui)
    assert "cp1252" in cell("latin1.txt", status_column)
    assert "no text" in cell("empty.txt", status_column)
    assert "·" not in cell("empty.txt", status_column)  # no words: no language to name
    assert cell("empty.txt", score_column) == "—"  # nothing to score, not a perfect 100
    assert cell("clean.txt", score_column) != "—"
