"""A function word capitalised after a spaced dash inside a sentence: "very important for
everybody – The boss, the managers" (MT386; issue 11, mid-sentence capitals). The words are the
language's table, resources/casing/headcase/<lang>.json (after_dash)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingscan import LayoutSkip, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import language_data, led_matches, looks_technical

_DASHES = "–—"
# The dash stands this many words or fewer from the line's start: a term and its definition,
# a label ("apple – The fruit of …"), not a sentence going on.
_LABEL_WORDS = 3


@lru_cache(maxsize=8)
def _cut_words(code: str) -> frozenset[str]:
    """Words a phrase is cut after when a speaker starts again ("that's what – The reason",
    "not at uh — This is"): the language's function words and the table's cut_words."""
    raw = optional_json("casing/headcase", f"{code}.json") or {}
    table = casing_data(code)
    return table.function_words | table.determiners | frozenset(raw.get("cut_words", ()))


@lru_cache(maxsize=8)
def _after_dash_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    raw = optional_json("casing/headcase", f"{code}.json")
    if raw is None or not raw.get("after_dash"):
        return ()
    words = "|".join(sorted((w.capitalize() for w in raw["after_dash"]), key=len, reverse=True))
    # One pattern per dash, led by the dash and a space (a literal prefix the engine jumps
    # between: a class of both dashes was tried at every character, 3 ms per MB), then the
    # capitalised word and a space before a lower-case letter; the word before is read after.
    return tuple(re.compile(f"{dash} ({words}) (?=[a-z])") for dash in _DASHES)


@register
class FunctionWordCapitalAfterDash(Rule):
    code = "MT386"
    name = "function-word-capital-after-dash"
    summary = "A function word capitalised after a dash inside a sentence ('everybody – The boss')."
    languages = table_names("casing/headcase")
    doc = """
    What it finds: an article, a determiner, a conjunction or a preposition (the table's
    after_dash, resources/casing/headcase/<lang>.json) capitalised right after a spaced en or
    em dash that follows a lower-case word, before a lower-case word ("very important for
    everybody – The boss, the managers", "we waited – But nobody came").
    Why it matters: MT joins a source segment to the sentence with a dash and keeps the capital
    of the segment's first word; the shared capital positions of MT302/MT305 never look after a
    dash.
    Fix safety: unsafe; the fix lower-cases the word (the dash may also stand for a lost full
    stop, which the writer decides).
    Known false positives: a dash after a capitalised word or a bracket is a dateline or a
    credit ("KYIV – The", "(Reuters) – The") and is left alone, as is a title after a dash
    (a capital follows: "Star Wars – The Force Awakens"), a term and its definition at a line's
    start ("apple – The fruit of the tree"), headlines and pronouns ("– He never came"); after
    a function word or a filler the phrase was cut off and speech starts again ("that's what –
    The reason", "not at uh — This is": transcripts), which is left alone too.
    """
    examples = (
        Example(
            "This matters to all of us – The teachers, the parents and the pupils.",
            "This matters to all of us – the teachers, the parents and the pupils.",
        ),
        Example(
            "We waited for the bus for an hour — But nobody came to the stop.",
            "We waited for the bus for an hour — but nobody came to the stop.",
        ),
        good("KYIV – The talks resumed on Monday, (Reuters) – The bank said so."),
        good("We watched the film Star Wars – The Force Awakens at home."),
        good("apple – The fruit of the tree, eaten raw or cooked."),
        good("We waited for an hour – He never came, and we left."),
        good("Well, that's what the – I mean, that's what – The reason is the heat."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if not any(dash in text for dash in _DASHES):
            return
        code = language_data(document).code
        patterns = [p for p in _after_dash_patterns(code) if p.pattern[0] in text]
        if not patterns:
            return
        skip = LayoutSkip(document)
        # Each pattern tried at its dash's shared offsets (``led_matches``: the same matches
        # as a scan of the whole text for "– ", ~35 ms per 50 MB a dash).
        matches = (
            match
            for pattern in patterns
            for match in led_matches(document, pattern, pattern.pattern[0])
        )
        for match in matches:
            dash = match.start()
            start, end = match.span(1)
            if not _after_lower_word(text, dash):
                continue
            if previous_word(text, dash - 1).lower() in _cut_words(code):
                continue  # a phrase cut off: speech starting again ("what – The reason")
            if _label_line(text, dash) or looks_technical(text, start, end):
                continue
            if next_word(text, end)[:1].isupper() or skip(start, end):
                continue
            word = match.group(1)
            yield self.finding(
                start,
                end,
                f"'{word}' is capitalised after a dash inside a sentence",
                fixes=[
                    Fix(
                        (Edit(start, start + 1, word[0].lower()),),
                        Applicability.UNSAFE,
                        f"lower-case '{word}'",
                    )
                ],
                confidence=0.6,
            )


def _after_lower_word(text: str, dash: int) -> bool:
    """A lower-case word (or one with a comma) and one space stand before the dash."""
    return text[dash - 1 : dash] == " " and (
        text[dash - 2 : dash - 1].islower()
        or (text[dash - 2 : dash - 1] == "," and text[dash - 3 : dash - 2].islower())
    )


def _label_line(text: str, dash: int) -> bool:
    line_start = text.rfind("\n", 0, dash) + 1
    return len(text[line_start:dash].split()) <= _LABEL_WORDS
