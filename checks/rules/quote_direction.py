"""Quotation marks turned or glued the wrong way by MT and detokenisers (family MT2):
an opening mark glued between two words ("Venezuela“added", "said“we"), punctuation doubled
around a closing mark (",”, he said").

Which way a mark faces is decided by the paragraph: the double marks before it (an odd number
means a quotation is open there) and the word after it (a verb of saying after a mark closes
the quotation: "…“added the minister"). The verbs are data (``attribution_words`` in
resources/typography/<lang>.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.foreign import regional_quote_marks
from mtlint.checks.langdata import every_language_words
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.quote_nesting import attribution_follows, quotation_open_at
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    text_characters,
)
from mtlint.checks.typography import table, word_set


@register
class GluedOpeningQuote(Rule):
    code = "MT211"
    name = "glued-opening-quote"
    summary = (
        "An opening quotation mark glued to the word before it ('said“we', 'Venezuela“added')."
    )
    doc = """
    What it finds: a double opening mark of the language (“ in English) with a letter or a
    sentence mark right before it and a letter, a comma or full stop, or the end of the
    paragraph right after it. Where it opens a quotation ("said“we will") the space before it
    is lost; where it ends one (a quotation is open, or a verb of saying follows: "in
    Venezuela“added official sources", "several times“, and") MT turned the closing mark round
    and glued it to the next word. With a space after it and no quotation open ("said“ yes")
    it is an opening mark spaced the wrong way: MT110's.
    Why it matters: MT and detokenisers attach quotation marks to the wrong word and, from
    sources that write ”…” or “…“, turn them; the reader cannot tell where the quotation ends.
    Fix safety: unsafe: a space before the opening mark, or the closing mark and a space.
    Known false positives: languages whose marks attach to words (Hebrew, Arabic, Korean
    particles) and languages where “ closes (German, Latvian, Lithuanian „…“) are exempt (the
    language's tables, checked against CLDR's delimiters);
    URLs, code and handles are left alone.
    """
    examples = (
        Example(
            "The minister said“we will not allow it” and left.",
            "The minister said “we will not allow it” and left.",
        ),
        Example(
            "Spain wants a peaceful solution in Venezuela“added official sources on Sunday.",
            "Spain wants a peaceful solution in Venezuela” added official sources on Sunday.",
        ),
        Example(
            "“We are ready to talk to everyone“he said on Monday.",
            "“We are ready to talk to everyone” he said on Monday.",
        ),
        Example(
            "“I have done it several times“, the minister said.",
            "“I have done it several times”, the minister said.",
        ),
        Example(
            "“La deuda sigue creciendo“, declaró el director.",
            "“La deuda sigue creciendo”, declaró el director.",
            language="es",
        ),
        good("He said “we will not allow it” and left; the “new” plan is ready."),
        good("He said“ yes” to it."),
        good("Er sagte: „Wir sind bereit“, und ging.", language="de"),
        good("See https://example.org/a“b for the file."),
        Example(
            "He gave a talk entitled‘Keep the Old Roads Open’on behalf of the club.",
            "He gave a talk entitled ‘Keep the Old Roads Open’ on behalf of the club.",
        ),
        good("The city‘s plan and the ‘Open Door’ policy; the team’s own ‘Best’s’ list."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced or table(data, "quotes_attach_to_words", False):
            return
        characters = text_characters(document)
        # A regional variety's marks where the text is in it (Swiss German «…»).
        opening_marks, closing_marks = regional_quote_marks(document.text, characters, data)
        if "‘" in characters and "‘" in opening_marks and not table(data, "elisions"):
            yield from self._single_pair(document.text)
        marks = [
            m
            for m in opening_marks
            if m in characters and m not in closing_marks and m not in "‘’'‛`´"
        ]
        if not marks:
            return
        verbs = word_set(data, "attribution_words")
        doubles = "".join(dict.fromkeys(opening_marks + closing_marks + '"')).replace("’", "")
        doubles = doubles.replace("‘", "")
        text = document.text
        fallback = next((m for m in closing_marks if m not in "‘’'"), "”")
        for match in scan_marks(document, [_glued_between(m) for m in marks]):
            at = match.start()
            if looks_technical(text, at - 1, at + 2):
                continue
            mark = text[at]
            after = text[at + 1 : at + 2]
            is_open = quotation_open_at(text, at, doubles)
            if after.isspace() and not is_open:
                continue  # "said“ yes": an opening mark spaced the wrong way, MT110's
            if not after.isalpha() or attribution_follows(text, at + 1, verbs) or is_open:
                # The mark's own partner (Spanish “ → ”, not the language's first closer »).
                closing = data.quote_pairs.get(mark, fallback)
                turned = closing + " " if after.isalpha() else closing
                edit, title = Edit(at, at + 1, turned), f"'{mark}' → '{turned}'"
                message = f"Opening mark '{mark}' where the quotation ends" + (
                    ", glued to the next word" if after.isalpha() else ""
                )
            else:
                edit, title = Edit(at, at, " "), "add a space before the mark"
                message = f"Opening mark '{mark}' glued to the word before it"
            yield self.finding(
                at - 1,
                min(at + 2, len(text)),  # the mark may end the text
                message,
                fixes=[Fix((edit,), Applicability.UNSAFE, title)],
                confidence=0.75,
            )

    def _single_pair(self, text: str) -> Iterator[Finding]:
        """A single opening mark glued between a lower-case word and a capitalised one (a
        title: "a talk entitled‘Keep Roads Open’on behalf"), and the first ’ after it in the
        paragraph when that one is glued to the next word and opens no contraction."""
        for match in _SINGLE_GLUED.finditer(text):
            at = match.start()
            if not (text[at - 1].islower() and text[at + 1].isupper() and text[at + 2].islower()):
                continue
            if looks_technical(text, at - 1, at + 2):
                continue
            yield self.finding(
                at - 1,
                at + 2,
                "Opening mark '‘' glued to the word before it",
                fixes=[Fix((Edit(at, at, " "),), Applicability.UNSAFE, "add a space before it")],
                confidence=0.75,
            )
            end = text.find("\n", at)
            closing = text.find("’", at, end if end >= 0 else len(text))
            if closing < 0 or not text[closing - 1 : closing].isalpha():
                continue
            word = _WORD_AFTER.match(text, closing + 1)
            if word is None or word.group() in every_language_words("contraction_tails"):
                continue
            yield self.finding(
                closing - 1,
                closing + 2,
                "Closing mark '’' glued to the word after it",
                fixes=[
                    Fix(
                        (Edit(closing + 1, closing + 1, " "),),
                        Applicability.UNSAFE,
                        "add a space after it",
                    )
                ],
                confidence=0.7,
            )


# A single opening mark between a word of three letters or more and a letter.
_SINGLE_GLUED = re.compile(r"‘(?<=[^\W\d_]{3}‘)(?=[^\W\d_]{2})")
# The lower-case word right after a closing mark ("on" in "University’on behalf").
_WORD_AFTER = re.compile(r"[a-z]+\b")
# What follows an apostrophe inside a word ("’s", "n’t", "’ll" …: not a closing mark) is every
# language table's contraction_tails.


@lru_cache(maxsize=32)
def _glued_between(mark: str) -> re.Pattern[str]:
    """The mark after a letter or a sentence mark and before a letter (led by the mark)."""
    escaped = re.escape(mark)
    return re.compile(
        escaped
        + rf"(?:(?<=[^\W\d_]{escaped})(?=[^\W\d_]|[.,;:!?]?(?:\s|$))"
        + rf"|(?<=[.,!?]{escaped})(?=[^\W\d_]|\s*$))"
    )


@register
class PunctuationAroundQuote(Rule):
    code = "MT212"
    name = "punctuation-around-quote"
    summary = "The same comma or full stop on both sides of a closing mark (',”, he said')."
    doc = """
    What it finds: a comma or full stop before a closing quotation mark and another right
    after it (",”, he said", '.". The', ",’, she"): the quotation's punctuation written twice,
    once inside and once outside the mark.
    Why it matters: MT and post-editing merge a source that punctuates outside the quotation
    with a target that punctuates inside; the doubled mark is a typo to the reader.
    Fix safety: unsafe: the mark after the quotation is removed.
    Known false positives: CSV-like lines (",",) and code are left alone, as are different
    marks on the two sides ('“Why?”, he asked' is a house style).
    """
    examples = (
        Example(
            "“The dignity of our institutions must be protected,”, he said.",
            "“The dignity of our institutions must be protected,” he said.",
        ),
        Example(
            'He called it "a historic day.". The talks go on.',
            'He called it "a historic day." The talks go on.',
        ),
        good('“Why now?”, he asked, and “fine,” she said; a,",",b in a CSV file.'),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        marks = [m for m in '”’"»“' if m in characters]
        if not marks:
            return
        # The two marks and the quote between them lie in one chunk, which they end: ask the
        # document's distinct chunks first (a few percent of its size).
        lines = chunk_text(document)
        marks = [m for m in marks if _doubled_around_chunk(m).search(lines)]
        if not marks:
            return
        text = document.text
        for match in scan_marks(document, [_doubled_around(m) for m in marks]):
            at = match.start()
            before, after = text[at - 1], text[at + 1]
            if before != after:
                continue
            if text[at - 2 : at - 1] in ",.\"'" or looks_technical(text, at - 2, at + 2):
                continue
            yield self.finding(
                at - 1,
                at + 2,
                f"'{after}' on both sides of the closing mark '{text[at]}'",
                fixes=[
                    Fix(
                        (Edit(at + 1, at + 2, ""),),
                        Applicability.UNSAFE,
                        f"remove the second '{after}'",
                    )
                ],
                confidence=0.8,
            )


@lru_cache(maxsize=32)
def _doubled_around_chunk(mark: str) -> re.Pattern[str]:
    """``_doubled_around`` in the chunk text: the second mark ends its chunk."""
    escaped = re.escape(mark)
    return re.compile(escaped + rf"(?<=[^\W_][,.]{escaped})(?=[,.](?:\n|\Z))")


@lru_cache(maxsize=32)
def _doubled_around(mark: str) -> re.Pattern[str]:
    """A comma or full stop, the mark, a comma or full stop, then a space or the end."""
    escaped = re.escape(mark)
    return re.compile(escaped + rf"(?<=[^\W_][,.]{escaped})(?=[,.](?:\s|$))")
