"""A compound that lost its hyphen (family MT9): a prefix the language never writes as a word of
its own, standing apart from the word it belongs to ("anti fraud", "self protection").

Sources without hyphens (Chinese, Japanese, Korean) give MT nothing to copy; the prefixes are
data (resources/residue/hyphen_prefixes.json), per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from mtlint.checks.casingscan import previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, language_data, lowered_chunk_heads
from mtlint.checks.wordlists import zipf


class Prefixes(NamedTuple):
    words: frozenset[str]
    pattern: re.Pattern[str]
    nouns: frozenset[str]
    endings: tuple[str, ...]
    joined: frozenset[str]
    not_after: frozenset[str]
    not_before: frozenset[str]
    min_zipf: float


@cache
def _prefixes(language: str) -> Prefixes | None:
    entry = resource_json("residue", "hyphen_prefixes.json").get(language)
    if not entry:
        return None
    every = sorted(set(entry["prefixes"]) | set(entry["noun_prefixes"]), key=len, reverse=True)
    # A prefix in lower case or capitalised (a sentence's start), one space, a lower-case word.
    either = "|".join(f"{re.escape(w)}|{re.escape(w.capitalize())}" for w in every)
    pattern = re.compile(rf"(?<![\w\-’'])({either}) ([a-z]{{3,}})(?![\w\-’'])")
    return Prefixes(
        frozenset(every),
        pattern,
        frozenset(entry["noun_prefixes"]),
        tuple(entry["derived_endings"]),
        frozenset(entry["joined_words"]),
        frozenset(entry["not_after"]),
        frozenset(entry["not_before"]),
        float(entry["min_zipf"]),
    )


def _compound(
    text: str, match: re.Match[str], table: Prefixes, stop_words: frozenset[str]
) -> float | None:
    """The confidence that the match is a compound written apart, or None."""
    prefix, word = match.group(1).lower(), match.group(2)
    # A function word never takes the prefix ("Non the less" is another slip).
    if word in table.not_before or word in stop_words or zipf(word) < table.min_zipf:
        return None
    if prefix not in table.nouns:
        return 0.85
    # "self": also a noun ("my former self", "the self"); only before a derived word.
    if previous_word(text, max(0, match.start() - 1)).lower() in table.not_after:
        return None
    if word in table.joined or word.endswith(table.endings):
        return 0.75
    return None


@register
class CompoundLostHyphen(Rule):
    code = "MT965"
    name = "compound-lost-hyphen"
    summary = "A prefix written apart from its word, the hyphen lost ('anti fraud', 'self help')."
    doc = """
    What it finds: a prefix the language joins with a hyphen and never writes alone ("anti",
    "non", "multi", "semi", "pseudo") standing one space before a common word ("anti fraud",
    "non profit"), and "self" before a derived word or one of its usual partners ("self
    protection", "self esteem") where no possessive or article makes it a noun ("my former
    self"). Prefixes and partners are data (resources/residue/hyphen_prefixes.json).
    Why it matters: Chinese, Japanese and Korean sources have no hyphen for MT to copy, and
    the compound reads as two words.
    Fix safety: unsafe: the space becomes a hyphen ("anti-fraud"); some compounds are also
    written solid ("nonprofit", "antifraud") by house style.
    Known false positives: a Latin or French phrase ("persona non grata", "non sequitur": the
    table's exceptions), "self" as a noun after a word the table does not list ("his usual
    self protection" reads wrong either way)."""
    languages = frozenset({"en"})
    examples = (
        Example(
            "The town held an anti fraud campaign for older residents.",
            "The town held an anti-fraud campaign for older residents.",
        ),
        Example(
            "Officers taught children self protection skills at the school.",
            "Officers taught children self-protection skills at the school.",
        ),
        Example(
            "Non profit groups delivered food to the village.",
            "Non-profit groups delivered food to the village.",
        ),
        good("He was declared persona non grata and left the country."),
        good("She was not her usual self during the talks, aides said."),
        good("The anti-fraud campaign and the self-protection course both began in May."),
        good("The self is a theme of the novel, and the self protects itself."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        table = _prefixes(base_language(document))
        if table is None or not table.words & lowered_chunk_heads(document):
            return
        text = document.text
        data = language_data(document)
        stop_words = data.stop_words | data.function_words
        for match in table.pattern.finditer(text):
            confidence = _compound(text, match, table, stop_words)
            if confidence is None or document.is_protected(match.start(), match.end()):
                continue
            space = match.end(1)
            joined = f"{match.group(1)}-{match.group(2)}"
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' is one word with a hyphen: '{joined}'",
                fixes=(Fix((Edit(space, space + 1, "-"),), Applicability.UNSAFE, f"'{joined}'"),),
                confidence=confidence,
            )
