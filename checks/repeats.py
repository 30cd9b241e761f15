"""Where a repeat can start: the few offsets of a large text worth trying the repetition regexes at.

The repetition rules (MT401, MT402) look for a word, a unit of up to six words or a sentence
followed right away by a copy of itself. As regexes they must be entered after every space of
the text and read the next words before they can fail (~0.1 s per MB together, the engine's
biggest cost). Here numpy does the reading for all offsets at once: the text becomes an array of
code points, words are the runs of word characters, and each word, unit or sentence gets a
polynomial hash from one cumulative sum, so comparing it with what follows it is one vector
operation.

The answer is a *superset*: every offset where a repeat starts is in it (equal strings always have
equal hashes; the hash is over lower-cased characters, so case-insensitive repeats are in too),
plus the rare hash collision. The rules then run their own regex at just these offsets, so their
findings are the same as from a full scan. Small texts skip all this (the regex is cheaper there
than setting up the arrays).
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from mtlint.checks.resourcefiles import read_json
from mtlint.checks.wordgate import BITS_SHIFT, WINDOW_SHIFT, WordGate, offset_array, run_bits

if TYPE_CHECKING:  # numpy is imported when a large text needs it
    import numpy as np
    from mtlint.checks.documents.base import Document

# Below this many characters the rules scan with their regexes directly. Measured on the
# 10,000-file batch corpus (~5 KB files): with six-word units (MT402) the direct scans cost
# 0.56 ms per file for MT401-403, the candidate offsets 0.28 ms; under ~1 KB they are even.
MIN_LENGTH = 1 << 12
# Each slice of the text is this long, plus an overlap that lets a repeat starting near the
# slice's end be read whole (a unit and its copy are at most twelve words, a sentence and its copy
# about 800 characters; only a repeat longer than the overlap could be cut). Half a million
# characters: a slice's arrays (~13 bytes a character at their peak) stay small, and the memory
# they took is not kept by the allocator afterwards (1 << 20 kept ~38 MB on 50 MB, this ~9 MB;
# and it runs faster, the arrays closer to cache size). An overlap of 8 K characters: a repeat
# of two 4,000-character words is still read whole; 64 K read an eighth of the text twice, ~10 %
# of the pass (h21speed; tests/checks/test_speed_overlap.py). It must stay above _GATE_READ.
_SLICE = 1 << 19
_OVERLAP = 1 << 13
_MAX_UNIT_WORDS = 6
# The shortest phrase read for a repeat after a comma ("the Ministry of X, the Ministry of X").
_MIN_COMMA_UNIT = 3
# The longest coordinator between a doublet's copies ("and", "und", "oraz").
_MIDDLE_MAX = 4
# The repeated-sentence regex: a letter, 4 to 400 more characters, a final mark.
_SENTENCE_MARKS = (ord("."), ord("!"), ord("?"))
_SENTENCE_MIN, _SENTENCE_MAX = 6, 402


class RepeatStarts(NamedTuple):
    """Sorted offsets where a repeated word or unit (``words``) or sentence (``sentences``) may
    start."""

    words: list[int]
    sentences: list[int]
    # Where "X and X" may start (one or two words, any word between, single spaces) or
    # "X, X" (one word, a comma and a space between): MT403's candidates.
    doublets: list[int] = []  # noqa: RUF012 - a NamedTuple field, never mutated
    # The text's word filters (``wordgate``), built in the same pass for a large text.
    gate: WordGate | None = None
    # With the filters: where a run of word characters starts with a digit (\d), in order. A
    # number pattern led by "\d(?<![\w.,]\d)" can start nowhere else (MT955).
    numbers: array | None = None
    # With the filters, read from the same arrays (``TextShapes``): where capitals stand
    # mid-sentence or after a comma, and which rare whitespace the text holds.
    shapes: TextShapes | None = None
    # With the filters: where a run of \w characters of a title-case word's length at least
    # starts with the capital such a word starts with (``wordshape.title_case_words``), in order.
    titles: array | None = None


class TextShapes(NamedTuple):
    """What the casing and screening helpers would each scan a large text for, read from the
    repetition pass's arrays: ``casingscan._MID_CAPITAL``'s match starts (``mid_capitals``),
    ``casingscan._MARK_CAPITALS[","]``'s (``comma_capitals``), the whitespace characters other
    than " " and "\n" that the text holds (``spaces``), the first offset of two spaces
    (``double_space``, -1 for none), and every ", " before a character with the four characters
    after it packed 16 bits each (0 past the text's end, U+FFFF for a character beyond the
    BMP), for ``commascan.comma_matches``: the keys in order (``comma_keys``) and the offsets
    of their ", " in the same order (``comma_spaces``; text order within one key)."""

    mid_capitals: array
    comma_capitals: array
    spaces: frozenset[str]
    double_space: int
    comma_spaces: np.ndarray
    comma_keys: np.ndarray


def repeat_starts(document: Document) -> RepeatStarts | None:
    """The candidate offsets for ``document`` (computed once, kept in its analysis), or None
    when the text is small enough to scan directly."""
    text = document.text
    if len(text) < MIN_LENGTH:
        return None
    return document.analysis.get("repeat_starts", lambda: find_repeat_starts(text))


def word_gate(document: Document) -> WordGate | None:
    """The word filters of a large document's text (built with its repeat candidates, once),
    for ``textscan.find_word``'s ``gate``; None for a text too small to need them."""
    if len(document.text) < GATE_MIN_LENGTH:
        return None
    starts = repeat_starts(document)
    return starts.gate if starts is not None else None


def text_shapes(document: Document) -> TextShapes | None:
    """The ``TextShapes`` of a large document (built with its repeat candidates, once); None
    for a text too small to have them."""
    if len(document.text) < GATE_MIN_LENGTH:
        return None
    starts = repeat_starts(document)
    return starts.shapes if starts is not None else None


def title_starts(document: Document) -> array | None:
    """Where a large document's title-case words may start (built with its repeat candidates,
    once); None for a text too small to have them."""
    if len(document.text) < GATE_MIN_LENGTH:
        return None
    starts = repeat_starts(document)
    return starts.titles if starts is not None else None


def number_starts(document: Document) -> array | None:
    """Where a large document's runs of word characters start with a digit (built with its
    repeat candidates, once); None for a text too small to have them."""
    if len(document.text) < GATE_MIN_LENGTH:
        return None
    starts = repeat_starts(document)
    return starts.numbers if starts is not None else None


# From this many characters on, the repetition pass also builds the word filters: a search of
# the whole text costs ~0.3 ms here, a search through the filters some tens of microseconds.
GATE_MIN_LENGTH = 1 << 18


def find_repeat_starts(text: str) -> RepeatStarts:
    """The candidate offsets of ``text`` (any size), slice by slice to bound memory."""
    import numpy as np

    words: list[int] = []
    sentences: list[int] = []
    doublets: list[int] = []
    numbers = offset_array(len(text))  # 4 bytes an offset, not a list's ~36
    titles = offset_array(len(text))
    offset_type = np.dtype(numbers.typecode)
    gated = len(text) >= GATE_MIN_LENGTH
    bits = None
    shapes = _ShapesFound(len(text))
    if gated:
        bits = np.zeros(((len(text) >> WINDOW_SHIFT) + 1, 1 << (BITS_SHIFT - 3)), dtype=np.uint8)
    for start in range(0, len(text), _SLICE):
        end = min(start + _SLICE, len(text))
        part = text[start : end + _OVERLAP]
        found_words, found_sentences, found_doublets, runs = _slice_starts(
            part, end - start, shapes if gated else None
        )
        words.extend((found_words + start).tolist())
        sentences.extend((found_sentences + start).tolist())
        doublets.extend((found_doublets + start).tolist())
        if bits is not None and runs is not None:
            run_starts, hashes, digit_led, title_led = runs
            numbers.frombytes((digit_led + start).astype(offset_type).tobytes())
            titles.frombytes((title_led + start).astype(offset_type).tobytes())
            first = start >> WINDOW_SHIFT
            rows = ((end - 1) >> WINDOW_SHIFT) - first + 1
            bits[first : first + rows] |= run_bits(run_starts + start, hashes, first, rows)
            shapes.add(text, start)
    if bits is None:
        return RepeatStarts(words, sentences, doublets)
    gate = WordGate(text, bits, _SLICE + _OVERLAP - 1, _GATE_READ)
    return RepeatStarts(words, sentences, doublets, gate, numbers, shapes.done(), titles)


def _where(flags: np.ndarray) -> np.ndarray:
    """``np.flatnonzero`` of a 1-D array, without its wrappers (a third of a small file's
    candidate search went to numpy's Python-level call overhead)."""
    return flags.nonzero()[0]


def _unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-D array (sorted, each value once), without it: np.unique imports
    numpy.ma on first use (~20 ms per process)."""
    import numpy as np

    values = np.sort(values)
    if values.size > 1:
        keep = np.empty(values.size, dtype=np.bool_)
        keep[0] = True
        np.not_equal(values[1:], values[:-1], out=keep[1:])
        values = values[keep]
    return values


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """For every BMP code point: is it a word character, and its lower case as the regex engine
    compares with (?i) (the simple one-character mapping). Index 0x10000 stands for any
    character beyond the BMP, which is looked up one by one (they are rare)."""
    import _sre

    import numpy as np

    # [\w'’/-]: the regex engine's \w is str.isalnum() or "_" (one C-level map over the BMP,
    # not a regex scan and a list of 50,000 positions: 0.018 -> 0.008 s per process).
    word = np.zeros(0x10001, dtype=np.bool_)
    word[:0x10000] = np.fromiter(map(str.isalnum, map(chr, range(0x10000))), np.bool_, 0x10000)
    word[[ord(c) for c in "_'’/-"]] = True
    lower = np.empty(0x10001, dtype=np.uint32)
    lower[:0x10000] = np.fromiter(map(_sre.unicode_tolower, range(0x10000)), np.uint32, 0x10000)
    lower[0x10000] = 0x10000
    return word, lower


@lru_cache(maxsize=1)
def _tables_alnum() -> np.ndarray:
    """For every BMP code point: is it \\w (``str.isalnum()`` or "_"), the word characters of
    the word filters (index 0x10000: beyond the BMP, looked up one by one)."""
    word, _ = _tables()
    alnum = word.copy()
    alnum[[ord(c) for c in "'’/-"]] = False
    return alnum


# The per-character flags of ``_flag_table``: a word character of the repetition pass
# ([\w'’/-]), a \w character (the word filters'), whitespace other than " " and "\n", a capital
# of ``casingdata.UPPER_CLASS``, a character ``casingscan._MID_CAPITAL`` accepts before its space.
_WORD, _ALNUM, _RARE_SPACE, _CAPITAL, _BEFORE_CAPITAL = 1, 2, 4, 8, 16


def _shape_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a capital, a character before the space before it) as ``casingscan._MID_CAPITAL``
    reads them: its own classes, so the flags cannot drift from its pattern."""
    from mtlint.checks.casingscan import MID_CAPITAL_BEFORE, UPPER_CLASS

    return re.compile(f"[{UPPER_CLASS}]"), re.compile(MID_CAPITAL_BEFORE)


def _char_flags(char: str) -> int:
    """The ``_flag_table`` entry of one character (those beyond the BMP are read one by one)."""
    capital, before = _shape_classes()
    word = char.isalnum() or char == "_"
    return (
        (_WORD if word or char in "'’/-" else 0)
        | (_ALNUM if word else 0)
        | (_RARE_SPACE if char.isspace() and char not in " \n" else 0)
        | (_CAPITAL if capital.fullmatch(char) else 0)
        | (_BEFORE_CAPITAL if before.fullmatch(char) else 0)
    )


@lru_cache(maxsize=1)
def _flag_table() -> np.ndarray:
    """Every BMP code point's flags (``_WORD`` … ``_BEFORE_CAPITAL``) as one byte; index 0x10000
    (any character beyond the BMP) has none: those are read one by one (``_char_flags``)."""
    import numpy as np

    word, _ = _tables()
    table = np.zeros(0x10001, dtype=np.uint8)
    table[word] |= _WORD
    table[_tables_alnum()] |= _ALNUM
    every = "".join(map(chr, range(0x10000)))
    capital, before = _shape_classes()
    for flag, found in (
        (_RARE_SPACE, (at for at, c in enumerate(every) if c.isspace() and c not in " \n")),
        (_CAPITAL, map(re.Match.start, capital.finditer(every))),
        (_BEFORE_CAPITAL, map(re.Match.start, before.finditer(every))),
    ):
        table[np.fromiter(found, np.intp)] |= flag
    return table


class _ShapesFound:
    """``TextShapes`` gathered slice by slice: ``read`` takes a slice's (offsets within it),
    ``add`` moves them to the text's offsets once the slice's start is known."""

    __slots__ = ("_slice", "comma", "comma_keys", "comma_spaces", "double", "mid", "spaces")

    def __init__(self, length: int) -> None:
        self.mid = offset_array(length)
        self.comma = offset_array(length)
        self.comma_spaces = offset_array(length)
        self.comma_keys = array("Q")
        self.spaces: set[str] = set()
        self.double = -1
        self._slice: tuple = ()

    def read(self, codes: np.ndarray, flags: np.ndarray, limit: int) -> None:
        import numpy as np

        spaces = codes == 0x20
        capital = np.bitwise_and(flags[2:], _CAPITAL) != 0
        # A space between a character of the class and a capital (the space at i + 1).
        mid = spaces[1:-1] & capital
        mid &= np.bitwise_and(flags[:-2], _BEFORE_CAPITAL) != 0
        comma_space = (codes[:-2] == 0x2C) & spaces[1:-1]
        comma = comma_space & capital
        doubled = _where(spaces[:-1][:limit] & spaces[1:][:limit])
        rare = _where(np.bitwise_and(flags[:limit], _RARE_SPACE))
        self._slice = (
            _where(mid[: limit - 1]) + 1,
            _where(comma[:limit]),
            *_comma_keys(codes, _where(comma_space[:limit])),
            int(doubled[0]) if doubled.size else -1,
            _unique(codes[rare]).tolist() if rare.size else (),
        )

    def add(self, text: str, start: int) -> None:
        """The last slice read, which starts at ``start`` in ``text``."""
        import numpy as np
        from mtlint.checks.casingscan import _MID_CAPITAL

        mid, comma, comma_spaces, comma_keys, doubled, rare = self._slice
        # A space at the slice's first character: the class before it lies in the slice before.
        if start and _MID_CAPITAL.match(text, start):
            self.mid.append(start)
        offset_type = np.dtype(self.mid.typecode)
        self.mid.frombytes((mid + start).astype(offset_type).tobytes())
        self.comma.frombytes((comma + start).astype(offset_type).tobytes())
        self.comma_spaces.frombytes((comma_spaces + start).astype(offset_type).tobytes())
        self.comma_keys.frombytes(comma_keys.tobytes())
        if self.double < 0 <= doubled:
            self.double = doubled + start
        self.spaces.update(map(chr, rare))

    def done(self) -> TextShapes:
        import numpy as np

        # Sorted here, the slices' arrays dropped: one copy of the index through the pass.
        keys = np.frombuffer(self.comma_keys, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        spaces = np.frombuffer(self.comma_spaces, dtype=np.dtype(self.comma_spaces.typecode))
        return TextShapes(
            self.mid,
            self.comma,
            frozenset(self.spaces),
            self.double,
            spaces[order],
            keys[order],
        )


def _comma_keys(codes: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``at``, the four characters after each ", " at ``at`` packed 16 bits each, the first
    highest): 0 past the slice's end, U+FFFF for a character beyond the BMP."""
    import numpy as np

    keys = np.zeros(at.size, dtype=np.uint64)
    last = codes.size - 1
    for place in range(2, 6):
        index = at + place
        chars = np.minimum(codes[np.minimum(index, last)], 0xFFFF).astype(np.uint64)
        chars[index > last] = 0
        keys = (keys << np.uint64(16)) | chars
    return at, keys


@lru_cache(maxsize=1)
def _powers(size: int) -> np.ndarray:
    """B**i modulo 2**32 for i < size (numpy's unsigned arithmetic wraps around; 32 bits are
    plenty for a filter whose every hit is checked, and twice as fast as 64)."""
    import numpy as np

    factors = np.full(size, 0x9E3779B1, dtype=np.uint32)
    factors[0] = 1
    return np.cumprod(factors, dtype=np.uint32)


def _slice_starts(
    part: str, limit: int, shapes: _ShapesFound | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[np.ndarray, ...] | None]:
    """Candidate offsets below ``limit`` in ``part``: (word/unit starts, sentence starts,
    doublet starts, and with ``shapes`` (a large text: the filters too) ``_run_hashes``: the
    starts and hashes of the runs of word characters that start below ``limit``, for the word
    filters, and the runs led by a digit or by a title-case word's capital; the slice's
    ``TextShapes`` are read into ``shapes``)."""
    import _sre

    import numpy as np

    gated = shapes is not None
    _, lower_table = _tables()
    # Two bytes a character when the slice holds nothing beyond the BMP (nearly every text):
    # half the bytes to encode and read, and no search for characters beyond it.
    raw = part.encode("utf-16-le")
    wide = len(raw) != 2 * len(part)
    if wide:
        codes = np.frombuffer(part.encode("utf-32-le"), dtype=np.uint32)
        # As the platform's index type: take() would make that copy of any other type, twice.
        index = np.minimum(codes, 0x10000, dtype=np.intp)
    else:
        codes = np.frombuffer(raw, dtype=np.uint16)
        index = codes.astype(np.intp)
    del raw
    size = codes.size
    # One table read for every per-character flag (``_flag_table``), not one per flag.
    flags = _flag_table().take(index)
    lowered = lower_table.take(index)
    del index  # the slice's arrays are the run's memory peak: each is freed when done
    for position in _where(codes > 0xFFFF).tolist() if wide else ():
        char = part[position]
        flags[position] = _char_flags(char)
        lowered[position] = _sre.unicode_tolower(ord(char))
    is_word = np.bitwise_and(flags, _WORD).view(np.bool_)  # _WORD is the lowest bit: 0 or 1
    is_alnum = np.bitwise_and(flags, _ALNUM) != 0 if gated else None
    if shapes is not None:
        shapes.read(codes, flags, limit)
    del flags
    powers = _powers(_SLICE + _OVERLAP)[:size]
    # prefix[i] = hash of part[:i]; part[a:b] and part[c:d] of equal length are equal (ignoring
    # case) only if (prefix[b] - prefix[a]) * B**c == (prefix[d] - prefix[c]) * B**a (mod 2**32).
    prefix = np.zeros(size + 1, dtype=np.uint32)
    np.cumsum(np.multiply(lowered, powers, out=lowered), out=prefix[1:])
    del lowered

    def same(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
        return (prefix[b] - prefix[a]) * powers[c] == (prefix[d] - prefix[c]) * powers[a]

    # Words: maximal runs of word characters. A word starts or ends where is_word changes (a
    # non-word before the text and after it); the changes alternate, start, end, start …
    starts, ends = _runs(is_word)
    count = starts.size
    # single_space[j]: word j is followed by exactly one space and then word j + 1.
    single_space = np.zeros(count, dtype=np.bool_)
    if count > 1:
        gap_at = ends[:-1]
        single_space[:-1] = (starts[1:] == gap_at + 1) & (codes[gap_at] == 0x20)
    # Each word's hash as if it stood at the end of the slice: equal words, equal numbers
    # (B is odd, so moving a hash by a power of B loses nothing).
    heads = (prefix[ends] - prefix[starts]) * powers[size - 1 - starts]
    # Whether word j and word j + d are equal (by their hashes), for each distance a unit or a
    # doublet screens with: one comparison of the arrays per distance, shared by both screens.
    equal_at = _equal_at_distances(heads, max(_MAX_UNIT_WORDS, _MAX_DOUBLET_WORDS + 1))
    found = _unit_repeats(starts, ends, single_space, equal_at, same)
    word_starts = _unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
    doublet_starts = _doublets(codes, starts, ends, single_space, heads, equal_at, same)

    sentence_starts = _sentences(codes, same)
    return (
        word_starts[word_starts < limit],
        sentence_starts[sentence_starts < limit],
        doublet_starts[doublet_starts < limit],
        _run_hashes(part, codes, is_alnum, prefix, limit) if is_alnum is not None else None,
    )


def _runs(flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends of the runs of True in ``flags`` (one pass for both: the places
    where a flag differs from the one before, False before the first and after the last,
    alternate between a run's start and its end)."""
    import numpy as np

    size = flags.size
    changes = np.empty(size + 1, dtype=np.bool_)
    if size:
        changes[0], changes[-1] = flags[0], flags[-1]
        np.not_equal(flags[1:], flags[:-1], out=changes[1:-1])
    else:
        changes[0] = False
    edges = _where(changes).reshape(-1, 2)
    return edges[:, 0].copy(), edges[:, 1].copy()


def _run_hashes(
    part: str, codes: np.ndarray, is_alnum: np.ndarray, prefix: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The starts (below ``limit``) and hashes of the slice's runs of \\w characters, each hash
    moved to B**(_SLICE + _OVERLAP - 1): the same number for the same run in any slice (a run
    starts below _SLICE, so the power it is multiplied by is in the table). Only the slice's
    first ``limit + _GATE_READ`` characters are read: a longer run is hashed short, and the
    filters are not asked about one (``WordGate``'s ``longest``). Also the starts of the runs
    led by a digit and of those a title-case word may start (``_title_table``; a run cut
    short at ``limit + _GATE_READ`` is still far longer than such a word's minimum)."""
    import numpy as np

    powers = _powers(_SLICE + _OVERLAP)
    starts, ends = _runs(is_alnum[: limit + _GATE_READ])
    inside = np.searchsorted(starts, limit)
    starts, ends = starts[:inside], ends[:inside]
    hashes = (prefix[ends] - prefix[starts]) * powers[powers.size - 1 - starts]
    first = codes[starts]
    index = np.minimum(first, 0x10000, dtype=np.intp)
    digit = _decimal_table().take(index)
    for at in _where(first > 0xFFFF).tolist():  # beyond the BMP (a wide slice only)
        digit[at] = part[starts[at]].isdecimal()
    title = _title_table().take(index)
    title &= ends - starts >= _title_letters()
    return starts, hashes, starts[digit], starts[title]


@lru_cache(maxsize=1)
def _title_table() -> np.ndarray:
    """For every BMP code point: may it lead a title-case word (``wordshape.title_capital``;
    the pattern's class holds BMP letters only, so index 0x10000, beyond the BMP, is False)."""
    import numpy as np
    from mtlint.checks.wordshape import title_capital

    table = np.zeros(0x10001, dtype=np.bool_)
    table[:0x10000] = np.fromiter(map(title_capital, map(chr, range(0x10000))), np.bool_, 0x10000)
    return table


def _title_letters() -> int:
    from mtlint.checks.wordshape import TITLE_MIN_LETTERS

    return TITLE_MIN_LETTERS


@lru_cache(maxsize=1)
def _decimal_table() -> np.ndarray:
    """For every BMP code point: is it \\d (``str.isdecimal()``, the regex engine's test)."""
    import numpy as np

    table = np.zeros(0x10001, dtype=np.bool_)
    table[:0x10000] = np.fromiter(map(str.isdecimal, map(chr, range(0x10000))), np.bool_, 0x10000)
    return table


# How far past a slice's end the word filters read a run that starts inside it.
_GATE_READ = 1 << 10


def _equal_at_distances(heads: np.ndarray, farthest: int) -> list[np.ndarray]:
    """``equal_at[d][j]``: ``heads[j] == heads[j + d]``, for d from 1 to ``farthest`` (index 0
    unused): the screens of ``_unit_repeats`` and ``_doublets`` slice these instead of comparing
    the arrays anew for each unit length (20 comparisons of a slice's words became 6)."""
    return [heads[:0]] + [heads[:-d] == heads[d:] for d in range(1, farthest + 1)]


def _unit_repeats(starts, ends, single_space, equal_at, same) -> list[np.ndarray]:  # type: ignore[no-untyped-def]
    """Starts of a unit of one to six words followed right away by a copy of itself (see
    ``_slice_starts``), one array per unit length that has any."""

    count = starts.size
    found = []
    for words in range(1, _MAX_UNIT_WORDS + 1):
        pairs = count - 2 * words + 1
        if pairs <= 0:
            break
        # A cheap screen first: the unit's first and last words come back as the copy's, one
        # space between unit and copy. Only the few places it keeps get the full test (every
        # space single, equal lengths, equal hashes): on a small file the whole-array tests
        # per unit length were most of the cost (numpy's per-call overhead).
        equal = equal_at[words]  # word j against word j + words
        maybe = single_space[words - 1 : words - 1 + pairs] & equal[:pairs]
        if words > 1:
            maybe &= equal[words - 1 : words - 1 + pairs]
        which = _where(maybe)
        if not which.size:
            continue
        linked = single_space[which]
        for step in range(1, 2 * words - 1):
            linked &= single_space[which + step]
        unit_start, unit_end = starts[which], ends[which + words - 1]
        copy_start, copy_end = starts[which + words], ends[which + 2 * words - 1]
        linked &= (unit_end - unit_start) == (copy_end - copy_start)
        which = _where(linked)
        if which.size:
            equal = same(unit_start[which], unit_end[which], copy_start[which], copy_end[which])
            found.append(unit_start[which][equal])
    return found


def _sentences(codes, same) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Starts of a sentence followed by a copy of itself (see ``_slice_starts``)."""
    import numpy as np

    # Sentences: a copy runs from after the blanks that follow one mark up to the next mark;
    # the sentence it repeats is the same number of characters ending at the first mark.
    marks = _where(
        (codes == _SENTENCE_MARKS[0])
        | (codes == _SENTENCE_MARKS[1])
        | (codes == _SENTENCE_MARKS[2])
    )
    sentence_starts = np.zeros(0, dtype=np.int64)
    if marks.size > 1:
        # A mark followed by blanks (spaces, tabs), then the copy; the next mark comes after the
        # blanks (a mark ends the text at the latest, so the indexes stay inside it).
        mark, next_mark = marks[:-1], marks[1:]
        blank = (codes[mark + 1] == 0x20) | (codes[mark + 1] == 0x09)
        mark, next_mark = mark[blank], next_mark[blank]
        copy_start = mark + 2
        more = _where((codes[copy_start] == 0x20) | (codes[copy_start] == 0x09))
        if more.size:  # two or more blanks after some marks: the first non-blank after them
            non_blank = _where((codes != 0x20) & (codes != 0x09))
            copy_start[more] = non_blank[np.searchsorted(non_blank, copy_start[more])]
        length = next_mark + 1 - copy_start
        sentence_start = mark + 1 - length
        plausible = (length >= _SENTENCE_MIN) & (length <= _SENTENCE_MAX) & (sentence_start >= 0)
        which = _where(plausible)
        if which.size:
            equal = same(
                sentence_start[which], mark[which] + 1, copy_start[which], next_mark[which] + 1
            )
            sentence_starts = _unique(sentence_start[which][equal])
    return sentence_starts


# The longest unit of "X and X" (MT403): "the level of cooperation and the level of cooperation".
_MAX_DOUBLET_WORDS = 5


def _doublets(codes, starts, ends, single_space, heads, equal_at, same) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Starts of a unit of one to five words that comes back after one short word between
    ("shells and shells", "fake news and fake news"), of a phrase of three to six words that
    comes back after ", " ("the Ministry of X, the Ministry of X"), or of a word of four or more
    characters that comes back after ", ". Each is screened by its first and last words
    (``heads``: equal words, equal numbers), then the few places left get the full test
    (spaces, lengths, hashes)."""
    import numpy as np

    count = starts.size
    lengths = ends - starts
    short = lengths <= _MIDDLE_MAX  # a word that may stand between a unit and its copy
    found = []
    for words in range(1, _MAX_DOUBLET_WORDS + 1):
        pairs = count - 2 * words
        if pairs <= 0:
            break
        equal = equal_at[words + 1]  # word j against word j + words + 1
        maybe = short[words : words + pairs] & equal[:pairs]
        if words > 1:
            maybe &= equal[words - 1 : words - 1 + pairs]
        which = _where(maybe)
        for step in range(words):
            which = which[lengths[which + step] == lengths[which + words + 1 + step]]
        for step in range(2 * words):
            which = which[single_space[which + step]]
        if which.size:
            unit_end, copy_start = ends[which + words - 1], starts[which + words + 1]
            equal = same(starts[which], unit_end, copy_start, ends[which + 2 * words])
            found.append(starts[which][equal])
    comma_gap = np.zeros(count, dtype=np.bool_)  # word j, ", ", word j + 1
    if count > 1:
        gap_at = ends[:-1]
        comma_gap[:-1] = (
            (starts[1:] == gap_at + 2)
            & (codes[gap_at] == 0x2C)
            & (codes[np.minimum(gap_at + 1, codes.size - 1)] == 0x20)
        )
    gaps = _where(comma_gap)
    if gaps.size:
        found.extend(_comma_phrases(gaps, starts, ends, single_space, heads, same))
        # One word, ", " and the word again.
        which = gaps[heads[gaps] == heads[gaps + 1]]
        which = which[(lengths[which] == lengths[which + 1]) & (lengths[which] >= 4)]
        if which.size:
            equal = same(starts[which], ends[which], starts[which + 1], ends[which + 1])
            found.append(starts[which][equal])
        # One word, ", ", a short word (a coordinator), the word again: "shells, and shells".
        which = gaps[gaps + 2 < count]
        which = which[heads[which] == heads[which + 2]]
        which = which[(lengths[which + 1] <= _MIDDLE_MAX) & single_space[which + 1]]
        which = which[lengths[which] == lengths[which + 2]]
        if which.size:
            equal = same(starts[which], ends[which], starts[which + 2], ends[which + 2])
            found.append(starts[which][equal])
    return _unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _comma_phrases(gaps, starts, ends, single_space, heads, same) -> list[np.ndarray]:  # type: ignore[no-untyped-def]
    """Starts of a phrase of three to six words, ", " and the phrase again ("the Ministry of
    X, the Ministry of X"): MT403's comma phrases, read from the few words a comma follows.
    All phrase lengths are screened at once (first and last words), the rest per length."""
    import numpy as np

    count = starts.size
    lengths = np.arange(_MIN_COMMA_UNIT, _MAX_UNIT_WORDS + 1)
    first = gaps[:, None] - (lengths - 1)  # where a phrase ending at the comma starts
    last = first + 2 * lengths - 1  # the copy's last word
    inside = (first >= 0) & (last < count)
    maybe = (
        inside
        & (heads[np.where(inside, first, 0)] == heads[gaps + 1][:, None])
        & (heads[gaps][:, None] == heads[np.where(inside, last, 0)])
    )
    found = []
    for column in _where(maybe.any(axis=0)).tolist():
        words = int(lengths[column])
        which = first[:, column][maybe[:, column]]
        keep = np.ones(which.size, dtype=np.bool_)
        for step in range(words - 1):
            keep &= single_space[which + step]
            keep &= single_space[which + words + step]
        which = which[keep]
        unit_end, copy_start = ends[which + words - 1], starts[which + words]
        copy_end = ends[which + 2 * words - 1]
        which = which[(unit_end - starts[which]) == (copy_end - copy_start)]
        if which.size:
            equal = same(
                starts[which],
                ends[which + words - 1],
                starts[which + words],
                ends[which + 2 * words - 1],
            )
            found.append(starts[which][equal])
    return found


def bracket_places(document: Document) -> list[tuple[int, int]]:
    """(offset of " (", offset of the first ")" after it within 62 characters) for every bracket
    opened after a space, computed once per document: MT404 (a term glossed with itself) and
    MT505 (a source-language gloss) both read them, and finding " (" is the costly part."""
    return document.analysis.get("bracket_places", lambda: _bracket_places(document.text))


# The longest bracket either rule reads, plus the bracket marks.
_BRACKET_READ = 62


def _bracket_places(text: str) -> list[tuple[int, int]]:
    # Speed: "(" alone is found at memory speed; the two characters " (" take several times
    # longer on a text that is not pure ASCII (8 -> 2 ms on 10 MB). Same places.
    places: list[tuple[int, int]] = []
    find = text.find
    opening = find("(", 1)
    while opening != -1:
        if text[opening - 1] == " ":
            close = find(")", opening + 1, opening + 1 + _BRACKET_READ)
            if close != -1:
                places.append((opening - 1, close))
        opening = find("(", opening + 1)
    return places


# --- MT403: number agreement after a doublet ------------------------------------------------

_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


@lru_cache(maxsize=1)
def _plural_endings() -> dict[str, tuple[str, ...]]:
    raw = read_json("repetition", "plural_agreement.json")
    return {code: tuple(endings) for code, endings in raw.items() if not code.startswith("_")}


def number_disagrees(unit: str, text: str, end: int, code: str) -> bool:
    """The copy is plural ("proyectiles") and the next word lacks the plural ending a modifier
    of it would take ("cayeron"): no compound head (resources/repetition/plural_agreement.json)."""
    endings = _plural_endings().get(code)
    match = _NEXT_WORD.match(text, end)
    if not endings or match is None or " " in unit:
        return False
    return unit.lower().endswith(endings) and not match.group(1).lower().endswith(endings)


def double_confidence(
    function_word: bool,
    second_surname: bool,
    soft_name: bool,
    name_like: bool,
    reduplicating: bool,
    second: str,
) -> float:
    """MT401's confidence: a doubled function word is surely a double; a pair that may be a
    name, a double surname or a reduplication (a grammar of the language) is reported softly."""
    if function_word:
        return 0.9
    if second_surname:
        return 0.4
    if soft_name:
        return 0.5
    if name_like:
        return 0.6
    if reduplicating and second.islower():  # "Çıtır çıtır" opens a sentence
        return 0.4
    return 0.8
