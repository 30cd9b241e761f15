"""Scanning helpers of the casing rules (MT301–MT305): the words around a match, and the
places where a capital follows a space mid-sentence (found once per document and shared).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import chain, repeat
from operator import attrgetter

from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.regexprefix import prefixes, starts_with_any
from mtlint.checks.repeats import text_shapes
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import chunk_text, led_matches, looks_technical, trie_pattern
from mtlint.checks.wordgate import offset_array

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


def after_word_capital_matches(
    document: Document, word: str, pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` for a pattern that opens with " ``word`` " before a
    capital (" and (?:[A-Z][a-z]+ ){1,3}Bureau"): the space after ``word`` is one of the shared
    capital positions (``_mid_capitals``: a word character before it), so the pattern is tried
    only where ``word`` ends at one of them (a slice compare each, at C speed) and skips the
    places inside its last match as finditer does. ``word`` is a lower-case word ("and", "of")
    and the pattern's capital is one of ``UPPER_CLASS``: the same matches, without a scan of
    the whole text for a frequent literal (" and ": 0.11 -> 0.035 s on 50 MB)."""
    text = document.text
    lead = f" {word}"
    size = len(lead)
    startswith = text.startswith
    end = 0
    match = pattern.match
    for space in _mid_capitals(document):
        at = space - size
        if at < end or not startswith(lead, at):
            continue
        found = match(text, at)
        if found is not None:
            end = found.end()
            yield found


def _led_by(
    document: Document, key: str, positions: array, offset: int, pattern: re.Pattern[str]
) -> Iterator[int] | array | list[int]:
    """``positions`` less those where ``pattern`` cannot match because the text ``offset``
    places on (the capital after the space) starts with none of the strings its matches start
    with (``regexprefix.prefixes``, up to ``_KEY_WIDTH`` characters): a pattern for some words
    ("Said|Told", a trie of 150 words) is then tried at a few of the shared positions, not at
    every one (~150-250 ns a try, the call itself). The positions are grouped once per document
    by the ``_KEY_WIDTH`` characters there (``_groups``); a pattern takes the groups whose key
    starts with one of its strings, merged in text order. A pattern whose strings cannot be
    read, that may start at most positions anyway, or too long to be worth reading (the
    document's own tries of thousands of words on varied text), is tried everywhere."""
    if len(positions) < _GROUP_FROM or len(pattern.pattern) * _READ_COST > len(positions):
        return positions
    strings = _pattern_strings(pattern, offset)
    if strings is None:
        return positions
    groups = document.analysis.get(
        f"capital_keys{key}", lambda: _groups(document.text, positions, offset)
    )
    chosen = [group for head, group in groups.items() if starts_with_any(head, strings, _KEY_WIDTH)]
    if sum(map(len, chosen)) * 4 > len(positions) * 3:
        return positions
    if len(chosen) < 2:
        return chosen[0] if chosen else iter(())
    return sorted(chain.from_iterable(chosen))


# The shared capital positions are grouped by the four characters after the space; a text with
# fewer positions than _GROUP_FROM tries each pattern at all of them (grouping costs more there).
_KEY_WIDTH = 4
_GROUP_FROM = 256
# Reading a pattern's start strings costs about as much per character of the pattern as this
# many tries at a position (1.2 against 0.2 µs: Python's regex parser): a longer pattern than
# the positions / _READ_COST is tried everywhere (10 MB of varied text: two tries of 15,000 and
# 31,000 characters cost 0.06 s to read, more than their screen saves at 41,000 positions).
_READ_COST = 6


def _pattern_strings(pattern: re.Pattern[str], offset: int) -> frozenset[str] | None:
    """The pattern's start strings, as wide as can be read: a class of letters followed by
    another ("[A-Z][a-z]{4,}") is too many strings four characters wide, not one wide."""
    for width in (_KEY_WIDTH, 2, 1):
        strings = prefixes(pattern, offset, width)
        if strings is not None:
            return strings
    return None


def _groups(text: str, positions: array, offset: int) -> dict[str, array]:
    """The positions by the ``_KEY_WIDTH`` characters ``offset`` places on (fewer at the text's
    end), each group in text order. The keys are made one at a time (~250 distinct ones on
    the 50 MB benchmark's 207,000 positions, a few thousand on varied text)."""
    groups: dict[str, array] = {}
    width = offset + _KEY_WIDTH
    keys = map(
        text.__getitem__, map(slice, map(offset.__add__, positions), map(width.__add__, positions))
    )
    for position, head in zip(positions, keys, strict=True):
        group = groups.get(head)
        if group is None:
            group = groups[head] = offset_array(len(text))
        group.append(position)
    return groups


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


def _first_letters(pattern: re.Pattern[str], offset: int) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can have ``offset`` places after its start, when
    the pattern opens with ``offset`` literal characters (after any look-behind); else None
    (``regexprefix.prefixes`` one character wide)."""
    return prefixes(pattern, offset, 1)
