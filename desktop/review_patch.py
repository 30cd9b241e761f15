"""One review decision changes the previewed text where its fix sits, not the whole text.

Rebuilding the corrected text after each Accept or Reject (every fix applied again, the pane's
text replaced, every mark made again) cost 2.5 s on a 600 KB file with 2,700 fixes. A decision
on one fix whose footprint (its finding and every alternative's edits) touches no other fix in
the preview changes only that stretch: the previewed text before it, the fix's stretch (the
original, or the original with the chosen fix) and the text after it, moved by the difference.
When another previewed fix is near, a fix overlaps itself, or the fix was skipped as overlapping,
``patch`` answers None and the caller rebuilds (``ReviewState.fixed``); the greedy overlap
resolution takes the same fixes either way (a fix that touches no other cannot change which of
the others are taken). Pure Python, no Qt.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from mtlint.checks.fixes import apply_fixes, resolve_overlaps
from mtlint.checks.model import Edit, Fix
from mtlint.desktop.decisions import Status
from mtlint.desktop.review_state import Change, FixedText, ReviewState


@dataclass(frozen=True)
class Patch:
    """The new preview, and the one edit that turns the old preview's text into it."""

    fixed: FixedText
    start: int  # in the old preview's text
    end: int
    replacement: str


class Footprints:
    """Each item's footprint: its finding joined with all its alternatives' edits (a hand edit
    replaces the finding joined with the chosen fix, so it stays inside)."""

    def __init__(self, state: ReviewState) -> None:
        spans = []
        for item, finding in enumerate(state.items):
            starts = [finding.start, *(fix.span.start for fix in finding.fixes)]
            ends = [finding.end, *(fix.span.end for fix in finding.fixes)]
            spans.append((min(starts), max(ends), item))
        spans.sort()
        self.of = {item: (start, end) for start, end, item in spans}
        self._starts = [start for start, _, _ in spans]
        self._items = [item for _, _, item in spans]
        self._longest = max((end - start for start, end, _ in spans), default=0)

    def near(self, item: int) -> list[int]:
        """The other items whose footprints touch this one's (or come within a character)."""
        start, end = self.of[item]
        first = bisect.bisect_left(self._starts, start - 1 - self._longest)
        last = bisect.bisect_right(self._starts, end + 1)
        found = []
        for index in range(first, last):
            other = self._items[index]
            other_start, other_end = self.of[other]
            if other != item and other_end >= start - 1 and other_start <= end + 1:
                found.append(other)
        return found


def previewed(state: ReviewState, item: int) -> bool:
    """Whether the preview (accepted and pending fixes) applies this item's fix."""
    status = state.decisions[item].status
    return status is Status.ACCEPTED or (status is Status.PENDING and state.can_accept(item))


def patch(
    state: ReviewState, previous: FixedText, item: int, footprints: Footprints
) -> Patch | None:
    """The preview after a decision on ``item`` alone (``state`` already holds it), made from
    ``previous`` (the preview before it); None when only a rebuild is sure to be right."""
    if item in previous.skipped:
        return None
    if any(previewed(state, other) for other in footprints.near(item)):
        return None
    start, end = footprints.of[item]
    old = next((c for c in previous.changes if c.item == item), None)
    fix = state.fix(item) if previewed(state, item) else None
    if fix is not None and resolve_overlaps([fix])[1]:
        return None  # a fix whose own edits overlap is skipped: let the rebuild say so
    # Every other change lies wholly before or after the footprint: the text before it moved by
    # the changes before it.
    before = sum(
        (c.new_end - c.new_start) - (c.old_end - c.old_start)
        for c in previous.changes
        if c.item != item and c.old_start < start
    )
    own_old = (old.new_end - old.new_start) - (old.old_end - old.old_start) if old else 0
    at = start + before
    old_length = end - start + own_old
    original = state.text[start:end]
    if fix is not None:
        local = Fix(tuple(Edit(e.start - start, e.end - start, e.replacement) for e in fix.edits))
        replacement = apply_fixes(original, [local]).text
    else:
        replacement = original
    shift = len(replacement) - old_length
    changes = [c for c in previous.changes if c.item != item]
    changes = [
        c
        if c.old_start < start
        else replace(c, new_start=c.new_start + shift, new_end=c.new_end + shift)
        for c in changes
    ]
    if fix is not None:
        changes.append(_located(state, item, fix, before))
        changes.sort(key=lambda c: c.old_start)
    text = previous.text[:at] + replacement + previous.text[at + old_length :]
    fixed = FixedText(text, tuple(changes), previous.skipped)
    return Patch(fixed, at, at + old_length, replacement)


def _located(state: ReviewState, item: int, fix: Fix, before: int) -> Change:
    """Where the item's change sits in both texts (as ``ReviewState.fixed`` locates it)."""
    start, end = state.stretch(item)
    if fix.edits and (fix.span.start < start or fix.span.end > end):
        start, end = min(start, fix.span.start), max(end, fix.span.end)
    new_start = start + before
    own = sum(len(e.replacement) - (e.end - e.start) for e in fix.edits)
    pending = state.decisions[item].status is Status.PENDING
    return Change(item, start, end, new_start, new_start + (end - start) + own, pending)
