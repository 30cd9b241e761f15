"""Sentence openers the word lists cannot hold: inflected common nouns and words after a verb
that ends a sentence. Used by MT301 (checks/rules/casing_breaks.py) for languages whose casing
table asks for them.

Swedish and Romanian write the definite article as an ending ("Polisen", "Pompierii"), Turkish
marks case with endings and writes a proper noun's ending after an apostrophe ("Görüşmede" but
"Ankara'da"); such a noun opens many news sentences, and no list of sentence starters holds
them all. Two kinds of evidence, both from the language's casing table:

- ``opener_endings``: a capitalised word ending in one of these, whose lower-case form is a
  common word (Zipf frequency at least 3 in the language) and no known name, after a word that
  may end a sentence and before a lower-case word or a comma ("påträffar mannen Polisen har");
- ``sentence_final_endings``: a capitalised word after a lower-case word with one of these
  endings of a finite verb (Turkish is verb-final: "ulaştık Cuma günü", "çıktı Alınan bilgiye").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data, stem_match
from mtlint.checks.casinghalves import article_before_head
from mtlint.checks.casingscan import mid_capital_matches, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.model import Fix
from mtlint.checks.wordlists import zipf

# A capitalised word of letters (no apostrophe: a Turkish name keeps its ending apart).
_CAPITAL_WORD = re.compile(f" (?=[{UPPER_CLASS}])([^\\W\\d_]{{3,}})(?=[ ,])")
_COMMON = 3.0


@lru_cache(maxsize=32)
def _ending_pattern(code: str) -> re.Pattern[str] | None:
    endings = casing_data(code).opener_endings
    if not endings:
        return None
    alternatives = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
    return re.compile(f" (?=[{UPPER_CLASS}])([^\\W\\d_]{{2,}}(?:{alternatives}))(?=[ ,])")


def _may_end_sentence(previous: str, table: CasingData) -> bool:
    """A lower-case word that is no article, preposition or conjunction; or a complete name
    (an acronym, a known name, a rare word): "al MAE Oficialii", "comuna Cojocna Incendiul",
    but not "Svenska Akademien", where the capital goes on with an adjective."""
    lower = table.lower(previous)
    if previous[:1].isupper() and previous.isalpha():
        if previous.isupper():
            return len(previous) > 1
        names = local_names(table.code, include_ambiguous=True)
        return (
            lower in names
            or stem_match(lower, names, table) is not None
            or zipf(lower, table.code) < _COMMON
        )
    return (
        len(previous) > 1
        and previous.isalpha()
        and previous.islower()
        and lower not in table.function_words
        and lower not in table.link_lead_words
        and lower not in table.never_sentence_final
        and lower not in table.determiners
        and lower not in table.name_particles
    )


def _common_word(word: str, table: CasingData) -> bool:
    """A frequent word in lower case, no known name, and no institution the language writes
    with a capital ("Ministerul", "Åklagarmyndigheten")."""
    lower = table.lower(word)
    if not word[0].isupper() or word.isupper() or lower in table.calendar_words:
        return False
    if zipf(lower, table.code) < _COMMON or lower.endswith(tuple(table.institution_heads)):
        return False
    names = local_names(table.code, include_ambiguous=True)
    return lower not in names and stem_match(lower, names, table) is None


def _then_lower(text: str, end: int) -> bool:
    """A lower-case word or a comma follows: the capital starts no multi-word name."""
    if text[end : end + 1] == ",":
        return True
    following = next_word(text, end)
    return bool(following) and following[0].islower()


def inflected_openers(document: Document, code: str) -> Iterator[re.Match[str]]:
    """Matches (group 1 = the word) of capitalised sentence openers found by their ending or
    by the verb before them, in text order."""
    table = casing_data(code)
    text = document.text
    found: dict[int, re.Match[str]] = {}
    pattern = _ending_pattern(code)
    if pattern is not None:
        for match in mid_capital_matches(document, pattern):
            previous = previous_word(text, match.start())
            if (
                text[match.start() - 1 : match.start()].isalpha()
                and _may_end_sentence(previous, table)
                and _then_lower(text, match.end())
                and _common_word(match.group(1), table)
            ):
                found[match.start()] = match
    final = table.sentence_final_endings
    if final:
        for match in mid_capital_matches(document, _CAPITAL_WORD):
            previous = previous_word(text, match.start())
            if (
                match.start() not in found
                and text[match.start() - 1 : match.start()].isalpha()
                and len(previous) > 3
                and previous.islower()
                and previous.endswith(final)
                and previous not in table.never_sentence_final  # "şimdi", "yedi"
                and match.group(1)[0].isupper()
                and not match.group(1).isupper()
            ):
                found[match.start()] = match
    for match in _elided_openers(document, table):
        found.setdefault(match.start(), match)
    for start in sorted(found):
        yield found[start]


@lru_cache(maxsize=32)
def _elided_pattern(code: str) -> re.Pattern[str] | None:
    table = casing_data(code)
    if not table.elided_openers:
        return None
    forms = sorted((re.escape(table.capitalise(f)) for f in table.elided_openers), key=len)
    # The elided word and the word it leans on, as one word ("L’entrevue").
    return re.compile(f" (?=[{UPPER_CLASS}])((?:{'|'.join(forms)})[’']([^\\W\\d_]{{3,}}))(?=[ ,])")


def _elided_openers(document: Document, table: CasingData) -> Iterator[re.Match[str]]:
    """ "renforcer les liens davantage L’entrevue a duré": an elided article or conjunction
    capitalised after a lower-case word that may end a sentence, on a lower-case word — a
    sentence's first word whose full stop was lost ("L’Oréal", "L’Express": a capital after the
    apostrophe is a name's). Weak evidence: a title written with one capital has the same shape
    ("Elle a relu L’étranger"), so MT301 offers the lower case first, at 0.5 (stray_capital);
    Italian, whose titles are all written so ("L’amica geniale"), has no such table entry."""
    pattern = _elided_pattern(table.code)
    if pattern is None:
        return
    text = document.text
    for match in mid_capital_matches(document, pattern):
        previous = previous_word(text, match.start())
        if (
            match.group(2)[0].islower()
            and text[match.start() - 1 : match.start()].isalpha()
            and previous.islower()
            and _may_end_sentence(previous, table)
        ):
            yield match


def stray_capital(
    match: re.Match[str], previous: str, table: CasingData, fixes: list[Fix]
) -> tuple[float, list[Fix]]:
    """MT301's confidence and fixes (``fixes``: the full stop first, then the lower case) when
    the evidence is weaker than a plain lost full stop; (0.0, fixes) otherwise.
    "worrying and The": no sentence ends with "and", the capital is the mistake; "said The
    Ministry of Health": an institution takes "the" in lower case, and a full stop would leave
    "said." (never offered); "relu L’étranger": an elided opener may be a title's first word
    (lower case first, 0.5), unless a finite verb follows ("davantage L’entrevue a duré": a
    clause opens; the full stop first, 0.6)."""
    if table.lower(previous) in table.never_sentence_final:
        return 0.7, fixes[1:] + fixes[:1]
    if match.re is _elided_pattern(table.code):
        if next_word(match.string, match.end()) in table.elided_verbs:
            return 0.6, fixes
        return 0.5, fixes[1:] + fixes[:1]
    if article_before_head(match.string, match.end(), match.group(1), table.code):
        return 0.55, fixes[1:]
    return 0.0, fixes


def after_closing_quote(text: str, start: int) -> bool:
    """'uma situação específica" O Governo': a quotation closed right after a word."""
    return text[start - 1 : start] in ('"', "”") and text[start - 2 : start - 1].isalnum()


_YEAR_ONLY = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")


def after_closing_bracket(text: str, start: int) -> bool:
    """ "said on Monday (local time) The company": a bracket closed right after a word or a
    number, then a sentence opener — a caption, date line or note ran into the next sentence
    (h22breaks; a closing square bracket is no place mid_capital_matches tries)."""
    closing = text[start - 1 : start]
    if closing not in (")", "]") or not text[start - 2 : start - 1].isalnum():
        return False
    # The bracket's content, on its line: a list's "1)" or "a)" has no opening bracket; a
    # word before it, so the bracket stands inside a sentence ("(Laughter) When", a stage
    # direction opening a transcript's line, is its own: 30 lines of the TED golden corpora).
    opening = text.rfind("(["[closing == "]"], max(0, start - 80), start - 1)
    if opening < 2 or "\n" in text[opening:start] or start - opening <= 4:
        return False
    # A year alone in the bracket is a citation: a reference list's "Smith J, Jones K (2019)
    # The role of …" (no stop after the year in the Springer style) or "as Brown (2018)"; not
    # read (review of h22breaks).
    if _YEAR_ONLY.fullmatch(text, opening + 1, start - 1):
        return False
    return text[opening - 1] == " " and text[opening - 2].isalnum()


def article_before_noun(word: str, following: str, table: CasingData) -> bool:
    """ "sexta-feira O Governo aprovou": an article that is also a name particle ("O Globo")
    before a common noun (frequent in the language, no known name) opens a sentence."""
    return (
        not table.title_case  # English titles: "The Machine", "The Hague"
        and table.lower(word) in table.determiners
        and zipf(table.lower(following), table.code) >= 4.0
        and table.lower(following) not in local_names(table.code)
        and f"{word} {following}".lower() not in table.titles
    )


def leads_into_link(word: str, lead_words: frozenset[str], endings: tuple[str, ...]) -> bool:
    """A word after which link text may start: a lead word of the language table, or, where the
    language has no prepositions, a word of five letters or more with a lead ending."""
    return word in lead_words or (bool(endings) and len(word) > 4 and word.endswith(endings))
