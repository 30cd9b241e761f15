"""Scanning helpers of the casing rules (MT301–MT305): the words around a match, and the
places where a capital follows a space mid-sentence (found once per document and shared).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import repeat
from operator import attrgetter, itemgetter

from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.repeats import text_shapes
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import chunk_text, led_matches, looks_technical, trie_pattern
from mtlint.checks.wordgate import offset_array

try:  # Python's private regex parser tells which letters a pattern can start with.
    from re import _constants as sre
    from re import _parser

    _ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - a Python that moved them
    # Every position is then tried: the same matches, only slower.
    _parser = None

_NEXT_WORD = re.compile(r" +([\"“‘(]?)([^\W_][\w'’\-]*)")
# The word before, looking through closing brackets and quotes: "(ants, eggs) Which".
_PREVIOUS_WORD = re.compile(r"([^\W_][\w'’\-]*)[)\]\"”’]*$")


def next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end, end + 60)
    return match.group(2) if match and not match.group(1) else ""


def word_after_particles(text: str, end: int, particles: frozenset[str]) -> str:
    """The first word after ``end`` that is not a name particle ("Van der Laan" → "Laan")."""
    for _ in range(3):
        match = _NEXT_WORD.match(text, end, end + 60)
        if not match or match.group(1):
            return ""
        if match.group(2).lower() not in particles:
            return match.group(2)
        end = match.end()
    return ""


# Up to the last character that no match of _PREVIOUS_WORD holds.
_UP_TO_NON_WORD = re.compile(r".*[^\w'’\-)\]\"”’]", re.DOTALL)


def previous_word(text: str, start: int) -> str:
    # A match ends at ``start`` (unless "$" matches before a line break there), so it starts
    # after the last character it cannot hold: the search starts there, not 40 characters back
    # where it tried every word in turn (3.7 -> 0.7 µs a call; tens of thousands per 10 MB).
    window = max(0, start - 40)
    if start and text[start - 1] != "\n":
        cut = _UP_TO_NON_WORD.match(text, window, start)
        if cut is not None:
            window = cut.end()
    match = _PREVIOUS_WORD.search(text, window, start)
    return match.group(1) if match else ""


def capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper()


@lru_cache(maxsize=64)
def capital_words_pattern(words: frozenset[str], code: str = "en") -> re.Pattern[str] | None:
    """`` The`` / `` On`` … preceded by a word character and a single space (so never after a
    colon, a quote or sentence punctuation), followed by a space or comma."""
    table = casing_data(code)
    # One-letter words only where the table lists them (Slavic "В", "W", "V").
    forms = sorted(
        {
            table.capitalise(w)
            for w in words
            if " " not in w and (len(w) > 1 or w in table.one_letter_words)
        },
        key=len,
        reverse=True,
    )
    if not forms:
        return None
    # The lookahead for a capital rejects almost every space at once; the word before is checked
    # per match (a leading lookbehind would run at every position of the text).
    # The words as a prefix trie: a capital no word starts with fails after one character.
    return re.compile(f" (?=[{UPPER_CLASS}])(" + trie_pattern(forms) + r")(?=[ ,])")


MATCH_START = re.Match.start


def in_text(document: Document, needle: str) -> bool:
    """``needle in document.text``. A needle without whitespace lies within one chunk, so the
    chunk text (the distinct chunks, a fraction of the text) answers at once."""
    if any(map(str.isspace, needle)):
        return needle in document.text
    return needle in chunk_text(document)


START_OF = attrgetter("start")
PLUS_ONE = (1).__add__


_BLANK_LINE_BEFORE = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)[ \t]*$")


def after_blank_line(text: str, start: int) -> bool:
    """At the start of the text, or after a blank line (not a single line break)."""
    before = text[max(0, start - 200) : start]
    if start <= 200 and not before.strip():
        return True
    return _BLANK_LINE_BEFORE.search(before) is not None


def after_word(text: str, offset: int) -> bool:
    """A word ends right before ``offset`` (the space before a capital) — and the capital is
    not inside a run of words in capitals ("COMPORTAMIENTO Y MOVIMIENTO"), where no capital
    says anything."""
    if not (offset > 0 and text[offset - 1].isalnum()):
        return False
    if not text[max(0, offset - 2) : offset].isupper():
        return True
    after = _WORD_AFTER_NEXT.match(text, offset)
    return after is None or not (len(after.group(1)) > 1 and after.group(1).isupper())


# The word after the next one: " Y MOVIMIENTO" → "MOVIMIENTO".
_WORD_AFTER_NEXT = re.compile(r" \S+ ([^\W\d_]+)")


# A space between a word character (or a closing quote or bracket) and a capital A-Z: where
# MT301, MT302 and MT303 look for capitals mid-sentence. Each used to scan the whole text for
# its own " (?=[A-Z])…" pattern and drop the matches after anything else; the positions are now
# found once per document, and each rule matches its pattern only there. The class before the
# space holds every character a rule accepts there: isalnum() (MT301, MT302), islower() (MT303:
# "\w" and the lower-case non-letters U+0345 and ⓐ-ⓩ; a test checks every code point), and ”
# ) " (MT302's relative pronoun after a quoted name).
MID_CAPITAL_BEFORE = '[\\w\u0345\u24d0-\u24e9”)"]'
_MID_CAPITAL = re.compile(f" (?=[{UPPER_CLASS}])(?<={MID_CAPITAL_BEFORE} )")


def _mid_capitals(document: Document) -> array:
    """``_MID_CAPITAL``'s match starts, once per document: for a large text read from the
    repetition pass's arrays (``repeats.text_shapes``), else scanned."""

    def build() -> array:
        shapes = text_shapes(document)
        if shapes is not None:
            return shapes.mid_capitals
        text = document.text
        positions = offset_array(len(text))
        positions.extend(map(re.Match.start, _MID_CAPITAL.finditer(text)))
        return positions

    return document.analysis.get("mid_capitals", build)


def mid_capital_matches(document: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` less the matches whose space does not follow a
    character of ``_MID_CAPITAL``'s class (which every caller skips). ``pattern`` starts with
    " (?=[A-Z])" and no later space in a match is followed by A-Z (its words have no space, or
    are capitalised with ``str.capitalize``), so its matches never overlap: the finditer matches
    are exactly the positions where ``pattern.match`` succeeds."""
    text = document.text
    positions = _mid_capitals(document)
    return filter(
        None, map(pattern.match, repeat(text), _led_by(document, "mid", positions, 1, pattern))
    )


def _led_by(
    document: Document, key: str, positions: array, offset: int, pattern: re.Pattern[str]
) -> Iterator[int] | array:
    """``positions`` less those where ``pattern`` cannot match because the character
    ``offset`` places on (the capital after the space) is none its words start with: a pattern
    for a few words ("Said|Told") is then tried at a few of the shared positions, not at every
    one (~150 ns a try). The characters at ``positions`` + ``offset`` are read once per
    document, as one string, and counted; the positions whose character is a first letter are
    found by a regex scan of that string (C speed). A pattern whose first letters cannot be
    read, or that may start at most positions anyway, is tried everywhere."""
    first = _first_letters(pattern, offset)
    if first is None:
        return positions
    heads, counts = document.analysis.get(
        f"capital_heads{key}", lambda: _heads(document.text, positions, offset)
    )
    present = sorted(char for char in counts if char in first)
    if sum(counts[char] for char in present) * 2 > len(positions):
        return positions
    if not present:
        return iter(())
    led = re.compile("[" + re.escape("".join(present)) + "]")
    return map(positions.__getitem__, map(re.Match.start, led.finditer(heads)))


def _heads(text: str, positions: array, offset: int) -> tuple[str, Counter[str]]:
    # The characters taken by one itemgetter (a tuple built in C: ~0.035 -> 0.02 s for the
    # 200,000 positions of 50 MB); one position or none the plain way (no tuple then).
    at = list(map(offset.__add__, positions))
    heads = "".join(itemgetter(*at)(text)) if len(at) > 1 else "".join(map(text.__getitem__, at))
    return heads, Counter(heads)


class LayoutSkip:
    """The casing rules' common skip: a span in a headline or title-case line, or inside a URL,
    handle or file name. The ParagraphIndex is built on the first question only (most
    documents give a rule no candidate at all)."""

    __slots__ = ("_document", "_paragraphs")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._paragraphs: ParagraphIndex | None = None

    def headline(self, offset: int) -> bool:
        """``offset`` lies in a headline or title-case line."""
        if self._paragraphs is None:
            document = self._document
            self._paragraphs = ParagraphIndex(document.text, document.paragraphs)
        return self._paragraphs.is_headline(offset)

    def __call__(self, start: int, end: int, headline_at: int | None = None) -> bool:
        """A headline at ``headline_at`` (default ``start``), or ``start:end`` looks technical."""
        return self.headline(start if headline_at is None else headline_at) or looks_technical(
            self._document.text, start, end
        )


# A comma or a semicolon, a space and a capital: where MT305 (articles and openers, capitals
# the text writes in lower case) and MT320 (common words) look for a capital after a clause
# mark. Found once per document, one literal-led scan per mark; each rule matches its pattern
# only at these positions. Led by the mark alone, the space in the look-ahead: the regex engine
# jumps between occurrences of a one-character literal faster than of a two-character one
# (0.071 -> 0.043 s for both marks on 50 MB; the same positions).
_MARK_CAPITALS = {mark: re.compile(f"{mark}(?= [{UPPER_CLASS}])") for mark in ",;"}


def mark_capital_matches(
    document: Document, mark: str, pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` for a pattern that starts with ``mark`` ("," or ";")
    and a space before a capital: matched only where the shared scan found that shape."""
    text = document.text
    # A semicolon is rare: its scan is led by the shared offsets of the mark (a comma is not:
    # the regex scan is cheaper there, and a large text's commas before a capital are read from
    # the repetition pass's arrays, ``repeats.text_shapes``).
    scan = (
        partial(led_matches, document, _MARK_CAPITALS[mark], mark)
        if mark == ";"
        else partial(_MARK_CAPITALS[mark].finditer, text)
    )

    def build() -> array:
        shapes = text_shapes(document) if mark == "," else None
        if shapes is not None:
            return shapes.comma_capitals
        positions = offset_array(len(text))
        positions.extend(map(re.Match.start, scan()))
        return positions

    positions = document.analysis.get(f"mark_capitals{mark}", build)
    led = _led_by(document, f"mark{mark}", positions, 2, pattern)
    return filter(None, map(pattern.match, repeat(text), led))


@lru_cache(maxsize=512)
def _first_letters(pattern: re.Pattern[str], offset: int) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can have ``offset`` places after its start, when
    the pattern opens with ``offset`` literal characters (after any look-behind) and what
    follows them must start with one of a known set (a literal, a class of literals and ranges,
    alternatives of those); else None. Look-arounds are skipped (a superset is safe: the
    positions it keeps are still tried with the pattern itself)."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        while items and items[0][0] in _ZERO_WIDTH:
            items.pop(0)
        if len(items) <= offset or any(op != sre.LITERAL for op, _ in items[:offset]):
            return None
        codes = _first_codes(items[offset:], 0)
    # A private parser whose items changed shape reads as "unknown": every position is tried.
    except (re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return frozenset(map(chr, codes)) if codes else None


def _zero_width_group(op: object, value: object) -> bool:
    """A group or an alternation of look-arounds only ("(?:(?<=a )|(?<=b ))"): it consumes
    nothing, so the first character comes after it."""
    if op == sre.SUBPATTERN:
        return all(inner in _ZERO_WIDTH for inner, _ in value[3])
    if op == sre.BRANCH:
        return all(
            branch and all(inner in _ZERO_WIDTH for inner, _ in branch) for branch in value[1]
        )
    return False


def _first_codes(sequence: list, depth: int) -> set[int] | None:
    """The code points the first consumed character of ``sequence`` (parsed items) can be;
    None when unknown or when the sequence can match the empty string."""
    for op, value in sequence:
        if op in _ZERO_WIDTH or _zero_width_group(op, value):
            continue
        if depth > 40:
            return None
        if op == sre.LITERAL:
            return {value}
        if op == sre.IN:
            codes: set[int] = set()
            for kind, item in value:
                if kind == sre.LITERAL:
                    codes.add(item)
                elif kind == sre.RANGE and item[1] - item[0] < 0x3000:
                    codes.update(range(item[0], item[1] + 1))
                else:  # a negated class, a category: any letter may come
                    return None
            return codes
        if op == sre.SUBPATTERN:
            _group, add_flags, _del_flags, inner = value
            return None if add_flags & sre.SRE_FLAG_IGNORECASE else _first_codes(inner, depth + 1)
        if op == sre.ATOMIC_GROUP:
            return _first_codes(value, depth + 1)
        if op == sre.BRANCH:
            union: set[int] = set()
            for branch in value[1]:
                codes_of = _first_codes(branch, depth + 1)
                if codes_of is None:
                    return None
                union |= codes_of
            return union
        if op in _REPEATS:
            low, _high, inner = value
            return _first_codes(inner, depth + 1) if low >= 1 else None
        return None
    return None
