"""Spacing: a comma, semicolon or colon on the wrong side of its space ("arrived ,and",
"(May 3) :Regional"; MT145) and a colon with no space after it between two words
("said:We", "Source:Agency"; MT146).

Both shapes lie inside one whitespace chunk (a chunk that starts with the mark, or holds it
between letters): each rule asks the document's distinct chunks before it scans the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, language_data, looks_technical
from mtlint.checks.typography import table

# A chunk that starts with the mark and goes on with a plain word (letters, then maybe a
# closing punctuation mark): ",and", ":Regional". (":ref:`x`", ":smile:" are markup.)
_WRONG_SIDE_CHUNK = {
    mark: re.compile(r"\n" + re.escape(mark) + r"[^\W\d_]+[,.;!?)]?(?=\n|\Z)") for mark in ",;:"
}
# In the text: a space, the mark, a word; the character before the space is checked per match.
_WRONG_SIDE = {mark: re.compile(" " + re.escape(mark) + r"(?=[^\W\d_])") for mark in ",;:"}
_WORD_AFTER = re.compile(r"[^\W\d_]+(?=[\s,.;!?)]|\Z)")
_BEFORE_OK = re.compile(r"[^\W_]|[)\]”\"’»]")
# Words written after a colon in CSS and reST, never MT: " :hover", " :param x".
_MARKUP_AFTER_COLON = frozenset(
    {
        "hover",
        "focus",
        "active",
        "visited",
        "before",
        "after",
        "root",
        "not",
        "first",
        "last",
        "checked",
        "disabled",
        "empty",
        "param",
        "type",
        "returns",
        "return",
        "raises",
        "rtype",
        "class",
        "func",
        "meth",
        "ref",
        "doc",
        "attr",
        "mod",
        "term",
    }
)


@register
class PunctuationWrongSide(Rule):
    code = "MT145"
    name = "punctuation-wrong-side"
    summary = "A comma, semicolon or colon spaced off the word before it and glued to the next."
    doc = """
    What it finds: a comma, semicolon or colon with a space before it and a word glued after it
    ("He arrived ,and then left", "(May 3) :Regional heads").
    Why it matters: detokenisers and MT attach the mark to the next token instead of the
    previous one; the text reads as a typo.
    Fix safety: safe; the space moves to the other side of the mark. Where the language spaces
    the mark on both sides (French ; and :), a space is added after it instead.
    Known false positives: markup that starts a word with a colon (reST roles ":ref:", emoji
    codes ":smile:", CSS ":hover") needs a second colon or a backtick and is left alone, as are
    code-like lines (with "=" or an opening bracket before the mark), URLs and file names.
    """
    examples = (
        Example("He arrived ,and then left.", "He arrived, and then left."),
        Example("Port news (May 3) :Regional heads met.", "Port news (May 3): Regional heads met."),
        Example("Il est arrivé ;puis il est parti.", "Il est arrivé ; puis il est parti.", "fr"),
        good("Use :ref:`intro` and :smile: here; a :hover rule; f(a ,b) and x = a ,b."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        marks = [mark for mark in ",;:" if mark in lines and _WRONG_SIDE_CHUNK[mark].search(lines)]
        if not marks:
            return
        spaced_before = "".join(
            group.get("before", "") for group in table(data, "spaced_marks", []) or []
        )
        text = document.text
        for mark in marks:
            for match in _WRONG_SIDE[mark].finditer(text):
                found = self._judge(text, match.start(), mark in spaced_before)
                if found is not None:
                    yield found

    def _judge(self, text: str, space: int, spaced_language: bool) -> Finding | None:
        mark = space + 1
        if not space or not _BEFORE_OK.match(text, space - 1):
            return None
        word = _WORD_AFTER.match(text, mark + 1)
        if word is None or looks_technical(text, mark, word.end()):
            return None
        if text[mark] == ":" and word.group().lower() in _MARKUP_AFTER_COLON:
            return None
        around = text[max(0, space - 20) : word.end()]
        if "=" in around or "(" in text[max(0, space - 20) : space].rsplit(" ", 1)[-1]:
            return None
        if spaced_language:
            edits: tuple[Edit, ...] = (Edit(mark + 1, mark + 1, " "),)
        else:
            edits = (Edit(space, mark, ""), Edit(mark + 1, mark + 1, " "))
        return self.finding(
            space,
            mark + 1,
            f"'{text[mark]}' spaced off the word before it and glued to the next",
            fixes=[Fix(edits, Applicability.SAFE, "move the space")],
            confidence=0.8,
        )


# A word of two letters or more, a colon, a word of two letters or more, alone in a chunk (maybe
# with closing punctuation): "said:We", "parts:trade". "S:t", "EU:n" and "::" do not match.
_COLON_CHUNK = re.compile(r"\n[^\W\d_]{2,}:[^\W\d_]{2,}[,.;!?)]?(?=\n|\Z)")
_COLON = re.compile(r":(?<=[^\W\d_]{2}:)(?=[^\W\d_]{2})")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# Schemes, namespaces and prefixes that are written with a colon and no space.
_PREFIXES = frozenset(
    {
        "http",
        "https",
        "ftp",
        "mailto",
        "tel",
        "file",
        "urn",
        "xmlns",
        "xml",
        "data",
        "javascript",
        "doi",
        "isbn",
        "issn",
        "arxiv",
        "pmid",
        "category",
        "template",
        "user",
        "talk",
        "special",
        "help",
        "portal",
        "wikipedia",
        "image",
        "re",
        "fwd",
        "aw",
        "wg",
        "sv",
    }
)


@register
class MissingSpaceAfterColon(Rule):
    code = "MT146"
    name = "missing-space-after-colon"
    summary = "No space after a colon between two words ('said:We', 'Source:Agency')."
    doc = """
    What it finds: a colon between two words of two letters or more, alone in its chunk
    ("The minister said:We will", "three parts:trade and energy", "Source:Agency").
    Why it matters: joined segments and labels lose the space after their colon in MT and
    extraction.
    Fix safety: safe; a space is inserted after the colon (in French, where the colon is spaced
    on both sides, before it too).
    Known false positives: URL schemes, wiki namespaces and e-mail prefixes (a list:
    "mailto:x", "Category:Films", "Re:Offer"), Finnish and Swedish case endings on acronyms
    ("EU:n", "SVT:s": an upper-case word before a lower-case ending), times and verse numbers
    (digits never match), double colons and code-like chunks are left alone.
    """
    examples = (
        Example("The minister said:We will win.", "The minister said: We will win."),
        Example("Source:Agency", "Source: Agency"),
        good("See Category:Films, mailto:a, Re:Offer; EU:n ja SVT:s; std::vector; 10:30."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced or not _COLON_CHUNK.search(chunk_text(document)):
            return
        spaced_before = ":" in "".join(
            group.get("before", "") for group in table(data, "spaced_marks", []) or []
        )
        text = document.text
        for match in _COLON.finditer(text):
            at = match.start()
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            after = _WORD_AFTER.match(text, at + 1)
            if before is None or after is None:
                continue
            if before.start() and not text[before.start() - 1].isspace():
                continue
            left, right = before.group(), after.group()
            if left.lower() in _PREFIXES or (left.isupper() and right.islower()):
                continue
            if looks_technical(text, before.start(), after.end()):
                continue
            edits = [Edit(at + 1, at + 1, " ")]
            if spaced_before:
                edits.insert(0, Edit(at, at, " "))
            yield self.finding(
                at,
                at + 1,
                "No space after ':' between two words",
                fixes=[Fix(tuple(edits), Applicability.SAFE, "insert a space")],
                confidence=0.75,
            )
