"""An apostrophe on a possessive pronoun (MT238): "its’ rank", "their’s", "your’s".

A possessive pronoun never takes an apostrophe ("its", "theirs", "yours"); MT and hurried
post-editing add one by analogy with the noun possessive. The pronouns are each language's
(``apostrophe_free_possessives`` in resources/typography); the chunks are screened first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, language_data, looks_technical
from mtlint.checks.typography import word_set

# A chunk that is a word and an apostrophe, or a word, an apostrophe and "s" ("their’s"),
# maybe with punctuation after: the word is then looked up.
_CHUNK = re.compile(r"\n([^\W\d_]{2,6})(['’]s?)[,.;:!?)]*(?=\n)")
_OPENING_SINGLE = "‘'"
# A single quotation mark opening a quotation (at a line's start or after a space, bracket or
# double mark, before a word) and one closing it (after a word, before no letter).
_OPENS = re.compile(r"(?:^|(?<=[\s(\[“\"«—–-]))['‘](?=\w)", re.MULTILINE)
_CLOSES = re.compile(r"(?<=[^\W_])['’](?![^\W_])")


@register
class ApostropheOnPronoun(Rule):
    code = "MT238"
    name = "apostrophe-on-pronoun"
    summary = "An apostrophe on a possessive pronoun, which takes none ('its’ rank', 'your’s')."
    doc = """
    What it finds: a possessive pronoun written with an apostrophe: "its’ significance",
    "its' rank", "their’s", "your’s", "her’s" (each language's apostrophe_free_possessives).
    Why it matters: possessive pronouns never take an apostrophe; MT and writers add one by
    analogy with "the city’s", and the text reads as careless.
    Fix safety: unsafe; the apostrophe (and the "s" that follows it on a pronoun already ending
    in "s") is removed: "its’" → "its", "their’s" → "theirs". An apostrophe and a closing
    single quotation mark are one character, so the mark may close a quotation.
    Known false positives: the word quoted as a word in single marks ("the word ‘its’") and a
    single quotation ending on the pronoun ("he said 'not ours' and left": an opening mark
    earlier on the line with no closing one between) are left alone, as are languages without
    a table; a quotation opened on an earlier line and closed on the pronoun is still taken.
    """
    examples = (
        Example(
            "The fair underlined its’ significance and kept its' rank.",
            "The fair underlined its significance and kept its rank.",
        ),
        Example("The choice is your’s, not their’s.", "The choice is yours, not theirs."),
        good("The word ‘its’ is short; the players' fault; it's theirs, it’s ours; 'its' again."),
        good("She answered 'not yours' and left; 'The seat is theirs' he said."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        pronouns = word_set(data, "apostrophe_free_possessives")
        if not pronouns:
            return
        lines = chunk_text(document)
        # "it’s" is a contraction, not "its" with an apostrophe.
        contracting = word_set(data, "contraction_d_m_words")
        tokens = set()
        for hit in _CHUNK.finditer(lines):
            word, mark = hit.groups()
            lowered = word.lower()
            if len(mark) > 1:
                if lowered + "s" in pronouns and lowered not in contracting:
                    tokens.add(word + mark)
            elif lowered in pronouns and lowered.endswith("s"):
                tokens.add(word + mark)
        text = document.text
        for token in sorted(tokens):
            yield from self._occurrences(text, token)

    def _occurrences(self, text: str, token: str) -> Iterator[Finding]:
        word_end = len(token) - (2 if token.endswith("s") and token[-2] in "'’" else 1)
        at = text.find(token)
        while at != -1:
            end = at + len(token)
            before = text[at - 1 : at]
            after = text[end : end + 1]
            if (
                (at == 0 or not before.isalnum())
                and not (after.isalnum() or after in "'’")
                and before not in _OPENING_SINGLE
                and not looks_technical(text, at, end)
                and not _inside_single_quotation(text, at)
            ):
                mark = at + word_end
                fixed = "s" if end - mark == 2 else ""
                yield self.finding(
                    at,
                    end,
                    f"'{token}': a possessive pronoun takes no apostrophe",
                    fixes=[
                        Fix(
                            (Edit(mark, end, fixed),), Applicability.UNSAFE, "remove the apostrophe"
                        )
                    ],
                    confidence=0.8,
                )
            at = text.find(token, at + 1)


def _inside_single_quotation(text: str, at: int) -> bool:
    """Whether a single quotation is open at ``at``: an opening mark stands earlier on the line
    with no closing mark after it ("He said 'not ours' …": the mark after "ours" closes it)."""
    start = text.rfind("\n", 0, at) + 1
    opened = -1
    for match in _OPENS.finditer(text, start, at):
        opened = match.end()
    return opened != -1 and _CLOSES.search(text, opened, at) is None
