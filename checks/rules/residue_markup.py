"""Production marks left in translated prose (family MT9): a lone code-fence line from a
language model's answer ("```html"), and the Vietnamese news paragraph end "./.".

Both hold rare sequences; the rule asks the document's distinct chunks before it scans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, text_characters

# A code fence with its language tag ("```html", "```"), as a chunk of its own.
_FENCE = re.compile(r"(?<!\S)```[A-Za-z]*(?!\S)")
# "./." closing a paragraph, after a word or a closing bracket or quote.
_VIET_END = re.compile(r"(?<=[^\W_)\]”\"])\./\.[ \t]*$", re.MULTILINE)


@register
class MarkupResidue(Rule):
    code = "MT967"
    name = "markup-residue"
    summary = "A stray code fence ('```html') or the Vietnamese paragraph end './.' in prose."
    doc = """
    What it finds: a code fence ("```", "```html") in a document that has no second fence to
    pair with it, and "./." at the end of a paragraph (the Vietnamese news-wire end mark).
    Why it matters: an LLM-based translator wraps its answer in a fence, and a pipeline keeps
    the source's "./."; neither belongs in the published text.
    Fix safety: unsafe: the fence is deleted; "./." becomes ".".
    Known false positives: fenced code blocks come in pairs (Markdown documents keep them);
    paths ("./.config") are not at a paragraph's end after a word.
    """
    examples = (
        Example(
            '"He will be with me." ```html The president left.',
            '"He will be with me." The president left.',
        ),
        Example(
            "Authorities called for a timely response./.",
            "Authorities called for a timely response.",
        ),
        good("```python\nprint(1)\n```\nThe code prints one."),
        good("Run ./.configure in the folder, then the script."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if "`" in text_characters(document):
            yield from self._fences(document.text)
        if "./." in chunk_text(document):
            yield from self._viet(document.text)

    def _fences(self, text: str) -> Iterator[Finding]:
        fences = list(_FENCE.finditer(text))
        if len(fences) != 1 or text.count("```") != 1:
            return
        start, end = fences[0].span()
        cut = end + 1 if text[end : end + 1] == " " else end
        yield self.finding(
            start,
            end,
            "A code fence left in the text by a language model",
            fixes=[Fix((Edit(start, cut, ""),), Applicability.UNSAFE, "delete the fence")],
            confidence=0.8,
        )

    def _viet(self, text: str) -> Iterator[Finding]:
        for match in _VIET_END.finditer(text):
            at = match.start()
            head = text[max(0, at - 40) : at].rsplit(None, 1)[-1:]
            if head and any(c in head[0] for c in "/\\:@"):  # a path: "config/x./."
                continue
            yield self.finding(
                at,
                at + 3,
                "The Vietnamese paragraph end './.' left in the text",
                fixes=[Fix((Edit(at, at + 3, "."),), Applicability.UNSAFE, "'./.' → '.'")],
                confidence=0.85,
            )
