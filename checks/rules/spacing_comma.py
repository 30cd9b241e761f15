"""MT105: no space after a comma or semicolon between two words ("Moscow,Tashkent"), or
between a short number or a closing mark and the next word ("November 10,The", "Pagoda”),then").

Split from spacing.py (one rule a module): the text is scanned only for the marks that the
distinct chunks show with a word (or a number, or a closing mark) before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from mtlint.checks.documents.base import Document
from mtlint.checks.fixes import insertion
from mtlint.checks.langdata import LanguageData
from mtlint.checks.markglue import after_word
from mtlint.checks.model import Applicability, Finding
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    BARE_ENTITY_NAMES,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    scan_starts,
)
from mtlint.checks.typography import word_set

# An entity that lost its "&" right after a mark ("war,rdquo;").
_BARE_ENTITY_AFTER = re.compile(BARE_ENTITY_NAMES + ";")
# An HTML entity ("&nbsp", "&#160", "&#x2f") right before a ";".
_ENTITY_BEFORE = re.compile(
    r"(?:&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})"
    # an entity that lost its "&" ("said.quot;There"): MT602's finding too
    r"|(?<![\w&#])" + BARE_ENTITY_NAMES + ")$"
)


@register
class MissingSpaceAfterComma(Rule):
    code = "MT105"
    name = "missing-space-after-comma"
    summary = "No space after a comma or semicolon between two words ('Moscow,Tashkent')."
    doc = """
    What it finds: a comma or semicolon with a letter on both sides: "Moscow,Tashkent".
    Why it matters: joined segments and list items lose their spaces in MT and extraction.
    Fix safety: safe when both sides are words of two letters or more; unsafe for single letters
    (which may be variables: "x,y").
    Also a whole number of one to three digits standing alone before the comma and a word of
    two letters or more after it ("November 10,The next one": a date run into the next
    clause; 0.7, h25recall; a year's comma is MT153's: "In 2020,the plant").
    Known false positives: numbers (1,000 and 3,5) never match; URLs, file names and code-like
    chunks (with "=", "/" or "@") are skipped, and so is the ";" that ends an HTML entity
    ("vendors&nbsp;today": MT602 reports the entity). Words spelt with a comma inside, listed
    in the language's typography table (``words_with_comma``: Greek "ό,τι"), are left alone.
    """
    examples = (
        Example("He visited Moscow,Tashkent and Minsk.", "He visited Moscow, Tashkent and Minsk."),
        # A number before the comma (h25recall): a date or a year run into the next clause.
        Example(
            "The fair closed on November 10,The next one opens in spring.",
            "The fair closed on November 10, The next one opens in spring.",
        ),
        good("It cost 1,000 dollars; the 2,4-D test, cell A1,B2 and 3,5 euros were listed."),
        good("Είπε ό,τι ήξερε για την πόλη.", "el"),
        Example("Paris;Berlin and vendors&nbsp;today", "Paris; Berlin and vendors&nbsp;today"),
        good("It cost 1,000 dollars, or 3,5 euros; see http://a.org/x?a,b and f(x)=a,b."),
        Example(
            "They saw the temple (the “Black Pagoda”),then went back.",
            "They saw the temple (the “Black Pagoda”), then went back.",
        ),
        good("Call f(x),g(y) and (a),(b); the year (2019),The list; “A”,B."),
        good("The vendors&nbsp;today, caf&eacute;s&#160;open and &#x2F;x&#x2f;then."),
    )

    _pattern = re.compile(r"[,;](?=[^\W\d_])")

    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile(re.escape(mark) + r"(?=[^\W\d_])") for mark in ",;"
    }

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        # Screen: a match and the letter before it lie in one chunk (``chunk_text``); scan
        # the text only for the marks that have both there, each with its own literal-led
        # pattern (one character each, so the merged matches are ``_pattern``'s).
        lines = chunk_text(document)
        found = scan_starts(lines, self._by_mark.values())
        marks = {
            m.group()
            for m in found
            if after_word(lines, m.start())
            or lines[m.start() - 1 : m.start()].isdigit()
            or _after_closing(lines, m.start())
        }
        for match in scan_marks(document, [self._by_mark[mark] for mark in sorted(marks)]):
            start = match.start()
            # "November 10,The third expo", "in 2019,the plant": a number before the mark and
            # a word of two letters or more after it (h25recall); never "1,000" or "3,5".
            number = not after_word(text, start) and _number_before_word(text, match)
            # "(the “Black Pagoda”),then": after a closing mark that follows a word, a
            # lower-case word of two letters or more.
            closed = _after_closing(text, start) and _LOWER_WORD.match(text, match.end())
            if not (number or closed or after_word(text, start)):
                continue
            if looks_technical(text, start, match.end()):
                continue
            # "&nbsp;today": the ";" closes an HTML entity (MT602's finding), not a clause.
            if match.group() == ";" and _ENTITY_BEFORE.search(text, max(0, start - 40), start):
                continue
            # "war,rdquo;": an entity that lost its "&" follows (MT602's), not the next word.
            if _BARE_ENTITY_AFTER.match(text, match.end()):
                continue
            previous = text[max(0, start - 20) : start].split()
            if "=" in text[max(0, start - 20) : start + 20] or (previous and "(" in previous[-1]):
                continue
            before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
            after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 40])
            if before and after and _spelt_with_comma(before.group(), match, after.group(), data):
                continue
            wordy = closed or (
                before and after and len(before.group()) > 1 and len(after.group()) > 1
            )
            yield self.finding(
                start,
                match.end(),
                f"No space after '{match.group()}'",
                fixes=[
                    insertion(
                        match.end(),
                        " ",
                        Applicability.SAFE if wordy or number else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.8 if wordy else _NUMBER_COMMA if number else 0.55,
            )


# A number glued to a word by a comma: 3 of 3 on pool-rec25 (h25recall), none in the native
# English of typos-gum-en; a prior below the word-word case until more are counted.
_NUMBER_COMMA = 0.7
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))\d{1,3}$")
_WORD_AFTER = re.compile(r"[^\W\d_]{2,}(?=[\s.,;:!?)]|$)")


_LOWER_WORD = re.compile(r"[a-z]{2,}\b")


def _after_closing(text: str, mark: int) -> bool:
    """A closing bracket or quotation mark (one or two) stands right before ``mark``, a letter
    or a full stop before it: "Pagoda”),then", "(see above),and"."""
    at = mark - 1
    for _ in range(2):
        if at < 1 or text[at] not in ')]”’"':
            break
        at -= 1
    return at < mark - 1 and (text[at].isalpha() or text[at] == ".")


def _number_before_word(text: str, match: re.Match[str]) -> bool:
    """A whole number of one to three digits standing alone before the comma ("May 3,The",
    "item 12,the") and a word of letters after it: no thousands ("1,000"), decimal ("3,5"),
    code ("a1,b2") or chemical name ("2,4-D") reads so; a year's comma is MT153's ("In
    2020,the plant")."""
    start = match.start()
    return bool(
        _NUMBER_BEFORE.search(text, max(0, start - 8), start)
        and _WORD_AFTER.match(text, match.end())
    )


def _spelt_with_comma(before: str, match: re.Match[str], after: str, data: LanguageData) -> bool:
    """Greek "ό,τι" ("whatever") is one word written with a comma."""
    words = word_set(data, "words_with_comma")
    return bool(words) and f"{before}{match.group()}{after}".lower() in words
