"""Applying fixes: the one place text is rewritten, for the CLI and the GUI alike.

Overlapping fixes are resolved deterministically: fixes are taken in order of their first edit's
start (then their order in the input), and a fix that overlaps one already taken is skipped and
reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from mtlint.checks.model import Applicability, Edit, Finding, Fix


@dataclass(frozen=True)
class FixOutcome:
    text: str
    applied: tuple[Fix, ...]
    skipped: tuple[Fix, ...]  # overlapped a fix already taken


def _edits_overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    return a.span.overlaps(b.span)


def resolve_overlaps(fixes: Sequence[Fix]) -> tuple[list[Fix], list[Fix]]:
    order = sorted(range(len(fixes)), key=lambda i: (fixes[i].span.start, fixes[i].span.end, i))
    taken: list[Fix] = []
    taken_edits: list[Edit] = []
    skipped: list[Fix] = []
    for index in order:
        fix = fixes[index]
        if any(_edits_overlap(e, t) for e in fix.edits for t in taken_edits) or _self_overlapping(
            fix
        ):
            skipped.append(fix)
            continue
        taken.append(fix)
        taken_edits.extend(fix.edits)
    return taken, skipped


def _self_overlapping(fix: Fix) -> bool:
    edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
    return any(_edits_overlap(a, b) for a, b in pairwise(edits))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (offsets into ``text``)."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position or edit.end > len(text):
            raise ValueError(f"edit {edit.start}..{edit.end} overlaps or is outside the text")
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def apply_fixes(text: str, fixes: Sequence[Fix]) -> FixOutcome:
    taken, skipped = resolve_overlaps(fixes)
    edits = [edit for fix in taken for edit in fix.edits]
    return FixOutcome(apply_edits(text, edits), tuple(taken), tuple(skipped))


def fixes_to_apply(findings: Iterable[Finding], *, unsafe: bool = False) -> list[Fix]:
    """Each finding's preferred fix, if its applicability allows automatic application."""
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
    chosen = []
    for finding in findings:
        fix = finding.preferred_fix
        if fix is not None and fix.applicability in allowed:
            chosen.append(fix)
    return chosen
