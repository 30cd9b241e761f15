"""Saving answers visibly, and names the backup it really made: the overwrite question named
FILE.bak even when the writer, keeping an older backup, wrote FILE.bak.1; and "Saved …" was wiped
within a moment by the re-check of the saved file."""

from __future__ import annotations

import shutil
from pathlib import Path

from mtlint.desktop.review_state import Status
from PySide6.QtWidgets import QMessageBox


def test_overwrite_names_the_backup_it_makes_and_the_answer_stays(
    qtbot, window, open_and_wait, seed: Path, tmp_path: Path, monkeypatch
) -> None:
    document = tmp_path / "article.txt"
    shutil.copy(seed, document)
    (tmp_path / "article.txt.bak").write_text("an older backup\n", encoding="utf-8")
    open_and_wait(window, document)
    review = window.review
    window.tabs.setCurrentIndex(window.REVIEW)
    review.ensure_loaded()
    review.decide(Status.ACCEPTED, 0)
    asked = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(window.document_ready, timeout=30000):
        review.overwrite_dialog()
    assert "article.txt.bak.1" in asked[0]
    assert (tmp_path / "article.txt.bak.1").read_text(encoding="utf-8") == seed.read_text(
        encoding="utf-8"
    )
    assert (tmp_path / "article.txt.bak").read_text(encoding="utf-8") == "an older backup\n"
    assert "Putin who" in document.read_text(encoding="utf-8")
    # The re-check of the saved file is done, and the answer is still there to read.
    message = window.statusBar().currentMessage()
    assert "Saved" in message and "article.txt.bak.1" in message


def test_saving_an_edit_says_so_after_the_re_check(
    qtbot, window, open_and_wait, seed: Path, tmp_path: Path
) -> None:
    document = tmp_path / "article.txt"
    shutil.copy(seed, document)
    open_and_wait(window, document)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText(" Added.")
    with qtbot.waitSignal(window.document_ready, timeout=30000):
        assert window.documents.save()
    message = window.statusBar().currentMessage()
    assert "Saved" in message and "article.txt.bak" in message
