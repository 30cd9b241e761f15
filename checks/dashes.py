"""Dashes that MT and detokenisers glue to the words inside a parenthesis ("the war -which
began in 2014- has killed"): where such a pair stands (MT213 reports it; MT109 leaves both
halves alone, since removing the space would make a compound of them)."""

from __future__ import annotations

import heapq
import re

from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import chunk_text, scan_marks, spaced_hyphen_matches

# A dash after a word and a space, glued to a lower-case word (led by the dash, a literal); in
# the chunk text, a chunk that starts with the dash and a lower-case letter.
_OPENERS = {d: re.compile(rf"{d}(?<=\w {d})(?=[^\W\d_A-Z]{{2}})") for d in "-–—"}
_CHUNK_OPENER = {d: re.compile(rf"{d}(?<=\n{d})[^\W\d_A-Z]") for d in "-–—"}
# The dash that closes it in the same sentence: glued to the word before, a space or a comma
# after it; no sentence end, line break or other dash between.
_CLOSER = re.compile(r"[^.!?\n\-–—]{3,150}?(?<=[^\W_])([-–—])(?=[ ,;])")
# "pre- and post-war": a suspended compound after the closing hyphen, no parenthesis.
_SUSPENDED = re.compile(r"[-–—] (?:and|or|to|nor)\b")
# The word before the opening dash: a prefix of a compound split by MT ("anti -war"), MT109's.
_PREFIX_WORD = re.compile(r"(\w+) $")
PREFIXES = frozenset(
    {"anti", "pro", "non", "pre", "post", "ex", "self", "co", "mid", "semi", "multi", "inter"}
)


def dash_pairs(document: Document) -> tuple[tuple[int, int], ...]:
    """The (opening, closing) offsets of dashes glued to the inside of a parenthesis, computed
    once per document."""

    def build() -> tuple[tuple[int, int], ...]:
        # An opening dash starts a chunk, glued to a lower-case letter: ask the document's
        # distinct chunks which dashes do (usually none), then scan the text for those only.
        lines = chunk_text(document)
        dashes = [d for d in "-–—" if _CHUNK_OPENER[d].search(lines)]
        return tuple(_pairs(document, dashes)) if dashes else ()

    return document.analysis.get("dash_pairs", build)


def _pairs(document: Document, dashes: list[str]) -> list[tuple[int, int]]:
    text = document.text
    found = []
    # A hyphen-minus opener has a space before it: tried at the shared spaced hyphens.
    scans = [scan_marks(document, [_OPENERS[d] for d in dashes if d != "-"])]
    if "-" in dashes:
        scans.append(spaced_hyphen_matches(document, _OPENERS["-"]))
    for opener in heapq.merge(*scans, key=re.Match.start):
        at = opener.start()
        word = _PREFIX_WORD.search(text, max(0, at - 20), at)
        if word is not None and word.group(1).lower() in PREFIXES:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip():
            continue  # a list bullet
        closer = _CLOSER.match(text, at + 1)
        if closer is None or " " not in text[at + 1 : closer.start(1)]:
            continue
        end = closer.start(1)
        if _SUSPENDED.match(text, end) or text[end] != text[at]:
            continue
        found.append((at, end))
    return found


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")


def compound_head(heads: frozenset[str], right: str, text: str, end: int) -> bool:
    """Whether ``right`` (the word after a spaced hyphen or dash, ending at ``end``) is the head
    of a compound adjective the language writes with a hyphen ("-based", "-oriented", "-scale":
    ``compound_adjective_heads`` in resources/typography) and a word follows it that is no
    function word of ``heads``' language (the noun the compound qualifies: "City – based
    Consulate", "full -scale war"; not "– based on surveys –", a parenthesis)."""
    if right.lower() not in heads:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() not in _NOT_QUALIFIED


def function_word(word: str) -> bool:
    """Whether ``word`` is a preposition, article, determiner or conjunction, which no compound
    adjective ("full -scale") starts with: "the -based flag" is a command-line option."""
    return word.lower() in _NOT_QUALIFIED


# Words after "based", "led", "run" … that make them a participle of a clause, not a compound.
_NOT_QUALIFIED = frozenset(
    {"on", "in", "at", "by", "upon", "for", "from", "with", "to", "of", "and", "or", "but"}
    | {"the", "a", "an", "that", "which", "who", "as", "is", "was", "are", "were", "it"}
    # A determiner opens a noun phrase of its own: "pofilter - run any of the checks".
    | {"any", "all", "some", "each", "every", "this", "these", "those", "your", "my", "our"}
    | {"their", "its", "his", "her", "more", "out", "up", "away", "down"}
)
