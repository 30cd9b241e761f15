"""The text being edited in the document view, kept in step with the Qt editor (no Qt here).

The editor reports each change in Qt positions; ``EditBuffer`` applies it to the Python text
(the text rules see, with the file's own line endings), so a re-check and a save never depend on
reading the whole widget back. Findings that an edit does not touch are moved by it until the
re-check's answer arrives. Saving turns the difference between the text as loaded and as edited
into edits and hands them to the engine's writer (``checks.writeback``): the file keeps its
encoding, BOM and line endings, and only the edited characters change.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents.base import Document
from mtlint.checks.errors import WriteRefused
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.desktop.textspans import TextSpans, from_qt_text

# Above this many characters a changed stretch is compared line by line first.
_CHAR_DIFF_LIMIT = 4000


class EditNotWritableError(WriteRefused):
    """An edit the file's format cannot take (it crosses a break that markup makes)."""


def newline_of(text: str) -> str:
    """The line ending new lines get: the one most lines of ``text`` already use."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


class EditBuffer:
    """The Python text of a document under edit; ``original`` is the text as loaded or saved.

    ``revision`` changes with every edit and is unique across buffers, so an answer for another
    document's text (opened before this one) can never pass for this one's."""

    _revisions = itertools.count(1)

    def __init__(self, text: str, spans: TextSpans | None = None) -> None:
        """``spans``: the text's spans when already made (a loaded session's, in its worker)."""
        self.original = text
        self.text = text
        self.spans = spans if spans is not None and spans.text is text else TextSpans(text)
        self.newline = newline_of(text)
        self.revision = next(self._revisions)

    @property
    def modified(self) -> bool:
        return self.text != self.original

    def apply_qt_change(self, position: int, removed: int, inserted: str) -> Edit:
        """Apply a change the editor reported (Qt positions of the text before it); returns it
        as an edit of the Python text before it."""
        start = self.spans.to_python(position)
        end = max(start, self.spans.to_python(position + removed))
        replacement = from_qt_text(inserted, self.newline)
        text = self.text[:start] + replacement + self.text[end:]
        self.spans = self.spans.edited(start, end, replacement, text)
        self.text = text
        self.revision = next(self._revisions)
        return Edit(start, end, replacement)

    def set_text(self, text: str) -> None:
        self.text = text
        self.spans = TextSpans(text)
        self.revision = next(self._revisions)

    def mark_saved(self) -> None:
        self.original = self.text

    def edits(self) -> list[Edit]:
        """The edits that turn ``original`` into ``text`` (offsets into ``original``)."""
        return diff_edits(self.original, self.text)


# --- moving findings with an edit ----------------------------------------------------------------
def _reach(finding: Finding) -> tuple[int, int]:
    starts = [finding.start] + [e.start for f in finding.fixes for e in f.edits]
    ends = [finding.end] + [e.end for f in finding.fixes for e in f.edits]
    return min(starts), max(ends)


def _moved(finding: Finding, delta: int) -> Finding:
    fixes = tuple(
        replace(
            fix, edits=tuple(Edit(e.start + delta, e.end + delta, e.replacement) for e in fix.edits)
        )
        for fix in finding.fixes
    )
    return replace(finding, span=Span(finding.start + delta, finding.end + delta), fixes=fixes)


def shift_findings(
    findings: Sequence[Finding], edit: Edit, lines: Sequence[int] = (), line_delta: int = 0
) -> tuple[tuple[Finding, ...], list[int], bool]:
    """Findings moved by ``edit`` (and their line numbers, moved by ``line_delta`` lines); those
    it touches are left out until the re-check. Returns findings, lines, whether any was left out.
    """
    delta = len(edit.replacement) - (edit.end - edit.start)
    kept: list[Finding] = []
    kept_lines: list[int] = []
    dropped = False
    for index, finding in enumerate(findings):
        line = lines[index] if index < len(lines) else 0
        low, high = _reach(finding)
        if high < edit.start:
            kept.append(finding)
            kept_lines.append(line)
        elif low > edit.end:
            kept.append(_moved(finding, delta) if delta else finding)
            kept_lines.append(line + line_delta)
        else:
            dropped = True
    return tuple(kept), kept_lines, dropped


def shift_ranges(ranges: Iterable[tuple[int, int]], edit: Edit) -> tuple[tuple[int, int], ...]:
    """Ranges (protected stretches) moved by an edit; a range it touches grows or shrinks."""
    delta = len(edit.replacement) - (edit.end - edit.start)
    moved = []
    for start, end in ranges:
        if end <= edit.start:
            moved.append((start, end))
        elif start >= edit.end:
            moved.append((start + delta, end + delta))
        else:
            moved.append((min(start, edit.start), max(edit.start, end + delta)))
    return tuple(moved)


def shift_points(points: Iterable[int], edit: Edit) -> tuple[int, ...]:
    delta = len(edit.replacement) - (edit.end - edit.start)
    return tuple(
        p if p <= edit.start else p + delta for p in points if not edit.start < p < edit.end
    )


# --- from two texts to edits ---------------------------------------------------------------------
def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _char_edits(old: str, new: str, offset: int) -> list[Edit]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Edit(offset + i1, offset + i2, new[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def diff_edits(old: str, new: str) -> list[Edit]:
    """Small, non-overlapping edits that turn ``old`` into ``new`` (offsets into ``old``)."""
    if old == new:
        return []
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_mid, new_mid = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    if not old_mid or not new_mid:
        return [Edit(prefix, prefix + len(old_mid), new_mid)]
    if len(old_mid) + len(new_mid) <= _CHAR_DIFF_LIMIT:
        return _char_edits(old_mid, new_mid, prefix)
    old_lines = old_mid.splitlines(keepends=True)
    new_lines = new_mid.splitlines(keepends=True)
    old_starts = [0]
    for line in old_lines:
        old_starts.append(old_starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_part, new_part = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        start = prefix + old_starts[i1]
        if old_part and new_part and len(old_part) + len(new_part) <= _CHAR_DIFF_LIMIT:
            edits.extend(_char_edits(old_part, new_part, start))
        else:
            edits.append(Edit(start, start + len(old_part), new_part))
    return edits


# --- writing edits through the format ------------------------------------------------------------
def writable_edits(document: Document, edits: Sequence[Edit]) -> list[Edit]:
    """The edits as the file's format can take them: an edit that reaches into an atomic piece
    (an entity such as ``&amp;``) grows to cover it; one that changes a break the markup makes
    (between paragraphs, cues or segments) raises ``EditNotWritableError``."""
    mapping = document.offset_map
    if mapping is None:
        return list(edits)
    text = document.text
    result: list[Edit] = []
    for edit in edits:
        start, end, replacement = edit.start, edit.end, edit.replacement
        for piece in _atomic_pieces(mapping.pieces, start, end):
            raw = document.file_text[piece.raw_start : piece.raw_end]
            # A break the markup makes (between paragraphs, cues, segments); an escaped line
            # break inside a segment ("\\n" in a .po) is text like any other.
            if "\n" in text[piece.text_start : piece.text_end] and "\\" not in raw:
                raise EditNotWritableError(
                    f"the edit at offset {start} changes a break the file's markup makes"
                )
            if piece.text_start < start:
                replacement = text[piece.text_start : start] + replacement
                start = piece.text_start
            if piece.text_end > end:
                replacement = replacement + text[end : piece.text_end]
                end = piece.text_end
        if result and start < result[-1].end:
            previous = result.pop()
            replacement = previous.replacement + text[previous.end : start] + replacement
            start = previous.start
        result.append(Edit(start, end, replacement))
    return result


def _atomic_pieces(pieces: Sequence, start: int, end: int) -> list:
    found = []
    for piece in pieces:
        if piece.text_end - piece.text_start == piece.raw_end - piece.raw_start:
            continue
        if start == end:
            touches = piece.text_start < start < piece.text_end
        else:
            touches = piece.text_start < end and start < piece.text_end
        if touches:
            found.append(piece)
    return found


def save_edits(
    document: Document, edits: Sequence[Edit], target: Path, *, backup: bool = True
) -> Path | None:
    """Write ``document``'s file with ``edits`` (offsets into its text) to ``target`` through the
    engine's writer; returns the backup's path, if one was made."""
    from mtlint.checks.writeback import save_document

    fixes = [Fix(tuple(writable_edits(document, edits)))] if edits else []
    _, backup_path = save_document(document, fixes, Path(target), backup=backup)
    return backup_path
