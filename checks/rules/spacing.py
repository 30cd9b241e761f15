"""Spacing: glued words, missing and doubled spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.documents.base import Document
from checks.model import Applicability, Edit, Finding, Fix, Severity
from checks.registry import Example, Rule, good, register


@register
class DoubleSpace(Rule):
    code = "MT106"
    name = "double-space"
    summary = "Two or more spaces between words."
    severity = Severity.INFO
    doc = """
    What it finds: runs of two or more spaces between two non-space characters inside a line.
    Why it matters: MT and copy-paste from web pages leave them; they show in print and break search.
    Fix safety: safe; the run becomes one space.
    Known false positives: deliberately aligned plain-text tables (runs at line starts are ignored).
    """
    examples = (
        Example("The president  arrived on Sunday.", "The president arrived on Sunday."),
        good("The president arrived on Sunday."),
        good("    indented code stays as it is"),
    )

    _pattern = re.compile(r"(?<=\S) {2,}(?=\S)")

    def check(self, document: Document) -> Iterator[Finding]:
        for match in self._pattern.finditer(document.text):
            yield self.finding(
                match.start(),
                match.end(),
                "Two or more spaces between words",
                fixes=[Fix((Edit(match.start(), match.end(), " "),), Applicability.SAFE, "one space")],
                confidence=0.9,
            )
