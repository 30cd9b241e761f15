"""Where a word may stand in a large text: a filter per window of the text that lets a whole-text
word search (``textscan.find_word``) read only the few windows that may hold the word.

A search of a large text for one word (``str.find``) reads the whole text every time (~60 ms per
50 MB of two-byte text); the rules search a few dozen words per document (a name seen capitalised
elsewhere, a word's other spellings …), most of them rare. The repetition pass
(``repeats.find_repeat_starts``) already turns each slice of the text into arrays of lower-cased
code points and a rolling hash of their prefixes; from them it takes, for every run of word
characters (``\\w+``), the hash of the run and sets one bit of its window's filter (8 K
characters, 4,096 bits: one bit in ~65 characters, ~3 MB for 50 MB of text). A word is then
searched only in the windows whose filter has its bit: every place where it stands alone starts a
run of word characters equal (ignoring case) to the word's first run, so no place is missed; a
window whose bit is set by another word (~1 in 8) is read for nothing.

Used only for the words this can decide exactly (``WordGate.windows`` says None otherwise): a word
that starts with a word character and either is all word characters or cannot overlap itself
(then ``find_word``'s left-to-right search yields every place the word stands alone, as here).
"""

from __future__ import annotations

import re
from array import array
from typing import TYPE_CHECKING
from weakref import WeakValueDictionary

if TYPE_CHECKING:  # numpy is imported when a large text needs it
    from collections.abc import Iterator

    import numpy as np

# Windows of 2**13 characters, filters of 2**12 bits.
WINDOW_SHIFT = 13
BITS_SHIFT = 12
# The polynomial hash of ``repeats`` (its base, 32 bits): a run's hash is moved to this power
# so that it does not depend on where its slice starts.
HASH_BASE = 0x9E3779B1
_MASK = 0xFFFFFFFF


def run_bits(starts: np.ndarray, hashes: np.ndarray, first_window: int, windows: int) -> np.ndarray:
    """The packed filters (``windows`` rows of 2**BITS_SHIFT bits) of the windows from
    ``first_window`` on, from the runs' global start offsets and hashes."""
    import numpy as np

    bits = np.zeros(windows << BITS_SHIFT, dtype=np.bool_)
    row = (starts >> WINDOW_SHIFT) - first_window
    bits[(row << BITS_SHIFT) | (hashes >> (32 - BITS_SHIFT))] = True
    return np.packbits(bits).reshape(windows, 1 << (BITS_SHIFT - 3))


def word_hash(run: str, exponent: int) -> int:
    """The hash ``repeats`` gives ``run`` (lower-cased as the regex engine compares with (?i)),
    moved to B**exponent."""
    import _sre

    value = 0
    power = pow(HASH_BASE, exponent, 1 << 32)
    for char in run:
        value = (value + _sre.unicode_tolower(ord(char)) * power) & _MASK
        power = (power * HASH_BASE) & _MASK
    return value


def offset_array(length: int) -> array:
    """An empty array for offsets into a text of ``length`` characters: 4 bytes an offset
    (typecode "i") below 2**31 characters, 8 ("q") beyond. The shared tables of offsets
    (capitals, title-case words, digit-led runs, blocks …) hold millions of them on a large
    text; "q" cost twice the memory for nothing (h21speed)."""
    return array("i" if length < 1 << 31 else "q")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def overlaps_itself(word: str) -> bool:
    """Whether a proper prefix of ``word`` is also its suffix (two places could overlap)."""
    return any(word.startswith(word[-size:]) for size in range(1, len(word)))


# The gates alive, by the identity of the text each was built on (``gate_of``): a search
# helper asked about a large text without its gate finds it here. Weak values: a gate lives as
# long as its document's analysis keeps it, and leaves this table with it.
_GATES: WeakValueDictionary[int, WordGate] = WeakValueDictionary()

_RUN = re.compile(r"\w+")


def gate_of(text: str) -> WordGate | None:
    """The gate built on this very string (``text is gate.text``) while it lives, else None."""
    gate = _GATES.get(id(text))
    return gate if gate is not None and gate.text is text else None


class WordGate:
    """A text's window filters (see the module's doc). ``text`` is the text they were built on:
    a search of any other string ignores them."""

    __slots__ = ("__weakref__", "_bits", "_exponent", "_longest", "text")

    def __init__(self, text: str, bits: np.ndarray, exponent: int, longest: int) -> None:
        self.text = text
        self._bits = bits
        self._exponent = exponent
        # A run longer than this may have been cut at its slice's end (hashed short).
        self._longest = longest
        _GATES[id(text)] = self

    def windows(self, word: str, whole_end: bool = False) -> list[int] | None:
        """The start offsets of the windows (2**WINDOW_SHIFT characters) where ``word`` may
        start a place where it stands alone, in order; None when the filter cannot decide for
        this word (it must be searched everywhere).

        A word of several runs of word characters ("world Health Organization") is kept to
        the windows where its later runs may stand too: a run with a non-word character on
        each side inside ``word`` is a whole run of the text wherever ``word`` occurs, so its
        bit is set in the window it starts in — the same window or the next. With
        ``whole_end`` (the caller rejects a place followed by a word character) the last run
        counts as whole too. A common first word no longer makes every window a candidate."""
        if not word or not _word_char(word[0]):
            return None
        size = 1
        while size < len(word) and _word_char(word[size]):
            size += 1
        if size > self._longest or (size < len(word) and overlaps_itself(word)):
            return None
        import numpy as np

        rows = self._column(word[:size]).nonzero()[0]
        if size < len(word):
            window = 1 << WINDOW_SHIFT
            for run in _RUN.finditer(word, size):
                start, end = run.span()
                if start >= window or end - start > self._longest:
                    break
                if end == len(word) and not whole_end:
                    break
                column = self._column(run.group()) != 0
                beside = np.zeros(column.size + 1, dtype=np.bool_)
                beside[:-1] = column
                rows = rows[beside[rows] | beside[rows + 1]]
                if not rows.size:
                    break
        return (rows << WINDOW_SHIFT).tolist()

    def _column(self, run: str) -> np.ndarray:
        """Per window: nonzero where the filter has the bit of ``run`` (a run of \\w)."""
        import numpy as np

        bit = word_hash(run, self._exponent) >> (32 - BITS_SHIFT)
        return np.bitwise_and(self._bits[:, bit >> 3], 0x80 >> (bit & 7))


def find_bounded(text: str, needle: str) -> Iterator[int]:
    """The offsets a ``str.find`` loop yields for ``needle`` (each search starting at the last
    hit's end), for a caller that rejects every hit with a word character (\\w) right before
    or after it: such hits may be left out. In a large text (one with a ``WordGate``) a needle
    that cannot overlap itself is searched only in the windows that may hold it with its runs
    of word characters whole (a rare phrase the text lacks cost a pass over all of it: ~60 ms
    on 50 MB); the hits kept are the same."""
    gate = gate_of(text)
    starts = None
    if gate is not None and not overlaps_itself(needle):
        starts = gate.windows(needle, whole_end=True)
    size = len(needle)
    find = text.find
    if starts is None:
        at = find(needle)
        while at != -1:
            yield at
            at = find(needle, at + size)
        return
    window = 1 << WINDOW_SHIFT
    for low in starts:
        last = low + window + size - 1
        at = find(needle, low, last)
        while at != -1:
            yield at
            at = find(needle, at + size, last)
