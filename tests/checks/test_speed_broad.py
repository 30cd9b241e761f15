"""MT346/MT347's content-word pattern tries the candidate word first (a look-ahead) and its
look-behinds after: the matches are those of the pattern with the look-behinds first, on
invented texts that put the candidates after articles, possessives, sentence ends and lower-
case words, before lower-case words, short capitals and marks."""

from __future__ import annotations

import random
import re

from mtlint.checks.casingbroad import _pattern, broad_table
from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.textscan import trie_pattern

_WORDS = frozenset({"Costs", "Report", "Rep", "Reports", "Market", "Ice", "Iceland"})


def _looks_behind_first(words: frozenset[str], code: str) -> re.Pattern[str]:
    trie = trie_pattern(words)
    table = broad_table(code)
    articles = sorted(casing_data(code).determiners - table.possessives)
    not_after = "".join(f"(?<!\\b{re.escape(article)} )" for article in articles)
    lower = "[^\\W\\d_A-Z\\u00c0-\\u00de]"
    openers = "".join(
        f"|(?<=\\n{word} )|(?<=[.!?] {word} )|(?<=\\A{word} )"
        for word in map(re.escape, sorted(table.opening_articles))
    )
    return re.compile(
        f" (?:(?<=[^\\W_A-Z\\u00c0-\\u00de] ){not_after}{openers})({trie})"
        f"(?= (?:{lower}|[{UPPER_CLASS}][^\\W\\d_]{{0,7}} {lower}))"
    )


def test_content_pattern_matches_as_before() -> None:
    new = _pattern(_WORDS, "en", False)
    old = _looks_behind_first(_WORDS, "en")
    pieces = [*sorted(_WORDS), "the", "a", "our", "their", "The", "rose", "new", "On", "Day"]
    pieces += ["1990", ".", ",", "\n", "é", "Über", "costs", "Reportage", "x"]
    generator = random.Random(346)
    for _ in range(3000):
        text = " ".join(generator.choices(pieces, k=generator.randint(1, 14)))
        text = text.replace(" . ", ". ").replace(" , ", ", ")
        found = [(m.span(), m.groups()) for m in new.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in old.finditer(text)], text
    assert new.search("the costs rose and Costs fell sharply")  # a hit is tried at all


def test_verb_pattern_matches_as_before() -> None:
    """MT310's capitalised verbs: the "ed" by a look-behind and the verbs as a trie match what
    "[A-Z][a-z]{2,}ed" and the verbs longest first matched."""
    from mtlint.checks.rules.casing_verbs import _verb_pattern, entity_case_data

    verbs = entity_case_data("en").present_verbs
    forms = sorted((verb.capitalize() for verb in verbs), key=len, reverse=True)
    old = re.compile(
        " (?=[A-Z])(" + "|".join(["[A-Z][a-z]{2,}ed", *map(re.escape, forms)]) + ")(?= )"
    )
    new = _verb_pattern("en")
    pieces = [*forms[:6], "Bed", "Red", "Reed", "Needed", "Aimed", "Shed", "ed", "the", "x"]
    pieces += ["Addsed", "Calls'", "Speeded.", "Wanted,", "Ended"]
    generator = random.Random(306)
    hits = 0
    for _ in range(3000):
        text = " " + " ".join(generator.choices(pieces, k=generator.randint(1, 10)))
        found = [(m.span(), m.groups()) for m in new.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in old.finditer(text)], text
        hits += len(found)
    assert hits > 1000
