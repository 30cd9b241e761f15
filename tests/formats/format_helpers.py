"""Shared assertion for the format tests."""

from __future__ import annotations

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Edit, Fix


def assert_mapping_exact(document: Document) -> None:
    """Every one-to-one piece of the offset map points at the very same characters in the file."""
    if document.offset_map is None:
        return
    raw = document.raw_text
    for piece in document.offset_map.pieces:
        shown = document.text[piece.text_start : piece.text_end]
        if piece.text_end - piece.text_start == piece.raw_end - piece.raw_start:
            source = raw[piece.raw_start : piece.raw_end]
            # One-to-one pieces are the same characters, except whitespace shown as a space.
            assert source == shown or (shown.isspace() and source.isspace()), piece
        assert 0 <= piece.raw_start <= piece.raw_end <= len(raw)
    starts = [p.text_start for p in document.offset_map.pieces]
    assert starts == sorted(starts)


def units(document) -> list[tuple[str, str]]:
    """A bilingual document's units as (source, target text)."""
    return [(source, document.text[start:end]) for start, end, source in document.units]


def fix_at(document, old: str, new: str) -> Fix:
    """One safe fix replacing the first ``old`` in the document's text with ``new``."""
    at = document.text.index(old)
    return Fix((Edit(at, at + len(old), new),))
