"""Markdown emphasis left in translated plain text (family MT97x): a language model or a
Markdown source turned into plain text keeps "**Profit (Q2):**" around a phrase.

Only documents read as plain text: Markdown, HTML and the other formats project their markup
away before the rules run, so a "**" left there is literal. The marks are rare; the rule asks the
document's distinct chunks before it scans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, looks_technical

# "**" glued to a word on its inside, closed in the same line: "**Profit (Q2):**".
# Led by the literal, then the place before it (a space, the line's start, an opening bracket
# or quote: never a letter or digit, as in "2**8" or "f(**kwargs)"), a letter first inside,
# no code characters inside, and no letter or digit after the closing pair.
_BOLD = re.compile(
    r"\*\*(?:(?<=^\*\*)|(?<=[\s(\"“«]\*\*))(?=[^\W\d_])"
    r"([^*\n=_/\\{}\[\]<>]{1,80}?)(?<=[^\s*])\*\*(?!\w)",
    re.MULTILINE,
)
# More bold phrases than this: the text is Markdown on purpose (CPython's pydoc topics bold
# fifty "**PEP 448**" and "**CPython implementation detail:**"), not a converter's residue.
_MAX_PAIRS = 5
# A chunk that opens or closes bold: "**Profit", "(Q2):**".
_BOLD_CHUNK = re.compile(r"\n\*\*[^\s*]|[^\s*]\*\*(?:\n|\Z)")


@register
class MarkdownResidue(Rule):
    code = "MT979"
    name = "markdown-residue"
    summary = "Markdown bold marks left in plain text ('**Profit (Q2):** $1.4 billion')."
    doc = """
    What it finds: in a document read as plain text, a phrase between two pairs of asterisks
    glued to it ("**Profit (Q2):** $1.4 billion"): Markdown emphasis that a language model's
    answer or a converted page left in the text.
    Why it matters: the asterisks are printed as they are; the reader sees markup, not
    emphasis.
    Fix safety: unsafe: both pairs of asterisks are removed (the emphasis is lost, the words
    stay).
    Known false positives: a plain-text file written in Markdown on purpose (a README.txt; one
    with more than five bold phrases is left alone);
    Markdown files themselves are read as Markdown and never reach this rule with their marks.
    Code and footnote stars ("a*b", "***") are left alone.
    """
    examples = (
        Example(
            "Results for the quarter: **Profit (Q2):** $1.4 billion against $1.1 billion.",
            "Results for the quarter: Profit (Q2): $1.4 billion against $1.1 billion.",
        ),
        good("Rated 5* by critics; a*b*c in the formula; *** marks a break."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.format != "text" or not _BOLD_CHUNK.search(chunk_text(document)):
            return
        text = document.text
        matches = list(_BOLD.finditer(text))
        if len(matches) > _MAX_PAIRS:  # a plain-text file written in Markdown on purpose
            return
        for match in matches:
            start, end = match.span()
            if looks_technical(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                f"Markdown bold marks around '{match.group(1)}'",
                fixes=[
                    Fix(
                        (Edit(start, start + 2, ""), Edit(end - 2, end, "")),
                        Applicability.UNSAFE,
                        "remove the asterisks",
                    )
                ],
                confidence=0.75,
            )
