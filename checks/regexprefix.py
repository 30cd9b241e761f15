"""What a match of a regex must start with, read from the pattern itself: the shared scans try
a rule's pattern only where the text starts that way (``casingscan``: the capital positions,
``textscan.scan_marks``: a rare mark).

``prefixes(pattern, offset, width)`` is the set of strings a match's characters from ``offset``
on must start with: each of ``width`` characters, or shorter where the pattern can end sooner
(a short string then stands for "this, then anything"). It is a superset: look-behinds and
negative look-aheads are skipped, a look-ahead only narrows, and the strings stop where the
pattern holds what is not read (a class by category, "any character", a back-reference); None
when nothing can be read at the start, without case, or for a set grown past ``_CAP``.
A position whose text starts with none of the strings cannot hold a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mtlint.checks.textscan import trie_pattern

try:  # Python's private regex parser tells which strings a pattern can start with.
    from re import _constants as sre
    from re import _parser

    _ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - a Python that moved them
    # Every position is then tried: the same matches, only slower.
    _parser = None

# More strings than this, or a class of more characters than a few scripts' letters: unknown.
_CAP = 4096
_WIDEST_RANGE = 0x3000
_DEPTH = 60


class _UnreadError(Exception):
    """The pattern holds something whose first characters are not read."""


class _TooManyError(Exception):
    """More strings than ``_CAP``: read the pattern narrower (fewer characters wide)."""


@lru_cache(maxsize=512)
def prefixes(pattern: re.Pattern[str], offset: int, width: int) -> frozenset[str] | None:
    """The strings (1 to ``width`` characters) the text at a match's start + ``offset`` starts
    with, one of them at least, when the pattern opens with ``offset`` literal characters (after
    any look-behind); None when unknown or when a match may consume nothing there."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        while items and items[0][0] in (sre.ASSERT, sre.ASSERT_NOT):
            items.pop(0)
        if len(items) <= offset or any(op != sre.LITERAL for op, _ in items[:offset]):
            return None
        done, ended = _starts(items[offset:], width, 0)
    # A private parser whose items changed shape reads as "unknown": every position is tried.
    except (_TooManyError, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    found = done | ended
    return None if "" in found else frozenset(found)


# What a run of parsed items starts with: strings after which nothing more is read ("done":
# ``width`` characters, or fewer where an item is not read), and strings after which the items
# ended ("ended": what follows them comes from the items after). Both say "the text starts with
# this".
_Starts = tuple[set[str], set[str]]


def _starts(items: list, width: int, depth: int) -> _Starts:
    if not items:
        return set(), {""}
    if depth > _DEPTH:
        return {""}, set()
    op, value = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH:
        after = _starts(rest, width, depth + 1)
        # A look-ahead ("(?=[ ,])") narrows what follows; look-behinds and the others are
        # skipped (a superset is safe).
        if op == sre.ASSERT and value[0] == 1:
            return _narrowed(after, value[1], width, depth)
        return after
    try:
        head_done, head_ended = _heads(op, value, width, depth)
    except _UnreadError:  # what comes from here on is not read: anything may
        return {""}, set()
    done = set(head_done)
    ended: set[str] = set()
    tails: dict[int, _Starts] = {}
    for head in head_ended:
        if len(head) >= width:
            done.add(head[:width])
            continue
        left = width - len(head)
        if left not in tails:
            tails[left] = _starts(rest, left, depth + 1)
        tail_done, tail_ended = tails[left]
        done.update(head + tail for tail in tail_done)
        ended.update(head + tail for tail in tail_ended)
        if len(done) + len(ended) > _CAP:
            raise _TooManyError
    return done, ended


def _heads(op: object, value: object, width: int, depth: int) -> _Starts:
    """What one parsed item alone starts with (up to ``width`` characters)."""
    if op == sre.LITERAL:
        return set(), {chr(value)}
    if op == sre.IN:
        return set(), _class(value)
    if op == sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = value
        if add_flags & sre.SRE_FLAG_IGNORECASE:
            raise _UnreadError
        return _starts(list(inner), width, depth + 1)
    if op == sre.ATOMIC_GROUP:
        return _starts(list(value), width, depth + 1)
    if op == sre.BRANCH:
        done: set[str] = set()
        ended: set[str] = set()
        for branch in value[1]:
            branch_done, branch_ended = _starts(list(branch), width, depth + 1)
            done |= branch_done
            ended |= branch_ended
        return done, ended
    if op in _REPEATS:
        low, high, inner = value
        inner = list(inner)
        if not high:
            return set(), {""}
        # One repetition, then the others: {low - 1, high - 1} more.
        more = [] if high == 1 else [(op, (max(low - 1, 0), _less(high), inner))]
        done, ended = _starts(inner + more, width, depth + 1)
        return done, ended if low else ended | {""}
    raise _UnreadError


def _less(high: int) -> int:
    return high if high == sre.MAXREPEAT else high - 1


def _class(value: list) -> set[str]:
    chars: set[str] = set()
    for kind, item in value:
        if kind == sre.LITERAL:
            chars.add(chr(item))
        elif kind == sre.RANGE and item[1] - item[0] < _WIDEST_RANGE:
            chars.update(map(chr, range(item[0], item[1] + 1)))
        else:  # a negated class, a category: any letter may come
            raise _UnreadError
    return chars


def _narrowed(after: _Starts, inner: list, width: int, depth: int) -> _Starts:
    """``after`` (what the pattern consumes next) where a look-ahead of ``inner`` holds: both
    say "the text starts with this", so a pair that agrees keeps the longer string — as
    "done" when it is the look-ahead's (what the pattern consumes after it is then not read)."""
    try:
        ahead_done, ahead_ended = _starts(list(inner), width, depth + 1)
    except _TooManyError:
        return after
    ahead = ahead_done | ahead_ended
    after_done, after_ended = after
    longest = max(map(len, ahead), default=0)
    done: set[str] = set()
    ended: set[str] = set()
    for kind, strings in ((done, after_done), (ended, after_ended)):
        for one in strings:
            # A look-ahead's string that ``one`` starts with: ``one`` stands as it is.
            if any(one[:size] in ahead for size in range(min(len(one), longest) + 1)):
                kind.add(one)
            # A longer one that starts with ``one``: the text starts with that.
            if len(one) < longest:
                done.update(two for two in ahead if len(two) > len(one) and two.startswith(one))
    return done, ended


def starts_with_any(text: str, strings: frozenset[str], width: int) -> bool:
    """``text`` (at most ``width`` characters) starts with one of ``strings``."""
    return any(text[:size] in strings for size in range(width, 0, -1))


def led_words(words: Iterable[str], not_after: str) -> str:
    """A pattern for ``(?<!not_after)(?:words)`` (``not_after``: one character's class, as
    "\\w" or "[\\w\\-]"; no word empty) that opens with the words' first characters: each
    branch is a first character, the look-behind after it (on that character and the one
    before), then the rests as a trie (the longest first, as a longest-first alternation). A
    pattern that opens with a look-behind is tried at every character of the text; one led by
    literals is skipped to at C speed (MT266, MT309, MT239 on 50 MB: seconds saved each)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = [
        re.escape(first) + f"(?<!{not_after}{re.escape(first)})" + trie_pattern(rest)
        for first, rest in sorted(rests.items())
    ]
    return "(?:" + "|".join(branches) + ")"


def opens_sentence(text: str, at: int) -> bool:
    """Whether a match of ``(?:^|[.!?]\\s*|\\n)`` (MULTILINE) can end at ``at``: the text's
    or a line's start, or a sentence's mark and any whitespace before it. A pattern led by
    that alternation is tried at every character (its "^" gives the scan no first character
    to skip to); the same pattern led by what follows it, with this test, finds the same
    places at C speed."""
    if not at or text[at - 1] == "\n":
        return True
    before = at
    while before and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in ".!?"
