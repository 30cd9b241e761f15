"""Scanning helpers shared by the rule families: a document's distinct chunks and characters
(screens that prove a scan would find nothing), whole-word search for many words at once,
windows over large texts, per-chunk memo tables, and the document's language data.

Every rule family imports these from here; no rule module imports another.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from operator import attrgetter, methodcaller
from typing import TYPE_CHECKING

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.wordgate import WINDOW_SHIFT, offset_array

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

_WORD_CHARS = re.compile(r"[\w@/\-'’]")
# What may not follow a word found by ``find_word``: more word, a handle/path character, or a
# dot and more word (a file name or domain).
_BAD_AFTER = re.compile(r"[\w@/\-]|\.\w")


def word_gate(document: Document) -> WordGate | None:
    """The word filters of a large document (``repeats.word_gate``: built once, with the
    repetition rules' candidates), to pass as ``find_word``'s and ``find_words``' ``gate``."""
    from mtlint.checks.repeats import word_gate as gate

    return gate(document)


def find_word(text: str, word: str, gate: WordGate | None = None) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` (one or more words) standing alone: not inside a longer word, URL,
    handle, hashtag, path or file name. ``str.find`` does the scanning (a fast two-way search
    at C speed); the few hits are checked one by one. With the ``gate`` of a large text
    (``repeats.word_gate``), only the windows that may hold the word are read (same spans)."""
    if not word:
        return
    if gate is not None and gate.text is text:
        starts = gate.windows(word, whole_end=True)
        if starts is not None:
            yield from _find_in_windows(text, word, starts)
            return
    size = len(word)
    find = text.find
    bad_after = _BAD_AFTER.match
    position = find(word)
    while position != -1:
        end = position + size
        if bad_after(text, end):
            position = find(word, position + 1)
            continue
        before = text[position - 1 : position] if position else ""
        if not (before and (_WORD_CHARS.match(before) or before in "#.")):
            yield position, end
        # Like a regex scan: the next search starts after this occurrence.
        position = find(word, end)


def search_ranges(
    text: str, word: str, gate: WordGate | None, before: int, size: int
) -> list[tuple[int, int]]:
    """The (start, end) ranges of ``text`` to ``str.find`` a needle of ``size`` characters in
    that holds ``word`` at ``before`` characters from its start, where the word starts a run of
    word characters equal to it (after a space, before a space …): with the ``gate`` of a large
    text only the windows that may hold such a run (``WordGate.windows``), else the whole text.
    A needle that cannot overlap itself is then found at the same places, each once (an
    occurrence belongs to the range its word starts in)."""
    starts = gate.windows(word) if gate is not None and gate.text is text else None
    if starts is None:
        return [(0, len(text))]
    window = 1 << WINDOW_SHIFT
    return [(max(0, low - before), low + window - before + size - 1) for low in starts]


_WORD_RUN = re.compile(r"\w+")


def mark_led_offsets(text: str, needle: str) -> Iterator[int]:
    """Every offset of ``needle`` in ``text``, in order, overlapping ones too (as a
    ``str.find`` loop that searches again one place after each hit). A needle led by a mark
    (neither a letter, digit nor whitespace: ", that ") is found by the regex engine's scan
    for a literal, which jumps between occurrences of its rare first character faster than
    ``str.find`` reads a two-byte text (~36 against ~56 ms on 50 MB); the scan consumes the
    needle only up to its longest border, so no overlapping hit is skipped. Any other needle
    (led by a space or a letter, frequent characters) by ``str.find``."""
    if not needle or needle[0].isalnum() or needle[0].isspace():
        at = text.find(needle)
        while at != -1:
            yield at
            at = text.find(needle, at + 1)
        return
    yield from map(re.Match.start, _literal_scan(needle).finditer(text))


@lru_cache(maxsize=64)
def _literal_scan(needle: str) -> re.Pattern[str]:
    """``needle`` as a pattern that consumes it up to its longest border (a proper prefix
    that is also a suffix) and looks ahead for the rest: two occurrences can overlap by at
    most that border, so the next one always starts after what a match consumed."""
    border = next(
        (size for size in range(len(needle) - 1, 0, -1) if needle[:size] == needle[-size:]), 0
    )
    head, tail = needle[: len(needle) - border], needle[len(needle) - border :]
    return re.compile(re.escape(head) + (f"(?={re.escape(tail)})" if tail else ""))


def find_all(
    text: str, needle: str, gate: WordGate | None = None, word_at: int = 0
) -> Iterator[int]:
    """Every offset of ``needle`` in ``text``, in order (overlapping ones too: each search
    starts one place after the last hit), by ``str.find``. With the ``gate`` of a large text
    (``word_gate``) only the windows that may hold the needle's word are read: the word is the
    run of word characters (\\w) at ``word_at`` in the needle ("self" in " self "), and a hit
    may then be left out only where that run does not stand whole in the text — a word
    character right before it (``word_at`` 0) or right after it (a needle that ends inside
    its word) — a hit the caller must reject itself (``alnum_gate`` for a caller that tests
    ``str.isalnum``). A needle whose word follows a word character, or starts with none, is
    searched everywhere."""
    starts = None
    if gate is not None and gate.text is text and not (word_at and _word_char(needle[word_at - 1])):
        run = _WORD_RUN.match(needle, word_at)
        if run is not None:
            starts = gate.windows(run.group())
    find = text.find
    if starts is None:
        at = find(needle)
        while at != -1:
            yield at
            at = find(needle, at + 1)
        return
    window = 1 << WINDOW_SHIFT
    size = len(needle)
    for low in starts:
        # The hits whose word starts in this window, each window's once.
        last = low + window - word_at + size - 1
        at = find(needle, max(0, low - word_at), last)
        while at != -1:
            yield at
            at = find(needle, at + 1, last)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def alnum_gate(document: Document) -> WordGate | None:
    """``word_gate(document)`` for a caller of ``find_all`` whose own test of a hit's edges is
    ``str.isalnum``: None when the text holds "_", the one word character (\\w) that is not
    alphanumeric (a hit after "_" is such a caller's, and the filters may leave it out)."""
    if "_" in text_characters(document):
        return None
    return word_gate(document)


def _find_in_windows(text: str, word: str, starts: list[int]) -> Iterator[tuple[int, int]]:
    """``find_word``'s spans that start in the windows at ``starts`` (in order). For a word
    ``WordGate.windows`` accepts, the places where it stands alone never overlap one another,
    so each window's can be found on its own."""
    size = len(word)
    find = text.find
    bad_after = _BAD_AFTER.match
    window = 1 << WINDOW_SHIFT
    for low in starts:
        high = low + window
        position = find(word, low, high + size - 1)
        while position != -1:
            end = position + size
            if not bad_after(text, end):
                before = text[position - 1 : position] if position else ""
                if not (before and (_WORD_CHARS.match(before) or before in "#.")):
                    yield position, end
            position = find(word, position + 1, high + size - 1)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation factored by common prefixes: the engine then rejects most positions
    after one character instead of trying every word in turn."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


# A character a found word may follow (the complement of ``_WORD_CHARS`` and "#.").
_BEFORE_WORD = r"[^\w@/\-'’#.]"


# Up to this many words, ``find_words`` runs a str.find per word (C speed), which beats a regex
# scan for a few words.
_FIND_PER_WORD = 24


def find_words_upto(
    text: str, limits: dict[str, int], gate: WordGate | None = None
) -> dict[str, list[tuple[int, int]]]:
    """``find_words(text, limits)`` with each word's spans cut after the first ``limits[word]``:
    for a rule that only asks whether a word is used more than so many times. A few words are
    searched one by one and the search stops at the limit (a common word's uses stop being
    collected after a few, not at the end of the text)."""
    if len(limits) > _FIND_PER_WORD:
        every = find_words(text, limits)
        return {word: spans[: limits[word]] for word, spans in every.items() if limits[word] > 0}
    found: dict[str, list[tuple[int, int]]] = {}
    for word in sorted(limits):
        spans = list(islice(find_word(text, word, gate), limits[word]))
        if spans:
            found[word] = spans
    return found


def find_words(
    text: str, words: Iterable[str], gate: WordGate | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Like ``find_word`` for many words at once: one scan for the lot (an Aho-Corasick
    automaton; a prefix-factored regex when a word is a single character) instead of one scan
    per word. Returns word → spans, for the words found."""
    wanted = sorted(set(words))
    found: dict[str, list[tuple[int, int]]] = {}
    if len(wanted) <= _FIND_PER_WORD:
        for word in wanted:
            spans = list(find_word(text, word, gate))
            if spans:
                found[word] = spans
        return found
    wanted = [word for word in wanted if word]
    if not wanted:
        return found
    if min(map(len, wanted)) >= _AUTOMATON_MIN_WORD:
        return _find_words_automaton(text, wanted)
    return _find_words_regex(text, wanted)


def _find_words_regex(text: str, wanted: list[str]) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    tail = r")(?![\w@/\-])(?!\.\w)"
    body = "(" + trie_pattern(wanted) + tail
    # The pattern starts with the character before the word: the word itself is tried only
    # after a space or punctuation, not at every letter. The text's very start has no
    # character before it.
    at_start = re.compile(body).match(text)
    if at_start:
        found.setdefault(at_start.group(1), []).append(at_start.span(1))
    pattern = re.compile(_BEFORE_WORD + body)
    for match in pattern.finditer(text, at_start.end(1) if at_start else 0):
        found.setdefault(match.group(1), []).append(match.span(1))
    return found


# Words at least this long are found with an Aho-Corasick automaton (even two-letter names
# such as "uk" cost less there than in the regex); a one-letter word occurs everywhere.
_AUTOMATON_MIN_WORD = 2
_NOT_BEFORE_WORD = frozenset("_@/-'’#.")


def _find_words_automaton(text: str, wanted: list[str]) -> dict[str, list[tuple[int, int]]]:
    """``find_words``'s regex scan done by an Aho-Corasick automaton (pyahocorasick, C): one
    pass over the text reports every occurrence of every word (~130 MB/s, where the regex,
    tried after every space, manages ~20); each is then checked for what may stand before and
    after it. Of the valid occurrences, as the regex does, the longest at each place is taken,
    left to right, a word starting only after the character that follows the last one taken."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in wanted:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    bad_after = _BAD_AFTER.match
    not_before = _NOT_BEFORE_WORD
    longest: dict[int, int] = {}
    for last, size in automaton.iter(text):
        end = last + 1
        start = end - size
        if start:
            before = text[start - 1]
            if before.isalnum() or before in not_before:
                continue
        if bad_after(text, end):
            continue
        if end > longest.get(start, -1):
            longest[start] = end
    found: dict[str, list[tuple[int, int]]] = {}
    taken_end = 0
    for start in sorted(longest):
        # The regex's next match begins with the character before the word, at or after the
        # end of the last one (a match at the text's very start has no such character).
        if start and start - 1 < taken_end:
            continue
        end = longest[start]
        found.setdefault(text[start:end], []).append((start, end))
        taken_end = end
    return found


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
