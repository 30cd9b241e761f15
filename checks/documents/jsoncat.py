"""JSON message catalogues: i18next and other nested ``{"key": "text"}`` files
(``locales/fr/common.json``, ``fr.json``), Chrome/WebExtension ``_locales/fr/messages.json``
(``{"key": {"message": …, "description": …}}``) and Flutter's ARB (``app_fr.arb``: ``@key``
holds the description, ``@@locale`` the language). Each text is checked against the same key in
the source-language file beside it.

The file is validated with ``json`` (a broken file is one clear line), then scanned by a small
tokenizer that keeps every string's span, so offsets map back to the file; JSON escapes are atomic
pieces and a replacement is escaped the same way when written back. ICU plural/select syntax
(``{count, plural, one{…} other{…}}``) is read as placeholders (``_keyed.placeholder_spans``):
a finding inside it is dropped, its texts are checked. A ``.json`` file whose
name or folder names no language (``package.json``) is read as plain text, as before.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import (
    decode_bytes,
    load_plain_text,
    register_escape,
    register_folder_filter,
    register_loader,
)
from mtlint.checks.documents._keyed import Entry, Part, escaped_parts, keyed_document, locale_of
from mtlint.checks.documents.base import Document, InputError

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_COMMENT = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/', re.DOTALL)
_SCALAR = re.compile(r"-?[0-9][0-9.eE+-]*|true|false|null")
_SPACE = re.compile(r"\s*")
_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.",
    re.DOTALL,
)

Leaf = tuple[tuple[str, ...], int, int]  # key path, content start, content end


def _decode(escape: str) -> str:
    return json.loads(f'"{escape}"')


class _Scanner:
    """The string leaves of a JSON text that ``json`` has already accepted."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.leaves: list[Leaf] = []

    def value(self, position: int, path: tuple[str, ...]) -> int:
        raw = self.raw
        position = _SPACE.match(raw, position).end()
        char = raw[position]
        if char == "{":
            position = _SPACE.match(raw, position + 1).end()
            while raw[position] != "}":
                key = _STRING.match(raw, position)
                name = json.loads(key.group())
                position = _SPACE.match(raw, key.end()).end() + 1  # the ":"
                position = _SPACE.match(raw, self.value(position, (*path, name))).end()
                if raw[position] == ",":
                    position = _SPACE.match(raw, position + 1).end()
            return position + 1
        if char == "[":
            position = _SPACE.match(raw, position + 1).end()
            index = 0
            while raw[position] != "]":
                position = _SPACE.match(raw, self.value(position, (*path, str(index)))).end()
                index += 1
                if raw[position] == ",":
                    position = _SPACE.match(raw, position + 1).end()
            return position + 1
        if char == '"':
            string = _STRING.match(raw, position)
            self.leaves.append((path, string.start(1), string.end(1)))
            return string.end()
        return _SCALAR.match(raw, position).end()


def _without_comments(raw: str) -> str:
    """The text with ``//`` and ``/* */`` comments blanked (same length): Chrome reads
    messages.json with comments, and translators' files have them."""
    if "/" not in raw:
        return raw
    return _COMMENT.sub(
        lambda m: m.group() if m.group().startswith('"') else re.sub(r"[^\n]", " ", m.group()),
        raw,
    )


def json_leaves(raw: str, name: str) -> tuple[object, list[Leaf]]:
    """The parsed JSON text (comments allowed) and its string leaves; InputError when it is
    not JSON. Shared with the string catalogue loader (xcstrings.py)."""
    masked = _without_comments(raw)
    try:
        data = json.loads(masked)
    except json.JSONDecodeError as error:
        raise InputError(f"{name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    scanner = _Scanner(masked)
    scanner.value(0, ())
    return data, scanner.leaves


def _style(path: Path, data: object) -> str:
    if path.suffix.lower() == ".arb":
        return "arb"
    if (
        isinstance(data, dict)
        and data
        and all(isinstance(v, dict) and "message" in v for v in data.values())
    ):
        return "webext"
    return "nested"


def json_string_parts(raw: str, start: int, end: int) -> list[Part]:
    """A JSON string's content ``raw[start:end]`` in decoded parts with their offsets
    (``escaped_parts`` with JSON's escapes). Shared with the string catalogue loader."""
    return escaped_parts(raw, start, end, _ESCAPE, _decode)


def _entry(raw: str, leaf: Leaf, key: str, context: str = "") -> Entry:
    _, start, end = leaf
    return Entry(key, json_string_parts(raw, start, end), context=context)


def _entries(path: Path, raw: str, data: object, leaves: list[Leaf]) -> list[Entry]:
    style = _style(path, data)
    entries: list[Entry] = []
    if style == "arb":
        meta = data if isinstance(data, dict) else {}
        for leaf in leaves:
            keys = leaf[0]
            if len(keys) == 1 and not keys[0].startswith("@"):
                about = meta.get(f"@{keys[0]}")
                note = about.get("description", "") if isinstance(about, dict) else ""
                entries.append(_entry(raw, leaf, keys[0], note if isinstance(note, str) else ""))
    elif style == "webext":
        for leaf in leaves:
            keys = leaf[0]
            if len(keys) == 2 and keys[1] == "message":
                note = data[keys[0]].get("description", "")  # type: ignore[index]
                entries.append(_entry(raw, leaf, keys[0], note if isinstance(note, str) else ""))
    else:
        entries = [_entry(raw, leaf, ".".join(leaf[0])) for leaf in leaves]
    return entries


def parse_json_catalogue(path: Path) -> dict[str, str]:
    raw, _, _ = decode_bytes(path.read_bytes(), name=str(path))
    data, leaves = json_leaves(raw, str(path))
    return {entry.key: entry.text for entry in _entries(path, raw, data, leaves)}


@register_escape("json")
def escape_json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


@register_folder_filter(".json")
def names_a_language(path: Path) -> bool:
    """In a folder, only the .json files whose name or folder names a language."""
    return locale_of(path) is not None


@register_loader(".json", ".arb", options=True)
def load_json_catalogue(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    if path.suffix.lower() == ".json" and locale_of(path) is None and not source:
        document = load_plain_text(path, data)
        note = "'.json' names no language (not a message catalogue): checked as plain text"
        return replace(document, notes=(*document.notes, note))
    raw, encoding, bom = decode_bytes(data, name=str(path))
    parsed, leaves = json_leaves(raw, str(path))
    if not isinstance(parsed, dict):
        raise InputError(f"{path}: not a message catalogue (the JSON is not an object)")
    declared = parsed.get("@@locale") if path.suffix.lower() == ".arb" else None
    return keyed_document(
        path,
        raw,
        _entries(path, raw, parsed, leaves),
        format="json",
        placeholders=_style(path, parsed),
        encoding=encoding,
        bom=bom,
        parse_source=parse_json_catalogue,
        language=declared if isinstance(declared, str) else None,
        source=Path(source) if source else None,
    )
