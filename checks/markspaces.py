"""The space a language writes inside guillemets and before high punctuation (French « oui »,
« Pourquoi ? »): one scan per document and group of marks, read by MT216 (a space missing where
the document mostly writes it), MT149 (a space written where the document mostly leaves it out)
and MT242 (a space missing where the document shows no house style of its own).

The marks are data (``spaced_marks`` in resources/typography/<lang>.json, in groups judged
apart: a house style may space ? ! and glue « »).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import chunk_around, language_data, text_characters
from mtlint.checks.typography import table

SPACES = " \u00a0\u202f"
# MT216 and MT149 judge a document that writes one form at least this many times, and at
# least this many times as often as the other.
MIN_USES = 4
MAJORITY = 3
_MARKUP = "%&:;{}[]<>=/\\_|*#@$`^~"


@dataclass(frozen=True)
class GroupScan:
    """The marks of one group in a document: the offsets of those written with their space and
    of those glued, in text order, and how often each kind of space was written. A mark takes
    its space before it (";:!?»": ``text[at] in before``) or after it ("«")."""

    before: str
    after: str
    spaced: array[int]
    glued: array[int]
    spaces: Counter[str]

    def space_before(self, text: str, at: int) -> bool:
        return text[at] in self.before

    def mostly_spaced(self) -> bool:
        """MT216's test: the document writes the space, and leaves it out only here and there."""
        total = len(self.spaced)
        return bool(self.glued) and total >= MIN_USES and total >= MAJORITY * len(self.glued)

    def mostly_glued(self) -> bool:
        """MT149's test: the document leaves the space out, and writes it only here and there."""
        total = len(self.glued)
        return bool(self.spaced) and total >= MIN_USES and total >= MAJORITY * len(self.spaced)


@lru_cache(maxsize=16)
def _pattern(before: str, after: str) -> re.Pattern[str]:
    """A mark that takes a space before it (after a space or a letter), or an opening mark
    that takes one after it (before a space or a letter)."""
    parts = []
    if before:
        # Led by the mark, the character before it checked after (a look-behind first was
        # tried at every character: the two French scans 0.27 → 0.03 s per 3 MB).
        marks = re.escape(before)
        parts.append(rf"[{marks}](?<=[{SPACES}][{marks}]|[^\W_][{marks}])(?![^\W_])")
    if after:
        parts.append(rf"[{re.escape(after)}](?=[{SPACES}]|[^\W_])")
    return re.compile("|".join(parts), re.MULTILINE)


def markup(text: str, at: int) -> bool:
    """Whether the mark at ``at`` belongs to markup or a placeholder: its chunk holds another
    such mark or a character of code (":maxdepth:", "%s:%s", "&#169;", "{n}:")."""
    start, end = chunk_around(text, at, at + 1)
    chunk = text[start:at] + text[at + 1 : end]
    return any(c in _MARKUP for c in chunk)


def _scan(text: str, before: str, after: str) -> GroupScan:
    spaced, glued = array("q"), array("q")
    spaces: Counter[str] = Counter()
    for match in _pattern(before, after).finditer(text):
        at = match.start()
        space = text[at - 1 : at] if text[at] in before else text[at + 1 : at + 2]
        if space and space in SPACES:
            spaced.append(at)
            spaces[space] += 1
        else:
            glued.append(at)
    return GroupScan(before, after, spaced, glued, spaces)


def group_scans(document: Document) -> tuple[GroupScan, ...]:
    """Each of the language's groups of spaced marks that the text holds a mark of, scanned
    once per document; none in a catalogue, whose units come from many hands (no one
    convention to hold)."""
    return document.analysis.get("mark_space_groups", lambda: tuple(_groups(document)))


def _groups(document: Document) -> Iterator[GroupScan]:
    groups = table(language_data(document), "spaced_marks")
    if not isinstance(groups, list) or document.units:
        return
    characters = text_characters(document)
    for group in groups:
        before, after = str(group.get("before", "")), str(group.get("after", ""))
        if any(m in characters for m in before + after):
            yield _scan(document.text, before, after)
