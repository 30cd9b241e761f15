"""Document evidence for MT607 (checks/rules/diacritics.py): a word the text writes both with
and without its marks.

Machine translation through a step that strips marks, and pages assembled from sources of which
one lost them, leave a text that writes "în" nine times and "in" twice, "după" and "dupa": the
text's own majority says which spelling is its language's. The evidence holds where wordfreq's
list cannot tell (the web writes Romanian without marks so often that "in" is everyday there),
and it is each document's own, so it moves to every language MT607 serves.
"""

from __future__ import annotations

import bisect
import re

from mtlint.checks.textscan import find_words
from mtlint.checks.wordlists import wordfreq_zipf as zipf_frequency

# The marked twin at least this much (Zipf) above the bare form even with the text's evidence:
# two words of the language ("ca"/"că" 0.2, "sa"/"să" 0.7, Polish "ze"/"że" 0.6, Spanish
# "aun"/"aún" 0.3) stay below it; lost marks ("in"/"în" 1.3, "si"/"și" 0.9) reach it.
TWIN_GAP = 0.8
# The twin written at least this often, and more often than the bare form.
TWIN_USES = 2


def _uses(found: dict[str, list[tuple[int, int]]], word: str) -> int:
    capital = word[:1].upper() + word[1:]
    return len(found.get(word, ())) + len(found.get(capital, ()))


def written_twins(text: str, pairs: dict[str, str], language: str) -> frozenset[str]:
    """The bare forms of ``pairs`` (bare form, lower case → its marked twin) whose twin the text
    writes at least ``TWIN_USES`` times and more often than the bare form itself (either with a
    capital first letter or without), and that stand once at least in the language's own
    phrase (``native_context``)."""
    if not pairs:
        return frozenset()
    wanted: set[str] = set()
    for bare, twin in pairs.items():
        for word in (bare, twin):
            wanted.update((word, word[:1].upper() + word[1:]))
    found = find_words(text, wanted)
    return frozenset(
        bare
        for bare, twin in pairs.items()
        if _uses(found, twin) >= TWIN_USES
        and _uses(found, twin) > _uses(found, bare)
        and any(native_context(text, end, language) for _, end in found.get(bare, ()))
    )


# The word after a bare form, when the text's evidence alone reports it: a word of the
# language at least this common, and commoner there than in English ("in cariera", "in 1994";
# not a Latin or English phrase the language quotes: "in vivo", "in situ", "in the").
_NEXT_ZIPF = 3.5
_NEXT_WORD = re.compile(r"[ \t]+(\d|[^\W\d_]+)")


def native_context(text: str, end: int, language: str) -> bool:
    """The word after ``end`` is a number or a common word of ``language`` that English uses
    less: the bare form stands in the language's own phrase."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    if word.isdigit():
        return True
    own = zipf_frequency(word, language)
    return own >= _NEXT_ZIPF and own >= zipf_frequency(word, "en")


# A form wordfreq never saw is a lost mark only in a text whose own twins prove it lost marks
# (``written_twins`` found one), and only when its marked twin is this everyday: Romanian
# "artistica", "considerata" beside "in" for "în" in the same text. In a text that keeps its
# marks such forms are inflections wordfreq lacks ("ridicam", "derivata", "satira": h30ml).
_UNSEEN_TWIN = 4.0
# ... and only in the stretch of text the proof stands in (a sentence or two from a lossy
# source): a concatenation of clean texts with one valid bare word ("să intre") proves nothing
# about a paragraph far away ("prezentei", an inflection wordfreq lacks).
_PROVEN_REACH = 160
_UNSEEN_LETTERS = 5


def unseen_in_lossy_text(word: str, best: float) -> bool:
    """``word`` (a form wordfreq never saw, its marked twin at Zipf ``best``) may be read as a
    lost mark once the text's own twins prove it lossy: a lower-case word of five letters or
    more, no English word, its twin everyday."""
    return (
        len(word) >= _UNSEEN_LETTERS
        and word.islower()
        and best >= _UNSEEN_TWIN
        and zipf_frequency(word, "en") < _NEXT_ZIPF
    )


def near_proven(start: int, proven: list[int]) -> bool:
    """A bare form the text's twins proved lost (at the sorted offsets ``proven``) stands within
    ``_PROVEN_REACH`` characters of ``start``."""
    at = bisect.bisect_left(proven, start - _PROVEN_REACH)
    return at < len(proven) and proven[at] <= start + _PROVEN_REACH
