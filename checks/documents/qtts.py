"""Qt Linguist translation files (``.ts``): each ``<translation>`` (or each of its
``<numerusform>`` plural forms) is a target segment checked against the message's ``<source>``.

Parsed safely (defusedxml) first; the segments are then located in the decoded text so every
offset maps back to the file. Qt writes rich text escaped (``&lt;b&gt;``): decoded, its tags are
kept in the text and protected, so prose rules skip them and the tag check compares them with the
source's. A translation marked ``type="unfinished"`` is not a finished translation (skipped like
a PO fuzzy entry unless asked for); ``vanished`` and ``obsolete`` ones are like PO ``#~`` entries.
A message's ``<comment>`` is its disambiguation (like a PO msgctxt). A ``.ts`` file that is not
Qt XML (TypeScript shares the extension) is read as plain text.
"""

from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from mtlint.checks.documents import load_plain_text, register_escape, register_loader
from mtlint.checks.documents._bilingual import (
    Segment,
    add_xml_inline,
    build_bilingual,
    local_name,
    mask_comments,
    parse_xml_safely,
)
from mtlint.checks.documents._projection import Projection, decode_markup_bytes, escape_markup
from mtlint.checks.documents.base import Document, InputError, UnitInfo

register_escape("ts")(escape_markup)

_CONTEXT = re.compile(r"<context\b[^>]*>(.*?)</context\s*>", re.DOTALL)
_NAME = re.compile(r"<name\b[^>]*>(.*?)</name\s*>", re.DOTALL)
_MESSAGE = re.compile(r"<message\b([^>]*)>(.*?)</message\s*>", re.DOTALL)
_SOURCE = re.compile(r"<source\b[^>]*>(.*?)</source\s*>", re.DOTALL)
_COMMENT = re.compile(r"<comment\b[^>]*>(.*?)</comment\s*>", re.DOTALL)
_EXTRA = re.compile(r"<(?:extracomment|translatorcomment)\b[^>]*>(.*?)</\w+\s*>", re.DOTALL)
_TRANSLATION = re.compile(r"<translation\b([^>]*?)(?:/>|>(.*?)</translation\s*>)", re.DOTALL)
_NUMERUS = re.compile(r"<numerusform\b[^>]*>(.*?)</numerusform\s*>", re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']([^"']*)["']""")
_LANGUAGE = re.compile(r"""\b(source)?language\s*=\s*["']([^"']*)["']""")
# Rich text tags once the file's escapes are decoded.
_RICH_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def _text(raw: str) -> str:
    return html.unescape(raw)


def _add_target(projection: Projection, start: int, end: int) -> None:
    """The translation's text, with the rich text tags it decodes to protected."""
    begin, first_part = projection.length, len(projection.parts)
    add_xml_inline(projection, start, end)
    added = "".join(projection.parts[first_part:])
    for match in _RICH_TAG.finditer(added):
        projection.protect(begin + match.start(), begin + match.end())


def _message_segments(raw: str, masked: str, message: re.Match, context: str) -> list[Segment]:
    body_start, body_end = message.span(2)
    source = _SOURCE.search(masked, body_start, body_end)
    translation = _TRANSLATION.search(masked, body_start, body_end)
    if source is None or translation is None or translation.group(2) is None:
        return []
    kind = _TYPE.search(translation.group(1))
    state = kind.group(1) if kind else ""
    comment = _COMMENT.search(masked, body_start, body_end)
    notes = [context] + [_text(m.group(1)) for m in _EXTRA.finditer(masked, body_start, body_end)]
    info = UnitInfo(
        context=_text(comment.group(1)) if comment else "",
        comments="\n".join(note for note in notes if note),
        fuzzy=state == "unfinished",
        obsolete=state in ("vanished", "obsolete"),
    )
    source_text = _text(raw[source.start(1) : source.end(1)])
    start, end = translation.span(2)
    forms = list(_NUMERUS.finditer(masked, start, end)) if "numerus" in message.group(1) else []
    spans = [form.span(1) for form in forms] or [(start, end)]
    return [
        Segment(lambda p, s=s, e=e: _add_target(p, s, e), source_text, e, info) for s, e in spans
    ]


def _head(data: bytes) -> bytes:
    """The file's first bytes as ASCII-compatible bytes: a .ts saved as UTF-16 (Qt Linguist on
    Windows can) starts with a byte-order mark and NULs, and was read as a TypeScript file."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) : 1024].decode(encoding, "ignore").encode("utf-8")
    return data[:512]


@register_loader(".ts")
def load_qt_ts(path: Path, data: bytes) -> Document:
    head = _head(data).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"<?xml", b"<!DOCTYPE TS", b"<TS")):
        return load_plain_text(path, data)  # a TypeScript file, not a Qt translation
    root = parse_xml_safely(data, str(path))
    if local_name(root.tag) != "TS":
        raise InputError(f"{path}: not a Qt translation file (root element <{root.tag}>)")
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    masked = mask_comments(raw)
    segments: list[Segment] = []
    for context in _CONTEXT.finditer(masked):
        name = _NAME.search(masked, *context.span(1))
        context_name = _text(name.group(1)) if name else ""
        for message in _MESSAGE.finditer(masked, *context.span(1)):
            segments.extend(_message_segments(raw, masked, message, context_name))
    return build_bilingual(
        raw,
        segments,
        path=path,
        format="ts",
        encoding=encoding,
        bom=bom,
        language=root.get("language"),
        source_language=root.get("sourcelanguage") or "en",
    )
