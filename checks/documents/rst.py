"""reStructuredText (.rst, .rest): read as the plain text it is, with its markup protected.

Until session 19 a .rst file was read as plain text, and real reST files (PEPs, Sphinx docs)
drew 8 false alarms per 1,000 words (bench/bench_freshfiles.py): the markup was read as prose —
"::" before a literal block as doubled punctuation, ``module.Class`` as a sentence glued after a
full stop, code lines in literal blocks as sentences starting in lower case, spaces inside code
as stray spacing. The text stays exactly as in the file (fixes are written as for plain text);
what is not prose is listed in ``Document.protected``, which the engine never reports in:

- inline literals (````x.y````), roles (``:class:`~a.B```), hyperlink targets (``<https://…>`_``);
- literal blocks (the indented block after a paragraph that ends in "::") and doctest lines;
- directive lines and their options (``.. code-block:: python``, ``:class: good``), and the
  content of directives that hold code, math or files (not of ``note``, ``warning`` …);
- targets and comments (``.. _label:``), section adornments, grid-table rules, and the marks
  of strong emphasis (``**not**``: the words stay prose).

Bullet and enumerated list items are fragments: a lower-case start there is no sentence error.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtlint.checks.documents import decode_bytes, register_loader
from mtlint.checks.documents.base import Document
from mtlint.checks.wrapping import RAGGED_LINES

# Directives whose content is prose and stays checked; every other directive's content is not.
_PROSE_DIRECTIVES = frozenset(
    [
        "note",
        "warning",
        "tip",
        "important",
        "caution",
        "danger",
        "attention",
        "hint",
        "error",
        "admonition",
        "seealso",
        "versionadded",
        "versionchanged",
        "deprecated",
        "topic",
        "sidebar",
        "rubric",
        "epigraph",
        "pull-quote",
        "highlights",
        "compound",
        "container",
    ]
)
_INLINE = re.compile(
    r"``[^`\n]+(?:\n[^`\n]+)?``"  # an inline literal, at most across one line break
    r"|(?::[\w.+-]+:)+`[^`]+`"  # a role with its text: :class:`~a.B`, :pep:`8`
    r"|<[^<>`\s]+>`__?"  # a hyperlink's target
    r"|`[^`\n]+`:[\w.+-]+:"  # a role after its text
)
# Strong emphasis: its marks are markup (a finding on them, "Markdown bold marks", is dropped);
# the words between them stay prose.
_STRONG = re.compile(r"(\*\*)(?=\S)[^*\n]+(?:\n[^*\n]+)?(?<=\S)(\*\*)")
_DIRECTIVE = re.compile(r"([ \t]*)\.\. ([\w:+-]+)::(?=[ \t]|$)")
_COMMENT = re.compile(r"[ \t]*\.\.(?:[ \t]+(?!\[)\S.*)?$")  # ".. _label:", "..", comments
_OPTION = re.compile(r"[ \t]+:[\w -]+:(?:[ \t].*)?$")
_ADORNMENT = re.compile(r"([=\-`:'\"~^_*+#<>])\1{2,}[ \t]*$")
_TABLE_RULE = re.compile(r"[ \t]*\+[-=+]+\+[ \t]*$")
_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)]|#\.|\(?[a-zA-Z0-9][.)])[ \t]+(?=\S)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _blocks(lines: list[str], starts: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """Protected spans and fragment starts, line by line."""
    protected: list[tuple[int, int]] = []
    fragments: list[int] = []
    literal_after = -1  # the indentation a literal block must exceed (-1: none pending)
    code_block = -1  # inside a protected block: its indentation must be exceeded
    for index, line in enumerate(lines):
        start, end = starts[index], starts[index] + len(line.rstrip("\r\n"))
        body = line.rstrip("\r\n")
        if code_block >= 0:
            if not body.strip() or _indent(body) > code_block:
                protected.append((start, end))
                continue
            code_block = -1
        if literal_after >= 0 and body.strip():
            if _indent(body) > literal_after:
                protected.append((start, end))
                code_block = literal_after
                literal_after = -1
                continue
            literal_after = -1
        directive = _DIRECTIVE.match(body)
        if directive:
            protected.append((start, end))
            name = directive.group(2).split(":")[-1].lower()
            code_block = _indent(body) if name not in _PROSE_DIRECTIVES else -1
            if code_block < 0:
                _protect_options(lines, starts, index, protected)
            continue
        if (
            _COMMENT.match(body)
            or _ADORNMENT.match(body)
            or _TABLE_RULE.match(body)
            or body.lstrip().startswith(">>>")
        ):
            protected.append((start, end))
            continue
        if body.rstrip().endswith("::"):
            marker = start + len(body.rstrip()) - 1
            protected.append((marker, marker + 1))  # "::" is reST's ":" before a literal block
            literal_after = _paragraph_indent(lines, index)
        item = _ITEM.match(body)
        if item:
            fragments.append(start + item.end())
    return protected, fragments


def _protect_options(
    lines: list[str], starts: list[int], index: int, protected: list[tuple[int, int]]
) -> None:
    """The option lines right under a prose directive (":class: note")."""
    for following in range(index + 1, len(lines)):
        body = lines[following].rstrip("\r\n")
        if not _OPTION.match(body):
            return
        protected.append((starts[following], starts[following] + len(body)))


def _paragraph_indent(lines: list[str], index: int) -> int:
    """The indentation of the paragraph whose last line is ``lines[index]``."""
    first = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    return _indent(lines[first])


def rst_markup(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """(protected spans, fragment starts) of reST text."""
    lines = text.splitlines(keepends=True)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line)
    protected, fragments = _blocks(lines, starts)
    protected.extend(match.span() for match in _INLINE.finditer(text))
    for match in _STRONG.finditer(text):
        protected.extend((match.span(1), match.span(2)))
    return tuple(sorted(protected)), tuple(fragments)


@register_loader(".rst", ".rest")
def load_rst(path: Path, data: bytes) -> Document:
    text, encoding, bom = decode_bytes(data, name=str(path))
    protected, fragments = rst_markup(text)
    return Document(
        text=text,
        path=path,
        format="text",
        encoding=encoding,
        bom=bom,
        protected=protected,
        fragments=fragments,
        # Only a blank line ends a reST paragraph: its lines are ragged, not filled to a column
        # (h23files/h24files: PEP continuation lines read as sentences, MT304 14 times).
        format_data=((RAGGED_LINES, True),),
    )
