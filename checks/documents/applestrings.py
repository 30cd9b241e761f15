"""Apple ``.strings`` files (``fr.lproj/Localizable.strings``): each ``"key" = "value";`` value is
checked against the same key in ``en.lproj`` or ``Base.lproj`` beside it (else against its key,
which Apple projects often write as the English text itself).

The file is scanned by a small tokenizer (``/* */`` and ``//`` comments, quoted or bare keys), so
every offset maps back to the file; escapes (``\\"``, ``\\n``, ``\\U2026``) are atomic pieces and a
replacement is escaped the same way when written back. The comment before an entry is its
translator note. UTF-16 files (with a byte-order mark, as Xcode writes them) are read as such.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtlint.checks.documents import decode_bytes, register_escape, register_loader
from mtlint.checks.documents._keyed import Entry, escaped_parts, keyed_document
from mtlint.checks.documents.base import Document, InputError

_SPACE = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.DOTALL)
_COMMENT = re.compile(r"/\*(.*?)\*/|//([^\n]*)", re.DOTALL)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_BARE = re.compile(r"[\w.$:/-]+")
_ESCAPE = re.compile(r"\\(?:[Uu][0-9a-fA-F]{4}|.)", re.DOTALL)
_DECODED = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def _decode(escape: str) -> str:
    if escape[1] in "Uu" and len(escape) == 6:
        return chr(int(escape[2:], 16))
    return _DECODED.get(escape[1], escape[1])


def _token(raw: str, position: int, name: str) -> tuple[int, int, int]:
    """(content start, content end, next position) of a quoted or bare string."""
    quoted = _QUOTED.match(raw, position)
    if quoted:
        return quoted.start(1), quoted.end(1), quoted.end()
    bare = _BARE.match(raw, position)
    if bare:
        return bare.start(), bare.end(), bare.end()
    line = raw.count("\n", 0, position) + 1
    raise InputError(f"{name}: not a .strings file (line {line}: expected a quoted string)")


def _expect(raw: str, position: int, char: str, name: str) -> int:
    if not raw.startswith(char, position):
        line = raw.count("\n", 0, position) + 1
        raise InputError(f"{name}: not a .strings file (line {line}: expected '{char}')")
    return position + 1


def parse_entries(raw: str, name: str) -> list[Entry]:
    entries: list[Entry] = []
    position = _SPACE.match(raw, 0).end()
    previous_end = 0
    while position < len(raw):
        comments = [
            (m.group(1) or m.group(2) or "").strip()
            for m in _COMMENT.finditer(raw, previous_end, position)
        ]
        key_start, key_end, position = _token(raw, position, name)
        position = _expect(raw, _SPACE.match(raw, position).end(), "=", name)
        value_start, value_end, position = _token(raw, _SPACE.match(raw, position).end(), name)
        position = _expect(raw, _SPACE.match(raw, position).end(), ";", name)
        key = "".join(p[0] for p in escaped_parts(raw, key_start, key_end, _ESCAPE, _decode))
        parts = escaped_parts(raw, value_start, value_end, _ESCAPE, _decode)
        entries.append(Entry(key, parts, context="\n".join(c for c in comments if c)))
        previous_end = position
        position = _SPACE.match(raw, position).end()
    return entries


def parse_strings(path: Path) -> dict[str, str]:
    raw, _, _ = decode_bytes(path.read_bytes(), name=str(path))
    return {entry.key: entry.text for entry in parse_entries(raw, str(path))}


@register_escape("strings")
def escape_strings(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


@register_loader(".strings", options=True)
def load_strings(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    raw, encoding, bom = decode_bytes(data, name=str(path))
    return keyed_document(
        path,
        raw,
        parse_entries(raw, str(path)),
        format="strings",
        placeholders="strings",
        encoding=encoding,
        bom=bom,
        parse_source=parse_strings,
        source=Path(source) if source else None,
    )
