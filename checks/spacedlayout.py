"""Runs of spaces that a plain-text file uses as markup, not as a doubled space.

Typed manuals, tutorials and help text set a command, a key or a placeholder off by two spaces
on each side where Markdown would use backticks ("press the  j  key", "type  :wq <ENTER>  to
save", "Tippe  dw  , um …"), and line up a table's columns with runs of spaces ("DCC LIST       -
shows the list" over "DCC CHAT <nick>  - offers a chat"). MT106 reads both as doubled spaces:
Vim's tutor in six languages drew 841 of them (h31files). What tells them apart is the
document's own evidence:

- a *set-off token*: two runs on one line with a short stretch between them (at most
  ``_TOKEN`` characters, no run inside). The document uses the convention when at least
  ``_CONVENTION`` of its set-off tokens read as code (a character other than a letter, a digit
  with letters, one or two letters, or capitals: ``:q!``, ``dw``, ``x``, ``CTRL-R``); then every
  set-off token's runs are markup. MT's doubled spaces fall one here and there, never paired
  around a command throughout a text. A token with sentence punctuation ("ahead.", "high,")
  is prose, never code; and the convention is read only in typed plain text (lines of at most
  ``_TYPED_WIDTH`` columns: a typed or hard-wrapped file), never in MT's long paragraph lines
  or in another format, where two doubled spaces a few words apart are MT's own;
- an *aligned column*: a run that ends at the display column where a run of the line above or
  below ends (the next column of a table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from mtlint.checks.repeats import text_shapes
from mtlint.checks.wrapping import columns

if TYPE_CHECKING:
    from mtlint.checks.documents.base import Document

# A run of two or more spaces between two non-space characters (MT106's own runs).
# Led by the two spaces (a look-behind first was tried at every character).
_RUN = re.compile(r"  (?<=\S  )(?<!   ) *+(?=\S)")
# A set-off token closed by one space before a mark ("type  p . This", "press  G ,").
_HALF_CLOSED = re.compile(r"(\S{1,12}) [.,;:!?)]")

_TOKEN = 25
# The longest line (95th percentile) of a typed plain text: wrapping.py's widest fill column.
_TYPED_WIDTH = 100
_TYPED_SAMPLE = 20_000
_ROW_REACH = 1000
_CONVENTION = 3
# A token that reads as code: a character other than a letter or a space, or a digit.
_CODE_CHAR = re.compile(r"[^\w\s]|\d")


# Sentence punctuation: a mark after a word of two letters or more, before a space or the
# end ("ahead.", "high,"); a command's own marks (":wq", ":q!", "CTRL-R") are not.
_SENTENCE_MARK = re.compile(r"[^\W\d_]{2}[.,;!?](?!\S)")


def _code_like(token: str) -> bool:
    if _SENTENCE_MARK.search(token):
        return False
    return bool(_CODE_CHAR.search(token)) or len(token) <= 2 or token.isupper()


def _typed(document: Document) -> bool:
    """Plain text in typed lines (a manual, a tutorial, a hard-wrapped file): at least two
    lines, nearly all of at most ``_TYPED_WIDTH`` columns."""
    if document.format != "text":
        return False
    lines = [line for line in document.text[:_TYPED_SAMPLE].splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    lengths = sorted(columns(line) for line in lines)
    return lengths[int(0.95 * (len(lengths) - 1))] <= _TYPED_WIDTH


def document_markup_runs(document: Document) -> frozenset[int]:
    """``layout_runs`` of the document's text, computed once (MT104 and MT106 both ask)."""

    def compute() -> frozenset[int]:
        text = document.text
        # The first two spaces: read by the repetition pass of a large text (a search for
        # "  " reads all of a text without one: ~0.08 s on 50 MB); no run starts before it.
        shapes = text_shapes(document)
        first = text.find("  ") if shapes is None else shapes.double_space
        if first < 0:
            return frozenset()
        runs = [match.span() for match in _RUN.finditer(text, first)]
        if len(runs) < 2:
            return frozenset()
        return frozenset(layout_runs(text, runs, set_off=_typed(document)))

    return document.analysis.get("markup_runs", compute)


def layout_runs(text: str, runs: Sequence[tuple[int, int]], *, set_off: bool = True) -> set[int]:
    """Starts of the runs (``(start, end)`` of runs of two or more spaces between non-space
    characters, in text order) that set a token off or line up a column, and of the single
    space that closes a set-off token before a mark ("type  p . This"). ``set_off`` False:
    columns only (a text not typed, where set-off tokens are not read)."""
    if not set_off:
        return _aligned(text, runs)
    set_off_runs: set[int] = set()
    code_tokens = 0
    for (start, end), (next_start, _next_end) in pairwise(runs):
        token = text[end:next_start]
        if len(token) > _TOKEN or "\n" in token:
            continue
        set_off_runs.update((start, next_start))
        code_tokens += _code_like(token)
    if code_tokens < _CONVENTION:
        return _aligned(text, runs)
    for start, end in runs:
        half = _HALF_CLOSED.match(text, end)
        if start not in set_off_runs and half is not None and _code_like(half.group(1)):
            set_off_runs.update((start, half.end(1)))
    return set_off_runs | _aligned(text, runs)


def _aligned(text: str, runs: Sequence[tuple[int, int]]) -> set[int]:
    """Runs that end at the display column where a run of the line above or below ends. A run
    further than ``_ROW_REACH`` characters into its line is no table's column (reading the line
    up to each run made a long one-line text quadratic)."""
    ends_by_line: dict[int, set[int]] = {}
    placed: list[tuple[int, int, int]] = []  # (run start, line start, end column)
    for start, end in runs:
        reach = max(0, start - _ROW_REACH)
        line_start = text.rfind("\n", reach, start) + 1
        if not line_start and reach:
            continue
        column = columns(text[line_start:end])
        ends_by_line.setdefault(line_start, set()).add(column)
        placed.append((start, line_start, column))
    aligned: set[int] = set()
    neighbours_of: dict[int, tuple[int, int]] = {}
    for start, line_start, column in placed:
        neighbours = neighbours_of.get(line_start)
        if neighbours is None:
            above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
            below = text.find("\n", line_start)
            neighbours = (above, below + 1 if below != -1 else -1)
            neighbours_of[line_start] = neighbours
        if any(
            n >= 0 and n != line_start and column in ends_by_line.get(n, ()) for n in neighbours
        ):
            aligned.add(start)
    return aligned
