"""Thousands of highlights lay out only the text near the view: placing a cursor per finding
(QTextCursor.setPosition works out an x position) and handing them all to setExtraSelections
(which works out each one's rectangle) laid out every block holding a finding — 2–3 s on the
GUI thread for 12,000 findings in a 5 MB file, again at each review decision. Cursors are now
placed inside an edit block (no x needed) and only those near the view are given to Qt,
refreshed as the view scrolls."""

from __future__ import annotations

from mtlint.checks.model import Finding, Span
from mtlint.desktop.textspans import TextSpans
from mtlint.desktop.views.document_view import DocumentEdit

LINE = "The president arrived Vladimir Putinwho is making a visit 😀 to the city.\n"


def laid_out_blocks(editor: DocumentEdit) -> int:
    block, count = editor.document().begin(), 0
    while block.isValid():
        layout = block.layout()
        count += bool(layout is not None and layout.lineCount())
        block = block.next()
    return count


def test_highlights_lay_out_only_the_text_near_the_view(qtbot) -> None:
    editor = DocumentEdit()
    qtbot.addWidget(editor)
    editor.resize(800, 400)
    editor.show()
    text = LINE * 2000
    editor.spans = TextSpans(text)
    editor.set_text(text)
    at = LINE.index("Putinwho")
    findings = [
        Finding("MT101", "glued-word", "glued", Span(n * len(LINE) + at, n * len(LINE) + at + 8))
        for n in range(2000)
    ]
    undo_steps = editor.document().availableUndoSteps()
    editor.set_highlights(findings)
    qtbot.wait(1)  # paint
    assert editor.highlight_count() == 2000  # every finding has its highlight …
    shown = editor.extraSelections()
    assert 0 < len(shown) < 400  # … Qt gets those near the view
    assert laid_out_blocks(editor) < 400
    assert shown[0].cursor.selectedText() == "Putinwho"
    # Scrolled to the end, the last findings' highlights are there, past an emoji each line
    # (two UTF-16 units in Qt: the offsets go through TextSpans).
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    shown = editor.extraSelections()
    last = shown[-1].cursor
    assert last.selectedText() == "Putinwho"
    assert last.selectionStart() == editor.spans.to_qt(findings[-1].start)
    # Placing them changed nothing: no undo step, not modified.
    assert editor.document().availableUndoSteps() == undo_steps
    assert not editor.document().isModified()
