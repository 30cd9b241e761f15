"""Writing fixes back to a file: resolved edits mapped to the file's format, written atomically,
with a backup that never replaces an older one.

Writers work from edits, never from a diff of whole texts: the edits (span → replacement, in the
document's text coordinates) go to the format's renderer (``register_renderer``: .docx runs,
subtitle cues …) or, for formats written as their decoded text, are mapped to the file's text
(offset map, the format's escaping, CSV quoting) and applied there. A user's file is changed only
when they ask; the original bytes go to ``FILE.bak`` first (``FILE.bak.1``, ``FILE.bak.2`` … when
that exists), the new content is written to a temporary file in the same folder and moved over
the original in one step.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mtlint.checks.documents import escape_for, file_edits_adjuster, renderer_for
from mtlint.checks.documents.base import Document
from mtlint.checks.fixes import FixOutcome, apply_edits, resolve_overlaps
from mtlint.checks.model import Edit, Fix


def file_edits(document: Document, edits: Sequence[Edit]) -> list[Edit]:
    """Edits in the document's text mapped to its decoded file text, written the format's way
    (its escaping, its field quoting: registered with its loader)."""
    escape = escape_for(document)
    mapped = []
    for edit in edits:
        start = document.to_file_offset(edit.start)
        end = document.to_file_offset(edit.end, is_end=True) if edit.end > edit.start else start
        replacement = escape(edit.replacement) if escape else edit.replacement
        mapped.append(Edit(start, max(start, end), replacement))
    adjust = file_edits_adjuster(document)
    return adjust(document, mapped) if adjust is not None else mapped


def to_file_edits(document: Document, fixes: Sequence[Fix]) -> list[Edit]:
    """The fixes' edits mapped to the decoded file text."""
    return file_edits(document, [edit for fix in fixes for edit in fix.edits])


def resolve(fixes: Sequence[Fix]) -> tuple[tuple[Fix, ...], tuple[Fix, ...], list[Edit]]:
    """The fixes taken, those skipped (overlapping one taken), and the taken fixes' edits."""
    taken, skipped = resolve_overlaps(fixes)
    return tuple(taken), tuple(skipped), [edit for fix in taken for edit in fix.edits]


def fixed_file_text(document: Document, fixes: Sequence[Fix]) -> tuple[str, FixOutcome]:
    """The file's decoded text with the fixes applied, and which fixes were taken or skipped."""
    taken, skipped, edits = resolve(fixes)
    new_text = apply_edits(document.text, edits)
    outcome = FixOutcome(new_text, taken, skipped)
    if document.raw_text is None:
        return new_text, outcome
    return apply_edits(document.raw_text, file_edits(document, edits)), outcome


def render_text(document: Document, edits: Sequence[Edit]) -> bytes:
    """A text format's new bytes: the edits applied to the decoded file text, encoded as read."""
    new_text = apply_edits(document.file_text, file_edits(document, edits))
    return encode_text(new_text, document.encoding, document.bom)


def render(document: Document, edits: Sequence[Edit], source: bytes | None = None) -> bytes:
    """The file's new bytes with ``edits`` (text coordinates) written in; raises WriteRefused
    when the format cannot take them and StaleFile when ``source`` is not what was checked."""
    renderer = renderer_for(document)
    if renderer is None:
        return render_text(document, edits)
    return renderer(document, edits, source)


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


def backup_path_for(path: Path) -> Path:
    """The first free backup name: ``FILE.bak``, then ``FILE.bak.1``, ``FILE.bak.2`` …"""
    candidate = path.with_name(path.name + ".bak")
    number = 0
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.bak.{number}")
    return candidate


def write_atomically(path: Path, data: bytes, *, backup: bool = True) -> Path | None:
    """Replace ``path`` with ``data`` in one step; return the backup's path if one was made.

    A backup never replaces an earlier one: each run that changes the file keeps its own."""
    path = Path(path)
    backup_path = None
    if backup and path.exists():
        backup_path = backup_path_for(path)
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
    taken, skipped, edits = resolve(fixes)
    data = render(document, edits)
    outcome = FixOutcome(apply_edits(document.text, edits), taken, skipped)
    return outcome, write_atomically(Path(target), data, backup=backup)
