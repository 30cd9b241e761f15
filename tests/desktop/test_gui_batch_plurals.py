"""The batch counts read as English: "1 file, 6 words, 1 finding", never "1 files"."""

from __future__ import annotations

from pathlib import Path


def test_one_file_is_one_file(qtbot, window, tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("He met  the leader on Sunday.\n", encoding="utf-8")
    with qtbot.waitSignal(window.batch.finished, timeout=60000):
        window.open_path(folder)
    batch = window.batch
    findings = sum(len(r.findings) for r in batch.reports)
    summary = batch.summary.text()
    assert summary.startswith("1 file, 6 words, "), summary
    assert ("1 finding " if findings == 1 else f"{findings} findings ") in summary
    assert batch.progress.format() == "%v / 1 file"
