"""Apple ``.stringsdict`` files (``fr.lproj/Localizable.stringsdict``): the plural and
variable-width forms of a string, in a property list. Each ``<string>`` a translator writes (a
plural form such as ``one``/``few``/``other``, a width variant, the ``NSStringLocalizedFormatKey``
that holds them together) is a unit keyed by its path, ``%d files#files#few``, checked against
the same key in ``en.lproj`` or ``Base.lproj`` beside it (a plural form the source language lacks
takes the source's ``other``); ``NSStringFormatSpecTypeKey`` and ``NSStringFormatValueTypeKey``
are no text.

Parsed safely (defusedxml) first; the ``<key>``/``<dict>``/``<array>``/``<string>`` elements are
then located in the decoded text so every offset maps back to the file; XML references are
atomic pieces, a CDATA section's content is read as written, a value in an ``<array>`` is keyed by
its index, and a replacement is written back with ``&``, ``<``, ``>`` escaped (verbatim inside
CDATA).
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from mtlint.checks.documents import register_file_edits, register_loader
from mtlint.checks.documents._bilingual import local_name, mask_comments, parse_xml_safely
from mtlint.checks.documents._keyed import Entry, escaped_parts, keyed_document
from mtlint.checks.documents._projection import (
    decode_entity,
    decode_markup_bytes,
    escape_markup,
)
from mtlint.checks.documents.base import Document, InputError
from mtlint.checks.model import Edit

_ELEMENT = re.compile(
    r"<(?P<close>/)?(?P<name>plist|dict|array|key|string|integer|real|true|false|date|data)"
    r"(?![\w-])[^>]*?(?P<empty>/)?>"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
# Keys whose values are format data, not text a translator writes.
_NOT_TEXT = frozenset({"NSStringFormatSpecTypeKey", "NSStringFormatValueTypeKey"})
KEY_SEPARATOR = "#"


def _decode(reference: str) -> str:
    return decode_entity(reference, xml=True)


def _closing(raw: str, name: str, position: int, source: str) -> int:
    end = raw.find(f"</{name}>", position)
    if end < 0:  # defusedxml accepted the file: only a layout this scanner does not know
        line = raw.count("\n", 0, position) + 1
        raise InputError(f"{source}: not a .stringsdict file (line {line}: <{name}> not closed)")
    return end


def _value_parts(raw: str, start: int, end: int) -> list:
    """A ``<string>``'s pieces: character data with its references atomic, a CDATA section's
    content verbatim (its markers are no text, nothing inside it is a reference)."""
    parts = []
    position = start
    for match in _CDATA.finditer(raw, start, end):
        parts += escaped_parts(raw, position, match.start(), _ENTITY, _decode)
        if match.end(1) > match.start(1):
            parts.append((match.group(1), match.start(1), match.end(1)))
        position = match.end()
    return parts + escaped_parts(raw, position, end, _ENTITY, _decode)


def _masked(raw: str) -> str:
    """The raw text with comments and CDATA contents blanked out (same length): what the
    element scan reads, so a "</string>" or "<key>" inside either is no element."""
    masked = mask_comments(raw)
    return _CDATA.sub(lambda m: m.group()[:9] + " " * (len(m.group()) - 12) + "]]>", masked)


def parse_entries(raw: str, source: str) -> list[Entry]:
    """The ``<string>`` values of the property list, keyed by their path of ``<key>`` names; a
    value in an ``<array>`` by its index there (``names#0``, ``names#1``)."""
    masked = _masked(raw)
    entries: list[Entry] = []
    path: list[str] = []
    counters: list[int | None] = []  # per open container: the next index of an array, else None
    pending: str | None = None
    position = 0

    def name() -> str | None:
        if counters and counters[-1] is not None:
            counters[-1] += 1
            return str(counters[-1] - 1)
        return pending

    while match := _ELEMENT.search(masked, position):
        element, position = match.group("name"), match.end()
        if match.group("close"):
            if element in ("dict", "array") and path:
                path.pop()
                counters.pop()
            continue
        if element == "key" and not match.group("empty"):
            end = _closing(masked, "key", position, source)
            pending = "".join(p[0] for p in escaped_parts(raw, position, end, _ENTITY, _decode))
            position = end + len("</key>")
        elif element in ("dict", "array") and not match.group("empty"):
            path.append(name() or "")
            counters.append(0 if element == "array" else None)
            pending = None
        elif element == "string" and not match.group("empty"):
            end = _closing(masked, "string", position, source)
            key_name = name()
            key = KEY_SEPARATOR.join((*path[1:], key_name or ""))
            if key_name not in _NOT_TEXT and len(path) >= 2:
                entries.append(Entry(key, _value_parts(raw, position, end)))
            position, pending = end + len("</string>"), None
        else:
            name()  # a number or a boolean takes its place in an array
            pending = None
    return entries


def _root_is_plist(root) -> bool:
    return local_name(root.tag) == "plist" and any(local_name(c.tag) == "dict" for c in root)


def _read(path: Path, data: bytes) -> tuple[str, str, bool, list[Entry]]:
    root = parse_xml_safely(data, str(path))
    if not _root_is_plist(root):
        raise InputError(f"{path}: not a .stringsdict file (no <plist> with a <dict>)")
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    return raw, encoding, bom, parse_entries(raw, str(path))


def parse_stringsdict(path: Path) -> dict[str, str]:
    _, _, _, entries = _read(path, path.read_bytes())
    return {entry.key: entry.text for entry in entries}


@register_file_edits("stringsdict")
def write_values(document: Document, edits: list[Edit]) -> list[Edit]:
    """A replacement written as character data (``&``, ``<``, ``>`` escaped), or verbatim
    inside a CDATA section, where a "]]>" it holds is split across two sections."""
    sections = [m.span(1) for m in _CDATA.finditer(document.file_text)]
    starts = [start for start, _ in sections]
    written = []
    for edit in edits:
        at = bisect.bisect_right(starts, edit.start) - 1
        inside = at >= 0 and edit.end <= sections[at][1]
        text = edit.replacement
        text = text.replace("]]>", "]]]]><![CDATA[>") if inside else escape_markup(text)
        written.append(Edit(edit.start, edit.end, text))
    return written


@register_loader(".stringsdict", options=True)
def load_stringsdict(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    raw, encoding, bom, entries = _read(path, data)
    return keyed_document(
        path,
        raw,
        entries,
        format="stringsdict",
        placeholders="stringsdict",
        encoding=encoding,
        bom=bom,
        parse_source=parse_stringsdict,
        source=Path(source) if source else None,
    )
