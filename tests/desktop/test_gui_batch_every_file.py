"""Every file of a batch folder has a row (h21gui, defect 4): a file mtlint does not read, or one
the project excludes, used to vanish ("9 / 9 files" for a folder of ten). It now shows as not
checked, with the reason; it is neither exported nor counted as checked."""

from __future__ import annotations

from pathlib import Path

from mtlint.desktop.batch_skipped import SkippedFile


def test_every_file_of_the_folder_has_a_row(qtbot, window, tmp_path: Path) -> None:
    root = tmp_path / "folder"
    (root / "sub").mkdir(parents=True)
    (root / "article.txt").write_text("The president arrived on Sunday.\n", encoding="utf-8")
    (root / "sub" / "notes.md").write_text("# Notes\n\nA visit.\n", encoding="utf-8")
    (root / "image.bin").write_bytes(b"\x89PNG\x00\x00")
    (root / "README").write_text("No extension.\n", encoding="utf-8")
    # A .json mtlint reads as a catalogue, but this one is a package manifest (h25files).
    (root / "package.json").write_text('{"name": "site", "version": "1.0.0"}\n', encoding="utf-8")
    (root / "draft.txt").write_text("Kept out by the project.\n", encoding="utf-8")
    (root / ".mtlint.toml").write_text('exclude = ["draft.txt"]\n', encoding="utf-8")
    batch = window.batch
    batch.recursive.setChecked(True)
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    rows = {
        Path(batch.model.reports[r].path).name: batch.model.index(
            r, batch.model.columnCount() - 1
        ).data()
        for r in range(batch.model.rowCount())
    }
    # Every file a user sees in the folder (the hidden settings file aside) has its row.
    assert set(rows) == {
        "article.txt",
        "notes.md",
        "image.bin",
        "README",
        "draft.txt",
        "package.json",
    }
    assert rows["image.bin"] == "Not checked: .bin files are not read"
    assert rows["README"].startswith("Not checked")
    assert rows["package.json"] == "Not checked: not a translation catalogue"
    assert "excluded" in rows["draft.txt"]
    assert rows["article.txt"] == "en · OK"  # its language first (h25gui)
    # Checked files are the reports (exported, counted); the others are rows only.
    assert sorted(Path(r.path).name for r in batch.reports) == ["article.txt", "notes.md"]
    assert all(isinstance(s, SkippedFile) for s in batch.skipped) and len(batch.skipped) == 4
    assert "4 files not checked" in batch.summary.text()
    words = batch.model.index(
        next(
            r for r in range(batch.model.rowCount()) if batch.model.reports[r].path.endswith(".bin")
        ),
        1,
    ).data()
    assert words == "—"


def test_a_backup_the_fixes_kept_says_so(qtbot, window, tmp_path: Path) -> None:
    """FILE.bak and FILE.bak.1 (what a save or `mtlint fix --write` keeps) read "Not checked:
    .1 files are not read" (h31tidy): they are named as backups."""
    root = tmp_path / "folder"
    root.mkdir()
    (root / "article.txt").write_text("The president arrived on Sunday.\n", encoding="utf-8")
    for name in ("article.txt.bak", "article.txt.bak.1", "archive.bak2"):
        (root / name).write_text("The president arrived on Sunday.\n", encoding="utf-8")
    batch = window.batch
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    rows = {
        Path(batch.model.reports[r].path).name: batch.model.index(
            r, batch.model.columnCount() - 1
        ).data()
        for r in range(batch.model.rowCount())
    }
    backup = "Not checked: a backup of the original (FILE.bak)"
    assert rows["article.txt.bak"] == rows["article.txt.bak.1"] == backup
    assert rows["archive.bak2"] == "Not checked: .bak2 files are not read"
