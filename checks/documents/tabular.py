"""CSV and TSV with source and target columns (named in the header row).

Accepted column names (any case): source, src, source_text, original / target, tgt, target_text,
translation; ``source_lang``/``target_lang`` columns, when present, give the languages. Fields are
located in the decoded text (RFC 4180 quoting; a doubled quote is one atomic ``"``), so offsets map
back to the file and a fix written back changes only its target field.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from mtlint.checks.documents import InputError, decode_bytes, register_file_edits, register_loader
from mtlint.checks.documents._bilingual import Segment, build_bilingual
from mtlint.checks.documents._projection import Projection
from mtlint.checks.documents.base import Document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Edit

SOURCE_NAMES = ("source", "src", "source_text", "source text", "original")
TARGET_NAMES = ("target", "tgt", "target_text", "target text", "translation")

Field = tuple[int, int, bool]  # raw start, raw end (content only), quoted


def scan_records(raw: str, delimiter: str, *, quoting: bool = True) -> list[list[Field]]:
    """Split CSV/TSV text into records of fields with their raw spans."""
    records: list[list[Field]] = []
    record: list[Field] = []
    position = 0
    length = len(raw)
    while position <= length:
        if quoting and position < length and raw[position] == '"':
            start = position + 1
            scan = start
            while True:
                quote = raw.find('"', scan)
                if quote == -1:
                    raise InputError("unterminated quoted field")
                if quote + 1 < length and raw[quote + 1] == '"':
                    scan = quote + 2
                    continue
                break
            record.append((start, quote, True))
            position = quote + 1
        else:
            end = position
            while end < length and raw[end] not in (delimiter, "\n", "\r"):
                end += 1
            record.append((position, end, False))
            position = end
        if position >= length:
            records.append(record)
            break
        char = raw[position]
        if char == delimiter:
            position += 1
            if position == length:
                record.append((position, position, False))
                records.append(record)
                break
            continue
        if char in "\r\n":
            position += 2 if raw.startswith("\r\n", position) else 1
            records.append(record)
            record = []
            if position >= length:
                break
            continue
        # Characters after a closing quote: tolerate, read up to the next delimiter.
        while position < length and raw[position] not in (delimiter, "\n", "\r"):
            position += 1
    return [r for r in records if not (len(r) == 1 and r[0][0] == r[0][1] and not r[0][2])]


def _field_text(raw: str, field: Field) -> str:
    start, end, quoted = field
    text = raw[start:end]
    return text.replace('""', '"') if quoted else text


def _add_field(projection: Projection, field: Field) -> None:
    start, end, quoted = field
    if not quoted:
        projection.verbatim(start, end)
        return
    position = start
    raw = projection.raw
    while True:
        pair = raw.find('""', position, end)
        if pair == -1:
            break
        projection.verbatim(position, pair)
        projection.atomic('"', pair, pair + 2)
        position = pair + 2
    projection.verbatim(position, end)


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _load(path: Path, data: bytes, delimiter: str | None) -> Document:
    raw, encoding, bom = decode_bytes(data, name=str(path))
    first_line = raw.split("\n", 1)[0]
    candidates = [delimiter] if delimiter else sorted(",;\t", key=lambda d: -first_line.count(d))
    for candidate in candidates:
        try:
            quoting = candidate != "\t" or '"' in first_line
            records = scan_records(raw, candidate, quoting=quoting)
        except InputError as error:
            raise InputError(f"{path}: {error}") from None
        if not records:
            raise InputError(f"{path}: empty table")
        header = [_field_text(raw, f) for f in records[0]]
        source_column = _column(header, SOURCE_NAMES)
        target_column = _column(header, TARGET_NAMES)
        if source_column is not None and target_column is not None:
            break
    else:
        raise InputError(
            f"{path}: no 'source' and 'target' columns in the header row "
            f"(found: {', '.join(header)[:80]})"
        )
    source_language_column = _column(header, ("source_lang", "source_language", "srclang"))
    target_language_column = _column(header, ("target_lang", "target_language", "tgtlang"))
    segments = []
    source_language = language = None
    targets: list[Field] = []
    for record in records[1:]:
        if max(source_column, target_column) >= len(record):
            continue
        target = record[target_column]
        targets.append(target)
        if source_language_column is not None and source_language_column < len(record):
            source_language = source_language or _field_text(raw, record[source_language_column])
        if target_language_column is not None and target_language_column < len(record):
            language = language or _field_text(raw, record[target_language_column])
        segments.append(
            Segment(
                lambda p, f=target: _add_field(p, f),
                _field_text(raw, record[source_column]),
                target[1],
            )
        )
    return build_bilingual(
        raw,
        segments,
        path=path,
        format="tsv" if delimiter == "\t" else "csv",
        encoding=encoding,
        bom=bom,
        language=language,
        source_language=source_language,
        format_data=(
            ("fields", tuple(targets)),
            ("delimiter", candidate),
            ("quoting", quoting),
        ),
    )


@register_file_edits("csv", "tsv")
def write_fields(document: Document, edits: list[Edit]) -> list[Edit]:
    """How edits are written into the target fields: in a quoted field a quote is doubled; an
    unquoted field that an edit would break (a delimiter, quote or line break in the
    replacement: "korea, which") is rewritten whole as a quoted field."""
    fields: tuple[Field, ...] = document.format_value("fields", ())  # type: ignore[assignment]
    delimiter = document.format_value("delimiter", ",")
    quoting = document.format_value("quoting", True)
    raw = document.file_text
    starts = [start for start, _, _ in fields]
    by_field: dict[int, list[Edit]] = {}
    written: list[Edit] = []
    for edit in edits:
        index = bisect.bisect_right(starts, edit.start) - 1
        if index >= 0 and edit.end <= fields[index][1]:
            by_field.setdefault(index, []).append(edit)
        else:  # not inside a target field (the separator between units): as it is
            written.append(edit)
    for index, field_edits in by_field.items():
        start, end, quoted = fields[index]
        if quoted:
            written.extend(
                Edit(e.start, e.end, e.replacement.replace('"', '""')) for e in field_edits
            )
        elif quoting and any(
            char in e.replacement for e in field_edits for char in (delimiter, '"', "\n", "\r")
        ):
            content = apply_edits(
                raw[start:end],
                [Edit(e.start - start, e.end - start, e.replacement) for e in field_edits],
            )
            written.append(Edit(start, end, '"' + content.replace('"', '""') + '"'))
        else:
            written.extend(field_edits)
    return written


@register_loader(".csv")
def load_csv(path: Path, data: bytes) -> Document:
    return _load(path, data, None)


@register_loader(".tsv", ".tab")
def load_tsv(path: Path, data: bytes) -> Document:
    return _load(path, data, "\t")
