"""Apple ``.stringsdict`` files (``fr.lproj/Localizable.stringsdict``): the plural and
variable-width forms of a string, in a property list. Each ``<string>`` a translator writes (a
plural form such as ``one``/``few``/``other``, a width variant, the ``NSStringLocalizedFormatKey``
that holds them together) is a unit keyed by its path, ``%d files#files#few``, checked against
the same key in ``en.lproj`` or ``Base.lproj`` beside it (a plural form the source language lacks
takes the source's ``other``); ``NSStringFormatSpecTypeKey`` and ``NSStringFormatValueTypeKey``
are no text.

Parsed safely (defusedxml) first; the ``<key>``/``<dict>``/``<string>`` elements are then located
in the decoded text so every offset maps back to the file; XML references are atomic pieces and
a replacement is written back with ``&``, ``<``, ``>`` escaped.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtlint.checks.documents import register_escape, register_loader
from mtlint.checks.documents._bilingual import local_name, mask_comments, parse_xml_safely
from mtlint.checks.documents._keyed import Entry, escaped_parts, keyed_document
from mtlint.checks.documents._projection import (
    decode_entity,
    decode_markup_bytes,
    escape_markup,
)
from mtlint.checks.documents.base import Document, InputError

_ELEMENT = re.compile(
    r"<(?P<close>/)?(?P<name>plist|dict|array|key|string|integer|real|true|false|date|data)"
    r"(?![\w-])[^>]*?(?P<empty>/)?>"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);")
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


def parse_entries(raw: str, source: str) -> list[Entry]:
    """The ``<string>`` values of the property list, keyed by their path of ``<key>`` names."""
    masked = mask_comments(raw)
    entries: list[Entry] = []
    path: list[str] = []
    pending: str | None = None
    position = 0
    while match := _ELEMENT.search(masked, position):
        name, position = match.group("name"), match.end()
        if match.group("close"):
            if name in ("dict", "array") and path:
                path.pop()
            continue
        if name == "key" and not match.group("empty"):
            end = _closing(masked, "key", position, source)
            pending = "".join(p[0] for p in escaped_parts(raw, position, end, _ENTITY, _decode))
            position = end + len("</key>")
        elif name in ("dict", "array") and not match.group("empty"):
            path.append(pending or "")
            pending = None
        elif name == "string" and not match.group("empty"):
            end = _closing(masked, "string", position, source)
            key = KEY_SEPARATOR.join((*path[1:], pending or ""))
            if pending not in _NOT_TEXT and len(path) >= 2:
                entries.append(Entry(key, escaped_parts(raw, position, end, _ENTITY, _decode)))
            position, pending = end + len("</string>"), None
        else:
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


register_escape("stringsdict")(escape_markup)


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
