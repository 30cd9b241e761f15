"""Saving a review whose file changed on disk is refused with one line, never a crash (issue 9:
the review's save caught only OSError, so a stale .docx ended in an uncaught exception)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from mtlint.desktop.decisions import Status
from PySide6.QtWidgets import QMessageBox


def _docx(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)
    return path


def test_stale_docx_save_says_so_in_one_line(qtbot, window, open_and_wait, tmp_path, monkeypatch):
    path = _docx(tmp_path / "a.docx", "President Vladimir Putinwho met Putin on Sunday.")
    open_and_wait(window, path)
    review = window.review
    fixable = [i for i, f in enumerate(review.state.items) if f.fixes]
    if not fixable:
        pytest.fail("the glued word should have a fix")
    review.decide(Status.ACCEPTED, fixable[0])
    _docx(path, "Someone else changed this file meanwhile.")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text)
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Save
    )
    review.overwrite_dialog()
    assert len(shown) == 1 and "changed since it was checked" in shown[0]
    assert "\n" not in shown[0]
    assert not path.with_name(path.name + ".bak").exists()
