"""``mtlint fix``: the pipeline run in passes until no fix is left to apply (like ruff's fix
loop), then written once, atomically, with a numbered backup.

Each pass applies every allowed fix to the file's bytes in memory (``writeback.render``), loads
and checks the result again. What remains is reported, including earlier findings no applied
fix touched; a fix that would hide another finding (a rule no longer sees an untouched artefact
once the fix is in) is held back, so a later ``mtlint check`` still shows both.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mtlint.checks import engine
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.checks.pipeline import CheckedFile, check_loaded
from mtlint.checks.results import FileReport

# Passes of "apply every safe fix, check again" before giving up (ruff's fix loop stops at 100;
# a pass here is a full check, and real fixes settle in two or three).
MAX_FIX_PASSES = 10


@dataclass(frozen=True)
class FixRun:
    """``mtlint fix`` on one file: fixes applied in passes until none is left to apply.

    ``remaining`` is what the last pass still finds, plus every earlier finding that no applied
    fix touched (moved to the final text): a safe fix cannot hide another finding, even one that
    a rule no longer recognises once its neighbourhood was fixed."""

    first: CheckedFile
    last: CheckedFile
    source: bytes  # the file as it was read
    data: bytes  # the file with every pass's fixes
    applied: int
    remaining: tuple[Finding, ...]

    def report_remaining(self) -> FileReport:
        """The remaining findings located in the fixed file (a report for the text writer)."""
        return replace(self.last, findings=self.remaining).report()


def fix_file(path: str | Path, config: Config, *, unsafe: bool = False) -> FixRun:
    """Check, apply the fixes allowed (safe; also unsafe ones with ``unsafe``), check again …
    in memory, until no fix is left to apply; nothing is written here (see ``write_fixed``).

    A fix that would hide another finding (a rule no longer sees an artefact it was not meant to
    change, like a stray ellipsis once the lower-cased name after it is capitalised) is held
    back, so ``mtlint check`` still shows both afterwards."""
    from mtlint.checks.documents import read_bytes

    # Fixes applied without a look are never a doubtful finding's (below the user's bar).
    config = replace(config, show_doubtful=False)
    path = Path(path)
    source = data = read_bytes(path)
    checked = first = _check_bytes(path, data, config)
    applied, carried, seen = 0, {}, {data}
    for _ in range(MAX_FIX_PASSES):
        step = _fix_pass(checked, data, config, unsafe, carried)
        if step is None:
            break
        checked, data, count, carried = step
        applied += count
        if data in seen:  # the fixes undo each other: stop rather than loop
            break
        seen.add(data)
    found = {_key(f) for f in checked.findings}
    remaining = [*checked.findings, *(f for k, f in carried.items() if k not in found)]
    return FixRun(first, checked, source, data, applied, engine.ordered_unique(remaining))


def _check_bytes(path: Path, data: bytes, config: Config) -> CheckedFile:
    from mtlint.checks.documents import load_bytes

    document = load_bytes(path, data, language=config.language, source=config.catalogue_source)
    return check_loaded(document, config, path=path)


def _fix_pass(
    checked: CheckedFile,
    data: bytes,
    config: Config,
    unsafe: bool,
    carried: dict[tuple[str, int, int], Finding],
) -> tuple[CheckedFile, bytes, int, dict[tuple[str, int, int], Finding]] | None:
    """One pass: the fixes applied (less any that would hide another finding) and the file
    checked again; None when no fix is left to apply."""
    from mtlint.checks.fixes import fixes_to_apply
    from mtlint.checks.writeback import render, resolve

    assert checked.path is not None
    candidates = fixes_to_apply(checked.findings, unsafe=unsafe)
    held: set[int] = set()
    while True:
        taken, _skipped, edits = resolve([fix for fix in candidates if id(fix) not in held])
        if not taken:
            return None
        fixed = {id(fix) for fix in taken}
        untouched = [
            f
            for f in checked.findings
            if not any(id(fix) in fixed for fix in f.fixes) and not _touched(f, edits)
        ]
        new_data = render(checked.document, edits, data)
        new_checked = _check_bytes(checked.path, new_data, config)
        hidden = _hidden(untouched, edits, new_checked.findings)
        culprits = _culprits(hidden, taken, checked.document)
        if not culprits:
            kept = [f for f in carried.values() if not _touched(f, edits)] + untouched
            moved = {_key(m): m for m in (_moved(f, edits) for f in kept)}
            return new_checked, new_data, len(taken), moved
        held |= {id(fix) for fix in culprits}


def _hidden(
    untouched: Sequence[Finding], edits: Sequence[Edit], found: Sequence[Finding]
) -> list[Finding]:
    """The untouched findings the next check no longer reports (same code, overlapping span)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for finding in found:
        spans.setdefault(finding.code, []).append((finding.start, finding.end))
    hidden = []
    for finding in untouched:
        moved = _moved(finding, edits)
        if not any(
            (s < moved.end and moved.start < e) or (s, e) == (moved.start, moved.end)
            for s, e in spans.get(finding.code, ())
        ):
            hidden.append(finding)
    return hidden


def _culprits(hidden: Sequence[Finding], taken: Sequence[Fix], document: Document) -> list[Fix]:
    """The fixes to hold back for each hidden finding: those in its sentence, else the nearest."""
    culprits: list[Fix] = []
    starts = [sentence.start for sentence in document.sentences]
    for finding in hidden:
        index = bisect.bisect_right(starts, finding.start) - 1
        sentence = document.sentences[index] if index >= 0 else None
        low, high = (sentence.start, sentence.end) if sentence else (finding.start, finding.end)
        near = [fix for fix in taken if any(e.start <= high and low <= e.end for e in fix.edits)]
        if not near:
            near = [min(taken, key=lambda fix: _distance(fix, finding))]
        culprits.extend(fix for fix in near if fix not in culprits)
    return culprits


def _distance(fix: Fix, finding: Finding) -> int:
    return min(max(edit.start - finding.end, finding.start - edit.end, 0) for edit in fix.edits)


def write_fixed(run: FixRun, *, backup: bool = True) -> Path | None:
    """Write a fix run's result over its file (refused if the file changed since it was read);
    returns the backup made."""
    from mtlint.checks.documents import read_bytes
    from mtlint.checks.errors import StaleFile
    from mtlint.checks.writeback import write_atomically

    path = run.first.path
    assert path is not None
    if read_bytes(path) != run.source:
        raise StaleFile(f"{path}: the file changed since it was checked; check it again")
    return write_atomically(path, run.data, backup=backup)


def _key(finding: Finding) -> tuple[str, int, int]:
    return finding.code, finding.start, finding.end


def _touched(finding: Finding, edits: Sequence[Edit]) -> bool:
    """Whether an edit changes the finding's text (an insertion strictly inside it counts)."""
    start, end = finding.start, finding.end
    for edit in edits:
        if edit.end > edit.start:
            if edit.start < end and start < edit.end:
                return True
        elif start < edit.start < end:
            return True
    return False


def _moved(finding: Finding, edits: Sequence[Edit]) -> Finding:
    """The finding at its place in the text after ``edits`` (which do not touch it), fixes
    dropped (they were for the old text)."""
    shift = sum(len(e.replacement) - (e.end - e.start) for e in edits if e.end <= finding.start)
    span = Span(finding.start + shift, finding.end + shift)
    return replace(finding, span=span, fixes=())
