"""Quotation marks a source convention or a broken page left behind (family MT2): a dash of
direct speech after a closing quotation mark ('…," - added Zhivitsky', the Russian and Polish
'», – сказал он'). (An entity whose ampersand was lost, 'quot;There', is MT602's.)

The verbs of saying are the language's (``attribution_words`` in
resources/typography/<lang>.json): only languages that list them, and whose own convention has
no dash there, are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical, scan_starts
from mtlint.checks.typography import word_set

# A closing mark (after a word or the quotation's punctuation), an optional comma, an optional
# space, a dash and a space; one pattern per closing mark, each led by its mark as a literal (a
# pattern led by a class is tried at every position, 0.22 s per 10 MB; hyphens are frequent,
# quotation marks rare). Group 1: the comma, space and dash.
_DASH_AFTER_QUOTE = tuple(
    re.compile(re.escape(mark) + r"(?<=[\w.,!?]" + re.escape(mark) + r")(,? ?[-–—])(?= )")
    for mark in '”"»'
)
_WORDS = re.compile(r"[^\W\d_]+")
# Up to this many capitalised words (a name, a title) before the verb of saying.
_NAME_WORDS = 4


@register
class DashAfterQuotation(Rule):
    code = "MT221"
    name = "dash-after-quotation"
    summary = "A dash of direct speech between a quotation and its attribution ('…,\" - added X')."
    doc = """
    What it finds: a dash between a closing quotation mark and the attribution that follows it
    ('"…the second time in a month," - added Zhivitsky', '"…unity," - says the Prime
    Minister', '"…situation,"- Gia Volski said'): the source language's way of marking direct
    speech (Russian «…», – сказал он; Polish „…” – powiedział), kept by MT. The attribution is
    a verb of saying of the language's table, or up to four capitalised words and one.
    Why it matters: English and German put no dash there; the reader sees a parenthesis
    that never closes.
    Fix safety: unsafe: the dash (and the space before it) is removed.
    Known false positives: a blurb credit ('"A masterpiece" – The Times') has no verb of
    saying and is left alone; languages whose convention uses the dash are not read.
    """
    languages = frozenset({"en", "de"})
    examples = (
        Example(
            '"It was the second time in a month," - added the spokesman.',
            '"It was the second time in a month," added the spokesman.',
        ),
        Example(
            "“We are in a very difficult situation,”- Anna Volska said.",
            "“We are in a very difficult situation,” Anna Volska said.",
        ),
        good('"A masterpiece" – The Times. "We agree," said the editor - and left.'),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        verbs = word_set(language_data(document), "attribution_words")
        if not verbs:
            return
        text = document.text
        for match in scan_starts(text, _DASH_AFTER_QUOTE):
            dash = match.end(1) - 1
            if not _attribution(text, dash + 2, verbs) or looks_technical(text, dash - 2, dash + 2):
                continue
            start = dash - 1 if text[dash - 1] == " " else dash
            yield self.finding(
                start,
                dash + 1,
                "A dash between the quotation and its attribution: the source's convention",
                fixes=[Fix((Edit(start, dash + 1, ""),), Applicability.UNSAFE, "remove the dash")],
                confidence=0.75,
            )


def _attribution(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the words from ``at`` attribute the quotation: a verb of saying first, or up to
    four capitalised words and then one ("Gia Volski said")."""
    position = at
    for index in range(_NAME_WORDS + 1):
        word = _WORDS.match(text, position)
        if word is None:
            return False
        if word.group().lower() in verbs:
            return True
        if index == _NAME_WORDS or not word.group()[0].isupper():
            return False
        position = word.end()
        if text[position : position + 1] != " ":
            return False
        position += 1
    return False
