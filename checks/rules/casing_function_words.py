"""Casing: a function word capitalised mid-sentence ("north korea Which Western countries",
"He spoke With the press": MT302). Its helpers, shared with MT301 (casing_breaks.py), are in
checks/casingbreaks.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.casingbreaks import (
    CASING_LANGUAGES,
    after_counted_number,
    after_stray_capital,
    casing_words,
    courtesy_clitic,
    inside_name,
    known_title,
    lower_case_fixes,
    lower_pair,
    name_like,
    particle_name,
)
from mtlint.checks.casingdata import CasingData, casing_data
from mtlint.checks.casingscan import (
    LayoutSkip,
    after_word,
    capital_words_pattern,
    mid_capital_matches,
    next_word,
    previous_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import (
    local_names,
)
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    language_data,
)
from mtlint.checks.titleruns import no_break
from mtlint.checks.wordlists import zipf


def _opens_clause(word: str, data: LanguageData) -> bool:
    """A word that starts the verb phrase of a relative clause: an auxiliary or a frequent
    adverb from the language table ("is", "has", "also", "usually"), or a past form in -ed."""
    lower = word.lower()
    return lower in data.word_set("relative_clause_verbs") or (
        len(lower) > 4 and lower.endswith("ed") and word.islower()
    )


# A noun this frequent in the language, capitalised before a function word, is a common noun.
_NOUN_ZIPF = 3.0


def _common_noun_before(previous: str, table: CasingData) -> bool:
    """Where every noun is capitalised (German), the capital before is a common noun, no name:
    frequent in the language and unknown to the gazetteer ("in 3 Tagen Vom 2. bis 4."; not
    "Berlin Und"). A function word capitalised after it is a stray capital or a lost break, as
    after a lower-case word (h19caps)."""
    if not (table.nouns_capitalised and previous[1:].islower() and previous.isalpha()):
        return False
    lower = table.lower(previous)
    if lower in local_names(table.code, include_ambiguous=True):
        return False
    return zipf(lower, table.code) >= _NOUN_ZIPF


def _after_capital(
    match: re.Match[str], previous: str, following: str, data: LanguageData, table: CasingData
) -> bool:
    """ "Oregon Which has …" is an artefact, "Doctor Who" a title: only the relative pronouns
    that never end a name are taken after a capital ("Which", "Where"; not "Who"), and "Who"
    when a verb follows ("John Lewis Who preached") or after a stray capital, unless the
    language table knows the pair as a title ("Doctor Who is …")."""
    if previous.isupper() and len(previous) < 3:
        return False
    word = match.group(1)
    lower = table.lower(word)
    if lower in table.clause_openers - table.relatives_in_names:
        return True
    clause = lower in table.clause_openers and _opens_clause(following, data)
    titled = f"{previous} {word}".lower() in data.word_set("titles_with_relatives")
    stray = after_stray_capital(match.string, match.start(), previous, following)
    return not titled and (clause or stray)


@register
class MidsentenceCapital(Rule):
    code = "MT302"
    name = "midsentence-capital"
    summary = "A function word capitalised mid-sentence ('north korea Which Western countries')."
    languages = CASING_LANGUAGES
    doc = """
    What it finds: a function word that does not usually open a sentence ("Which", "Who",
    "Of", "With" — the language table's function words minus its sentence starters)
    capitalised right after a lower-case word.
    Why it matters: MT joins a relative clause to a cut-off link or segment and keeps the
    capital of the segment's first word; spell checkers accept it.
    Fix safety: unsafe. For relative pronouns the preferred fix makes it ", which" and the
    alternative " which"; other words are lower-cased.
    Known false positives: names and titles ("Doctor Who", "Lord Of the Rings" after a
    capital) are skipped because the previous word is capitalised — except "Who" followed by a
    verb ("John Lewis Who preached", "All Blacks Who had won"), unless the language table lists
    the pair as a title ("Doctor Who is …"); a name that is itself followed by a verb ("The
    Who played") can slip through; title-case headlines, words after a colon or an opening
    quote, months and ambiguous names ("May", "Will") are skipped. Also taken after a stray
    capital, before two lower-case words ("the report Harbours As a shared worry"), and where
    every noun is capitalised (German) after a common noun: a frequent word no gazetteer lists
    ("in 3 Tagen Vom 2. bis 4. November", 0.6; not "Berlin Und"); a
    name made of common nouns with a capitalised function word inside ("Haus Vom Berge") is
    flagged there. Since session 18 (h22breaks) also after a name or a heading of capitalised
    words, before two lower-case words ("the Department of Medical Sciences To check whether",
    "Yang Police Station Along with another officer"), 0.6, and the prepositions of
    more_function_words in resources/casing/en.json ("Along", "Regarding", "Towards") before
    two lower-case words ("walked Across the Universe" is a title).
    """
    examples = (
        Example(
            "A visit to north korea Which Western countries accuse of it.",
            "A visit to north korea, which Western countries accuse of it.",
        ),
        Example("He spoke With the press on Monday.", "He spoke with the press on Monday."),
        Example(
            "It was the last game for the All Blacks Who had won the trophy.",
            "It was the last game for the All Blacks, who had won the trophy.",
        ),
        Example(
            "He trained there in 2016 From the first day, he led the team.",
            "He trained there in 2016. From the first day, he led the team.",
        ),
        good("Buyers liked the phone 6 and 6 Plus models; Chapter 5 From the Ashes is next."),
        good("He watched Doctor Who and said: Which one? They met in May and Will came too."),
        good("Doctor Who is a long-running series."),
        Example(
            "The officer from Lake View Police Station Along with two aides went in.",
            "The officer from Lake View Police Station along with two aides went in.",
        ),
        good("Planned Visit Of The Leader Which Shocked Everyone"),
        Example(
            "Der Minister sagte am Montag Dass die Grenze offen bleibt.",
            "Der Minister sagte am Montag, dass die Grenze offen bleibt.",
            "de",
        ),
        Example(
            "Toutes les entrées des grottes Qui ont été baptisées.",
            "Toutes les entrées des grottes, qui ont été baptisées.",
            "fr",
        ),
        Example(
            "Teraz Kolonko poinformował na Twitterze Że zakończył współpracę.",
            "Teraz Kolonko poinformował na Twitterze, że zakończył współpracę.",
            "pl",
        ),
        Example(
            "Путин также подчеркнул Что моряки достойно выполнили задачу.",
            "Путин также подчеркнул, что моряки достойно выполнили задачу.",
            "ru",
        ),
        good("Er las den Roman Der Prozess in einer Nacht.", "de"),
        Example(
            "In drei Tagen Vom zweiten bis zum vierten November kamen viele Gäste.",
            "In drei Tagen vom zweiten bis zum vierten November kamen viele Gäste.",
            "de",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        table = casing_data(data.code)
        skip = (
            table.sentence_starters
            | data.ambiguous_names
            | table.calendar_words
            | table.capitalised_ok
        )
        more = casing_words(table.code, "more_function_words")
        words = (table.function_words | table.clause_openers | more) - skip
        pattern = capital_words_pattern(words, table.code)
        if pattern is None:
            return
        relatives = table.clause_openers
        text = document.text
        skip = LayoutSkip(document)
        for match in mid_capital_matches(document, pattern):
            word = match.group(1)
            lower = table.lower(word)
            confidence = 0.75
            if not after_word(text, match.start()):
                # '"Soma Nomaoi" Which': a closing quote or bracket right after a word is fine.
                if not (
                    lower in relatives
                    and text[match.start() - 1 : match.start()] in ("”", ")", '"')
                    and text[match.start() - 2 : match.start() - 1].isalnum()
                ):
                    continue
                confidence = 0.6
            previous = previous_word(text, match.start())
            if not previous:
                continue
            following = next_word(text, match.end())
            if lower in more and not lower_pair(text, match.end(), following):
                continue  # "walked Across the Universe": a title runs on
            after_number = after_counted_number(text, match.start(), previous, following)
            noun = _common_noun_before(previous, table)  # German "in 3 Tagen Vom 2. bis"
            # Counted: 1/1 on real MT, 7/7 planted in German, none on clean German (session 15).
            confidence = 0.6 if noun else confidence
            if not previous[0].islower() and not after_number and not noun:
                if not _after_capital(match, previous, following, data, table):
                    continue
                confidence = 0.6
            if lower not in relatives and (not following or name_like(word, following, table)):
                continue
            if particle_name(text, match.end(), word, table) or no_break(text, match, table):
                continue
            if courtesy_clitic(word, following, table):
                continue
            if table.nouns_capitalised and known_title(word, following, data):
                continue
            if lower not in relatives and inside_name(word, previous, following, table):
                continue
            if skip.headline(match.start()):
                continue
            start, end = match.span()
            fixes = lower_case_fixes(start, match.start(1), end, word, lower, table)
            if after_number and lower not in relatives:
                # "in 2006 From the beginning": a sentence may end with a number.
                stop = f"end the sentence before '{word}'"
                fixes.insert(0, Fix((Edit(start, end, f". {word}"),), Applicability.UNSAFE, stop))
            yield self.finding(
                start,
                end,
                f"'{word}' is capitalised in the middle of a sentence",
                fixes=fixes,
                confidence=confidence,
            )
