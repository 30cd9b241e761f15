""".NET resource files (``Resources.fr.resx``, ``Form1.ja-JP.resx``): each string ``<data>``'s
``<value>``, checked against the same name in the neutral file beside it (``Resources.resx``, the
culture left out of the name: .NET's own fallback), else in an English one (``Resources.en.resx``).

Parsed safely (defusedxml) first; the values are then located in the decoded text so every offset
maps back to the file. XML references are atomic pieces. A ``<data>`` with a ``type`` or
``mimetype`` is no string (an image, a point, a size of a form) and a name led by ``>>`` or
``$this.`` other than a text is the designer's metadata: neither is read. The schema block and
the ``<resheader>`` rows are structure, not text. .NET's composite format items (``{0}``,
``{1:N2}``, ``{0,-10}``) and its doubled braces are the placeholders. A .resx file whose root is
not ``<root>`` is read as plain text, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import load_plain_text, register_escape, register_loader
from mtlint.checks.documents._bilingual import local_name, mask_comments, parse_xml_safely
from mtlint.checks.documents._keyed import Entry, keyed_document
from mtlint.checks.documents._projection import decode_entity, decode_markup_bytes
from mtlint.checks.documents.base import Document, InputError

_DATA = re.compile(r"<data\b([^>]*?)(?:/>|>(.*?)</data\s*>)", re.DOTALL)
_VALUE = re.compile(r"<value\b[^>]*?(?:/>|>(.*?)</value\s*>)", re.DOTALL)
_COMMENT = re.compile(r"<comment\b[^>]*>(.*?)</comment\s*>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_PIECE = re.compile(f"{_ENTITY.pattern}|{_CDATA.pattern}", re.DOTALL)
# The designer's properties of a form that are text; every other "$this." or ">>" row is layout.
_TEXT_PROPERTIES = (".Text", ".ToolTipText", ".HeaderText", ".Caption", ".Title")


def _attribute(tag: str, name: str) -> str:
    match = re.search(rf"""(?<![\w:]){name}\s*=\s*(["'])(.*?)\1""", tag)
    return match.group(2) if match else ""


def _is_string(attributes: str, name: str) -> bool:
    kind = _attribute(attributes, "type")
    if _attribute(attributes, "mimetype") or (kind and not kind.startswith("System.String")):
        return False
    if name.startswith(">>"):
        return False
    return not name.startswith("$this.") or name.endswith(_TEXT_PROPERTIES)


def _value(raw: str, start: int, end: int) -> Entry:
    """A value's pieces: runs verbatim, each XML reference (and a CDATA marker) atomic."""
    entry = Entry("", [])
    position = start
    for match in _PIECE.finditer(raw, start, end):
        if match.start() > position:
            entry.parts.append((raw[position : match.start()], position, match.start()))
        if match.group(1) is not None:  # CDATA: its content as written, the markers no text
            inner_start, inner_end = match.span(1)
            if inner_end > inner_start:
                entry.parts.append((raw[inner_start:inner_end], inner_start, inner_end))
        else:
            entry.parts.append((decode_entity(match.group(), xml=True), *match.span()))
        position = match.end()
    if end > position:
        entry.parts.append((raw[position:end], position, end))
    return entry


def _entries(raw: str, masked: str) -> list[Entry]:
    entries: list[Entry] = []
    for data in _DATA.finditer(masked):
        attributes, body = data.group(1), data.group(2)
        name = _attribute(attributes, "name")
        if body is None or not name or not _is_string(attributes, name):
            continue
        value = _VALUE.search(masked, *data.span(2))
        if value is None or value.group(1) is None:
            continue
        entry = _value(raw, *value.span(1))
        comment = _COMMENT.search(masked, *data.span(2))
        context = comment.group(1).strip() if comment else ""
        entries.append(replace(entry, key=name, context=context))
    return entries


def _is_resx(root) -> bool:
    return local_name(root.tag) == "root"


def parse_resx(path: Path) -> dict[str, str]:
    """name -> value text of a .resx file (the source side)."""
    data = path.read_bytes()
    parse_xml_safely(data, str(path))
    raw, _, _ = decode_markup_bytes(data, str(path))
    return {entry.key: entry.text for entry in _entries(raw, mask_comments(raw))}


@register_escape("resx")
def escape_resx(text: str) -> str:
    """A replacement as .resx value text: XML's escapes."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@register_loader(".resx", options=True)
def load_resx(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    root = parse_xml_safely(data, str(path))
    if not _is_resx(root):
        if source:
            raise InputError(f"{path}: not a .NET resource file (<root>): no names to pair")
        document = load_plain_text(path, data)
        note = "'.resx' without a <root> element: checked as plain text (markup read as words)"
        return replace(document, notes=(*document.notes, note))
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    return keyed_document(
        path,
        raw,
        _entries(raw, mask_comments(raw)),
        format="resx",
        placeholders="resx",
        encoding=encoding,
        bom=bom,
        language=language,
        parse_source=parse_resx,
        source=Path(source) if source else None,
    )
