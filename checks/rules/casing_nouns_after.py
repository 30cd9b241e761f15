"""Casing: a noun written in lower case right after a preposition, in a language that
capitalises every noun (MT381): "in übereinstimmung mit", "auf überfall und".

The evidence is a word list (resources/casing/nouns/<lang>.txt, built by
bench/build_noun_list.py): the language's frequent words its hunspell dictionary accepts only
capitalised (nouns no verb or adjective is spelt like), less the words English uses more (loans
left in lower case are MT523's). The prepositions are the language's (resources/casing/nouns/
<lang>.json). MT309 reads the lower-case noun after an article by its ending; this rule reads
any listed noun after a preposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, optional_text, table_names
from mtlint.checks.textscan import find_words, language_data, looks_technical, word_gate
from mtlint.checks.wordshape import document_words


@cache
def _nouns(code: str) -> frozenset[str]:
    raw = optional_text("casing/nouns", f"{code}.txt") or ""
    return frozenset(line for line in raw.splitlines() if line and not line.startswith("#"))


@cache
def _prepositions(code: str) -> frozenset[str]:
    table = optional_json("casing/nouns", f"{code}.json") or {}
    return frozenset(w for word in table.get("prepositions", ()) for w in (word, word.capitalize()))


# The word before a noun: a word, then exactly one space.
_WORD_BEFORE = re.compile(r"(?<![\w\-])(\w+) $")
# After the noun: a space, a mark or the end (not a hyphen or an apostrophe: "über-", "fall's").
_AFTER = re.compile(r"[ ,.;:!?)\n]|$")


@cache
def _confidence(code: str) -> float:
    table = optional_json("casing/nouns", f"{code}.json") or {}
    return float(table.get("confidence", 0.0))


def _languages() -> frozenset[str]:
    return frozenset(name.removesuffix(".json") for name in table_names("casing/nouns"))


@register
class LowercaseNounAfterPreposition(Rule):
    code = "MT381"
    name = "lowercase-noun-after-preposition"
    summary = (
        "A noun in lower case after a preposition where the language capitalises every noun "
        "('in übereinstimmung mit')."
    )
    languages = _languages()
    doc = """
    What it finds: in a language that capitalises every noun (German), a lower-case word right
    after a preposition ("in", "auf", "mit", "zur" …: resources/casing/nouns/<lang>.json) that
    is a noun only: a frequent word the language's hunspell dictionary accepts capitalised and
    rejects in lower case ("in übereinstimmung mit dem Projekt", "auf überfall und").
    Why it matters: MT and case-folding lower a noun; in German every reader sees it, and a
    spell checker that ignores case accepts it. MT309 reads a lower-case noun after an article
    by a noun ending ("-ung", "-heit"); after a preposition and without such an ending it is
    missed there.
    Fix safety: unsafe; the fix capitalises the noun.
    Known false positives: a lower-case word of another language after a German preposition
    (English words English uses more than German are left out of the list: MT523 reads them);
    quoted user-interface labels or code in lower case. Its confidence is its measured
    precision (BENCHMARKS.md h22de: 2/2 on realmt-de19, no finding on 120,000 words of TED
    MT and the native German dev texts).
    """
    examples = (
        Example(
            "Das Denkmal wurde in übereinstimmung mit dem Entwurf errichtet.",
            "Das Denkmal wurde in Übereinstimmung mit dem Entwurf errichtet.",
            "de",
        ),
        Example(
            "Die Schiffe warteten auf überfall und Sturm.",
            "Die Schiffe warteten auf Überfall und Sturm.",
            "de",
        ),
        good("Sie kamen in Übereinstimmung mit dem Plan und gingen zu essen und laufen.", "de"),
        good("Wir sprechen im meeting über das update.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        nouns = _nouns(code)
        if not nouns:
            return
        # The document's distinct words first (one set intersection): correct text holds few
        # or no nouns in lower case, so only those few are looked for in the text.
        present = document_words(document) & nouns
        if not present:
            return
        prepositions = _prepositions(code)
        confidence = _confidence(code)
        text = document.text
        spans = find_words(text, present, word_gate(document))
        for word, places in sorted(spans.items()):
            for start, end in places:
                before = _WORD_BEFORE.search(text, max(0, start - 16), start)
                if before is None or before.group(1) not in prepositions:
                    continue
                if not _AFTER.match(text, end) or looks_technical(text, start, end):
                    continue
                fixed = word[0].upper() + word[1:]
                yield self.finding(
                    start,
                    end,
                    f"Noun in lower case after a preposition: '{word}' (the language capitalises "
                    "every noun)",
                    fixes=[
                        Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write '{fixed}'")
                    ],
                    confidence=confidence,
                )
