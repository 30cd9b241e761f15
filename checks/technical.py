"""Code inside plain-text prose: where prose rules have nothing to say.

A manual, a README or a docstring converted to plain text keeps its code two ways, and neither is
marked up as code any more:
- code blocks: paragraphs indented under prose that introduces them, one-line commands
  (``checks/structure.py`` classifies them in hard-wrapped text);
- code in quotation marks inside a sentence (reStructuredText's ````x```` becomes ``"x"``):
  ``"fractions.Fraction"``, ``"'{0} {1}'.format(a, b)"``, ``"[1,2] == (1,2)"``.

Spacing, placeholder, number-format and repetition rules fire on such code ("{0}" is a
template placeholder left in the text, "[1,2]" a decimal comma, two spaces align a comment).
``code_spans`` gives the offsets to leave alone. Quoted code is taken only on the document's
evidence: a text that quotes code this way does so many times; a news article that quotes one
odd token does not.
"""

from __future__ import annotations

import bisect
import re
import sys

from mtlint.checks.documents.base import Document
from mtlint.checks.wrapping import code_like, document_wrap_width

_END = sys.maxsize

# A straight-quoted run on one line, short, without inner double quotes.
_QUOTED = re.compile(r'"([^"\n]{1,80})"')
# What makes a quoted run code rather than words: a call, a dotted lower-case name, a literal
# that opens with a bracket, an operator, a dunder, a format field inside a string literal.
_CODE_SHAPE = re.compile(
    r"""
    [A-Za-z_]\w*\(               # a call: f(  obj.method(
    | ^[a-z_]\w*(?:\.[A-Za-z_]\w*)+$   # module.name  fractions.Fraction
    | ^[\[{(]                    # [1,2]  {'a': 1}  (x, y)
    | \s(?:==|!=|<=|>=|->|:=|\*\*|//)\s
    | __\w+__
    | ^'[^']*\{[^']*'$           # '{0} {1}'
    """,
    re.VERBOSE,
)
# A document quotes code when it does so at least this often.
_MIN_QUOTED_CODE = 3


def quoted_code_spans(text: str, document: Document | None = None) -> list[tuple[int, int]]:
    """Offsets (quotes included) of quoted runs that read as code, when the text has enough.
    With the ``document`` of ``text``, the quoted runs are matched at its straight quotes'
    shared offsets (``textscan.scan_marks``), not found by a scan of the whole text."""
    if document is None:
        if text.count('"') < 2 * _MIN_QUOTED_CODE:
            return []
        quoted = _QUOTED.finditer(text)
    else:
        from mtlint.checks.textscan import char_positions, scan_marks

        # The quotes' shared offsets (most rules' scans have listed them by now) count them;
        # None means too many to list, so more than enough.
        quotes = char_positions(document, '"')
        if quotes is not None and len(quotes) < 2 * _MIN_QUOTED_CODE:
            return []
        quoted = scan_marks(document, [_QUOTED])
    spans = [(match.start(), match.end()) for match in quoted if _CODE_SHAPE.search(match.group(1))]
    return spans if len(spans) >= _MIN_QUOTED_CODE else []


def code_spans(document: Document) -> list[tuple[int, int]]:
    """Sorted, non-overlapping offsets of code in a plain-text document; empty for other
    formats (their loaders mark code themselves) and for texts that hold none."""
    if document.format != "text":
        return []
    from mtlint.checks.structure import classify_code_paragraphs

    text = document.text
    spans = quoted_code_spans(text, document)
    width = document_wrap_width(document)
    if width is not None:
        for paragraph, is_code in classify_code_paragraphs(text, document.paragraphs, width):
            # An unindented short line may be a heading ("Guards"): its findings stay.
            indented = paragraph.start > 0 and text[paragraph.start - 1] in " \t"
            if is_code and (indented or code_like(text[paragraph.start : paragraph.end])):
                spans.append((paragraph.start, paragraph.end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the sorted ``spans``."""
    index = bisect.bisect_right(spans, (start, _END)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


# A chunk of code or markup: an identifier, a call, a path, an option, an operator.
_CODE_CHUNK = re.compile(
    r"[A-Za-z]_[A-Za-z]|\(\)|[a-z]\.[a-z_]+\(|`|::|[A-Za-z0-9]/[A-Za-z]|--[a-z]|"
    r"\b[a-z]+[A-Z][a-z]+|[=<>{}$#]"
)
# A document is technical when this share of its distinct chunks is code (news and prose:
# below 0.15 in the shortest dev excerpt; package READMEs 0.058 and more) ...
_TECHNICAL_SHARE = 0.05
_TECHNICAL_SHORT_SHARE = 0.15
# ... counted over the distinct chunks of the text's first characters (a bounded cost on a
# large text, and the same sample in every run: a set's order varies between processes), and
# the lower share only where there are this many (a short text's share is noisy).
_TECHNICAL_SAMPLE_CHARS = 1 << 17
_TECHNICAL_LEAST = 100


def technical_document(document: Document) -> bool:
    """A README, a manual, code comments (a share of its distinct chunks is code): its unknown
    words are identifiers and tool names, not slips (MT994 and MT998 read prose only)."""

    def build() -> bool:
        sample = set(document.text[:_TECHNICAL_SAMPLE_CHARS].split())
        code = sum(1 for chunk in sample if _CODE_CHUNK.search(chunk))
        share = code / max(1, len(sample))
        if len(sample) >= _TECHNICAL_LEAST:
            return share >= _TECHNICAL_SHARE
        return share >= _TECHNICAL_SHORT_SHARE

    return document.analysis.get("unknown:technical", build)
