"""A catalogue's own evidence that a segment left as its source is a name (MT705, h31files).

"Softvelum WebSocket Signaling Protocol", "Google Cast Version", "Open Source Software":
three words or more, identical in source and target, and no error — the translators keep
them so wherever they appear. The catalogue says so itself: in the units it *does* translate,
a name's words are kept verbatim ("Google Cast" in "Google Cast aktivieren"), while the words
of an English sentence left untranslated ("Please enter the new name") are translated there.
A segment whose every word that the translated units use is kept by them, two at least (one
may be a cognate: "Name", "Version"), reads as a name.

This holds only in a catalogue that translates: where a good share of the multi-word units is
left as its source (a catalogue half translated, as 24 Pull Requests' YAML), the words are kept
because nobody translated them, and the evidence says nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtlint.checks.documents.base import Document

_WORD = re.compile(r"[^\W\d_]{3,}")
# A catalogue leaves this share of its units of three words or more as their source: it is
# partly untranslated, and a kept word is no evidence (h31files: 24 Pull Requests' YAML
# 6-44 %, Ghostfolio's and Aam Digital's French 14 %; translated catalogues 0-3 %).
_UNTRANSLATED_SHARE = 0.05


# A name keeps two of its words at least: one word kept may be a cognate ("Name", "Version").
_KEPT_WORDS = 2


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _translated_units(document: Document) -> tuple[tuple[str, str], ...] | None:
    """(source, target), case-folded, of the units the catalogue translated; None when it
    leaves too many of its longer units as their source for kept words to mean anything."""

    def compute() -> tuple[tuple[str, str], ...] | None:
        pairs = [(_fold(source), _fold(document.text[s:e])) for s, e, source in document.units]
        longer = [(a, b) for a, b in pairs if len(a.split()) >= 3]
        copied = sum(1 for a, b in longer if a == b)
        if not longer or copied > _UNTRANSLATED_SHARE * len(longer):
            return None
        return tuple((a, b) for a, b in pairs if a != b)

    return document.analysis.get("translated_units", compute)


def kept_as_a_name(document: Document, source: str) -> bool:
    """Whether the translated units of ``document`` keep every word of ``source`` that they
    use, and keep two of them at least: a name the catalogue never translates."""
    translated = _translated_units(document)
    if not translated:
        return False
    kept_words = 0
    for word in {w.casefold() for w in _WORD.findall(source)}:
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        kept = translated_away = 0
        for unit_source, unit_target in translated:
            if pattern.search(unit_source):
                if pattern.search(unit_target):
                    kept += 1
                else:
                    translated_away += 1
        if translated_away > kept:
            return False
        kept_words += kept > 0
    return kept_words >= _KEPT_WORDS
