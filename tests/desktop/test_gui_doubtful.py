"""The "Doubtful" switch: findings under the user's bar shown muted, dotted, never bulk-accepted."""

from __future__ import annotations

from mtlint.checks.model import Applicability
from mtlint.desktop.review_state import ReviewState
from PySide6.QtCore import Qt


def test_the_switch_checks_again_and_marks_what_is_under_the_bar(
    qtbot, window, settings, open_and_wait, seed
) -> None:
    settings.min_confidence = 0.8
    open_and_wait(window, seed)
    model = window.panel.model
    confident = {f.code for f in model.findings}
    assert confident and all(f.confidence >= 0.8 for f in model.findings)
    assert not window.panel.doubtful.isChecked()

    with qtbot.waitSignal(window.document_ready, timeout=20000):
        window.panel.doubtful.setChecked(True)
    assert settings.show_doubtful  # kept for the next start
    doubtful_rows = [i for i, f in enumerate(model.findings) if f.confidence < 0.8]
    assert doubtful_rows, "the seed has findings under 0.8 (MT201, MT301, MT302)"
    assert confident < {f.code for f in model.findings}
    row = doubtful_rows[0]
    index = model.index(row, model.MESSAGE)
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "Doubtful" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    sure = next(i for i, f in enumerate(model.findings) if f.confidence >= 0.8)
    assert model.data(model.index(sure, model.MESSAGE), Qt.ItemDataRole.FontRole) is None
    # In the text: a dotted underline for each doubtful finding, a wave for the others.
    styles = [s.format.underlineStyle() for s in window.editor.extraSelections()]
    dotted = styles.count(styles[0].DotLine)
    wavy = styles.count(styles[0].WaveUnderline)
    assert dotted == len(doubtful_rows)
    assert f"{len(doubtful_rows)} doubtful" in window.counts_label.text()
    assert wavy == len(model.findings) - len(doubtful_rows)

    with qtbot.waitSignal(window.document_ready, timeout=20000):
        window.panel.doubtful.setChecked(False)
    assert not settings.show_doubtful
    assert {f.code for f in model.findings} == confident


def test_accept_all_safe_leaves_doubtful_findings_to_the_reviewer(
    qtbot, window, settings, open_and_wait, seed
) -> None:
    settings.min_confidence = 0.95
    settings.show_doubtful = True
    open_and_wait(window, seed)
    session = window.session
    assert session.doubtful_below == 0.95
    window.review.ensure_loaded()  # the review tab's own state, as the user sees it
    state = window.review.state
    safe = [i for i in range(len(state)) if state.fix(i).applicability is Applicability.SAFE]
    assert safe, "the seed's glued word and lower-cased name have safe fixes (confidence 0.9)"
    state.accept_all_safe()
    assert not state.fixed().changes
    # The same findings over the bar are accepted in bulk.
    bulk = ReviewState(session.document.text, session.findings)
    bulk.accept_all_safe()
    assert len(bulk.fixed().changes) == len(safe)


def test_the_review_marks_the_fixes_of_doubtful_findings(
    qtbot, window, settings, open_and_wait, seed
) -> None:
    """The review table showed a doubtful finding's fix like any other, although "Accept all
    safe" leaves it to the reviewer (h22gui): it is muted and in italics there too."""
    settings.min_confidence = 0.8
    settings.show_doubtful = True
    open_and_wait(window, seed)
    window.tabs.setCurrentIndex(window.REVIEW)
    review = window.review
    model = review.table_model
    state = review.state
    doubtful = [i for i, f in enumerate(state.items) if f.confidence < 0.8]
    sure = [i for i, f in enumerate(state.items) if f.confidence >= 0.8]
    assert doubtful and sure, "the seed has fixes on both sides of 0.8"
    for row in doubtful:
        index = model.index(row, 2)
        assert model.data(index, Qt.ItemDataRole.FontRole).italic()
        assert "Doubtful" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    for row in sure:
        index = model.index(row, 2)
        assert model.data(index, Qt.ItemDataRole.FontRole) is None
        assert "Doubtful" not in model.data(index, Qt.ItemDataRole.ToolTipRole)
