"""Subtitles (.srt, .vtt): only the cue text is checked; numbers, timings and settings are not text.

A cue's lines are joined by a space that maps to the real line break; consecutive cues are joined
by a space that maps to a zero-width point at the end of the previous cue's text (a sentence running
across two cues reads as one sentence, and a fix of that space lands at the end of the first cue).
Between two characters of a script written without spaces (Han, kana) the join is no space.
Writing back refuses any change to a timing line or cue number, so timings are never touched.
Styling tags (``<i>``, ``{\\an8}``) are left out; WebVTT character references decode atomically.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from mtlint.checks.documents import (
    InputError,
    decode_bytes,
    register_escape,
    register_loader,
    register_renderer,
)
from mtlint.checks.documents._projection import Projection, escape_markup
from mtlint.checks.documents.base import Document
from mtlint.checks.errors import WriteRefused
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Edit

register_escape("vtt")(escape_markup)

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")


def _lines(raw: str) -> list[tuple[int, int, int]]:
    """(start, content_end, line_end) per line."""
    lines = []
    position = 0
    while position < len(raw):
        match = _LINE.match(raw, position)
        if match is None or match.end() == position:
            break
        content = match.group().rstrip("\r\n")
        lines.append((position, position + len(content), match.end()))
        position = match.end()
    return lines


def project_subtitles(raw: str, *, vtt: bool, dropped: list[str] | None = None) -> Projection:
    """The cues' text; ``dropped`` (if given) receives the start of each block that is no cue."""
    projection = Projection(raw)
    dropped = [] if dropped is None else dropped
    lines = _lines(raw)
    index = 0
    cues = 0
    previous_cue_end: int | None = None
    while index < len(lines):
        # A block is a run of non-blank lines.
        while index < len(lines) and not raw[lines[index][0] : lines[index][1]].strip():
            index += 1
        block = []
        while index < len(lines) and raw[lines[index][0] : lines[index][1]].strip():
            block.append(lines[index])
            index += 1
        if not block:
            break
        first = raw[block[0][0] : block[0][1]].strip()
        if vtt and (first.startswith("WEBVTT") or first.split(" ")[0] in _VTT_BLOCKS):
            continue
        timing = next((i for i, line in enumerate(block) if "-->" in raw[line[0] : line[1]]), None)
        if timing is None:
            # Not a cue (stray index, garbage): never text, but the user hears of it.
            dropped.append(raw[block[0][0] : block[0][1]].strip()[:40])
            continue
        cues += 1
        text_lines = block[timing + 1 :]
        if not text_lines:
            continue
        joins = previous_cue_end is not None and projection.length
        if (
            joins
            and not projection.ends_with_space()
            and not _unspaced_join(projection, raw, text_lines[0][0])
        ):
            projection.atomic(" ", previous_cue_end, previous_cue_end)
        for number, (start, content_end, _line_end) in enumerate(text_lines):
            if number:
                break_start = text_lines[number - 1][1]
                if not projection.ends_with_space() and not _unspaced_join(projection, raw, start):
                    projection.atomic(" ", break_start, start)
            _add_cue_line(projection, start, content_end, vtt=vtt)
        previous_cue_end = text_lines[-1][1]
    if not cues and raw.strip():
        raise InputError("no subtitle cues found (no 'start --> end' timing lines)")
    projection.finish()
    return projection


# Scripts written without spaces between words, and their punctuation (Han, kana, CJK marks,
# full-width forms): a line or cue break between two of them joins them with nothing, as a
# reader of Japanese or Chinese reads it (h32files: 18 MT111 on 3Blue1Brown's Japanese cues).
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _unspaced_join(projection: Projection, raw: str, next_start: int) -> bool:
    last = projection.parts[-1][-1:] if projection.parts else ""
    following = raw[next_start : next_start + 1]
    return bool(last and following and _UNSPACED.match(last) and _UNSPACED.match(following))


def _add_cue_line(projection: Projection, start: int, end: int, *, vtt: bool) -> None:
    position = start
    for match in _TAG.finditer(projection.raw, start, end):
        _add_text(projection, position, match.start(), vtt=vtt)
        position = match.end()
    _add_text(projection, position, end, vtt=vtt)


def _add_text(projection: Projection, start: int, end: int, *, vtt: bool) -> None:
    if vtt:
        projection.text_with_entities(start, end)
    else:
        projection.verbatim(start, end)


def _structure_lines(raw: str) -> list[tuple[int, int]]:
    """Where the timing lines and the cue identifiers before them are in the raw text."""
    lines: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None
    position = 0
    for line in raw.splitlines(keepends=True):
        span = (position, position + len(line))
        if "-->" in line:
            if previous is not None and raw[previous[0] : previous[1]].strip():
                lines.append(previous)
            lines.append(span)
        previous = span
        position = span[1]
    return lines


@register_renderer("srt", "vtt")
def render_subtitles(document: Document, edits: Sequence[Edit], source: bytes | None) -> bytes:
    """Fixed subtitles; an edit that would touch a timing line or a cue identifier (or write a
    new timing arrow) is refused."""
    from mtlint.checks.writeback import encode_text, file_edits

    raw = document.file_text
    protected = _structure_lines(raw)
    mapped = file_edits(document, edits)
    for edit in mapped:
        touches = any(
            (edit.start < end and start < edit.end)
            if edit.end > edit.start
            else start < edit.start < end
            for start, end in protected
        )
        if touches or "-->" in edit.replacement:
            where = document.path or "the file"
            raise WriteRefused(
                f"{where}: a fix would change cue timings or numbers; nothing written"
            )
    return encode_text(apply_edits(raw, mapped), document.encoding, document.bom)


def _load(path: Path, data: bytes, *, vtt: bool) -> Document:
    raw, encoding, bom = decode_bytes(data, name=str(path))
    dropped: list[str] = []
    try:
        projection = project_subtitles(raw, vtt=vtt, dropped=dropped)
    except InputError as error:
        raise InputError(f"{path}: {error}") from None
    return Document(
        text=projection.text,
        path=path,
        format="vtt" if vtt else "srt",
        raw_text=raw,
        offset_map=projection.offset_map(),
        encoding=encoding,
        bom=bom,
        notes=_dropped_note(dropped),
    )


def _dropped_note(blocks: list[str]) -> tuple[str, ...]:
    if not blocks:
        return ()
    return (
        f"{len(blocks)} block(s) without a 'start --> end' timing line were skipped "
        f"(not cues), the first: {blocks[0]!r}",
    )


@register_loader(".srt")
def load_srt(path: Path, data: bytes) -> Document:
    return _load(path, data, vtt=False)


@register_loader(".vtt")
def load_vtt(path: Path, data: bytes) -> Document:
    return _load(path, data, vtt=True)
