"""Building a projected (visible) text piece by piece, with the offset map back to the raw file.

Every loader of a markup or bilingual format walks its raw text and appends what a reader sees:
verbatim runs (which map character for character) and atomic pieces (an entity ``&amp;`` → ``&``,
a block break synthesised between paragraphs) which map as a whole. Offsets in the result are
code points in the decoded file, like everywhere else in mtlint.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mtlint.checks.documents.base import Document, OffsetMap, Piece

# XML/HTML character references: named, decimal, hexadecimal (the ";" is optional in HTML).
ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
XML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot|apos);")
_XML_NAMED = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}


class Projection:
    """Accumulates visible text and the pieces that map it back to the raw text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0
        self.boundaries: list[int] = []
        self.protected: list[tuple[int, int]] = []

    def verbatim(self, raw_start: int, raw_end: int) -> None:
        """Raw characters that are also the visible characters."""
        if raw_end <= raw_start:
            return
        self._add(self.raw[raw_start:raw_end], raw_start, raw_end)

    def atomic(self, text: str, raw_start: int, raw_end: int) -> None:
        """Visible ``text`` standing for ``raw[raw_start:raw_end]`` as a whole.

        (When both have the same length the piece maps one to one, which is then also right.)
        """
        if text:
            self._add(text, raw_start, raw_end)

    def _add(self, text: str, raw_start: int, raw_end: int) -> None:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.pieces.append(Piece(start, self.length, raw_start, raw_end))

    def text_with_entities(self, raw_start: int, raw_end: int, *, xml: bool = False) -> None:
        """Raw character data in which character references are decoded (atomically)."""
        pattern = XML_ENTITY if xml else ENTITY
        position = raw_start
        for match in pattern.finditer(self.raw, raw_start, raw_end):
            self.verbatim(position, match.start())
            self.atomic(decode_entity(match.group(), xml=xml), match.start(), match.end())
            position = match.end()
        self.verbatim(position, raw_end)

    def block_break(self, raw_at: int, text: str = "\n\n") -> None:
        """A paragraph (or line) break the markup implies; never doubled, never at the start."""
        self.trim_trailing_space()
        if not self.length:
            return
        tail = "".join(self.parts[-4:])
        have = len(tail) - len(tail.rstrip("\n"))
        want = text.count("\n")
        if have < want:
            self.atomic("\n" * (want - have), raw_at, raw_at)

    def trim_trailing_space(self) -> None:
        """Drop collapsed whitespace at the end of a block (a reader never sees it)."""
        while self.pieces and self.parts[-1].strip(" ") == "" and "\n" not in self.parts[-1]:
            self.length -= len(self.parts.pop())
            self.pieces.pop()
            while self.boundaries and self.boundaries[-1] > self.length:
                self.boundaries[-1] = self.length
                if len(self.boundaries) > 1 and self.boundaries[-2] == self.length:
                    self.boundaries.pop()

    def finish(self) -> None:
        """Drop whitespace and synthesised breaks at the very end."""
        while self.pieces and self.parts[-1].strip() == "":
            self.length -= len(self.parts.pop())
            self.pieces.pop()
        self.boundaries = [min(b, self.length) for b in self.boundaries]
        self.protected = [(s, min(e, self.length)) for s, e in self.protected if s < self.length]

    def ends_with_space(self) -> bool:
        return bool(self.parts) and self.parts[-1][-1:] in (" ", "\n", "\t")

    def mark_boundary(self) -> None:
        if not self.boundaries or self.boundaries[-1] != self.length:
            self.boundaries.append(self.length)

    def protect(self, start: int, end: int) -> None:
        if end > start:
            self.protected.append((start, end))

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def offset_map(self) -> OffsetMap:
        return OffsetMap(self.pieces, self.length, len(self.raw))

    def document(
        self,
        *,
        path: Path,
        format: str,
        encoding: str,
        bom: bool,
    ) -> Document:
        """The Document that checks this projection's visible text and maps back to the markup."""
        return Document(
            text=self.text,
            path=path,
            format=format,
            raw_text=self.raw,
            offset_map=self.offset_map(),
            encoding=encoding,
            bom=bom,
            boundaries=tuple(self.boundaries),
            protected=tuple(self.protected),
        )


def decode_entity(reference: str, *, xml: bool = False) -> str:
    if xml and reference in _XML_NAMED:
        return _XML_NAMED[reference]
    decoded = html.unescape(reference)
    return decoded if decoded else reference


def escape_markup(text: str) -> str:
    """How a replacement is written into HTML or XML character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def decode_markup_bytes(data: bytes, name: str) -> tuple[str, str, bool]:
    """Decode a markup file, honouring a declared encoding (XML declaration or HTML meta)."""
    from mtlint.checks.documents import decode_bytes

    head = data[:2048]
    declared = re.search(
        rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""", head
    ) or re.search(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9._-]+)""", head, re.IGNORECASE)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = declared.group(1).decode("ascii").lower()
        if encoding not in ("utf-8", "utf8"):
            try:
                return data.decode(encoding), encoding, False
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: fall back to detection
    return decode_bytes(data, name=name)
