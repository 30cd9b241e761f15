"""Prose read block by block, shared by the page-residue family (MT961–MT963,
``checks/rules/residue.py``) and MT249 (``checks/rules/paragraph_stops.py``): a hard-wrapped
text (``checks/wrapping.py``) by its wrapped paragraphs, any other text line by line. Only
prose formats are read (plain text, Markdown, HTML, Word); subtitles, PO, CSV and TMX split
sentences across units by design. The page labels and the words that never end a sentence are
data (resources/residue/residue.json), per language.

The rules read only the names in ``__all__`` (the blocks, the tests on one block, the pairs and
candidates the family shares); the rest is this module's own.
"""

from __future__ import annotations

import bisect
import operator
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import chain, compress, islice, repeat
from typing import NamedTuple, overload

from mtlint.checks.documents.base import Document
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.structure import code_like_paragraph_starts
from mtlint.checks.textscan import base_language
from mtlint.checks.wordgate import offset_array
from mtlint.checks.wrapping import (
    code_like,
    document_wrap_width,
    list_item,
    wrapped_paragraph_spans,
)

__all__ = [
    "MAX_LABEL_LINE",
    "PROSE_FORMATS",
    "PROSE_WORD",
    "Block",
    "Blocks",
    "block_continues_lower",
    "block_ends_sentence",
    "block_is_prose",
    "block_open_word",
    "open_block",
    "open_pairs",
    "prose_blocks",
    "residue_label",
    "residue_markers",
    "unended_blocks",
]

PROSE_FORMATS = frozenset({"text", "markdown", "html", "docx"})
_TERMINAL = ".!?…:;"
_CLOSERS = "\"'”’»)]*_"
# A block separated from the next by a single line break is a wrapped line, not a paragraph,
# unless it is longer than any fill column (one paragraph per line, as pages are extracted).
_ONE_LINE_PARAGRAPH = 100
_MIN_WORDS = 8
# Blocks of this many words count when judging whether the text is punctuated prose.
_SENTENCE_WORDS = 4
# How far into a block its words are counted first (``_read_blocks``).
_WORDS_PREFIX = 64
# Characters of code, paths and markup, and their most a line of prose holds.
_CODE_CHARACTERS = "`{}[]<>=_/\\|+*#@^~;$"
_MAX_CODE_SHARE = 0.02
# A text whose blocks mostly end without final punctuation is notes, a list or verse.
_MIN_TERMINATED_SHARE = 0.6
PROSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LAST_WORDS = re.compile(r"(\w+(?:['’]\w+)?)(?:\s+(\w+(?:['’]\w+)?))?[ \t]*$")
_LABEL_TRIM = " \t:>»›→…-–—|•*#_[]()"
_MAX_LINKED_HEADLINE_WORDS = 20
MAX_LABEL_LINE = 200
_GERMAN_PAIRS = (("«", "»"), ("„", "“"))


@cache
def _table() -> dict:
    return resource_json("residue", "residue.json")


@cache
def _labels(language: str) -> frozenset[str]:
    entry = _table().get(language) or {}
    return frozenset(label.lower() for label in entry.get("labels", ()))


@cache
def residue_markers() -> frozenset[str]:
    return frozenset(marker.lower() for marker in _table().get("markers", ()))


@cache
def _open_end(language: str) -> frozenset[str]:
    entry = _table().get(language) or {}
    return frozenset(word.lower() for word in entry.get("open_end", ()))


class Block(NamedTuple):
    """A block of lines (a tuple: tens of thousands per 10 MB are made, at a third of a frozen
    dataclass's cost)."""

    start: int
    end: int
    # The break before the next block: True when a blank line separates them.
    blank_after: bool = False
    # False for a command or example set off in a wrapped text, and the prose just after it.
    prose: bool = True


_STRIPPED_LINE = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.MULTILINE)


class Blocks(Sequence[Block]):
    """The blocks of a text as arrays of starts and ends and flags, read as ``Block`` tuples:
    121,000 tuples and their offsets cost 16 MB of a 50 MB text's peak, these arrays 2 (the
    family's loops read ``starts`` and ``ends`` directly and build a Block only where needed)."""

    __slots__ = ("blank_after", "ended", "ends", "prose", "sentences", "starts")

    def __init__(self, typecode: str = "q") -> None:
        self.starts = array(typecode)
        self.ends = array(typecode)
        self.blank_after = bytearray()
        self.prose: bytearray | None = None  # None: every block is prose
        # Blocks of a sentence's length, and how many of them end with a final mark.
        self.sentences = self.ended = 0

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> list[Block]: ...
    def __getitem__(self, index: int | slice) -> Block | list[Block]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        prose = True if self.prose is None else bool(self.prose[index])
        return Block(self.starts[index], self.ends[index], bool(self.blank_after[index]), prose)

    def __iter__(self) -> Iterator[Block]:
        prose = repeat(True) if self.prose is None else map(bool, self.prose)
        return map(Block, self.starts, self.ends, map(bool, self.blank_after), prose)


def _blocks(text: str, width: int | None) -> Blocks:
    """Wrapped paragraphs of a hard-wrapped text (``width``: its ``wrap_width``); lines of any
    other."""
    if width is not None:
        spans: Iterable[tuple[int, int]] = wrapped_paragraph_spans(text, width)
    else:
        # Each line less its surrounding whitespace, found by a regex rather than from
        # text.split("\n"), whose copy of every line was the run's memory peak (+58 MB on
        # 50 MB). The same spans as line.strip(): \s and str.strip() agree on whitespace.
        spans = (match.span(1) for match in _STRIPPED_LINE.finditer(text))
    blocks = Blocks(offset_array(len(text)).typecode)
    add_start, add_end = blocks.starts.append, blocks.ends.append
    add_blank = blocks.blank_after.append
    previous: tuple[int, int] | None = None
    for span in chain(spans, [(len(text), len(text))]):
        if previous is not None:  # a block, and whether a blank line parts it from the next
            add_start(previous[0])
            add_end(previous[1])
            add_blank(text.count("\n", previous[1], span[0]) >= 2)
        previous = span
    if width is None:
        return blocks
    # Commands and examples set off in a wrapped text, and the prose that goes on after them
    # ("If make test produces something like" / example / "check that …"), are no cut sentence.
    code = code_like_paragraph_starts(text, blocks, width)
    blocks.prose = bytearray(start not in code for start in blocks.starts)
    return blocks


def prose_blocks(document: Document) -> Blocks | None:
    """The blocks of a prose document, or None when the document is no running prose. Built
    once per document: the three rules of the family read the same blocks."""
    if document.format not in PROSE_FORMATS or document.units or "\n" not in document.text:
        return None
    return document.analysis.get("residue_blocks", lambda: _read_blocks(document))


def two_blocks(document: Document) -> Blocks | None:
    """The two blocks of a prose document of two lines with text (an excerpt of two
    paragraphs, which ``prose_blocks`` does not read as a page), else None: MT249 reads its
    first."""
    if document.format not in PROSE_FORMATS or document.units or "\n" not in document.text:
        return None

    def build() -> Blocks | None:
        # Two lines with text at most (the third match is looked for, never the whole text's).
        lines = _STRIPPED_LINE.finditer(document.text)
        if next(islice(lines, 2, None), None) is not None:
            return None
        blocks = _blocks(document.text, None)
        return blocks if len(blocks) == 2 else None

    return document.analysis.get("residue_two_blocks", build)


def _read_blocks(document: Document) -> Blocks | None:
    blocks = _blocks(document.text, document_wrap_width(document))
    if len(blocks) < 3:
        return None
    text = document.text
    language = base_language(document)
    sentences = ended = 0
    count = text.count
    for start, end in zip(blocks.starts, blocks.ends, strict=True):
        # Whether the block has _SENTENCE_WORDS words: its first characters mostly tell (a
        # block is often a whole paragraph; counting its every space cost more than the test).
        if (
            count(" ", start, min(end, start + _WORDS_PREFIX)) + 1 >= _SENTENCE_WORDS
            or count(" ", start, end) + 1 >= _SENTENCE_WORDS
        ) and (
            # A block longer than a label line is none (residue_label says so without the copy).
            end - start > MAX_LABEL_LINE or not residue_label(text[start:end], language)
        ):
            sentences += 1
            ended += block_ends_sentence(text, start, end)
    if ended < 2 or ended < _MIN_TERMINATED_SHARE * sentences:
        return None
    blocks.sentences, blocks.ended = sentences, ended
    return blocks


def _ends_sentence(block: str) -> bool:
    stripped = block.rstrip().rstrip(_CLOSERS)
    return not stripped or stripped[-1] in _TERMINAL


# What ``block_ends_sentence`` reads of a block's end before it needs the whole block.
_TAIL = 80


def block_ends_sentence(text: str, start: int, end: int) -> bool:
    """``_ends_sentence(text[start:end])`` from the block's last characters (a block is often
    a whole paragraph: copying each one cost more than the test). Its last character decides
    alone unless it is a blank or a closing mark (most blocks: 72,000 calls per 10 MB)."""
    if end > start:
        last = text[end - 1]
        if last not in _CLOSERS and not last.isspace():
            return last in _TERMINAL
    tail_start = max(start, end - _TAIL)
    stripped = text[tail_start:end].rstrip().rstrip(_CLOSERS)
    if not stripped and tail_start > start:  # the tail is all blanks and closers: read it all
        return _ends_sentence(text[start:end])
    return not stripped or stripped[-1] in _TERMINAL


def block_is_prose(document: Document, block: Block) -> bool:
    line = document.text[block.start : block.end]
    if not block.prose or list_item(line) or code_like(line) or line.startswith(("#", ">")):
        return False
    if _in_fragment(document, block) or not _raw_line_is_prose(document, block.start):
        return False
    # Code, paths, markup and tables: characters prose seldom uses.
    if sum(line.count(ch) for ch in _CODE_CHARACTERS) > _MAX_CODE_SHARE * len(line):
        return False
    return not document.is_protected(block.start, block.end)


def _in_fragment(document: Document, block: Block) -> bool:
    """A Markdown list item or table cell (the loader records where each starts)."""
    fragments = document.fragments
    if not fragments:
        return False
    index = bisect.bisect_right(fragments, block.end) - 1
    return index >= 0 and fragments[index] >= block.start - 1


def _raw_line_is_prose(document: Document, offset: int) -> bool:
    """In the file as written: the line does not start indented, or with a list, quote, table
    or heading mark that a markup projection took away."""
    if document.raw_text is None or document.format != "markdown":
        return True
    raw = document.raw_text
    position = document.to_file_offset(offset)
    line_start = raw.rfind("\n", 0, position) + 1
    return not raw[line_start:position]


def open_block(document: Document, block: Block) -> bool:
    """A long prose block that ends mid-sentence (no final punctuation)."""
    if block_ends_sentence(document.text, block.start, block.end) or not block_is_prose(
        document, block
    ):
        return False
    text = document.text[block.start : block.end]
    if _word_count(text) < _MIN_WORDS:
        return False
    return block.blank_after or ("\n" not in text and len(text) > _ONE_LINE_PARAGRAPH)


# A block whose last character is one of these ends a sentence (``block_ends_sentence``).
_ENDS_ON_FINAL_MARK = dict.fromkeys(_TERMINAL, False)


def open_pairs(document: Document, blocks: Blocks) -> list[tuple[Block, Block]]:
    """``(before, after)`` for each two blocks in a row where ``before`` is ``open_block``, in
    order: MT962 and MT963 both read them. Computed once per document, and ``open_block`` asked
    only of the blocks whose last character is not a final mark (``_mark_candidates``)."""

    def build() -> list[tuple[Block, Block]]:
        return [
            (blocks[index], blocks[index + 1])
            for index in _mark_candidates(document, blocks)
            if open_block(document, blocks[index])
        ]

    return document.analysis.get("residue_open_pairs", build)


def _mark_candidates(document: Document, blocks: Blocks) -> list[int]:
    """The indices of the blocks (the last one left out) whose last character is not a final
    mark, once per document for MT962, MT963 and MT249: the others end a sentence (most
    blocks, tens of thousands per 10 MB, are passed over by C-level maps)."""

    def build() -> list[int]:
        text = document.text
        ends = blocks.ends
        maybe: Iterable[int] = range(len(blocks) - 1)
        if not any(map(operator.eq, blocks.starts, ends)):  # none empty
            last = map(text.__getitem__, map((-1).__add__, ends))
            maybe = compress(maybe, map(_ENDS_ON_FINAL_MARK.get, last, repeat(True)))
        return list(maybe)

    return document.analysis.get("residue_mark_candidates", build)


def block_continues_lower(document: Document, block: Block) -> bool:
    """A prose block that starts with a lower-case word (it continues a clause)."""
    first = PROSE_WORD.match(document.text, block.start)
    return first is not None and first.group()[0].islower() and block_is_prose(document, block)


def block_open_word(text: str, language: str) -> str | None:
    """The word (or two) a block ends on when no sentence ends on it, "," for a comma, or the
    last word when a quotation the block opened is never closed ("«We are … We have")."""
    stripped = text.rstrip()
    if stripped.endswith(","):
        return ","
    if _unclosed_quote(stripped):
        last = _last_words(stripped)
        return last.group(2) or last.group(1) if last else None
    match = _last_words(stripped)
    if match is None:
        return None
    words = _open_end(language)
    last = match.group(2) or match.group(1)
    if match.group(2) and f"{match.group(1)} {last}".lower() in words:
        return f"{match.group(1)} {last}"
    return last if last.lower() in words else None


# Up to the last character that no match of _LAST_WORDS holds.
_UP_TO_LAST_BREAK = re.compile(r".*[^\w'’\s]", re.DOTALL)
# How much of a block's end ``_last_words`` reads first.
_LAST_WORDS_TAIL = 160


def _last_words(text: str) -> re.Match[str] | None:
    """``_LAST_WORDS.search(text)``, read from the text's end: the search from the start tries
    every word of a block in turn (a fifth of a millisecond for a paragraph of a few hundred
    characters, at every open paragraph). A match runs to the end, so it starts after the last
    character it cannot hold, and the search from there finds it (the pattern reads nothing
    before where it starts)."""
    cut = _UP_TO_LAST_BREAK.match(text, max(0, len(text) - _LAST_WORDS_TAIL))
    return _LAST_WORDS.search(text, cut.end() if cut else 0)


def _unclosed_quote(text: str) -> bool:
    """The block opens a guillemet or curly quotation that it never closes. Outside German
    „…“ a guillemet and a curly mark count as one pair ("« Especially … from now on,” the
    minister said": MT changed one of the marks, MT203's to report; the quotation is closed,
    h29ends)."""
    if "„" in text:  # German „…“ closes with “
        return any(text.count(opening) > text.count(closing) for opening, closing in _GERMAN_PAIRS)
    return text.count("«") + text.count("“") > text.count("»") + text.count("”")


def _word_count(text: str) -> int:
    # Whitespace-separated tokens (C speed): the family reads every block of large files.
    return len(text.split())


@cache
def _label_pattern(language: str) -> re.Pattern[str]:
    """A label alone (marks around it allowed), or a label, a colon or dash and a title."""
    labels = sorted(_labels(language) | _labels("en"), key=len, reverse=True)
    trim = re.escape(_LABEL_TRIM)
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"[{trim}]*(?:{alternation})(?:[{trim}]*$|\s*[:>»›\-–—|]\s*\S)")


def residue_label(line: str, language: str) -> bool:
    """A line that is a page label: the label alone, or a label, a colon and a linked title."""
    if len(line) > MAX_LABEL_LINE:
        return False
    lowered = line.strip().lower()
    if lowered in residue_markers():
        return True
    if _label_pattern(language).match(lowered) is None:
        return False
    return _word_count(lowered) <= _MAX_LINKED_HEADLINE_WORDS


def unended_blocks(document: Document) -> list[int]:
    """The indices of the prose document's blocks (the last one left out) that end without a
    final mark, for MT249 (``paragraph_stops``); [] when the document is no running prose.
    Read from the candidates MT962 and MT963 share (``_mark_candidates``)."""
    blocks = prose_blocks(document)
    if blocks is None:
        return []

    def build() -> list[int]:
        text = document.text
        starts, ends = blocks.starts, blocks.ends
        return [
            i
            for i in _mark_candidates(document, blocks)
            if not block_ends_sentence(text, starts[i], ends[i])
        ]

    return document.analysis.get("residue_unended", build)
