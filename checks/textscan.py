"""Scanning helpers shared by the rule families: a document's distinct chunks and characters
(screens that prove a scan would find nothing), windows over large texts, per-chunk memo
tables, and the document's language data; whole-word search is wordfind.py's, re-exported here.

Every rule family imports these from here; no rule module imports another.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from operator import attrgetter, methodcaller
from typing import TYPE_CHECKING

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data

# Whole-word search lives in wordfind.py; its names are re-exported here, where the rule
# families have always imported them.
from mtlint.checks.wordfind import (  # noqa: F401
    find_all,
    find_word,
    find_words,
    find_words_upto,
    mark_led_offsets,
    search_ranges,
    trie_pattern,
)
from mtlint.checks.wordgate import offset_array

if TYPE_CHECKING:  # segment imports this module
    from mtlint.checks.segment import Paragraph
    from mtlint.checks.wordgate import WordGate


def language_data(document: Document) -> LanguageData:
    data = document.lang_data
    if isinstance(data, LanguageData):
        return data
    return load_language_data(document.language or "en")


def base_language(document: Document) -> str:
    return (document.language or "en").split("-")[0].lower()


# --- screens: ask the document's distinct chunks before scanning its text ----------------------
#
# ``chunk_text(document)`` holds each distinct chunk after a line break (r"\nsaid.The\n,"). A
# chunk holds no whitespace and every non-space character of the text is in one, so for an ``x``
# without whitespace: ``x in lines`` iff the text holds ``x``; ``"\n" + x in lines`` iff some
# chunk starts with ``x``. A regex whose matches hold no whitespace, and whose lookarounds treat
# every whitespace character and the string's end alike, finds there every match it finds in
# the text (at the same place in a chunk equal to the one around it), and only such matches.


_EDGE_PATTERNS: dict[tuple[str, bool], re.Pattern[str]] = {}


def chunk_edge(lines: str, edge: str, *, start: bool) -> bool:
    """Whether one of the chunks in ``lines`` (``chunk_text``) starts (``start``) or ends with
    ``edge``, a string without whitespace: ``"\\n" + edge in lines``, or ``edge`` before a line
    break or the end, but by a scan led by the edge itself, usually punctuation and rare, not
    by the line break before every chunk."""
    pattern = _EDGE_PATTERNS.get((edge, start))
    if pattern is None:
        escaped = re.escape(edge)
        pattern = re.compile(escaped + ("(?<=\n" + escaped + ")" if start else "(?=\n|\\Z)"))
        _EDGE_PATTERNS[(edge, start)] = pattern
    return pattern.search(lines) is not None


# A mark more frequent than one character in this many is scanned for, not listed: its
# offsets would cost memory (8 bytes each) and a match call each for little gain.
_DENSE_MARK = 256


def char_positions(document: Document, char: str) -> array | None:
    """Every offset of ``char`` (one character) in the document's text, in order, found once
    per document (kept in its analysis). A one-character ``str.find`` runs at C speed several
    times faster than the regex engine's scan for a literal (~13 against ~45 ms on 50 MB of
    two-byte text), so the scans led by one rare character (";", '"', "“") share one pass and
    each pattern is matched at these offsets only (``led_matches``). None when the character
    is dense (a CSV of quotes, a list of semicolons): the caller then scans the text."""

    def build() -> array | None:
        text = document.text
        positions = offset_array(len(text))
        if not (char in text_characters(document) or (char.isspace() and text_has(document, char))):
            return positions
        most = len(text) // _DENSE_MARK + _DENSE_MARK
        find = text.find
        append = positions.append
        at = find(char)
        while at != -1:
            append(at)
            if len(positions) > most:
                return None
            at = find(char, at + 1)
        return positions

    return document.analysis.get("char_positions" + char, build)


def spaced_hyphens(document: Document) -> array | None:
    """The offsets of every hyphen-minus with a space right before or after it, in order, once
    per document: the place of a spaced or one-sided hyphen ("war -which", "pre- and", " - "),
    which five rules look for (MT109, MT141, MT214, MT213's dash pairs, the attribution dashes
    of MT208/MT219). A text's hyphens are mostly inside words ("well-known": two thirds on the
    50 MB benchmark), so each rule tries its pattern at a third of the hyphens and none scans
    the text for "-" itself. None when hyphens are dense (``char_positions``)."""

    def build() -> array | None:
        # The hyphens found here, not kept (``char_positions`` would hold every one of them
        # through the pass: 0.7 MB on 50 MB, at a peak of 299-300 MB).
        text = document.text
        positions = offset_array(len(text))
        if "-" not in text_characters(document):
            return positions
        most = len(text) // _DENSE_MARK + _DENSE_MARK
        find = text.find
        append = positions.append
        hyphens = 0
        at = find("-")
        while at != -1:
            hyphens += 1
            if hyphens > most:
                return None
            if text[at + 1 : at + 2] == " " or (at and text[at - 1] == " "):
                append(at)
            at = find("-", at + 1)
        return positions

    return document.analysis.get("spaced_hyphens", build)


def spaced_hyphen_matches(document: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` for a pattern whose every match starts with a
    hyphen-minus that has a space right before or after it ("-(?<=\\w -)…", "- (?<= - )…"):
    matched at ``spaced_hyphens`` only (the same matches), or scanned when hyphens are dense."""
    positions = spaced_hyphens(document)
    if positions is None:
        return pattern.finditer(document.text)
    return matches_at(document.text, pattern, positions)


def led_matches(
    document: Document, pattern: re.Pattern[str], leads: str, offset: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` for a pattern whose every match starts with one of
    the characters ``leads`` (a literal, or a class of these, before any look-around), or has
    one ``offset`` places after its start (" ”": offset 1), and is never empty:
    ``pattern.match`` tried at those characters' offsets less ``offset`` (``char_positions``),
    in order, skipping the offsets inside the last match as finditer does. Look-behinds see the
    text before the offset, as in a scan. The same matches (tests/checks/test_speed_scans.py),
    without a regex scan of the whole text per pattern."""
    text = document.text
    offsets = [char_positions(document, char) for char in dict.fromkeys(leads)]
    if any(found is None for found in offsets):  # a dense mark: the plain scan
        yield from pattern.finditer(text)
        return
    positions: Iterable[int] = (
        offsets[0] if len(offsets) == 1 else sorted([at for found in offsets for at in found])
    )
    yield from matches_at(text, pattern, positions, offset)


def matches_at(
    text: str, pattern: re.Pattern[str], positions: Iterable[int], offset: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a never-empty pattern that can match only ``offset``
    places before one of ``positions`` (in order): matched there, skipping the positions
    inside the last match as finditer does."""
    match = pattern.match
    end = offset
    for at in positions:
        if at < end:
            continue
        found = match(text, at - offset)
        if found is not None:
            end = found.end() + offset
            yield found


def scan_led(
    document: Document, led: Iterable[tuple[str, re.Pattern[str]]]
) -> Iterator[re.Match[str]]:
    """``scan_starts(document.text, patterns)`` for (mark, pattern) pairs, each pattern led by
    its mark (one character): each pattern matched at its mark's offsets (``led_matches``),
    the matches merged in text order. The patterns must never match at the same place."""
    scans = [led_matches(document, pattern, mark) for mark, pattern in led]
    if len(scans) == 1:
        return scans[0]
    return heapq.merge(*scans, key=re.Match.start)


# Marks too frequent in prose for their offsets to pay (a scan led by one stays a regex scan).
_FREQUENT_MARKS = frozenset(".,'-")


def _rare_mark(char: str) -> bool:
    return not (char.isalnum() or char.isspace() or char in _FREQUENT_MARKS)


def scan_marks(document: Document, patterns: Iterable[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """``scan_starts(document.text, patterns)``: a pattern whose matches must start with one of
    a few rare marks (read from the pattern itself: a literal "“" or ";", a class of quotes;
    ``casingscan._first_letters``) is matched at those marks' offsets (``led_matches``) instead
    of scanning the whole text; any other pattern is scanned as before. The same matches."""
    from mtlint.checks.casingscan import _first_letters  # casingscan imports this module

    text = document.text
    scans: list[Iterator[re.Match[str]]] = []
    for pattern in patterns:
        leads = _first_letters(pattern, 0)
        if leads and all(map(_rare_mark, leads)):
            scans.append(led_matches(document, pattern, "".join(sorted(leads))))
        else:
            scans.append(pattern.finditer(text))
    if len(scans) == 1:
        return scans[0]
    return heapq.merge(*scans, key=re.Match.start)


def scan_starts(text: str, patterns: Iterable[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The matches of several literal-led patterns, in text order: each scan jumps between
    occurrences of its first character at C speed, where one pattern led by a character
    class (or an alternation) is entered at every position. Streamed (a dense text may have
    millions of matches), and the patterns must never match at the same place."""
    scans = [pattern.finditer(text) for pattern in patterns]
    if len(scans) == 1:
        return scans[0]
    return heapq.merge(*scans, key=re.Match.start)


# Per-chunk memos: what a rule learns from one whitespace chunk depends only on the chunk and on
# the key (rule, language, word list), so a batch of small files, which repeat most of their
# chunks, reuses the work. Bounded; documents larger than the bound get throw-away tables.
_MEMO_LIMIT = 100_000
_MEMOS: dict[object, tuple[set[str], tuple[dict[str, object], ...]]] = {}


def chunk_tables(
    key: object, chunks: frozenset[str], tables: int
) -> tuple[frozenset[str] | set[str], tuple[dict[str, object], ...], set[str]]:
    """(the chunks not seen before, the memo tables to fill for them, the seen set) for ``key``.

    The caller stores its results for the fresh chunks in the tables, then adds them to the
    seen set, and reads all the document's chunks from the tables with ``map``/``filter`` (C
    loops, not Python ones).
    """
    if len(chunks) > _MEMO_LIMIT // 2:  # a big document: its own tables, dropped afterwards
        return chunks, tuple({} for _ in range(tables)), set()
    memo = _MEMOS.get(key)
    if memo is None or len(memo[0]) + len(chunks) > _MEMO_LIMIT:
        memo = _MEMOS[key] = (set(), tuple({} for _ in range(tables)))
    seen, found = memo
    return chunks - seen, found, seen


# --- chunks around a match: all work on a single match, so a whole-text scan stays at regex speed

_CHUNK_EDGE = re.compile(r"\S*$")
_CHUNK_TAIL = re.compile(r"\S*")
_WEBBY = re.compile(
    r"://|^www\.|@|^#|^[\w.+-]+\.(?:com|org|net|edu|gov|io|ru|uk|de|fr|info|html?|pdf|txt|py|js|"
    r"json|xml|csv|docx?|xlsx?|png|jpe?g|gif|md|exe|zip)\b|[/\\]|^\w+\.\w+\.\w+",
    re.IGNORECASE,
)


# Up to the last whitespace character.
_UP_TO_SPACE = re.compile(r".*\s", re.DOTALL)


def chunk_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited chunk that contains ``text[start:end]``."""
    window = max(0, start - 200)
    # The chunk's head starts after the last whitespace before ``start`` (unless "$" matches
    # before a line break there): the search starts there, not 200 characters back, where it
    # tried every chunk in turn. The same head.
    if start and text[start - 1] != "\n":
        cut = _UP_TO_SPACE.match(text, window, start)
        if cut is not None:
            window = cut.end()
    head = _CHUNK_EDGE.search(text, window, start)
    tail = _CHUNK_TAIL.match(text, end)
    return (head.start() if head else start), (tail.end() if tail else end)


def looks_technical(text: str, start: int, end: int) -> bool:
    """True when the match sits in a URL, e-mail address, handle, hashtag, path or file name."""
    chunk_start, chunk_end = chunk_around(text, start, end)
    chunk = text[chunk_start:chunk_end].strip("\"'“”‘’()[]<>,;:!?")
    return bool(_WEBBY.search(chunk))


_TOKEN_BEFORE_STOP = re.compile(r"([\w.]+)$")


def abbreviation_before(
    text: str, stop: int, abbreviations: frozenset[str], *, short_capitalised: bool = False
) -> bool:
    """Whether the word before the full stop at ``stop`` is an abbreviation: one holding a
    full stop ("U.S", "ee.uu"), one of the language's ``abbreviations`` ("dr", "sra") or, with
    ``short_capitalised``, a capital and one or two letters ("Dr", "EE", "Bs")."""
    word = _TOKEN_BEFORE_STOP.search(text, max(0, stop - 12), stop)
    token = word.group(1) if word else ""
    if "." in token or token.lower() in abbreviations:
        return True
    return short_capitalised and 2 <= len(token) <= 3 and token.isalpha() and token[0].isupper()


def unique_chunks(document: Document) -> frozenset[str]:
    """The document's distinct whitespace-separated chunks, computed once per document.

    ``str.split`` plus a set is the cheapest way to a text's vocabulary (tens of ms per MB);
    rules then look words up per *distinct* chunk, never per token. Kept in the document's
    analysis, so it lives and dies with the (immutable) document.
    """
    return document.analysis.get("chunks", lambda: _unique_chunks(document.text))


def _unique_chunks(text: str) -> frozenset[str]:
    chunks: set[str] = set()
    # Window by window: ``text.split()`` on 50 MB builds a list of millions of strings
    # (hundreds of MB) before the set drops the duplicates. Windows of 256 K characters: their
    # lists of chunks stay in the processor's caches (0.69 -> 0.58 s on 50 MB; same chunks).
    for start, end in windows(text, 1 << 18):
        chunks.update(text[start:end].split())
    return frozenset(chunks)


# Every whitespace character: what ``str.split`` splits on (``str.isspace``), so no chunk holds
# one; a screen on the chunks asks the text itself about them. (All lie below U+3001:
# tests/checks/test_speed_casing_language_encoding.py checks every code point.)
WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def chunk_text(document: Document) -> str:
    """The document's distinct chunks, each between line breaks ("\\nchunk\\nchunk\\n"), in no
    particular order: a text a few percent of the document's size in which a screen finds, at
    C speed, whether anything that lies inside one chunk occurs in the document at all.
    Kept in the document's analysis, like ``unique_chunks``."""

    def build() -> str:
        chunks = unique_chunks(document)
        # The trailing break lets a screen ask for "\nX\n" or "(?=\n)" of the last chunk too
        # (set order puts any chunk last: four rules once missed it under some hash seeds).
        return "\n" + "\n".join(chunks) + "\n" if chunks else ""

    return document.analysis.get("chunk_text", build)


def text_characters(document: Document) -> str:
    """The distinct characters of the document's text that are not whitespace (the characters of
    its chunks), as one string in no particular order. A set of some hundred characters: a rule
    whose every match holds a rare character asks here before it scans the whole text."""
    return document.analysis.get("characters", lambda: "".join(set(chunk_text(document)) - {"\n"}))


def text_has(document: Document, char: str) -> bool:
    """Whether the document's text holds ``char`` (meant for whitespace, which no chunk holds):
    an ``in`` test, a scan at C speed (instant for a character wider than the text's storage),
    remembered in the document's analysis."""
    known: dict[str, bool] = document.analysis.get("has", dict)
    found = known.get(char)
    if found is None:
        shapes = None
        if char.isspace() and char not in " \n":
            from mtlint.checks.repeats import text_shapes  # repeats' helpers import this module

            shapes = text_shapes(document)  # a large text: its rare whitespace, already read
        found = known[char] = char in (document.text if shapes is None else shapes.spaces)
    return found


def text_holds(document: Document, needle: str) -> bool:
    """``needle in document.text`` (remembered), first asked of the distinct characters and
    chunks: a literal the text lacks cost a pass over all of it (~0.05 s on 50 MB). Each run
    of non-space characters in ``needle`` lies in one chunk — a whole chunk between two spaces
    ("\\n’\\n" of " ’ "), a chunk's end or start at the needle's edges — so a run the chunks
    lack proves the needle absent; only a needle that passes is searched for in the text."""
    known: dict[str, bool] = document.analysis.get("holds", dict)
    found = known.get(needle)
    if found is None:
        lines = chunk_text(document)
        pieces = needle.split()
        last = len(pieces) - 1
        for index, piece in enumerate(pieces):
            if index or not needle[:1].strip():
                piece = "\n" + piece  # a space before it: a chunk starts here
            if index < last or not needle[-1:].strip():
                piece += "\n"  # a space after it: the chunk ends here
            if piece not in lines:
                found = False
                break
        else:  # a needle without spaces was looked for as it is: the chunks answer
            found = pieces == [needle] or needle in document.text
        known[needle] = found
    return found


def has_character(document: Document, pattern: re.Pattern[str]) -> bool:
    """Whether some character of the document's text matches ``pattern`` on its own: a test of
    the document's distinct characters, not a scan of its text. For a pattern every match of
    which starts with a character that matches it on its own (a character class, "[…]+", a run
    of letters), False proves that ``pattern.search(document.text)`` finds nothing."""
    fullmatch = pattern.fullmatch
    if any(map(fullmatch, text_characters(document))):
        return True
    return any(text_has(document, c) for c in WHITESPACE if fullmatch(c))


WINDOW = 1 << 20


def windows(text: str, size: int = WINDOW) -> Iterator[tuple[int, int]]:
    """(start, end) slices of about ``size`` characters covering ``text``, each cut at a line
    break (or else at a space), so splitting window by window gives the same whitespace chunks
    as splitting the whole text."""
    length = len(text)
    start = 0
    while start < length:
        end = start + size
        if end >= length:
            yield start, length
            return
        cut = text.find("\n", end)
        if cut == -1 or cut - end > size:
            cut = text.find(" ", end, end + size)
        if cut == -1:
            cut = length
        yield start, cut
        start = cut


# The names of the HTML entities that a page leaves without their "&" ("said.quot;There",
# "war,rdquo;"): quotation marks, dashes and spaces, no word of any language. MT602 reports them;
# the spacing rules leave the ";" that closes one alone.
BARE_ENTITY_NAMES = r"(?:quot|nbsp|[lr]dquo|[lr]squo|[lr]aquo|[bs]dquo|sbquo|mdash|ndash|hellip)"


def word_gate(document: Document) -> WordGate | None:
    """The word filters of a large document (``repeats.word_gate``: built once, with the
    repetition rules' candidates), to pass as ``find_word``'s and ``find_words``' ``gate``."""
    from mtlint.checks.repeats import word_gate as gate

    return gate(document)


def alnum_gate(document: Document) -> WordGate | None:
    """``word_gate(document)`` for a caller of ``find_all`` whose own test of a hit's edges is
    ``str.isalnum``: None when the text holds "_", the one word character (\\w) that is not
    alphanumeric (a hit after "_" is such a caller's, and the filters may leave it out)."""
    if "_" in text_characters(document):
        return None
    return word_gate(document)


def in_text(marks: Iterable[str], document: Document) -> list[str]:
    """The ``marks`` the document's text holds, in order: a lookup in its distinct characters
    (``text_characters``) for a mark of one non-space character, ``in`` for others."""
    characters = text_characters(document)
    text = document.text
    return [
        mark
        for mark in marks
        if (mark in characters if len(mark) == 1 and not mark.isspace() else mark in text)
    ]


def paragraphs_with(text: str, paragraphs: list[Paragraph], marks: Iterable[str]) -> list[int]:
    """The indices, in order, of the paragraphs whose text holds one of ``marks`` (non-empty
    strings): those a test of each paragraph's text would let through, found with one
    ``str.find`` pass per mark, which jumps to the next paragraph at each hit, instead of a
    slice and a test per paragraph."""
    marks = list(marks)
    if "" in marks:  # held by every text
        return list(range(len(paragraphs)))
    starts = list(map(attrgetter("start"), paragraphs))
    found: set[int] = set()
    find = text.find
    for mark in marks:
        size = len(mark)
        at = find(mark)
        while at != -1:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at + size <= paragraphs[index].end:
                found.add(index)
                at = find(mark, paragraphs[index].end)
            else:
                at = find(mark, at + 1)
    return sorted(found)


_STRIP_BRACKET = methodcaller("strip", "(")
_RSTRIP_COLON = methodcaller("rstrip", ":")


def lowered_chunk_heads(document: Document) -> frozenset[str]:
    """The text's distinct chunks without a bracket around or a colon after, in lower case
    (computed once per document; MT503's credit words and MT506/MT507's source words are
    looked up in it)."""
    return document.analysis.get(
        "credit-chunk-heads",
        # c.strip("(").rstrip(":").lower() for every chunk, as C-level maps (no Python frame
        # per chunk).
        lambda: frozenset(
            map(str.lower, map(_RSTRIP_COLON, map(_STRIP_BRACKET, unique_chunks(document))))
        ),
    )
