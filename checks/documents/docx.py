"""Word .docx: paragraphs (body, then table cells) become the text; findings map to runs.

The text is the concatenation of each paragraph's runs (hyperlink runs included, their edges
recorded as link boundaries), paragraphs separated by blank lines. Writing fixes back reopens the
file, rebuilds the same run map, and edits the runs in place, so every run keeps its formatting:
an edit inside one run changes that run; an edit spanning runs puts its replacement in the first
run and removes the covered text from the others. The file is replaced atomically, with a backup.

A .docx is a zip: before python-docx opens it, the declared uncompressed sizes are checked, so a
zip bomb is refused instead of filling memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mtlint.checks.documents import InputError, register_loader, register_renderer
from mtlint.checks.documents.base import Document
from mtlint.checks.errors import StaleFile, WriteRefused
from mtlint.checks.model import Edit

# Refuse archives that would inflate beyond these (a real document is far below them).
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_RATIO = 200  # uncompressed / compressed, for members above 1 MB
MAX_MEMBERS = 10_000


@dataclass
class _RunSpan:
    start: int
    end: int
    run: object  # docx.text.run.Run


def check_zip(data: bytes, name: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a .docx (not a zip archive)") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(f"{name}: refused: {len(members)} entries in the archive")
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > 1 << 20 and member.file_size > MAX_MEMBER_RATIO * max(
                member.compress_size, 1
            ):
                raise InputError(
                    f"{name}: refused: '{member.filename}' would inflate "
                    f"{member.file_size // max(member.compress_size, 1)}× (zip bomb?)"
                )
        if total > MAX_UNCOMPRESSED_BYTES:
            raise InputError(
                f"{name}: refused: {total / 2**20:.0f} MB uncompressed "
                f"(limit {MAX_UNCOMPRESSED_BYTES / 2**20:.0f} MB; zip bomb?)"
            )
        if "word/document.xml" not in archive.namelist():
            raise InputError(f"{name}: not a Word document (no word/document.xml)")


def _paragraphs(document) -> list:
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                # Merged cells repeat the same cell object; check it once.
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                paragraphs.extend(cell.paragraphs)
    return paragraphs


def _build(document, numbers: list[tuple[int, int]] | None = None):
    """The text (paragraphs joined by blank lines), run spans and link boundaries; ``numbers``
    (if given) receives (text offset, 1-based paragraph number, empty paragraphs counted)."""
    from docx.text.hyperlink import Hyperlink

    parts: list[str] = []
    spans: list[_RunSpan] = []
    boundaries: list[int] = []
    length = 0
    for number, paragraph in enumerate(_paragraphs(document), 1):
        if numbers is not None:
            numbers.append((length + 2 if length else 0, number))
        if length:
            parts.append("\n\n")
            length += 2
        paragraph_start = length
        for item in paragraph.iter_inner_content():
            runs = item.runs if isinstance(item, Hyperlink) else [item]
            if isinstance(item, Hyperlink):
                boundaries.append(length)
            for run in runs:
                text = run.text
                spans.append(_RunSpan(length, length + len(text), run))
                parts.append(text)
                length += len(text)
            if isinstance(item, Hyperlink):
                boundaries.append(length)
        if length == paragraph_start and parts and parts[-1] == "\n\n":
            parts.pop()
            length -= 2
    return "".join(parts), spans, boundaries


def _open(data: bytes, name: str):
    import docx

    check_zip(data, name)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:
        raise InputError(f"{name}: cannot read this .docx ({type(error).__name__})") from None


@register_loader(".docx")
def load_docx(path: Path, data: bytes) -> Document:
    document = _open(data, str(path))
    numbers: list[tuple[int, int]] = []
    text, _spans, boundaries = _build(document, numbers)
    language = None
    try:
        language = document.core_properties.language or None
    except Exception:
        language = None
    return Document(
        text=text,
        path=path,
        format="docx",
        boundaries=tuple(sorted(set(boundaries))),
        language=(language or "").split("-")[0].lower() or None,
        paragraph_numbers=_kept_numbers(numbers),
    )


def _kept_numbers(numbers: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """One (offset, number) per offset: an empty paragraph adds no text, the next one wins."""
    kept: dict[int, int] = {}
    for offset, number in numbers:
        kept[offset] = number
    return tuple(sorted(kept.items()))


def apply_to_runs(spans: list[_RunSpan], edits: list[tuple[int, int, str]]) -> None:
    """Apply text edits (offsets into the run text) to the runs, from the last edit backwards."""
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        covered = [s for s in spans if s.start < end and start < s.end]
        if not covered:
            # An insertion at a run edge: append to the run ending here, else prepend to the next.
            before = [s for s in spans if s.end == start and s.end > s.start]
            after = [s for s in spans if s.start == start]
            if before:
                covered = [before[-1]]
            elif after:
                covered = [after[0]]
            else:
                raise WriteRefused(
                    "an edit falls between paragraphs and cannot be written to the .docx"
                )
        for index, span in enumerate(covered):
            text = span.run.text
            local_start = max(start, span.start) - span.start
            local_end = min(end, span.end) - span.start
            insert = replacement if index == 0 else ""
            span.run.text = text[:local_start] + insert + text[local_end:]


@register_renderer("docx")
def render_docx(document: Document, edits: Sequence[Edit], source: bytes | None) -> bytes:
    """The .docx with the edits written into its runs: the run map is rebuilt from ``source``
    (the file as it is now, when None) and must give the text that was checked."""
    source_path = document.path
    data = source if source is not None else Path(source_path or "").read_bytes()
    word = _open(data, str(source_path))
    text, spans, _ = _build(word)
    if text != document.text:
        raise StaleFile(f"{source_path}: the file changed since it was checked; check it again")
    if any("\n\n" in edit.replacement for edit in edits):
        raise WriteRefused(f"{source_path}: a fix would add a paragraph break; not written")
    apply_to_runs(spans, [(edit.start, edit.end, edit.replacement) for edit in edits])
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()
