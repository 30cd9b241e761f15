"""Documents: the text that rules see, and the way back to the file it came from.

A plain-text file is checked as it is decoded (BOM removed, CRLF kept), so a finding's offsets
are offsets into the file's decoded text. A markup file (HTML, Markdown …) is checked through its
visible text; ``offset_map`` takes every visible-text offset back to the decoded file so fixes
can be written into the markup without touching anything else.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from mtlint.checks.errors import InputError

__all__ = ["Analysis", "Document", "InputError", "OffsetMap", "Piece"]

if TYPE_CHECKING:
    from mtlint.checks.langdata import LanguageData
    from mtlint.checks.language import LanguageRegion
    from mtlint.checks.segment import Paragraph, Sentence

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[text_start:text_end]`` came from ``raw[raw_start:raw_end]``.

    When both lengths are equal the characters map one to one; otherwise the piece is atomic
    (an entity such as ``&amp;`` → ``&``, or a synthesised block break) and maps as a whole.
    """

    text_start: int
    text_end: int
    raw_start: int
    raw_end: int


class OffsetMap:
    """Maps offsets in a projected (visible) text back to the raw decoded file text."""

    def __init__(self, pieces: list[Piece], text_length: int, raw_length: int) -> None:
        self.pieces = pieces
        self._starts = [p.text_start for p in pieces]
        self.text_length = text_length
        self.raw_length = raw_length

    def to_raw(self, offset: int, *, is_end: bool = False) -> int:
        if offset >= self.text_length:
            return self.pieces[-1].raw_end if self.pieces else self.raw_length
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return self.pieces[0].raw_start if self.pieces else 0
        piece = self.pieces[index]
        if offset >= piece.text_end:  # in a gap between pieces (should not happen)
            return piece.raw_end
        if is_end and offset == piece.text_start and index > 0:
            # An end offset at a piece boundary belongs to the previous piece's end.
            previous = self.pieces[index - 1]
            if previous.text_end == offset:
                return previous.raw_end
        if piece.text_end - piece.text_start == piece.raw_end - piece.raw_start:
            return piece.raw_start + (offset - piece.text_start)
        return piece.raw_end if is_end and offset > piece.text_start else piece.raw_start


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a translator's file says about one bilingual unit besides its source and target."""

    context: str = ""  # PO msgctxt, XLIFF resname/id
    comments: str = ""  # translator and extracted comments
    fuzzy: bool = False  # PO "#, fuzzy", XLIFF state needs-review/needs-translation
    obsolete: bool = False  # PO "#~" entries
    # PO plural entries: msgid and msgid_plural (a plural form may use either's placeholders).
    plural_sources: tuple[str, ...] = ()
    # PO flags ("python-format", "no-c-format" …): a "no-…-format" entry has no placeholders.
    flags: tuple[str, ...] = ()
    # What kind of string the source is (``_bilingual.unit_kind``): "credits" (the translators'
    # own names and addresses), "list" (a ;- or ,-separated keyword list, checked as a list),
    # "label" (a short UI string, not a sentence), or "" (running text).
    kind: str = ""


class Analysis:
    """What is derived from one document's text, computed on first use and kept with it: the
    one cache of a document's analysis (paragraphs, sentences, line starts, the scanning
    helpers' chunk tables …). A document is immutable, so nothing here ever goes stale; a
    changed text is a new Document with a new Analysis."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def get(self, key: str, compute: Callable[[], T]) -> T:
        """The value under ``key``, computed by ``compute()`` the first time it is asked for."""
        values = self._values
        try:
            return values[key]  # type: ignore[return-value]
        except KeyError:
            value = values[key] = compute()
            return value

    def peek(self, key: str, default: object = None) -> object:
        """The value under ``key`` if it was computed, else ``default`` (nothing is computed)."""
        return self._values.get(key, default)

    def __getstate__(self) -> dict[str, object]:
        # Only what is worth sending to another process (the GUI's child sends paragraphs
        # and sentences back with the document); the scanning tables are rebuilt on demand.
        return {k: v for k, v in self._values.items() if k in _SHIPPED}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._values = dict(state)


_SHIPPED = frozenset({"paragraphs", "sentences", "line_starts", "language_regions"})


@dataclass(frozen=True, eq=False)
class Document:
    """Text to check, its language, and how to get back to the file. Immutable: preparing a
    document (its language, data tables, glossary) makes a new one with ``dataclasses.replace``."""

    text: str
    language: str | None = None
    path: Path | None = None
    format: str = "text"
    # The decoded file text when ``text`` is a projection of it (markup); None when identical.
    raw_text: str | None = None
    offset_map: OffsetMap | None = None
    encoding: str = "utf-8"
    bom: bool = False
    # Offsets in ``text`` where inline markup (a link) began or ended: MT artefacts cluster there.
    boundaries: tuple[int, ...] = ()
    # Offsets in ``text`` that rules must not treat as ordinary prose (code spans, URLs in markup).
    protected: tuple[tuple[int, int], ...] = ()
    # Sorted, disjoint offsets in ``text`` of a catalogue's placeholders ("{{name}}", "$1",
    # "%{count}", "%1$s"): unlike a protected span, only a finding inside one (or cutting one) is
    # dropped; one that holds a placeholder whole (a unit left untranslated) is kept.
    placeholders: tuple[tuple[int, int], ...] = ()
    # Offsets in ``text`` where a fragment that is not a sentence of prose starts (a Markdown
    # list item or table cell): a lower-case start there is no sentence error.
    fragments: tuple[int, ...] = ()
    # One-line notes for the user about how the file was read (undecodable bytes replaced,
    # subtitle cues dropped, an unknown format read as plain text).
    notes: tuple[str, ...] = ()
    # Bilingual material, when known (``--source`` or a bilingual format).
    source_text: str | None = None
    source_language: str | None = None
    # For bilingual formats: (target_start, target_end, source_segment_text) per unit.
    units: tuple[tuple[int, int, str], ...] = ()
    # .docx: (text offset, paragraph number) where each Word paragraph starts; locations then
    # give the paragraph number as their line.
    paragraph_numbers: tuple[tuple[int, int], ...] = ()
    # Per unit (parallel to ``units``) when the format tells more: context, fuzzy, plural forms.
    unit_info: tuple[UnitInfo, ...] = ()
    # Glossary entries (checks.glossary.GlossaryEntry) for the bilingual checks, attached by the
    # engine from Config.glossary so that rules stay pure.
    glossary: tuple = ()
    # Format-specific facts its writer needs (plain data, e.g. a CSV's target fields), as
    # (name, value) pairs; read with ``format_value``.
    format_data: tuple[tuple[str, object], ...] = field(default=(), repr=False)
    # Language data attached when the document is prepared (checks.langdata.LanguageData).
    lang_data: LanguageData | None = field(default=None, repr=False)
    # How ``language`` was chosen (checks.language.LanguageChoice.reason): "given" (--lang or
    # project config), "declared" (the file says), "detected", or "fallback" (too little text to
    # identify: the default language).
    language_reason: str | None = None
    # The analysis of this text (caches): one per document, never shared, never compared.
    analysis: Analysis = field(default_factory=Analysis, init=False, repr=False, compare=False)

    # --- offsets -------------------------------------------------------------------------------
    @property
    def file_text(self) -> str:
        """The decoded text of the file (what JSON offsets and line numbers refer to)."""
        return self.raw_text if self.raw_text is not None else self.text

    def to_file_offset(self, offset: int, *, is_end: bool = False) -> int:
        if self.offset_map is None:
            return offset
        return self.offset_map.to_raw(offset, is_end=is_end)

    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.file_text
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def file_line_col(self, file_offset: int) -> tuple[int, int]:
        """1-based line and column of a file offset (paragraph and column for a .docx)."""
        if self.paragraph_numbers:
            offsets = [offset for offset, _ in self.paragraph_numbers]
            index = max(0, bisect.bisect_right(offsets, file_offset) - 1)
            start, number = self.paragraph_numbers[index]
            return number, file_offset - start + 1
        starts = self.analysis.get("line_starts", self._line_starts)
        line_index = bisect.bisect_right(starts, file_offset) - 1
        return line_index + 1, file_offset - starts[line_index] + 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the file of an offset in ``text``."""
        return self.file_line_col(self.to_file_offset(offset))

    # --- structure (computed lazily; most rules never need sentences) -------------------------
    @property
    def paragraphs(self) -> list[Paragraph]:
        from mtlint.checks.segment import split_paragraphs
        from mtlint.checks.wrapping import RAGGED_LINES, document_wrap_width

        def split() -> list[Paragraph]:
            ragged = bool(self.format_value(RAGGED_LINES))
            return split_paragraphs(self.text, document_wrap_width(self), ragged=ragged)

        return self.analysis.get("paragraphs", split)

    @property
    def sentences(self) -> list[Sentence]:
        from mtlint.checks.segment import split_sentences

        def split() -> list[Sentence]:
            data = self.lang_data
            if data is None:  # not prepared: the declared language's tables (English if none)
                from mtlint.checks.langdata import load_language_data

                data = load_language_data(self.language or "en")
            return split_sentences(self.text, self.paragraphs, data)

        return self.analysis.get("sentences", split)

    @property
    def language_regions(self) -> tuple[LanguageRegion, ...]:
        """The runs of paragraphs in another language than ``language`` (checks.language): the
        pipeline checks each with its own language's rules. Empty until the document is
        prepared (its language settled)."""
        if self.lang_data is None:
            return ()
        from mtlint.checks.language import language_regions

        return self.analysis.get("language_regions", lambda: language_regions(self))

    def language_at(self, offset: int) -> str | None:
        """The language the text at ``offset`` is checked in."""
        for region in self.language_regions:
            if region.start <= offset < region.end:
                return region.code
        return self.language

    def paragraph_at(self, offset: int) -> Paragraph | None:
        paragraphs = self.paragraphs
        index = bisect.bisect_right([p.start for p in paragraphs], offset) - 1
        if index >= 0 and paragraphs[index].start <= offset <= paragraphs[index].end:
            return paragraphs[index]
        return None

    def format_value(self, name: str, default: object = None) -> object:
        return next((value for key, value in self.format_data if key == name), default)

    def is_protected(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.protected)

    def in_placeholder(self, start: int, end: int) -> bool:
        """Whether a span lies inside a placeholder or cuts one (starts or ends strictly inside
        it); a span that holds placeholders whole, or only touches one, is not."""
        spans = self.placeholders
        index = bisect.bisect_right(spans, (start, len(self.text) + 1)) - 1  # last s <= start
        if index >= 0:
            s, e = spans[index]
            if s < start < e or s == start < end <= e:
                return True
        index = bisect.bisect_left(spans, (end, -1)) - 1  # the last placeholder before end
        return index >= 0 and spans[index][0] < end < spans[index][1]
