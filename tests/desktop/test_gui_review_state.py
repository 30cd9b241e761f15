"""ReviewState (no Qt): changes located in both texts, alternatives, undo, persistence."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.model import Applicability, Edit, Finding, Fix, Span
from mtlint.desktop.decisions import DecisionStore, Status
from mtlint.desktop.review_state import ReviewState

TEXT = "Vladimir Putinwho came 😀 to Uzbekistan On Sunday, to… north korea."


def findings() -> tuple[Finding, ...]:
    glued = TEXT.index("Putinwho")
    on = TEXT.index(" On")
    dots = TEXT.index("…")
    korea = TEXT.index("north korea")
    return (
        Finding(
            "MT101",
            "glued-word",
            "glued",
            Span(glued, glued + 8),
            fixes=(
                Fix((Edit(glued + 5, glued + 5, " "),)),
                Fix((Edit(glued + 5, glued + 5, ", "),), Applicability.UNSAFE),
            ),
        ),
        Finding(
            "MT301",
            "lost-break",
            "break",
            Span(on, on + 3),
            fixes=(Fix((Edit(on, on, "."),), Applicability.UNSAFE),),
        ),
        Finding(
            "MT201",
            "stray-ellipsis",
            "dots",
            Span(dots, dots + 1),
            fixes=(Fix((Edit(dots, dots + 1, ""),), Applicability.UNSAFE),),
        ),
        Finding(
            "MT303",
            "proper-noun",
            "case",
            Span(korea, korea + 11),
            fixes=(Fix((Edit(korea, korea + 1, "N"), Edit(korea + 6, korea + 7, "K"))),),
        ),
        Finding("MT999", "no-fix", "nothing to apply", Span(0, 8)),
    )


def test_changes_are_located_in_both_texts() -> None:
    state = ReviewState(TEXT, findings())
    assert len(state) == 4  # the finding without a fix is not reviewed
    for item in range(len(state)):
        state.set_status(item, Status.ACCEPTED)
    fixed = state.fixed()
    assert (
        fixed.text
        == "Vladimir Putin who came 😀 to Uzbekistan. On Sunday, to north Korea."[:0]
        + "Vladimir Putin who came 😀 to Uzbekistan. On Sunday, to North Korea."
    )
    assert not fixed.skipped
    for change in fixed.changes:
        before, after = state.preview(change.item)
        assert TEXT[change.old_start : change.old_end] == before
        assert fixed.text[change.new_start : change.new_end] == after


def test_alternatives_hand_edits_and_undo() -> None:
    state = ReviewState(TEXT, findings())
    state.choose(0, 1)
    state.set_status(0, Status.ACCEPTED)
    assert state.fixed().text.startswith("Vladimir Putin, who came")
    state.edit(0, "Putin — who")
    assert state.fixed().text.startswith("Vladimir Putin — who came")
    state.undo()
    assert state.fixed().text.startswith("Vladimir Putin, who came")
    state.undo()
    state.undo()
    assert state.decisions[0].status is Status.PENDING and state.decisions[0].choice == 0
    state.accept_all_safe()
    assert [d.status for d in state.decisions] == [
        Status.ACCEPTED,
        Status.PENDING,
        Status.PENDING,
        Status.ACCEPTED,
    ]


def test_each_decision_is_written_at_once(tmp_path: Path) -> None:
    database = tmp_path / "d.sqlite3"
    store = DecisionStore(database)
    state = ReviewState(TEXT, findings(), store=store, path=tmp_path / "a.txt", digest="abc")
    state.set_status(2, Status.REJECTED)
    state.edit(0, "Putin who")
    # A second connection sees them without any save or close: a crash loses nothing.
    other = DecisionStore(database)
    restored = ReviewState(TEXT, findings(), store=other, path=tmp_path / "a.txt", digest="abc")
    assert restored.decisions == state.decisions
    changed = ReviewState(TEXT, findings(), store=other, path=tmp_path / "a.txt", digest="def")
    assert all(d.status is Status.PENDING for d in changed.decisions)
    store.close()
    other.close()
