"""Two double quotation marks in a row (family MT2): a quotation nested in another written in the
outer quotation's marks ("implement the “Safety Law””, and"), where the language nests with
other marks (English “… ‘…’ …”), or one closing mark doubled ("the “Safety Law”” rules").

Which marks a language nests with is data: the typography table's ``nested_quote_pairs``
(outer pair → inner pair).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, language_data, looks_technical, text_characters
from mtlint.checks.typography import languages_with_table, table


@register
class NestedDoubleQuotes(Rule):
    code = "MT245"
    name = "nested-double-quotes"
    summary = (
        "A quotation inside a quotation in the same double marks ('the “Safety Law””'), or a "
        "closing mark doubled."
    )
    languages = languages_with_table("nested_quote_pairs")
    doc = """
    What it finds: two closing double marks in a row ("… the “Safety Law””, and") or two
    opening ones (“ “Safety Law” is …”) where a quotation is open around the inner one: the
    inner quotation is written in the outer one's marks, where the language nests with others
    (English: ‘…’ inside “…”; ``nested_quote_pairs`` in resources/typography). Two closing
    marks in a row with only one quotation open is a doubled mark.
    Why it matters: MT renders a source's nested title marks (“《…》”) as a second pair of the
    same marks; the reader sees two marks where a quotation and a title end together.
    Fix safety: unsafe: the inner pair becomes the language's nested marks; a doubled mark is
    removed.
    Known false positives: only marks written twice in a row are read (a nested quotation in
    double marks elsewhere is left alone: house styles differ); code and URLs are skipped.
    """
    examples = (
        Example(
            "The banners read “study and implement the “Road Safety Law””, and more.",
            "The banners read “study and implement the ‘Road Safety Law’”, and more.",
        ),
        Example(
            "He praised the “Road Safety Law”” in his speech.",
            "He praised the “Road Safety Law” in his speech.",
        ),
        good("He said “we will study the ‘Road Safety Law’” and left; “yes,” she said."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        pairs = table(language_data(document), "nested_quote_pairs", {})
        if not isinstance(pairs, dict):
            return
        characters = text_characters(document)
        text = document.text
        for outer, inner in pairs.items():
            opening, closing = outer[0], outer[1]
            if opening not in characters or closing not in characters:
                continue
            # Two marks in a row lie inside one chunk: ask the distinct chunks first.
            lines = chunk_text(document)
            if opening * 2 not in lines and closing * 2 not in lines:
                continue
            paragraphs = document.paragraphs
            starts = [p.start for p in paragraphs]
            seen: set[int] = set()
            for doubled in (opening * 2, closing * 2):
                at = text.find(doubled)
                while at >= 0:
                    index = bisect_right(starts, at) - 1
                    if index >= 0 and index not in seen:
                        seen.add(index)
                        paragraph = paragraphs[index]
                        yield from self._paragraph(
                            text, paragraph.start, paragraph.end, outer, inner
                        )
                    at = text.find(doubled, at + 2)

    def _paragraph(
        self, text: str, start: int, end: int, outer: str, inner: str
    ) -> Iterator[Finding]:
        opening, closing = outer[0], outer[1]
        stack: list[int] = []
        for at in range(start, end):
            char = text[at]
            if char == opening:
                stack.append(at)
            elif char != closing:
                continue
            elif len(stack) >= 2:
                inner_open = stack.pop()
                doubled = text[at + 1 : at + 2] == closing or text[inner_open - 1] == opening
                if doubled and not looks_technical(text, inner_open, at + 1):
                    yield from self._nested(inner_open, at, inner)
            elif stack:
                stack.pop()
            elif text[at - 1] == closing and not looks_technical(text, at - 1, at + 1):
                yield self.finding(
                    at - 1,
                    at + 1,
                    f"The closing mark '{closing}' written twice",
                    fixes=[Fix((Edit(at, at + 1, ""),), Applicability.UNSAFE, "remove one")],
                    # 0.75 for both readings: 2/2 right on realmt-en17 (one page), none on
                    # realmt-en, en13, quotes-real-en or the golden corpora: a prior.
                    confidence=0.75,
                )

    def _nested(self, opening: int, closing: int, inner: str) -> Iterator[Finding]:
        for at, mark in ((opening, inner[0]), (closing, inner[1])):
            yield self.finding(
                at,
                at + 1,
                f"A quotation inside a quotation in the same double marks: write {mark}",
                fixes=[Fix((Edit(at, at + 1, mark),), Applicability.UNSAFE, f"write {mark}")],
                confidence=0.75,
            )
