"""A paragraph of prose indented by the source's layout: Chinese and Japanese pages indent each
paragraph with two ideographic spaces ("　　"), which MT and copy-paste turn into two spaces at
the start of a line that follows an unindented one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data
from mtlint.checks.wrapping import document_wrap_width

# A line break, two blanks (spaces or no-break spaces, or one or two ideographic spaces; one
# space continues a field in Debian control files and e-mail headers, four make a code
# block), and a word: led by the line break. Group 1 the blanks.
_INDENTED_LINE = re.compile(r"\n([ \u00a0]{2}|\u3000{1,2})(?=[^\W\d_])")
# The previous line ends a sentence (a heading, a list's colon or a code line do not).
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’»)]?[ \t]*$")
# A list item or a quoted line: its continuation lines are indented on purpose.
_LIST_OR_QUOTE = re.compile(r"^\s*(?:[-*+•>]|\d+[.)]|[a-z][.)])\s")
# Prose: this many words at least on the indented line and on the one before.
_MIN_WORDS = 6
# A hard-wrapped text with this many such paragraph starts indents its paragraphs by design.
_TYPED_STYLE = 3


@register
class IndentedParagraph(Rule):
    code = "MT112"
    name = "indented-paragraph"
    summary = "A paragraph indented by two spaces right after an unindented one."
    severity = Severity.INFO
    doc = """
    What it finds: a line of prose that starts with two spaces (or no-break spaces, or
    ideographic spaces) and a word, right after an unindented line of prose that
    ends a sentence, with no blank line between them.
    Why it matters: Chinese and Japanese pages indent paragraphs with two ideographic spaces;
    MT and copying keep them as spaces, so the English text has stray blanks at the start of
    some paragraphs and not others.
    Fix safety: unsafe; the blanks are deleted (the layout may be meant).
    Known false positives: help files that indent some paragraphs by two spaces (one in 1.6
    million words of Vim's help and Debian copyright files); list items and their
    continuation lines, quoted lines (">"), code blocks (four spaces or more), lines after a
    heading or a colon, and paragraphs set off by a blank line (hard-wrapped text that
    indents every paragraph) are left alone, and so is a hard-wrapped text that starts three
    paragraphs or more so without blank lines (curl's README.OS400): its typist's style.
    """
    examples = (
        Example(
            "The spokesperson answered questions from Chinese and foreign journalists.\n"
            "  At this briefing that went on until late in the evening, she spoke at length.",
            "The spokesperson answered questions from Chinese and foreign journalists.\n"
            "At this briefing that went on until late in the evening, she spoke at length.",
        ),
        good(
            "The deflate format used by zlib was defined by Phil Katz in the nineties.\n\n"
            "  The deflate and zlib specifications were written by Peter Deutsch for all."
        ),
        good("- The first item of the list goes here for now.\n  Then it continues on this line."),
        good("Traceback (most recent call last) of the failing request:\n  File x.py, line 8"),
        good("The code below prints the value of the variable.\n    Print the value of it now."),
        good(
            "Comment: This is the Debian GNU/Linux package of the tools.\n It is an original one."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        matches = _INDENTED_LINE.finditer(text)
        first = next(matches, None)
        if first is None or not language_data(document).spaced:
            return
        found = []
        for match in (first, *matches):
            at = match.start()
            previous_start = text.rfind("\n", 0, at) + 1
            previous = text[previous_start:at]
            if not previous.strip() or previous[:1].isspace():
                continue  # after a blank line, or the previous line is indented too
            if not _ENDS_SENTENCE.search(previous) or _LIST_OR_QUOTE.match(previous):
                continue
            line_end = text.find("\n", match.end())
            line = text[match.end() : line_end if line_end != -1 else len(text)]
            if len(line.split()) < _MIN_WORDS or len(previous.split()) < _MIN_WORDS:
                continue
            start, end = match.span(1)
            found.append(
                self.finding(
                    start,
                    end,
                    "A paragraph indented by stray blanks",
                    fixes=[Fix((Edit(start, end, ""),), Applicability.UNSAFE, "remove the blanks")],
                    confidence=0.6,
                )
            )
        # A hard-wrapped text that starts paragraph after paragraph with the same indent is
        # typed so (curl's README.OS400, h31files): its typist's style, not MT's stray blanks.
        if len(found) >= _TYPED_STYLE and document_wrap_width(document) is not None:
            return
        yield from found
