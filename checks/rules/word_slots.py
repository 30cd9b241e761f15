"""Real-word slips read from the slot a word stands in (MT991, MT992): an adverb for an
adjective after an indefinite article, a function word short of one letter before a
determiner. The evidence is resources/spelling/slots.json, wordfreq and the cased dictionary:
see checks/slots.py."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.slots import adverb_for_adjective, phrase_slips, short_function_words
from mtlint.checks.textscan import base_language


def _served(key: str) -> frozenset[str]:
    languages = resource_json("spelling", "slots.json")["languages"]
    return frozenset(code for code, table in languages.items() if key in table)


@register
class AdverbForAdjective(Rule):
    code = "MT991"
    name = "adverb-for-adjective"
    summary = "An adverb for the adjective a noun needs ('a systematically summary')."
    languages = _served("adverb_endings")
    severity = Severity.WARNING
    doc = """
    What it finds: an indefinite article, an adverb of an ending no adjective has ("-ically",
    "-ously", "-ively", "-fully" …), then a noun — a word with a common plural, no participle —
    that a preposition or a mark follows ("she wrote a systematically review of the budget"):
    the adverb's adjective was meant ("a systematic summary"). Languages: those with
    adverb_endings in resources/spelling/slots.json (English).
    Why it matters: machine translation from languages that mark adjectives and adverbs alike
    picks the wrong English form; the phrase reads as broken.
    Fix safety: unsafe: the adjective is the adverb's stem by its ending (resources/spelling/
    slots.json), the commoner form first ("-ical" before "-ic").
    Known false positives: a noun that doubles as an adjective after the adverb with a
    preposition next ("a highly public of…" hardly occurs); "the" is no trigger ("the
    economically weak of the region" is a noun phrase). Limit: each adverb asked is one scan
    of the text, so a text of several megabytes is asked about its rarest few adverbs only.
    """
    examples = (
        Example(
            "The rector made a systematically summary of the year's work.",
            "The rector made a systematic summary of the year's work.",
        ),
        good("The rector made a highly successful summary of the year's work."),
        good("It was a carefully planned visit to the region."),
        good("The economically weak of the region need help."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for slip in adverb_for_adjective(document, base_language(document)):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}' before a noun: the adjective '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.65,
            )


@register
class ShortFunctionWord(Rule):
    code = "MT992"
    name = "short-function-word"
    summary = "A function word short of one letter before a determiner ('we waited fr an hour')."
    languages = _served("function_words")
    severity = Severity.WARNING
    doc = """
    What it finds: a preposition or conjunction of the language's table less one letter, a
    form that is no common word ("fr" for "for", "frm" for "from", "btween"), standing between
    a lower-case word and a determiner ("we waited fr an hour at the gate"). Languages: those with
    function_words in resources/spelling/slots.json (English).
    Why it matters: a dropped key in post-editing leaves a word the reader stumbles on; a spell
    checker passes "fr", which the web writes as an abbreviation.
    Fix safety: unsafe: the function word is the one the form comes from (forms two words share
    are never asked).
    Known false positives: an abbreviation or a unit before a determiner ("5 hr a day" follows a
    number and is left alone; "fr the" as chat shorthand for "for real" in informal text).
    """
    examples = (
        Example(
            "We waited fr an hour at the gate.",
            "We waited for an hour at the gate.",
        ),
        good("We waited for an hour at the gate."),
        good("He worked 5 hr a day on the farm."),
        good("The site ends in .fr a day later than planned."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for slip in short_function_words(document, base_language(document)):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}' before a determiner: '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.6,
            )


@register
class PhraseWordSlip(Rule):
    code = "MT993"
    name = "phrase-word-slip"
    summary = "A word of a fixed name or title one letter off ('Prime Minster', 'Untied Nations')."
    languages = _served("fixed_phrases")
    severity = Severity.WARNING
    doc = """
    What it finds: a capitalised word one edit from a word of a name or title the news writes
    often (resources/spelling/slots.json: "Prime Minister", "United Nations", "Security
    Council"), standing among that phrase's other words and far rarer than the word it stands
    for ("Prime Minster", "Untied Nations", "Security Counsil"): a real word a spell checker
    passes ("minster", "untied") or a non-word. Languages: those with fixed_phrases in
    resources/spelling/slots.json (en, fr, it, es, pt, de).
    Why it matters: a slip in a title or an institution's name is the most visible one in a
    news text, and a real-word slip ("Minster") survives every spell check.
    Fix safety: unsafe: the phrase's word is suggested; the phrase's other words must stand
    around it as listed.
    Known false positives: a name that happens to be one letter from a phrase word and stands
    where the phrase does (a place "Acton" before "Plan"); an edit in a word's last two letters
    is never asked (an inflection: "Vice Presidents", "Vice Chairmen").
    """
    examples = (
        Example(
            "The Prime Minster met the envoy on Monday.",
            "The Prime Minister met the envoy on Monday.",
        ),
        Example(
            "She spoke at the Untied Nations in New York.",
            "She spoke at the United Nations in New York.",
        ),
        good("The Prime Minister met the envoy at York Minster."),
        good("The Vice Presidents of both firms met on Monday."),
        good("The Vice Chairmen of the committee met on Monday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for slip in phrase_slips(document, base_language(document)):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}' in a name or title: '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=0.7,
            )
