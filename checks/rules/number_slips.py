"""Real-word slips of grammatical number and of the possessive (MT996, MT997): a plural typed
for the singular after "a" ("two women and a men"), and "it's" typed for "its" before a noun
("before it's completion", "on it's own"). The slots and words are data
(resources/spelling/number_slips.json); a language without an entry has the rules off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, language_data

_TABLE = ("spelling", "number_slips.json")


def _table(language: str) -> dict:
    return resource_json(*_TABLE)["languages"].get(language, {})


def _served(key: str) -> frozenset[str]:
    return frozenset(code for code, t in resource_json(*_TABLE)["languages"].items() if key in t)


@cache
def _plural_pattern(language: str) -> re.Pattern[str] | None:
    """An opener, one space, an irregular plural, then what it stands before."""
    table = _table(language)
    if "irregular_plurals" not in table:
        return None
    openers = "|".join(sorted(map(re.escape, table["singular_openers"]), key=len, reverse=True))
    plurals = "|".join(sorted(map(re.escape, table["irregular_plurals"]), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?i:{openers}) ({plurals})(?![\w'’-])(?P<after>\s*[^\W\d_]*|\s*[^\w\s])"
    )


@cache
def _possessive_pattern(language: str) -> re.Pattern[str] | None:
    """A contraction typed for the possessive: before "own", or after a preposition before a
    noun of a nominal ending."""
    table = _table(language)
    if "possessive" not in table:
        return None
    contraction = table["possessive"][1]
    forms = re.escape(contraction).replace("'", "['’]")
    own = "|".join(map(re.escape, table["own"]))
    endings = "|".join(map(re.escape, table["nominal_endings"]))
    prepositions = "|".join(map(re.escape, table["prepositions"]))
    return re.compile(
        rf"(?<![\w'’-])(?:(?:(?i:{prepositions}) )?({forms}) (?:{own})|"
        rf"(?i:{prepositions}) ({forms}) [a-z]+(?:{endings}))(?![\w'’-])"
    )


@register
class PluralAfterA(Rule):
    code = "MT996"
    name = "plural-after-a"
    summary = "An irregular plural after 'a' or 'one' ('two women and a men'), the singular meant."
    languages = _served("irregular_plurals")
    severity = Severity.WARNING
    doc = """
    What it finds: a word that takes a singular noun ("a", "an", "one", "each", "every"),
    then an irregular plural of the language's table ("men", "women", "children", "feet"),
    then the clause's end, a punctuation mark or a function word ("two women and a men,",
    "a women who"). Languages: those with irregular_plurals in
    resources/spelling/number_slips.json (English).
    Why it matters: a typist or a post-editor changed one letter of "man"; a spell checker
    passes the real word.
    Fix safety: unsafe: the singular of the table replaces the plural.
    Known false positives: a plural used as a modifier before a noun ("a women doctor",
    "a children hospital": a noun follows, left alone), a possessive ("a men's team") and a
    compound ("a men-only club") are left alone.
    """
    examples = (
        Example(
            "There are three wounded: two women and a men, he said.",
            "There are three wounded: two women and a man, he said.",
        ),
        good("He joined a men's choir and a women-only gym."),
        good("The clinic has a children ward and a women doctor."),
        good("Ten men and six women came; each man signed."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        pattern = _plural_pattern(language)
        if pattern is None:
            return
        singular = _table(language)["irregular_plurals"]
        stop_words = language_data(document).stop_words
        for match in pattern.finditer(document.text):
            after = match.group("after").strip()
            if after.isalpha() and after.casefold() not in stop_words:
                continue  # a noun follows: a plural used as a modifier ("a women doctor")
            typed = match.group(1)
            fixed = singular[typed.casefold()]
            start, end = match.span(1)
            yield self.finding(
                start,
                end,
                f"'{match.group(0).split()[0]} {typed}': the singular '{fixed}' after it",
                fixes=(Fix((Edit(start, end, fixed),), Applicability.UNSAFE, fixed),),
                confidence=0.7,
            )


@register
class ContractionForPossessive(Rule):
    code = "MT997"
    name = "contraction-for-possessive"
    summary = "'it's' typed for 'its' before a noun ('before it's completion', 'on it's own')."
    languages = _served("possessive")
    severity = Severity.WARNING
    doc = """
    What it finds: the contraction the language's table names for its possessive ("it's" for
    "its") before "own", or after a preposition before a noun with an ending no adjective or
    verb form has ("before it's completion", "for it's agreement", "on it's own").
    Languages: those with possessive in resources/spelling/number_slips.json (English).
    Why it matters: the commonest real-word slip of English; a spell checker passes it.
    Fix safety: unsafe: the possessive replaces the contraction.
    Known false positives: "it is" before such a noun after a preposition ("in case it's
    completion we need": rare); "it's" before an adjective ("before it's mature") or a verb
    form ("before it's completed") is left alone.
    """
    examples = (
        Example(
            "The road before it's completion was a nightmare in the rainy season.",
            "The road before its completion was a nightmare in the rainy season.",
        ),
        Example(
            "The village grew on it's own after the war.",
            "The village grew on its own after the war.",
        ),
        good("Leave before it's completed, and before it's too late."),
        good("The bridge is finished; it's a fine sight, and its completion took years."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        pattern = _possessive_pattern(language)
        if pattern is None:
            return
        possessive = _table(language)["possessive"][0]
        for match in pattern.finditer(document.text):
            group = 1 if match.group(1) else 2
            start, end = match.span(group)
            yield self.finding(
                start,
                end,
                f"'{match.group(group)}' before a noun: the possessive '{possessive}'",
                fixes=(Fix((Edit(start, end, possessive),), Applicability.UNSAFE, possessive),),
                confidence=0.7,
            )
