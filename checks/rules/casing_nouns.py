"""Nouns in lower case in a language that capitalises every noun: "die regierung" (MT309;
issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data, casing_languages
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.regexprefix import led_words
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical


@lru_cache(maxsize=16)
def _lower_noun_pattern(code: str) -> re.Pattern[str] | None:
    extra = entity_case_data(code)
    if not (extra.noun_suffixes and extra.articles_before_nouns):
        return None
    articles = sorted(
        {form for a in extra.articles_before_nouns for form in (a, a.capitalize())},
        key=len,
        reverse=True,
    )
    endings = "|".join(map(re.escape, extra.noun_suffixes))
    # Led by the articles' first letters, the look-behind after each (a pattern that opened
    # with it was tried at every character: 1.9 -> 0.x s per 50 MB of German; same matches).
    return re.compile(
        led_words(articles, r"[\w\-]")
        + r" ([a-zäöüß][a-zäöüß]{2,}(?:"
        + endings
        + r"))(?=[ ,.;:!?)\"“”]|$)"
    )


@register
class LowercaseNoun(Rule):
    code = "MT309"
    name = "lowercase-noun"
    summary = (
        "A noun written in lower case where the language capitalises every noun ('die regierung')."
    )
    languages = frozenset(
        code for code in casing_languages() if casing_data(code).nouns_capitalised
    )
    doc = """
    What it finds: in a language that capitalises every noun (German), a lower-case word right
    after an article or a contracted preposition ("die", "einer", "zur") that ends in an ending
    only nouns have ("-ung", "-heit", "-keit", "-schaft", "-tät", "-ion"): "die regierung hat",
    "zur verfügung".
    Why it matters: MT and case-folding filters lower-case nouns; in German that is a spelling
    error every reader sees, and spell checkers that ignore case miss it.
    Fix safety: unsafe; the fix capitalises the noun.
    Known false positives: a lower-case word quoted from another language after a German
    article ("die session") is flagged; adjectives ("jung") are too short to match.
    """
    examples = (
        Example(
            "Die regierung hat am Montag neue Regeln beschlossen.",
            "Die Regierung hat am Montag neue Regeln beschlossen.",
            "de",
        ),
        Example(
            "Das Geld steht zur verfügung, sagte er.",
            "Das Geld steht zur Verfügung, sagte er.",
            "de",
        ),
        good("Die Regierung ist jung und die Leute sind zufrieden.", "de"),
        good("Die neue Regierung hat die Bildungs- und Forschungspolitik geändert.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        pattern = _lower_noun_pattern(language_data(document).code)
        if pattern is None:
            return
        text = document.text
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if looks_technical(text, start, end):
                continue
            word = match.group(1)
            fixed = word[0].upper() + word[1:]
            yield self.finding(
                start,
                end,
                f"Noun in lower case: '{word}' (the language capitalises every noun)",
                fixes=[Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write '{fixed}'")],
                confidence=0.8,
            )
