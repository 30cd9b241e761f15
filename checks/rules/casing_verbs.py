"""A verb capitalised after a name, as if it were part of it: "the Ministry Announced new"
(MT310; issue 11, entity case).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingcommon import derived_from_a_word
from mtlint.checks.casingdata import CasingData, casing_data
from mtlint.checks.casingextra import entity_case_data, lower_fix
from mtlint.checks.casingscan import LayoutSkip, mid_capital_matches, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.model import Finding
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, trie_pattern
from mtlint.checks.wordlists import zipf


@lru_cache(maxsize=16)
def _name_words(code: str) -> frozenset[str]:
    """Every word of the gazetteer's names, in lower case ("united", "limited", "armed")."""
    return frozenset(
        part for key in local_names(code, include_ambiguous=True) for part in key.split(" ")
    )


@register
class VerbCapitalAfterName(Rule):
    code = "MT310"
    name = "verb-capital-after-name"
    summary = (
        "A verb capitalised after a name, as if it were part of it ('the Ministry Announced new')."
    )
    languages = frozenset({"en"})
    doc = """
    What it finds: a past form ("Announced", "Confirmed") capitalised right after a
    capitalised name and before a lower-case word: "the Ministry of Health Announced new
    measures"; or a verb of news in -s from the table's present_verbs ("Speaks", "Warns")
    before a lower-case word or a function word, unless a capitalised word follows within three
    words (a headline run into the text: "Minister Welcomes his Mexican Counterpart"; the same
    for a past form: "Commission Visited the Company", "Village Transformed into “Makers
    Place”"). A past form must come from a common verb ("announce"); no word of any name the
    gazetteer knows is taken ("Manchester United said", "Armed Forces").
    Why it matters: MT keeps the title case of a link or a name's segment and runs it into the
    verb that follows; a spell checker accepts the word.
    Fix safety: unsafe; the fix lower-cases the verb.
    Known false positives: titles of works in running text that end in a past form ("the film
    Paris Revisited was"), unless the line is a title-case headline.
    """
    examples = (
        Example(
            "The Ministry of Health Announced new measures on Monday.",
            "The Ministry of Health announced new measures on Monday.",
        ),
        good("Manchester United said on Monday that the Armed Forces Day was held."),
        Example(
            "Reporters waited while Mario Draghi Speaks to the press in the hall.",
            "Reporters waited while Mario Draghi speaks to the press in the hall.",
        ),
        good("Cuban Foreign Minister Welcomes his Mexican Counterpart in Havana."),
        good(
            "Officials of the Harbin Songbei District Planning and Housing Commission Visited "
            "the Plant\nOn May 3rd, five officials came to the plant and met the staff."
        ),
        good("Old Mill Village Transformed into “Makers Place”, the county reports."),
        good("Ministry Of Health Announced New Measures"),
        good("The Golden State Warriors said the Ministry of Foreign Affairs called."),
        good("The Ministry of Health announced new measures on Monday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        table = casing_data(data.code)
        text = document.text
        names = _name_words(data.code)
        skip = LayoutSkip(document)
        for match in self._candidates(document, table):
            word = match.group(1)
            lower = word.lower()
            if lower in names or not previous_word(text, match.start())[:1].isupper():
                continue
            start, end = match.span(1)
            if skip(start, end):
                continue
            yield self.finding(
                start,
                end,
                f"'{word}' is capitalised after the name before it: a verb, not part of the name",
                fixes=[lower_fix(start, word, lower)],
                confidence=0.65,
            )

    @staticmethod
    def _candidates(document: Document, table: CasingData) -> Iterator[re.Match[str]]:
        """Past forms of common verbs before a lower-case word ("Announced new"), and the
        table's verbs of news in -s before a lower-case word or a capitalised function word
        ("Speaks After")."""
        code = table.code
        text = document.text
        # One pass over the shared mid-sentence capitals for both shapes.
        for match in mid_capital_matches(document, _verb_pattern(code)):
            word = match.group(1)
            if word.endswith("ed") and text[match.end() + 1 : match.end() + 2].islower():
                if zipf(word.lower(), code) < 3.0 or not derived_from_a_word(word, table, code):
                    continue
                # "Reform Commission Visited the Company": a headline in title case, as below
                # (pool-prec25: both past forms at the bar were such headlines).
                if not _title_case_after(text, match.end(), table):
                    yield match
                continue
            following = next_word(text, match.end())
            if not (following[:1].islower() or table.lower(following) in table.function_words):
                continue
            # "Minister Welcomes his Mexican Counterpart": a headline (present tense, title
            # case) run into the text; its verb is the headline's.
            if not _title_case_after(text, match.end(), table):
                yield match


_NEXT_WORDS = re.compile(r"(?: +[\"“‘']?[^\W\d_][\w'’\-]*){1,3}")
_OPENING_QUOTES = "\"“‘'"


def _title_case_after(text: str, end: int, table: CasingData) -> bool:
    """One of the next three words is a capitalised word other than a function word."""
    match = _NEXT_WORDS.match(text, end)
    words = (word.lstrip(_OPENING_QUOTES) for word in match.group().split()) if match else ()
    return any(
        word[:1].isupper() and table.lower(word) not in table.function_words for word in words
    )


@lru_cache(maxsize=16)
def _verb_pattern(code: str) -> re.Pattern[str]:
    """A capitalised past form in -ed, or one of the table's verbs of news in -s."""
    verbs = entity_case_data(code).present_verbs
    # The past form's "ed" read by a look-behind at the end of the lower-case run (not tried
    # at each of its letters), the verbs as a trie (not one literal after another): the same
    # matches as "[A-Z][a-z]{2,}ed|" + the forms longest first, 0.053 -> 0.038 s on 50 MB.
    forms = "|" + trie_pattern({verb.capitalize() for verb in verbs}) if verbs else ""
    return re.compile(f" (?=[A-Z])([A-Z][a-z]{{4,}}(?<=ed){forms})(?= )")
