"""A compound that lost its hyphen (family MT9): a prefix the language never writes as a word of
its own, standing apart from the word it belongs to ("anti fraud", "self protection").

Sources without hyphens (Chinese, Japanese, Korean) give MT nothing to copy; the prefixes are
data (resources/residue/hyphen_prefixes.json), per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from mtlint.checks.casingscan import previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import (
    base_language,
    find_all,
    language_data,
    lowered_chunk_heads,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import zipf

if TYPE_CHECKING:
    from mtlint.checks.wordgate import WordGate

# A character a prefix never follows as a word of its own ("counter-anti", "o'self").
_BEFORE = re.compile(r"[\w\-’']")


def _found(
    text: str, needle: str, pattern: re.Pattern[str], gate: WordGate | None = None
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches where ``needle`` (its literal start, after a space for a prefix in
    lower case: "self " stands inside every "itself ") stands as a word. A hit after a word
    character is never one, so the ``gate``'s windows hold every match (``find_all``)."""
    skip = 1 if needle.startswith(" ") else 0
    for at in find_all(text, needle, gate, skip):
        start = at + skip
        if not start or not _BEFORE.match(text, start - 1):
            match = pattern.match(text, start)
            if match is not None:
                yield match


class Prefixes(NamedTuple):
    words: frozenset[str]
    # Per prefix, its forms (lower case, capitalised), each with the pattern of the form and
    # the word after it, matched where ``str.find`` finds the form and a space (a scan at C
    # speed, several times a regex scan's; what stands before is asked per match).
    patterns: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    nouns: frozenset[str]
    endings: tuple[str, ...]
    joined: frozenset[str]
    not_after: frozenset[str]
    not_before: frozenset[str]
    phrase_before: frozenset[str]
    min_zipf: float


@cache
def _prefixes(language: str) -> Prefixes | None:
    entry = resource_json("residue", "hyphen_prefixes.json").get(language)
    if not entry:
        return None
    every = set(entry["prefixes"]) | set(entry["noun_prefixes"])
    patterns = {
        word: tuple(
            (needle, re.compile(rf"({re.escape(form)}) ([a-z]{{3,}})(?![\w\-’'])"))
            for form, needle in ((word, f" {word} "), (word.capitalize(), f"{word.capitalize()} "))
        )
        for word in every
    }
    return Prefixes(
        frozenset(every),
        patterns,
        frozenset(entry["noun_prefixes"]),
        tuple(entry["derived_endings"]),
        frozenset(entry["joined_words"]),
        frozenset(entry["not_after"]),
        frozenset(entry["not_before"]),
        frozenset(entry.get("phrase_before", ())),
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
    # "sine qua non appear": the prefix ends a Latin phrase, the next word is the sentence's.
    previous = previous_word(text, max(0, match.start() - 1)).lower()
    if previous in table.phrase_before:
        return None
    if prefix not in table.nouns:
        return 0.85
    # "self": also a noun ("my former self", "the self"); only before a derived word.
    if previous in table.not_after:
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
        good("Trust is the sine qua non listed first in the charter of the two clubs."),
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
        present = table.words & lowered_chunk_heads(document)
        chunks = unique_chunks(document)
        gate = word_gate(document)
        # Each form (lower case, capitalised) only where the text holds it as a chunk of its
        # own: a scan of the whole text costs 1 % of the rule pass.
        matches = (
            match
            for word in sorted(present)
            for needle, pattern in table.patterns[word]
            if needle.strip() in chunks
            for match in _found(text, needle, pattern, gate)
        )
        for match in sorted(matches, key=re.Match.start):
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
