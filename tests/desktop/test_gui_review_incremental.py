"""A review decision edits the corrected text where its fix sits (h21gui, defect 2).

Each Accept or Reject applied every fix to the whole text again and replaced the fixed pane's
text (2.5 s on a 600 KB file with 2,700 fixes). Now one decision patches the preview in place:
no fix is applied to the whole text, the pane's text is not replaced, and what it shows is still
exactly the rebuilt preview. No timing: the test watches the calls that scale with the text."""

from __future__ import annotations

from helpers import glued_session
from mtlint.desktop import review_state, theme
from mtlint.desktop.decisions import Status
from mtlint.desktop.textspans import display_text

LINE = "The president 😀 arrived, Vladimir Putinwho is making a visit.\r\n"
COPIES = 600


def session_with_fixes():
    return glued_session(LINE, COPIES)


def test_one_decision_patches_the_preview_in_place(window, monkeypatch) -> None:
    session = session_with_fixes()
    window.show_session(session)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    assert len(review.state) == COPIES
    whole_text_fixes = []
    real_apply = review_state.apply_fixes

    def apply_fixes(text, fixes):
        if len(text) > 1000:
            whole_text_fixes.append(len(fixes))
        return real_apply(text, fixes)

    monkeypatch.setattr(review_state, "apply_fixes", apply_fixes)
    replaced = []
    monkeypatch.setattr(review.fixed, "setPlainText", lambda text: replaced.append(len(text)))
    pending = theme.pending_color()

    for row, status in ((0, Status.ACCEPTED), (300, Status.REJECTED), (599, Status.ACCEPTED)):
        review.table.setCurrentCell(row, 0)
        review.decide(status)
        assert whole_text_fixes == [] and replaced == []  # patched, not rebuilt
        expected = review.state.fixed(include_pending=True)  # (the rebuild, for the test)
        whole_text_fixes.clear()
        assert review.fixed.toPlainText() == display_text(expected.text)
        assert review._fixed_text == expected

    assert review.fixed.toPlainText().count("Putinwho") == 1  # row 300's, rejected
    review.undo()  # row 599 back to pending
    review.undo()  # row 300 back to pending: its fix is previewed again
    assert whole_text_fixes == [] and replaced == []  # undoing one decision patches too
    assert "Putinwho" not in review.fixed.toPlainText()
    assert review.fixed.toPlainText() == display_text(review.state.fixed(include_pending=True).text)
    # The marks near the view are right: row 0 accepted (not pending), the others pending.
    review.table.setCurrentCell(0, 0)
    marks = review.fixed.extraSelections()
    first = min(marks, key=lambda s: s.cursor.selectionStart())
    assert first.format.background().color() != pending
    assert first.cursor.selectedText() == "Putin who"
    assert all(s.format.background().color() == pending for s in marks if s is not first)
    assert len(marks) < 400  # made near the view only


def test_the_review_table_makes_only_the_rows_shown(window, monkeypatch) -> None:
    """The review's table filled five items per fix when first shown (each fix's preview: 0.8 s
    for 1,050 fixes on the GUI thread); its rows are now made when shown."""
    previews = 0
    real_preview = review_state.ReviewState.preview

    def preview(self, item):
        nonlocal previews
        previews += 1
        return real_preview(self, item)

    monkeypatch.setattr(review_state.ReviewState, "preview", preview)
    window.show_session(session_with_fixes())
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    review.repaint()
    assert review.table.rowCount() == COPIES
    assert 0 < previews < 100
    assert review.table.currentRow() == 0
    assert review.table_model.index(0, 2).data() == "'Putinwho' → 'Putin who'"
    review.table.setCurrentCell(599, 0)
    review.decide(Status.ACCEPTED)
    assert review.table_model.index(599, 4).data() == "accepted"
