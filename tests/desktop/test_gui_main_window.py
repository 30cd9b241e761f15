"""Opening the seed: findings in the table and highlighted; F8 navigation; filters; errors."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_document
from mtlint.desktop.views.document_view import tooltip_html
from PySide6.QtCore import Qt


def expected_findings(settings, seed):
    config, _ = settings.config_for(seed)
    return check_document(load_document(seed), config).findings


def test_seed_findings_are_listed_and_highlighted(
    qtbot, window, settings, open_and_wait, seed
) -> None:
    open_and_wait(window, seed)
    expected = expected_findings(settings, seed)
    assert expected, "the seed has findings"
    model = window.panel.model
    assert model.rowCount() == len(expected)
    assert [(f.code, f.start, f.end) for f in model.findings] == [
        (f.code, f.start, f.end) for f in expected
    ]
    # The glued link text of the seed is among them, on line 1.
    glued = [
        i
        for i, f in enumerate(model.findings)
        if window.editor.spans.text[f.start : f.end] == "Putinwho"
    ]
    assert glued and model.lines[glued[0]] == 1
    # Every finding is highlighted with a wavy underline in its family's colour.
    selections = window.editor.extraSelections()
    wavy = [
        s for s in selections if s.format.underlineStyle() == s.format.UnderlineStyle.WaveUnderline
    ]
    assert len(wavy) == len(expected)
    texts = {s.cursor.selectedText() for s in wavy}
    assert "Putinwho" in texts
    assert "(en)" in window.language_label.text()
    assert str(len(expected)) in window.counts_label.text()


def test_f8_and_shift_f8_walk_the_findings_in_document_order(
    qtbot, window, open_and_wait, seed
) -> None:
    open_and_wait(window, seed)
    findings = window.panel.model.findings
    order = sorted(range(len(findings)), key=lambda i: findings[i].start)
    assert len(order) >= 2
    window.panel.table.clearSelection()
    window.panel.table.setCurrentIndex(window.panel.proxy.index(-1, -1))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.current_finding() == order[0]
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.current_finding() == order[1]
    first = findings[order[1]]
    start, end = window.editor.selected_span()
    assert (start, end) == (first.start, first.end)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_finding() == order[0]
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_finding() == order[-1]  # wraps around


def test_clicking_a_finding_selects_its_span(qtbot, window, open_and_wait, seed) -> None:
    open_and_wait(window, seed)
    row = window.panel.proxy.rowCount() - 1
    index = window.panel.proxy.index(row, 1)
    rect = window.panel.table.visualRect(index)
    qtbot.mouseClick(window.panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finding = window.panel.model.findings[window.panel.proxy.mapToSource(index).row()]
    assert (
        window.editor.textCursor().selectedText()
        == window.editor.spans.text[finding.start : finding.end]
    )


def test_filters_by_family_severity_and_search(qtbot, window, open_and_wait, seed) -> None:
    open_and_wait(window, seed)
    findings = window.panel.model.findings
    family = findings[0].family
    window.panel.family.setCurrentIndex(window.panel.family.findData(family))
    assert window.panel.proxy.rowCount() == sum(1 for f in findings if f.family == family)
    window.panel.family.setCurrentIndex(0)
    window.panel.severity.setCurrentIndex(window.panel.severity.findData("error"))
    assert window.panel.proxy.rowCount() == sum(1 for f in findings if f.severity == "error")
    window.panel.severity.setCurrentIndex(0)
    qtbot.keyClicks(window.panel.search, findings[0].code)
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)  # filter now (typing waits a pause)
    assert 1 <= window.panel.proxy.rowCount() < len(findings) + 1
    assert all(
        window.panel.model.findings[
            window.panel.proxy.mapToSource(window.panel.proxy.index(r, 0)).row()
        ].code
        == findings[0].code
        or findings[0].code.lower()
        in window.panel.model.fix_texts[
            window.panel.proxy.mapToSource(window.panel.proxy.index(r, 0)).row()
        ].lower()
        for r in range(window.panel.proxy.rowCount())
    )
    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "no finding says this")
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)
    assert window.panel.proxy.rowCount() == 0


def test_tooltip_has_message_why_and_fix(qtbot, window, open_and_wait, seed) -> None:
    open_and_wait(window, seed)
    finding = next(f for f in window.panel.model.findings if f.fixes)
    text = tooltip_html([finding], window.editor.spans.text)
    assert finding.code in text
    assert "Fix:" in text
    offset = finding.start
    assert window.panel.model.findings.index(finding) in window.editor.findings_at(offset)


def test_an_unreadable_file_is_one_clear_line(qtbot, window, tmp_path: Path, open_and_wait) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x01" * 100)
    with qtbot.waitSignal(window.load_failed, timeout=10000) as blocker:
        window.open_path(binary)
    message = blocker.args[0]
    assert "image.txt" in message and "\n" not in message and "Traceback" not in message
    missing = tmp_path / "missing.txt"
    with qtbot.waitSignal(window.load_failed, timeout=10000) as blocker:
        window.open_path(missing)
    assert "no such file" in blocker.args[0]


def test_rtl_and_cjk_documents_display(qtbot, window, tmp_path: Path, open_and_wait) -> None:
    arabic = tmp_path / "ar.txt"
    arabic.write_text(
        "وصل الرئيس الروسي إلى أوزبكستان يوم الأحد.  التقى نظيره.\n", encoding="utf-8"
    )
    open_and_wait(window, arabic)
    option = window.editor.document().defaultTextOption()
    assert window.session.is_rtl
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    chinese = tmp_path / "zh.txt"
    chinese.write_text("俄罗斯总统普京抵达乌兹别克斯坦。他会见了米尔济约耶夫。\n", encoding="utf-8")
    open_and_wait(window, chinese)
    assert window.editor.toPlainText().startswith("俄罗斯总统")
    assert window.editor.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.LeftToRight
    )


def test_recent_files_remember_opened_documents(
    qtbot, window, settings, open_and_wait, seed
) -> None:
    open_and_wait(window, seed)
    assert settings.recent_files[0] == str(seed.resolve())


def test_ignore_a_finding_for_good(qtbot, window, open_and_wait, seed, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(window, article)
    before = len(window.session.findings)
    glued = next(
        i
        for i, f in enumerate(window.panel.model.findings)
        if window.session.document.text[f.start : f.end] == "Putinwho"
    )
    window.panel.select_source_row(glued)
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        window.ignore_action.trigger()
    ignore_file = tmp_path / ".mtlint-ignore"
    assert "[Putinwho]" in ignore_file.read_text(encoding="utf-8")
    assert len(window.session.findings) == before - 1 and window.session.ignored == 1
    assert "1 ignored" in window.counts_label.text()
    text = window.session.document.text
    assert all(text[f.start : f.end] != "Putinwho" for f in window.session.findings)


def test_drop_a_file_opens_it(qtbot, window, seed) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(seed))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.document_ready, timeout=20000):
        window.dropEvent(event)
    assert window.session.path == seed


def test_review_this_fix_jumps_to_the_review_row(qtbot, window, open_and_wait, seed) -> None:
    open_and_wait(window, seed)
    last = len(window.panel.model.findings) - 1
    window.panel.select_source_row(last)
    window.review_action.trigger()
    assert window.tabs.currentIndex() == window.REVIEW
    finding = window.panel.model.findings[last]
    assert window.review.state.items[window.review.current_item()] == finding


def test_hovering_a_finding_shows_its_tooltip(qtbot, window, open_and_wait, seed) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    open_and_wait(window, seed)
    editor = window.editor
    finding = next(f for f in window.panel.model.findings if f.fixes)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.spans.to_qt(finding.start + 1))
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert finding.code in QToolTip.text() and finding.message.split("'")[0] in QToolTip.text()
