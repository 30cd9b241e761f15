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
from mtlint.checks.textscan import language_data, looks_technical


@cache
def _nouns(code: str) -> frozenset[str]:
    raw = optional_text("casing/nouns", f"{code}.txt") or ""
    return frozenset(line for line in raw.splitlines() if line and not line.startswith("#"))


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    table = optional_json("casing/nouns", f"{code}.json")
    if not table or not _nouns(code):
        return None
    forms = {form for word in table["prepositions"] for form in (word, word.capitalize())}
    body = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    # The preposition, one space, a lower-case word of four letters or more, then a space or a
    # mark: not a word joined by a hyphen or an apostrophe ("in über-", "auf überfall's").
    return re.compile(rf"(?<![\w\-])(?:{body}) ([^\W\d_A-ZÄÖÜ]{{4,}})(?=[ ,.;:!?)]|$)", re.M)


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
        pattern = _pattern(code)
        if pattern is None:
            return
        nouns = _nouns(code)
        confidence = _confidence(code)
        text = document.text
        for match in pattern.finditer(text):
            word = match.group(1)
            if word not in nouns:
                continue
            start, end = match.span(1)
            if looks_technical(text, start, end):
                continue
            fixed = word[0].upper() + word[1:]
            yield self.finding(
                start,
                end,
                f"Noun in lower case after a preposition: '{word}' (the language capitalises "
                "every noun)",
                fixes=[Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write '{fixed}'")],
                confidence=confidence,
            )
