"""Escape sequences left in prose: what a JSON or program string's escaping leaves behind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import text_characters

# A backslash before a quotation mark or apostrophe (not itself escaped: "\\" is a backslash;
# not quoted: “\” names the backslash itself),
# and the escapes for a line break or a tab glued between a sentence end or a word and the next
# word ("said.\nThe minister"). A lower-case letter after "\n" is left: "C:\new" is a path.
_ESCAPE = re.compile(
    r"(?<![\\“\"‘'«])\\(?P<quote>[\"'’‘“”])"
    r"|(?<=[\w.,;:!?\"”’)])\\(?P<control>[nrt])(?=[\"“‘(]?[A-Z])"
)
_CONTROL_NAMES = {"n": "line break", "r": "carriage return", "t": "tab"}


@register
class EscapeResidue(Rule):
    code = "MT605"
    name = "escape-residue"
    summary = 'Escape sequences left in prose (\\" for a quotation mark, \\n for a line break).'
    severity = Severity.WARNING
    doc = """
    What it finds: a backslash before a quotation mark or an apostrophe (\\"Yes,\\" he said),
    and the two characters "\\n", "\\r" or "\\t" between a word or a sentence end and a capital
    ("talks.\\nThe minister").
    Why it matters: news and documents travel through JSON feeds, CMS exports and MT APIs as
    escaped strings; when one step forgets to unescape, the backslashes are printed. Spell
    checkers and MT quality estimation do not see them; readers do.
    Fix safety: the backslash before a mark is removed (safe: prose never wants it); "\\n" is
    replaced by a line break (unsafe: the writer may have meant a space or a new paragraph).
    Known false positives: texts about programming that quote escapes in prose (code spans and
    code blocks of Markdown, HTML and plain text are left alone); Windows paths only when a
    folder name starts with n, r or t and a capital ("C:\\Tools").
    """
    examples = (
        Example('He said \\"we will act\\" on Monday.', 'He said "we will act" on Monday.'),
        Example("It\\'s the third visit this year.", "It's the third visit this year."),
        Example(
            "The talks ended on Sunday.\\nThe minister left for Tashkent.",
            "The talks ended on Sunday.\nThe minister left for Tashkent.",
        ),
        good("Save the file to C:\\new\\reports before you start."),
        good("A backslash (\\) separates the folders."),
        good("Type \\\\ to get one backslash."),
        good("Treat “\\” as the escape character."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if "\\" not in text_characters(document):
            return
        text = document.text
        for match in _ESCAPE.finditer(text):
            start, end = match.span()
            quote = match.group("quote")
            if quote is not None:
                fix = Fix((Edit(start, start + 1, ""),), Applicability.SAFE, "remove the backslash")
                message = f"Escaped quotation mark “\\{quote}” left in the text"
            else:
                control = match.group("control")
                replacement = {"n": "\n", "r": "\n", "t": " "}[control]
                fix = Fix(
                    (Edit(start, end, replacement),),
                    Applicability.UNSAFE,
                    f"a real {_CONTROL_NAMES[control]}" if control != "t" else "a space",
                )
                message = (
                    f"Escape “\\{control}” ({_CONTROL_NAMES[control]}) printed as text: "
                    "a string was not unescaped"
                )
            yield self.finding(start, end, message, fixes=[fix], confidence=0.85)
