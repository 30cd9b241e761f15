"""Whole-word search in a text: one word (``find_word``), many at once (``find_words``: one
regex scan, or an Aho-Corasick automaton for many words), a literal led by its rarest
character (``find_all``), and the trie pattern of a word list. A large document's word
filters (``textscan.word_gate``) let each read only the windows that may hold a word.

Moved out of textscan.py (h30tidy, session 24) as they were; textscan re-exports every
public name, so a rule imports them from either."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from mtlint.checks.wordgate import WINDOW_SHIFT

if TYPE_CHECKING:
    from mtlint.checks.wordgate import WordGate


_WORD_CHARS = re.compile(r"[\w@/\-'’]")


# What may not follow a word found by ``find_word``: more word, a handle/path character, or a
# dot and more word (a file name or domain).
_BAD_AFTER = re.compile(r"[\w@/\-]|\.\w")


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
