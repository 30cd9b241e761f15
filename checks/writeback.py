"""Writing fixes back to a file: edits mapped to the file's text, written atomically, with a backup.

A user's file is changed only when they ask; the original bytes go to ``FILE.bak`` first, the new
content is written to a temporary file in the same folder and moved over the original in one step.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mtlint.checks.documents.base import Document
from mtlint.checks.fixes import FixOutcome, apply_edits, resolve_overlaps
from mtlint.checks.model import Edit, Fix


def to_file_edits(document: Document, fixes: Sequence[Fix]) -> list[Edit]:
    edits = []
    for fix in fixes:
        for edit in fix.edits:
            start = document.to_file_offset(edit.start)
            end = document.to_file_offset(edit.end, is_end=True) if edit.end > edit.start else start
            replacement = document.escape(edit.replacement) if document.escape else edit.replacement
            edits.append(Edit(start, max(start, end), replacement))
    if document.adjust_file_edits is not None:
        edits = document.adjust_file_edits(edits)
    return edits


def fixed_file_text(document: Document, fixes: Sequence[Fix]) -> tuple[str, FixOutcome]:
    """The file's decoded text with the fixes applied, and which fixes were taken or skipped."""
    taken, skipped = resolve_overlaps(fixes)
    new_text = apply_edits(document.text, [e for f in taken for e in f.edits])
    outcome = FixOutcome(new_text, tuple(taken), tuple(skipped))
    if document.raw_text is None:
        return new_text, outcome
    return apply_edits(document.raw_text, to_file_edits(document, taken)), outcome


def encode_text(text: str, encoding: str, bom: bool) -> bytes:
    data = text.encode(encoding)
    if bom:
        import codecs

        marks = {
            "utf-8": codecs.BOM_UTF8,
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE,
            "utf-32-be": codecs.BOM_UTF32_BE,
        }
        data = marks.get(encoding.lower().replace("_", "-"), b"") + data
    return data


def write_atomically(path: Path, data: bytes, *, backup: bool = True) -> Path | None:
    """Replace ``path`` with ``data`` in one step; return the backup's path if one was made."""
    path = Path(path)
    backup_path = None
    if backup and path.exists():
        backup_path = path.with_name(path.name + ".bak")
        shutil.copy2(path, backup_path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, temp_name)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return backup_path


def save_document(
    document: Document, fixes: Sequence[Fix], target: Path, *, backup: bool = True
) -> tuple[FixOutcome, Path | None]:
    """Write the fixed document to ``target`` (the original path or a new one)."""
    new_file_text, outcome = fixed_file_text(document, fixes)
    if document.writer is not None:
        return outcome, document.writer(document, new_file_text, Path(target), backup)
    data = encode_text(new_file_text, document.encoding, document.bom)
    backup_made = write_atomically(Path(target), data, backup=backup)
    return outcome, backup_made
