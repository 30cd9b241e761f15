"""Android string resources (``res/values-fr/strings.xml``): each ``<string>``, each ``<item>`` of
a ``<plurals>`` or ``<string-array>``, checked against the same key in ``res/values/``.

Parsed safely (defusedxml) first; the values are then located in the decoded text so every offset
maps back to the file. Android's escapes (``\\'``, ``\\"``, ``\\n``, ``\\u2026``) and XML
references are atomic pieces; inline markup (``<b>``, ``<xliff:g>``) and CDATA markup is kept and
protected; the double quotes Android strips are not text; a line break with its indentation reads
as the one space Android makes of it. ``translatable="false"`` values and references to other
resources (``@string/name``) are skipped. An .xml file whose root is not ``<resources>`` is read
as plain text, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import (
    load_plain_text,
    register_escape,
    register_folder_filter,
    register_loader,
)
from mtlint.checks.documents._bilingual import local_name, mask_comments, parse_xml_safely
from mtlint.checks.documents._keyed import Entry, keyed_document
from mtlint.checks.documents._projection import decode_entity, decode_markup_bytes
from mtlint.checks.documents.base import Document, InputError

_ELEMENT = re.compile(
    r"<(string-array|plurals|string)(?![\w-])([^>]*?)(?:/>|>(.*?)</\1\s*>)", re.DOTALL
)
_ITEM = re.compile(r"<item\b([^>]*?)(?:/>|>(.*?)</item\s*>)", re.DOTALL)
_TOKEN = re.compile(
    r"<!\[CDATA\[(?P<cdata>.*?)\]\]>|(?P<tag><[^>]+>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);)"
    r"|(?P<escape>\\u[0-9a-fA-F]{4}|\\.)|(?P<quote>\")|(?P<space>[ \t]*\r?\n\s*)",
    re.DOTALL,
)
# A value that only points at another resource ("@string/app_name", "@android:string/ok").
_REFERENCE = re.compile(r"@(?:\w+:)?\w+/[\w.]+")
_CDATA_TAG = re.compile(r"<[^>]+>")
_ESCAPES = {"n": "\n", "t": "\t"}


def _attribute(tag: str, name: str) -> str:
    match = re.search(rf"""\b{name}\s*=\s*(["'])(.*?)\1""", tag)
    return match.group(2) if match else ""


def _value(raw: str, start: int, end: int) -> Entry:
    """A value's pieces (its key filled in by the caller)."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    entry = Entry("", [])
    parts = entry.parts
    length = 0

    def add(text: str, s: int, e: int, *, protect: bool = False) -> None:
        nonlocal length
        if text:
            parts.append((text, s, e))
            if protect:
                entry.protected.append((length, length + len(text)))
            length += len(text)

    position = start
    for match in _TOKEN.finditer(raw, start, end):
        add(raw[position : match.start()], position, match.start())
        kind = match.lastgroup
        if kind == "cdata":
            cdata_start, cdata_end = match.span("cdata")
            inner = cdata_start
            for tag in _CDATA_TAG.finditer(raw, cdata_start, cdata_end):
                add(raw[inner : tag.start()], inner, tag.start())
                add(tag.group(), tag.start(), tag.end(), protect=True)
                inner = tag.end()
            add(raw[inner:cdata_end], inner, cdata_end)
        elif kind == "tag":
            add(match.group(), *match.span(), protect=True)
        elif kind == "entity":
            add(decode_entity(match.group(), xml=True), *match.span())
        elif kind == "escape":
            escaped = match.group()
            text = chr(int(escaped[2:], 16)) if escaped[1] == "u" else escaped[1]
            add(_ESCAPES.get(text, text) if escaped[1] != "u" else text, *match.span())
        elif kind == "space":
            add(" ", *match.span())
        position = match.end()
    add(raw[position:end], position, end)
    return entry


def _entries(raw: str, masked: str) -> list[Entry]:
    entries: list[Entry] = []
    for element in _ELEMENT.finditer(masked):
        kind, attributes = element.group(1), element.group(2)
        name = _attribute(attributes, "name")
        translatable = _attribute(attributes, "translatable") != "false"
        if element.group(3) is None or not name:
            continue
        if kind == "string":
            entry = _value(raw, *element.span(3))
            reference = _REFERENCE.fullmatch(entry.text) is not None
            entries.append(replace(entry, key=name, translatable=translatable and not reference))
            continue
        for index, item in enumerate(_ITEM.finditer(masked, *element.span(3))):
            if item.group(2) is None:
                continue
            quantity = _attribute(item.group(1), "quantity")
            key = f"{name}#{quantity}" if quantity else f"{name}[{index}]"
            entry = _value(raw, *item.span(2))
            entries.append(replace(entry, key=key, translatable=translatable))
    return entries


def _is_resources(root) -> bool:
    return local_name(root.tag) == "resources"


def parse_android(path: Path) -> dict[str, str]:
    """key -> value text of a strings.xml (the source side)."""
    data = path.read_bytes()
    parse_xml_safely(data, str(path))
    raw, _, _ = decode_markup_bytes(data, str(path))
    return {entry.key: entry.text for entry in _entries(raw, mask_comments(raw))}


@register_escape("android")
def escape_android(text: str) -> str:
    """A replacement as Android resource text: XML escapes, then Android's backslash escapes."""
    text = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;")
    return text.replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n")


@register_folder_filter(".xml")
def is_android_resource(path: Path) -> bool:
    """In a folder, only the .xml files of a res/values* folder are string resources."""
    return path.parent.name.startswith("values")


@register_loader(".xml", options=True)
def load_android(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"<resources" not in head or not head.startswith((b"<?xml", b"<!--", b"<resources")):
        return _plain(path, data, source)
    root = parse_xml_safely(data, str(path))
    if not _is_resources(root):
        return _plain(path, data, source)
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    entries = _entries(raw, mask_comments(raw))
    return keyed_document(
        path,
        raw,
        entries,
        format="android",
        placeholders="android",
        encoding=encoding,
        bom=bom,
        parse_source=parse_android,
        source=Path(source) if source else None,
    )


def _plain(path: Path, data: bytes, source: str | Path | None = None) -> Document:
    if source:
        raise InputError(f"{path}: not an Android resource file (<resources>): no keys to pair")
    document = load_plain_text(path, data)
    note = "'.xml' is not an Android resource file: checked as plain text (markup read as words)"
    return replace(document, notes=(*document.notes, note))
