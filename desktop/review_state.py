"""The review of one document's fixes: decisions, alternatives, hand edits, undo, the fixed text.

Pure Python (no Qt) so it is easy to test; every change is written to the DecisionStore at once.
Text is rewritten only by ``checks.fixes.apply_fixes``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from pathlib import Path

from mtlint.checks.fixes import apply_fixes
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.desktop.decisions import Decision, DecisionStore, Status, finding_key

# The longest stretch the review lets the user type over by hand, and the most of a stretch a
# table cell or a list item shows (a finding can span a whole repeated line: Qt lays out a
# cell's or a line edit's whole text, 2 MB of it held the GUI thread 5.6 s — h25gui).
HAND_EDIT_LIMIT = 2_000
SHOWN_LIMIT = 160


def clipped(text: str, limit: int = SHOWN_LIMIT) -> str:
    """``text``, or its beginning and end around " … " when it is longer than ``limit``."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + " … " + text[-half:]


@dataclass(frozen=True)
class Change:
    """One applied fix, located in both texts (Python offsets)."""

    item: int
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    pending: bool = False  # previewed, not accepted yet


@dataclass(frozen=True)
class FixedText:
    text: str
    changes: tuple[Change, ...]
    skipped: tuple[int, ...]  # items whose accepted fix overlapped another and was not applied


class ReviewState:
    def __init__(
        self,
        text: str,
        findings: tuple[Finding, ...],
        *,
        store: DecisionStore | None = None,
        path: str | Path | None = None,
        digest: str = "",
        doubtful_below: float = 0.0,
        saved: dict[str, Decision] | None = None,
    ) -> None:
        """``saved``: the decisions already read from the store (a worker building the review
        off the GUI thread gets them as plain data: the store belongs to the GUI thread)."""
        self.text = text
        # Findings under the user's confidence bar (shown because "doubtful" ones are asked for)
        # are never accepted in bulk: each needs a look.
        self.doubtful_below = doubtful_below
        # Only findings that offer something to apply are reviewed.
        self.items: list[Finding] = [f for f in findings if f.fixes]
        self.store = store
        self.path = path
        self.digest = digest
        self.keys = [finding_key(f) for f in self.items]
        if saved is None:
            saved = store.load(path, digest) if store is not None and path is not None else {}
        self.decisions: list[Decision] = [saved.get(k, Decision()) for k in self.keys]
        for i, decision in enumerate(self.decisions):
            if decision.choice >= len(self.items[i].fixes):
                self.decisions[i] = replace(decision, choice=0)
        self._undo: list[list[tuple[int, Decision]]] = []

    def __len__(self) -> int:
        return len(self.items)

    def snapshot(self) -> ReviewState:
        """A copy of the decisions as they are now, with no store and no undo: a job builds
        the preview from it while the GUI thread goes on deciding."""
        copy = object.__new__(ReviewState)
        copy.__dict__.update(self.__dict__)
        copy.decisions = list(self.decisions)
        copy.store = None
        copy._undo = []
        return copy

    # --- reading ---------------------------------------------------------------------------------
    def stretch(self, item: int) -> tuple[int, int]:
        """The text a fix is shown against: the finding's span joined with the fix's edits."""
        finding = self.items[item]
        fix = finding.fixes[self.decisions[item].choice]
        return min(finding.start, fix.span.start), max(finding.end, fix.span.end)

    def fix(self, item: int) -> Fix:
        """The fix as it would be applied: the chosen alternative, or the reviewer's own text.

        A hand edit replaces the whole stretch shown (e.g. 'Putinwho' → 'Putin, who'), because
        that is what the reviewer sees and types over, not the bare insertion point.
        """
        decision = self.decisions[item]
        fix = self.items[item].fixes[decision.choice]
        if decision.replacement is not None:
            start, end = self.stretch(item)
            fix = Fix((Edit(start, end, decision.replacement),), fix.applicability, fix.title)
        return fix

    def preview(self, item: int) -> tuple[str, str]:
        """The affected stretch of text before and after the fix (e.g. 'Putinwho' → 'Putin who')."""
        fix = self.fix(item)
        start, end = self.stretch(item)
        local = [Edit(e.start - start, e.end - start, e.replacement) for e in fix.edits]
        before = self.text[start:end]
        return before, apply_fixes(before, [Fix(tuple(local))]).text

    def can_accept(self, item: int) -> bool:
        return self.fix(item).applicability is not Applicability.DISPLAY_ONLY or (
            self.decisions[item].replacement is not None
        )

    def can_edit(self, item: int) -> bool:
        """Whether the stretch may be typed over by hand: not one so long that a line edit
        would hold the GUI thread laying it out (a repeated 2 MB line: seconds, h25gui)."""
        if not 0 <= item < len(self.items):
            return False
        start, end = self.stretch(item)
        return end - start <= HAND_EDIT_LIMIT

    def counts(self) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for decision in self.decisions:
            counts[decision.status] += 1
        return counts

    def accepted(self) -> list[int]:
        return [i for i, d in enumerate(self.decisions) if d.status is Status.ACCEPTED]

    def pending(self) -> list[int]:
        """Undecided items whose fix could be accepted (what a preview shows)."""
        return [
            i
            for i, d in enumerate(self.decisions)
            if d.status is Status.PENDING and self.can_accept(i)
        ]

    def fixed(self, *, include_pending: bool = False) -> FixedText:
        """The text with the accepted fixes (and, for a preview, the pending ones), and where
        each change sits in both texts.

        A change is located by its whole stretch (the finding joined with its edits), so the
        reviewer sees 'Putinwho' | 'Putin who' marked rather than a bare inserted space.
        """
        items = sorted(self.accepted() + (self.pending() if include_pending else []))
        fixes = [self.fix(i) for i in items]
        outcome = apply_fixes(self.text, fixes)
        applied_ids = {id(f) for f in outcome.applied}
        applied: list[tuple[int, Fix]] = []
        skipped: list[int] = []
        for item, fix in zip(items, fixes, strict=True):
            if id(fix) in applied_ids:
                applied.append((item, fix))
            else:
                skipped.append(item)
        edits = sorted(
            (edit.start, len(edit.replacement) - (edit.end - edit.start))
            for _, fix in applied
            for edit in fix.edits
        )
        starts = [start for start, _ in edits]
        prefix = [0]
        for _, delta in edits:
            prefix.append(prefix[-1] + delta)
        located: list[Change] = []
        for item, fix in applied:
            start, end = self.stretch(item)
            if fix.edits and (fix.span.start < start or fix.span.end > end):
                start, end = min(start, fix.span.start), max(end, fix.span.end)
            new_start = start + prefix[bisect.bisect_left(starts, start)]
            own = sum(len(e.replacement) - (e.end - e.start) for e in fix.edits)
            pending = self.decisions[item].status is Status.PENDING
            located.append(
                Change(item, start, end, new_start, new_start + (end - start) + own, pending)
            )
        located.sort(key=lambda c: c.old_start)
        return FixedText(outcome.text, tuple(located), tuple(skipped))

    def accepted_fixes(self) -> list[Fix]:
        return [self.fix(i) for i in self.accepted()]

    # --- changing --------------------------------------------------------------------------------
    def _set(self, changes: list[tuple[int, Decision]]) -> None:
        undo = []
        for item, decision in changes:
            if self.decisions[item] == decision:
                continue
            undo.append((item, self.decisions[item]))
            self.decisions[item] = decision
        if undo:
            self._undo.append(undo)
            self._store([item for item, _ in undo])

    def _store(self, items: list[int]) -> None:
        """Write the items' decisions to the store, all in one transaction."""
        if self.store is not None and self.path is not None:
            self.store.save_many(
                self.path, self.digest, [(self.keys[i], self.decisions[i]) for i in items]
            )

    def set_status(self, item: int, status: Status) -> None:
        if status is Status.ACCEPTED and not self.can_accept(item):
            return
        self._set([(item, replace(self.decisions[item], status=status))])

    def choose(self, item: int, choice: int) -> None:
        if not 0 <= choice < len(self.items[item].fixes):
            raise IndexError(choice)
        self._set([(item, replace(self.decisions[item], choice=choice, replacement=None))])

    def edit(self, item: int, replacement: str | None) -> None:
        """Type the corrected stretch by hand (and accept it); None drops the hand edit."""
        if not self.can_edit(item):
            return
        self._set(
            [(item, replace(self.decisions[item], replacement=replacement, status=Status.ACCEPTED))]
        )

    def accept_all_safe(self) -> None:
        self._set(
            [
                (i, Decision(Status.ACCEPTED, d.choice, d.replacement))
                for i, d in enumerate(self.decisions)
                if d.status is Status.PENDING
                # (the chosen fix's applicability: a hand edit keeps it, as ``fix`` does)
                and self.items[i].fixes[d.choice].applicability is Applicability.SAFE
                and self.items[i].confidence >= self.doubtful_below
            ]
        )

    def reject_all(self) -> None:
        # (Decision(...) rather than dataclasses.replace: a third of the time for 37,000 fixes.)
        self._set(
            [
                (i, Decision(Status.REJECTED, d.choice, d.replacement))
                for i, d in enumerate(self.decisions)
                if d.status is not Status.REJECTED
            ]
        )

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> list[int]:
        """Undo the last change; returns the items it touched."""
        if not self._undo:
            return []
        group = self._undo.pop()
        for item, decision in reversed(group):
            self.decisions[item] = decision
        self._store([item for item, _ in group])
        return [item for item, _ in group]
