"""Spacing around a breadcrumb's separators (family MT1): one separator glued to an item on a
line that spaces the others on both sides ("Home > About > Culture >Staff Presence").

The line's own separators are the evidence: no convention is assumed, a line that glues them
all ("Home>News") or spaces them all is left alone. Screened on the document's distinct chunks
(a lone separator, and one glued to a word) before the text is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, looks_technical

# The separators breadcrumbs and menus write between items.
_SEPARATORS = ">»›→"
# A chunk that is a lone separator, and one that starts or ends with a separator glued to a
# word.
_LONE_CHUNK = re.compile(rf"\n[{_SEPARATORS}]\n")
_GLUED_CHUNK = re.compile(rf"\n[{_SEPARATORS}][^\W_]|[^\W_][{_SEPARATORS}]\n")
_LONGEST_LINE = 300
# Lines of code or mathematics compare with these marks: never a breadcrumb.
_CODE_MARKS = re.compile(r"[<=;{}()]|->|>>")


@register
class BreadcrumbSpacing(Rule):
    code = "MT157"
    name = "breadcrumb-spacing"
    summary = "A breadcrumb separator glued to an item where the line spaces the others."
    doc = """
    What it finds: a separator of a breadcrumb or a menu path (>, », ›, →) spaced on one side
    only, on a line that writes the same separator with a space on both sides at least twice:
    "Home > About Sanmu > Culture >Staff Presence".
    Why it matters: the page's extraction or its translation lost the space; the item reads
    glued to the mark, and the line is page chrome that an editor removes or mends.
    Fix safety: safe: a space is added on the glued side, as the line's other separators have.
    Known false positives: lines holding code or comparisons (<, =, ;, brackets, ->, >>)
    and URLs are skipped; a line that spaces its separators once only is not evidence enough;
    a line longer than 300 characters is prose or markup and not read.
    """
    examples = (
        Example(
            "Home > About Sanmu > Culture >Staff Presence",
            "Home > About Sanmu > Culture > Staff Presence",
        ),
        Example("News » World » Europe» Germany", "News » World » Europe » Germany"),
        good("Home>News>World, News » World and a > b > c when x >y (see a->b)."),
        good("Scores: 3 > 2 > 1 and if (x > 1 >y) return;"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if not (_LONE_CHUNK.search(lines) and _GLUED_CHUNK.search(lines)):
            return
        text = document.text
        found = []
        lines_read: dict[tuple[int, str], bool] = {}  # a long line is read once per mark
        for mark in _SEPARATORS:
            at = text.find(mark)
            while at != -1:
                finding = self._one_sided(text, at, mark, lines_read)
                if finding is not None:
                    found.append(finding)
                at = text.find(mark, at + 1)
        yield from sorted(found, key=lambda finding: finding.span.start)

    def _one_sided(
        self, text: str, at: int, mark: str, lines_read: dict[tuple[int, str], bool]
    ) -> Finding | None:
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if before == " " and (after.isalnum()):
            insert = at + 1
        elif before.isalnum() and after == " ":
            insert = at
        else:
            return None
        # A breadcrumb is a short line: a separator farther than that from a line break is
        # prose or markup, never read (and a long line is never sliced per separator).
        start = text.rfind("\n", max(0, at - _LONGEST_LINE), at) + 1
        end = text.find("\n", at, at + _LONGEST_LINE)
        if (start == 0 and at > _LONGEST_LINE) or (end == -1 and len(text) > at + _LONGEST_LINE):
            return None
        if (start, mark) not in lines_read:
            line = text[start : end if end != -1 else len(text)]
            lines_read[start, mark] = line.count(f" {mark} ") >= 2 and not _CODE_MARKS.search(line)
        if not lines_read[start, mark]:
            return None
        if looks_technical(text, at, at + 1):
            return None
        return self.finding(
            at,
            at + 1,
            f"'{mark}' glued to an item; this line spaces its other '{mark}' on both sides",
            fixes=[Fix((Edit(insert, insert, " "),), Applicability.SAFE, "add a space")],
            # A prior: it rests on 1 real case (en17 1/1; numbers-real-en, en13 0/0; clean
            # look-alike text 0 on 464,785 words).
            confidence=0.75,
        )
