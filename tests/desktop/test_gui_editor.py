"""The document view as an editor, driven through the real widgets (offscreen): type, re-check,
right-click, apply, undo, save, reopen, compare bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_document
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox


@pytest.fixture
def article(tmp_path: Path, seed: Path) -> Path:
    copy = tmp_path / "article.txt"
    copy.write_bytes(seed.read_bytes())
    return copy


def _type_at(window, offset: int, text: str) -> None:
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.spans.to_qt(offset))
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClicks(editor, text)


def _right_click(window, offset: int) -> None:
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.spans.to_qt(offset) + 1)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    point = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)


def _click(menu, action) -> None:
    """Click a menu item as a user does (the menu closes)."""
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_typing_moves_findings_then_rechecks_off_the_gui_thread(
    qtbot, window, open_and_wait, article
) -> None:
    open_and_wait(window, article)
    before = [(f.code, f.start) for f in window.session.findings]
    assert window.editor.isReadOnly() is False
    with qtbot.waitSignal(window.documents.live.rechecked, timeout=20000):
        _type_at(window, 0, "Hi. ")
        # At once, before any re-check: every finding moved by the four typed characters.
        assert [(f.code, f.start) for f in window.session.findings] == [
            (code, start + 4) for code, start in before
        ]
        assert window.isWindowModified()
        # The review works on the saved file: closed until the edits are saved.
        assert not window.tabs.isTabEnabled(window.REVIEW)
    text = window.documents.live.buffer.text
    assert text == "Hi. " + article.read_text(encoding="utf-8")
    expected = check_document(load_document(article), Config())  # the engine on the same text
    fresh = [(f.code, f.start - 4) for f in window.session.findings]
    assert fresh == [(f.code, f.start) for f in expected.findings]
    # The findings table shows the re-checked findings.
    assert window.panel.model.rowCount() == len(window.session.findings)


def test_an_edit_that_removes_an_artefact_drops_its_finding(
    qtbot, window, open_and_wait, article
) -> None:
    open_and_wait(window, article)
    glued = next(f for f in window.session.findings if f.code == "MT101")
    with qtbot.waitSignal(window.documents.live.rechecked, timeout=20000):
        _type_at(window, glued.start + len("Putin"), " ")
    assert "MT101" not in {f.code for f in window.session.findings}
    assert window.editor.highlight_count() == len(window.session.findings)


def test_save_writes_only_the_typed_bytes_in_cp1252_with_crlf(
    qtbot, window, open_and_wait, tmp_path
) -> None:
    path = tmp_path / "windows.txt"
    original = "Caf\xe9 cr\xe8me is good.\r\nPresident Vladimir Putinwho is here.\r\nEnd.\r\n"
    data = original.encode("cp1252")
    path.write_bytes(data)
    open_and_wait(window, path)
    offset = original.index("is good") + 2
    _type_at(window, offset, " very")
    # A new line typed at the end of the first line becomes a CRLF.
    _type_at(window, original.index("\r\n") + len(" very"), "")
    QTest.keyClick(window.editor, Qt.Key.Key_End)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    expected = original[:offset] + " very" + original[offset:]
    expected = expected.replace("good.\r\n", "good.\r\n\r\n", 1)
    assert path.read_bytes() == expected.encode("cp1252")
    assert Path(str(path) + ".bak").read_bytes() == data
    assert not window.isWindowModified()
    assert window.tabs.isTabEnabled(window.REVIEW)


@pytest.mark.parametrize(
    ("name", "data", "after", "typed"),
    [
        ("bom.txt", b"\xef\xbb\xbfPresident Putinwho spoke.\nBye.\n", "President", " Vladimir"),
        ("notes.md", b"# Visit\n\nThe `code` and **bold** text here.\n", "text", " again"),
        (
            "subs.srt",
            b"1\r\n00:00:01,000 --> 00:00:02,000\r\nHello there.\r\n\r\n"
            b"2\r\n00:00:03,000 --> 00:00:04,000\r\nSecond cue.\r\n",
            "Hello",
            " you",
        ),
    ],
)
def test_typing_and_saving_changes_only_the_typed_bytes(
    qtbot, window, open_and_wait, tmp_path, name, data, after, typed
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    open_and_wait(window, path)
    text = window.session.document.text
    _type_at(window, text.index(after) + len(after), typed)
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    anchor = after.encode("utf-8")
    assert path.read_bytes() == data.replace(anchor, anchor + typed.encode("utf-8"), 1)


def test_undo_and_redo_from_the_keyboard(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    _type_at(window, 0, "X")
    assert window.documents.modified
    QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.documents.live.buffer.text == article.read_text(encoding="utf-8")
    assert not window.documents.modified
    window.documents.redo_action.trigger()
    assert window.documents.live.buffer.text.startswith("X")


def test_right_click_applies_a_fix_in_one_undo_step(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    glued = next(f for f in window.session.findings if f.code == "MT101")
    _right_click(window, glued.start)
    menu = window.documents.menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith("MT101")
    assert any("Ignore here" in t.replace("&", "") for t in texts)
    fixes = menu.fix_actions()
    assert fixes and fixes[0].isEnabled()
    fixes[0].trigger()
    text = window.documents.live.buffer.text
    assert "Putin who" in text or "Putin, who" in text
    window.editor.undo()
    assert window.documents.live.buffer.text == article.read_text(encoding="utf-8")


def test_the_finding_menu_opens_from_the_keyboard(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    window.panel.table.setFocus()
    window.panel.table.selectRow(0)
    QTest.keyClick(window.panel.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    menu = window.documents.menu
    assert menu is not None and menu.isVisible()
    first = window.panel.model.findings[window.current_finding()]
    assert menu.actions()[0].text().startswith(first.code)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_menu_key_opens_the_finding_menu_at_the_cursor(
    qtbot, window, open_and_wait, article, key, modifier
) -> None:
    open_and_wait(window, article)
    glued = next(f for f in window.session.findings if f.code == "MT101")
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.spans.to_qt(glued.start + 2))
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClick(editor, key, modifier)
    menu = window.documents.menu
    assert menu is not None and menu.isVisible()
    assert menu.actions()[0].text().startswith("MT101")
    assert window.documents.live.buffer.text == article.read_text(encoding="utf-8")


def test_ignore_here_and_for_good(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    count = len(window.session.findings)
    glued = next(f for f in window.session.findings if f.code == "MT101")
    _right_click(window, glued.start)
    here = next(
        a for a in window.documents.menu.actions() if a.text().replace("&", "") == "Ignore here"
    )
    first = window.documents.menu
    _click(first, here)
    assert len(window.session.findings) == count - 1
    assert window.panel.model.rowCount() == count - 1
    # It stays hidden through the re-checks that typing starts.
    with qtbot.waitSignal(window.documents.live.rechecked, timeout=20000):
        _type_at(window, len(window.documents.live.buffer.text), " End.")
    assert "MT101" not in {f.code for f in window.session.findings}
    window.editor.undo()
    stray = next(f for f in window.session.findings if f.code == "MT201")
    _right_click(window, stray.start)
    good = next(
        a for a in window.documents.menu.actions() if a.text().replace("&", "") == "Ignore for good"
    )
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        _click(window.documents.menu, good)
    assert "MT201" in (article.parent / ".mtlint-ignore").read_text(encoding="utf-8")
    assert "MT201" not in {f.code for f in window.session.findings}


def test_explain_rule_opens_the_rule_browser_on_it(qtbot, window, open_and_wait, article) -> None:
    open_and_wait(window, article)
    glued = next(f for f in window.session.findings if f.code == "MT101")
    _right_click(window, glued.start)
    explain = next(
        a for a in window.documents.menu.actions() if "Explain" in a.text().replace("&", "")
    )
    explain.trigger()
    browser = window.documents.rules_dialog
    assert browser.isVisible()
    assert "MT101" in browser.details.toPlainText()
    assert "glued" in browser.details.toPlainText().lower()


def test_new_from_clipboard_then_save_as(qtbot, window, tmp_path, monkeypatch) -> None:
    text = "President Vladimir Putinwho is making a visit. Putin said so.\n"
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        QTest.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.session.path is None
    assert "MT101" in {f.code for f in window.session.findings}
    target = tmp_path / "pasted.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()  # no file yet: asks where (Save as)
    assert target.read_bytes() == text.encode("utf-8")
    assert window.session.path == target


def test_closing_with_unsaved_changes_asks(qtbot, window, open_and_wait, article, monkeypatch):
    open_and_wait(window, article)
    _type_at(window, 0, "X")
    window.interactive = True
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert window.close() is False
    assert window.isVisible()
    assert window.close() is True
    assert article.read_text(encoding="utf-8")[0] != "X"


def test_word_documents_are_read_only_with_a_note(qtbot, window, open_and_wait, tmp_path) -> None:
    docx = pytest.importorskip("docx")
    path = tmp_path / "doc.docx"
    document = docx.Document()
    document.add_paragraph("President Vladimir Putinwho is here. Putin said so.")
    document.save(str(path))
    open_and_wait(window, path)
    assert window.editor.isReadOnly()
    assert window.edit_note.isVisibleTo(window) and window.edit_note.text()


def test_save_as_writes_a_new_file_and_leaves_the_original(
    qtbot, window, open_and_wait, article, tmp_path, monkeypatch
) -> None:
    original = article.read_bytes()
    open_and_wait(window, article)
    _type_at(window, 0, "X")
    target = tmp_path / "copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[int] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel,
    )
    window.interactive = True
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save_as()
    assert not asked  # nothing is left unsaved: no question before the copy opens
    assert target.read_bytes() == b"X" + original
    assert article.read_bytes() == original
    assert window.session.path == target
    window.interactive = False


def test_html_is_editable_with_a_note_and_an_edit_across_paragraphs_is_refused(
    qtbot, window, open_and_wait, tmp_path
) -> None:
    path = tmp_path / "page.html"
    data = "<html><body><p>One &amp; two Putinwho.</p><p>Three.</p></body></html>\n"
    path.write_text(data, encoding="utf-8")
    open_and_wait(window, path)
    assert not window.editor.isReadOnly()
    assert window.edit_note.isVisibleTo(window) and "HTML" in window.edit_note.text()
    text = window.session.document.text
    # An edit inside a paragraph is written into the markup (the entity stays escaped).
    _type_at(window, text.index("two") + 3, " & three")
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        assert window.documents.save()
    assert path.read_text(encoding="utf-8") == data.replace("two", "two &amp; three")
    # Joining the two paragraphs: refused in one line, the file untouched.
    text = window.documents.live.buffer.text
    gap = text.index("Three") - 1
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.spans.to_qt(gap))
    cursor.setPosition(editor.spans.to_qt(gap + 1), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    # Told while typing, not only at save time: the note above the text says so.
    qtbot.waitUntil(lambda: "cannot be written" in window.edit_note.text(), timeout=20000)
    assert window.edit_note.property("warning") is True
    before = path.read_bytes()
    assert not window.documents.save()
    assert path.read_bytes() == before
    message = window.statusBar().currentMessage()
    assert "break" in message and "\n" not in message
    # Undoing the join takes the warning away again.
    editor.setFocus()
    QTest.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Undo))
    qtbot.waitUntil(lambda: "cannot be written" not in window.edit_note.text(), timeout=20000)
    assert "HTML" in window.edit_note.text()
