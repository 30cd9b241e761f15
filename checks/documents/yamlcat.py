"""YAML locale files (Rails ``config/locales/fr.yml``, and any ``fr.yml``/``*.fr.yaml`` of nested
keys): each string value is checked against the same key in the source-language file beside it
(``en.yml``); the top-level locale key (``fr:`` / ``en:``) is not part of the key.

PyYAML composes the file (a broken file is one clear line); each scalar's node gives its span, so
offsets map back to the file. Plain, quoted and block scalars are mapped piece by piece (escapes,
doubled quotes and folded line breaks are atomic pieces); a value whose mapping does not give back
exactly what YAML reads is not checked (said in a note) rather than risk a wrong fix. A
replacement is written in the scalar's own style: escaped in a double-quoted one, quotes doubled
in a single-quoted one, and a plain scalar the replacement would break becomes a quoted one.
Symbols (``:day``), anchors and keys are no text.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from mtlint.checks.documents import (
    decode_bytes,
    load_plain_text,
    register_file_edits,
    register_folder_filter,
    register_loader,
)
from mtlint.checks.documents._keyed import (
    Entry,
    Part,
    escaped_parts,
    keyed_document,
    locale_of,
)
from mtlint.checks.documents.base import Document, InputError
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Edit

_FOLD = re.compile(r"[ \t]*\r?\n[ \t]*")
_DOUBLE = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n[ \t]*|.)|[ \t]*\r?\n[ \t]*"
)
_SINGLE = re.compile(r"''|[ \t]*\r?\n[ \t]*")
_DOUBLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "e": "\x1b", "_": "\xa0"}
_PLAIN_UNSAFE = re.compile(r": |\s#|^[\s\-?:,\[\]{}#&*!|>'\"%@`]|\n")

Scalar = tuple[int, int, str]  # raw start, raw end (the whole scalar, quotes included), style


def _double(match: str) -> str:
    if match[0] != "\\":
        return " "
    code = match[1]
    if code in "xuU":
        return chr(int(match[2:], 16))
    if code in "\r\n":
        return ""
    return _DOUBLE_ESCAPES.get(code, code)


def _block(raw: str, start: int, end: int, folded: bool) -> list[Part]:
    """A literal (|) or folded (>) block: each line without its indentation."""
    body = raw.index("\n", start) + 1
    lines = raw[body:end].split("\n")
    indent = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    parts: list[Part] = []
    position = body
    for number, line in enumerate(lines):
        content = line[indent:].rstrip("\r")
        if number and parts:
            parts.append((" " if folded else "\n", position - 1, position + indent))
        if content:
            parts.append((content, position + indent, position + indent + len(content)))
        position += len(line) + 1
    while parts and parts[-1][0] in (" ", "\n"):
        parts.pop()
    return parts


def _parts(raw: str, node) -> list[Part]:
    start, end, style = node.start_mark.index, node.end_mark.index, node.style
    if style == '"':
        return escaped_parts(raw, start + 1, end - 1, _DOUBLE, _double)
    if style == "'":
        return escaped_parts(raw, start + 1, end - 1, _SINGLE, lambda m: "'" if m == "''" else " ")
    if style in ("|", ">"):
        return _block(raw, start, end, style == ">")
    return escaped_parts(raw, start, end, _FOLD, lambda m: " ")


def _walk(node, path: tuple[str, ...], found: list, seen: set[int] | None = None) -> None:
    """The string scalars under ``node`` with their key paths, each node once: an alias is a
    reference to its anchor's node, and a file of aliases of aliases ("billion laughs") would
    otherwise be walked exponentially (a 454-byte file: gigabytes)."""
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                _walk(value, (*path, key.value), found, seen)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, str(index)), found, seen)
    elif isinstance(node, ScalarNode) and node.tag.endswith(":str"):
        found.append((path, node))


def _compose(raw: str, name: str):
    import yaml

    try:
        return yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(f"{name}: not valid YAML ({where}{problem})") from None


def _entries(raw: str, name: str, locale: str | None) -> tuple[list[Entry], list[Scalar], int]:
    """The values, the scalars' spans and styles (for writing), and how many were not mapped."""
    root = _compose(raw, name)
    found: list = []
    if root is not None:
        _walk(root, (), found)
    entries: list[Entry] = []
    scalars: list[Scalar] = []
    unmapped = 0
    for path, node in found:
        value = node.value
        if not value.strip() or (node.style is None and value.startswith(":")):
            continue
        parts = _parts(raw, node)
        if "".join(text for text, _, _ in parts) not in (value, value.rstrip("\n")):
            unmapped += 1
            continue
        keys = path[1:] if len(path) > 1 and locale_of(Path(f"{path[0]}.yml")) else path
        entries.append(Entry(".".join(keys), parts))
        scalars.append((node.start_mark.index, node.end_mark.index, node.style or ""))
    return entries, scalars, unmapped


def parse_yaml_catalogue(path: Path) -> dict[str, str]:
    raw, _, _ = decode_bytes(path.read_bytes(), name=str(path))
    entries, _, _ = _entries(raw, str(path), None)
    return {entry.key: entry.text for entry in entries}


@register_file_edits("yaml")
def write_scalars(document: Document, edits: list[Edit]) -> list[Edit]:
    """Edits written in each scalar's style; a plain scalar that a replacement would break
    (": ", " #", a quote or indicator at its start) is rewritten whole as a double-quoted one."""
    scalars: tuple[Scalar, ...] = document.format_value("scalars", ())  # type: ignore[assignment]
    starts = [start for start, _, _ in scalars]
    raw = document.file_text
    by_scalar: dict[int, list[Edit]] = {}
    written: list[Edit] = []
    for edit in edits:
        index = bisect.bisect_right(starts, edit.start) - 1
        if index >= 0 and edit.end <= scalars[index][1]:
            by_scalar.setdefault(index, []).append(edit)
        else:
            written.append(edit)
    for index, scalar_edits in by_scalar.items():
        start, end, style = scalars[index]
        if style == '"':
            written.extend(Edit(e.start, e.end, _quote(e.replacement)) for e in scalar_edits)
        elif style == "'":
            written.extend(
                Edit(e.start, e.end, e.replacement.replace("'", "''")) for e in scalar_edits
            )
        elif style == "":
            local = [Edit(e.start - start, e.end - start, e.replacement) for e in scalar_edits]
            content = apply_edits(raw[start:end], local)
            if _PLAIN_UNSAFE.search(content) or content != content.strip():
                written.append(Edit(start, end, f'"{_quote(content)}"'))
            else:
                written.extend(scalar_edits)
        else:
            written.extend(scalar_edits)
    return written


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


@register_folder_filter(".yml", ".yaml")
def is_locale_file(path: Path) -> bool:
    """In a folder, only the YAML files whose name or folder names a language."""
    return locale_of(path) is not None


@register_loader(".yml", ".yaml", options=True)
def load_yaml_catalogue(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    if locale_of(path) is None and not source:
        document = load_plain_text(path, data)
        note = f"'{path.suffix}' names no language (not a locale file): checked as plain text"
        return _with_note(document, note)
    raw, encoding, bom = decode_bytes(data, name=str(path))
    entries, scalars, unmapped = _entries(raw, str(path), locale_of(path))
    document = keyed_document(
        path,
        raw,
        entries,
        format="yaml",
        placeholders="yaml",
        encoding=encoding,
        bom=bom,
        parse_source=parse_yaml_catalogue,
        format_data=(("scalars", tuple(scalars)),),
        source=Path(source) if source else None,
    )
    if unmapped:
        note = f"{unmapped} YAML values not checked (a layout whose offsets mtlint cannot map)"
        document = _with_note(document, note)
    return document


def _with_note(document: Document, note: str) -> Document:
    from dataclasses import replace

    return replace(document, notes=(*document.notes, note))
