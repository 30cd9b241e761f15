"""Hard-wrapped plain text: README, INSTALL, FAQ and licence files whose paragraphs are broken
into lines of about 72–80 characters.

A continuation line of such a paragraph is not a new sentence: judged line by line it starts in
lower case ("contributing back to this\\nproject."), splits a bracket pair in two, and a fixer
would "capitalise" it. ``wrap_width`` recognises a hard-wrapped text from its line lengths;
``wrapped_paragraph_spans`` then joins each paragraph's lines, the way a reader does: a line
continues the previous one when the previous line was full (its next word would not have fit),
and a blank line, a list item, a heading underline, a change of indentation or a code-like line
keeps its break.

Widths are display columns, as a text editor fills them: a tab reaches the next multiple of 8
and a wide East Asian character (kanji, kana, hangul, full-width forms) takes two columns, so a
Japanese paragraph filled at 78 columns holds about 39 characters a line (wcwidth, ftfy's own
dependency). Such a line breaks between any two characters: the next line's first character,
not its first space-delimited run, is what did not fit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtlint.checks.documents.base import Document

import re
from collections.abc import Iterator
from itertools import pairwise

from wcwidth import wcwidth

# Only the start of a text is measured: line lengths of a few hundred lines settle the question.
_SAMPLE = 1 << 16
_MIN_LINES = 8
# Wrapped prose lines are at most this long; longer lines mean one paragraph per line.
_WIDTH_RANGE = (40, 100)
# A line is "full" when it, a space and the next line's first word reach this share of the width.
_FULL = 0.8
_TERMINAL = '.!?…:;"”’»)]。！？」』）：；'
_TAB = 8

# An indented "o" is a bullet too (curl's RELEASE-NOTES, plain-text changelogs: " o fix …").
_LIST_ITEM = re.compile(
    r"[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))[ \t]+(?=\S)|[ \t]+o[ \t]+(?=\S)"
)
_RULE_LINE = re.compile(r"[ \t]*([-=*_#~+])\1{2,}[ \t]*$")
# A line that reads as code or a command rather than prose.
_CODE_LINE = re.compile(r"[ \t]*(?:[$#>%] |\./|#include\b|.*(?:[{}]|\);)[ \t]*$)")
_FIRST_WORD = re.compile(r"\S+")
# A paragraph's first line indented this far or less, its next lines at the margin, is one
# paragraph ("  The biggest problem is …⏎conversion mechanism …").
_FIRST_LINE_INDENT = 8


def columns(line: str) -> int:
    """Display columns of a line: tabs expanded to the next multiple of 8, a wide East Asian
    character two columns, a combining mark or control character none."""
    if "\t" in line:
        line = line.expandtabs(_TAB)
    if line.isascii():
        return len(line)
    return sum(max(wcwidth(char), 0) for char in line)


def has_wide(text: str) -> bool:
    """Whether the text holds a wide East Asian character (two display columns)."""
    return not text.isascii() and any(wcwidth(char) == 2 for char in text)


def _next_fit(line: str) -> int:
    """Columns the next line's start needed on the previous line: its first word, or its first
    character where that is wide (CJK text breaks between any two characters)."""
    first_word = _FIRST_WORD.search(line)
    if first_word is None:
        return 0
    word = first_word.group()
    width = wcwidth(word[0])
    return width if width == 2 else columns(word)


def list_item(line: str) -> bool:
    """A line that starts a list item ("- ", "* ", "1. ", "a) ")."""
    return _LIST_ITEM.match(line) is not None


def code_like(line: str) -> bool:
    """A line that reads as code or a shell command rather than prose."""
    return _CODE_LINE.match(line) is not None


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line's content without its line break ("\\n", "\\r\\n" or "\\r")."""
    position = 0
    length = len(text)
    for match in re.finditer(r"\r\n|\r|\n", text):
        yield position, match.start()
        position = match.end()
    if position <= length:
        yield position, length


# A loader whose format ends paragraphs only at blank lines (reST) says so in its
# ``format_data``: every line of a paragraph continues it, however short ("ragged" lines).
RAGGED_LINES = "ragged_lines"
# The fill column assumed for such a text when its lines are too ragged to measure one.
_RAGGED_WIDTH = 79


def document_wrap_width(document: Document) -> int | None:
    """``wrap_width`` of a document's text, computed once per document (the context filters
    and the code-span finder both ask). A text whose format wraps by blank lines is wrapped
    whatever its line lengths."""

    def compute() -> int | None:
        width = wrap_width(document.text)
        if width is None and document.format_value(RAGGED_LINES):
            return _RAGGED_WIDTH
        return width

    return document.analysis.get("wrap_width", compute)


def wrap_width(text: str) -> int | None:
    """The fill column of a hard-wrapped text, or None when its lines are not wrapped prose.

    Wrapped: the longest lines (95th percentile) end between 40 and 100 characters, and most
    lines that another line follows are nearly full and end mid-sentence (no final punctuation).
    A text with one paragraph or one sentence per line fails the second test.
    """
    sample = text[:_SAMPLE]
    lines = [sample[s:e].rstrip() for s, e in _line_spans(sample)]
    lengths = sorted(columns(line) for line in lines if line.strip())
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not _WIDTH_RANGE[0] <= width <= _WIDTH_RANGE[1]:
        return None
    followed = [line for line, following in pairwise(lines) if line.strip() and following.strip()]
    if len(followed) < _MIN_LINES // 2:
        return None
    full = sum(1 for line in followed if columns(line) >= width - 20)
    open_ended = sum(1 for line in followed if line[-1] not in _TERMINAL)
    if full < 0.5 * len(followed) or open_ended < 0.5 * len(followed):
        return width if _continued_when_full(lines, width) else None
    return width


# A text of lists, tables and code between wrapped paragraphs (a platform README, a changelog,
# a protocol's notes) has too few full lines overall; its wrapped lines still show the fill
# column where they break mid-sentence.
_MIN_CONTINUED = 4
_CONTINUED_FULL = 0.75


def _continued_when_full(lines: list[str], width: int) -> bool:
    """Whether the lines the next line goes on from in lower case ("… LIBSSH2⏎  development
    environment") are nearly all full: each broke where the next word would not fit, as a
    wrapped paragraph does (h30files: curl's README.OS400, lutris' debian/changelog, OpenSSH's
    PROTOCOL.mux measured no width and read every continuation as a new sentence). A line that
    MT broke mid-sentence is as often short as full, and one paragraph per line exceeds the
    width range."""
    continued = [
        line
        for line, following in pairwise(lines)
        if line.strip()
        and following.lstrip()[:1].islower()
        and not _LIST_ITEM.match(following)
        and not _CODE_LINE.match(following)
    ]
    if len(continued) < _MIN_CONTINUED:
        return False
    full = sum(1 for line in continued if columns(line) >= width - 20)
    return full >= _CONTINUED_FULL * len(continued)


def _continues(
    previous: str,
    previous_indent: int,
    hanging: int,
    line: str,
    width: int,
    ragged: bool = False,
    item: bool = False,
) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``previous`` (``ragged``:
    any line does, as in reST, where only a blank line ends a paragraph)."""
    if _LIST_ITEM.match(line) or _RULE_LINE.match(line) or _RULE_LINE.match(previous):
        return False
    if _CODE_LINE.match(line) or _CODE_LINE.match(previous):
        return False
    indent = _indent(line)
    if (
        indent not in (previous_indent, hanging)
        and not _under_item(indent, hanging, item)
        and not (line[:1] == "\t" and _next_tab_stop(indent, previous_indent, hanging))
    ):
        return False
    if ragged:
        return True
    return columns(previous.rstrip()) + 1 + _next_fit(line) > _FULL * width


def _under_item(indent: int, hanging: int, item: bool) -> bool:
    """A list item's continuation indented past its text up to the next tab stop: a tab where
    the item's text starts at column 5 ("  2. Stay…⏎⇥on the line"; Vim's Russian tutor)."""
    return item and hanging < indent <= (hanging // _TAB + 1) * _TAB


def _next_tab_stop(indent: int, previous_indent: int, hanging: int) -> bool:
    """A line indented by a tab to the first tab stop past the paragraph's text ("     Но
    учтите, что⏎⇥выполнять …"): the translator's tab stands for the original's spaces."""
    return any(0 <= ref < indent <= (ref // _TAB + 1) * _TAB for ref in (previous_indent, hanging))


def _indent(line: str) -> int:
    """Columns of a line's leading white space (a tab to the next multiple of 8)."""
    return columns(line[: len(line) - len(line.lstrip())])


def wrapped_paragraph_spans(
    text: str, width: int, *, ragged: bool = False
) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of a hard-wrapped text, leading and trailing space left out.

    A paragraph's lines stay in the text as they are (line breaks and indentation included)."""
    start = -1
    end = 0
    previous = ""
    previous_indent = 0
    hanging = -1
    item = False
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            if start >= 0:
                yield start, end
                start = -1
            continue
        indent = _indent(line)
        if start >= 0 and not _continues(
            previous, previous_indent, hanging, line, width, ragged, item
        ):
            yield start, end
            start = -1
        if start < 0:
            start = line_start + len(line) - len(line.lstrip())
            marker = _LIST_ITEM.match(line)
            item = marker is not None
            # The continuation lines of a list item are indented under its text; those of a
            # paragraph whose first line is indented start at the margin (curl's README.OS400).
            if marker is not None:
                hanging = columns(line[: marker.end()])
            else:
                hanging = 0 if indent <= _FIRST_LINE_INDENT else indent
        end = line_start + len(line.rstrip())
        previous = line
        previous_indent = indent
    if start >= 0:
        yield start, end
