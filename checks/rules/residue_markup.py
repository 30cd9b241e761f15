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


# Baidu Translate's garbled digits: "65438+0" (with the digits before it run on, "1965438+0",
# or grouped, "65.438+0") stands where the source had a number with a "1" or "10" in it.
_GARBLED_NUMBER = re.compile(r"65[.,\u00a0 ]?438\+\d*")


@register
class GarbledNumberResidue(Rule):
    code = "MT510"
    name = "garbled-number-residue"
    summary = "A translation engine's garbled digits left in the text ('in 65438+0 years')."
    doc = """
    What it finds: the digit string "65438+" and the digits after it ("65438+0", "65.438+8",
    "7.2065438+El"), which one translation engine writes for numbers of its Chinese source
    ("十", a "1" run into other digits).
    Why it matters: the number the reader needs is gone; the string is no number in any
    language.
    Fix safety: none automatic (the number must be taken from the source; a display-only hint).
    Known false positives: none known: the string is no phone number, code or date shape.
    """
    examples = (
        Example(*["La ciudad cambió de nombre hace 65438+0 años."] * 2, "es"),
        Example(*["El 3 de marzo de 1961 65438+2 de mayo se abrió el puerto."] * 2, "es"),
        good("La ciudad tiene 65.438 habitantes y 1+1 escuelas."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if "438+" not in chunk_text(document):
            return  # one C-level search: most texts hold no such digits
        text = document.text
        for match in _GARBLED_NUMBER.finditer(text):
            start, end = match.span()
            yield self.finding(
                start,
                end,
                f"'{match.group()}' is a translation engine's garbled number: take the number "
                "from the source",
                fixes=[
                    Fix((Edit(start, end, match.group()),), Applicability.DISPLAY_ONLY, "fix it")
                ],
                confidence=0.9,
            )
