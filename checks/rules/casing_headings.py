"""Casing: a heading or link line in English title case where the page's language writes
headings in sentence case (MT375): "Як Отримати Візу До Польщі", "Cómo Elegir Un Buen
Seguro". Data: resources/casing/headings/headings.json (the languages, how well known a word
must be to count as a common one)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingmid import mid_languages, mid_table, verb_form
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.lowernames import common_words, first_names, places
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language
from mtlint.checks.wordlists import proper_nouns, zipf

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Where a heading starts a new part whose first word takes a capital: "Brotli: Швидка …",
# "Новини | Спорт", "Крок 1 – Оберіть …".
_PART_BREAK = re.compile(r"[:|•·–—(\[\"«„“/!?]|\s-\s")
# A capital inside a sentence of the page's body: evidence that the word is a name there.
_MID_CAPITAL = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;] ))[^\W\d_]+")
_SENTENCE_END = ".!?…;,"
_STEM_LENGTH = 4


@lru_cache(maxsize=1)
def _table() -> dict:
    return resource_json("casing", "headings/headings.json")


def heading_languages() -> frozenset[str]:
    """The languages whose headings are written in sentence case (the data file's list)."""
    return frozenset(_table()["languages"])


def _same_stem(word: str, other: str) -> bool:
    """Two forms of one word ("Польщі", "Польща"; "Байденом", "Байден"): they share all but
    the last two letters of the shorter one, four letters at least."""
    length = max(_STEM_LENGTH, min(len(word), len(other)) - 2)
    return len(word) >= length and len(other) >= length and word[:length] == other[:length]


class _NameForms:
    """Lower-case names indexed by their first letters, looked up in any inflection."""

    def __init__(self, names: set[str]) -> None:
        self._by_head: dict[str, list[str]] = {}
        for name in names:
            self._by_head.setdefault(name[:_STEM_LENGTH], []).append(name)

    def __contains__(self, word: str) -> bool:
        return any(_same_stem(word, name) for name in self._by_head.get(word[:_STEM_LENGTH], ()))


@dataclass(frozen=True)
class TitleCaseHeading:
    start: int
    end: int
    words: tuple[tuple[int, str], ...]  # (offset, word) of each common word to lower-case


def _body_names(document: Document) -> _NameForms:
    """The words the page's body capitalises inside a sentence (its names), lower case."""
    text = document.text
    names = set()
    for paragraph in document.paragraphs:
        if paragraph.is_heading:
            continue
        for match in _MID_CAPITAL.finditer(text, paragraph.start, paragraph.end):
            word = match.group()
            if word[0].isupper() and not word.isupper():
                names.add(word.lower())
    return _NameForms(names)


@lru_cache(maxsize=16)
def _gazetteer_names(code: str) -> _NameForms:
    """The language's one-word gazetteer names, looked up in any inflection."""
    names = proper_nouns(load_language_data(code))
    return _NameForms({name for name in names if " " not in name})


def _is_name(word: str, code: str, body_names: _NameForms) -> bool:
    lower = word.lower()
    if lower in body_names or lower in _gazetteer_names(code):
        return True
    return (lower in first_names() or lower in places()) and lower not in common_words(code)


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _after_given_name(text: str, at: int) -> bool:
    """The word follows a given name ("Володимир Зеленський", "Джо Байден"): a surname."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() in first_names()


def _heading_line(text: str, start: int, end: int, max_words: int) -> bool:
    line = text[start:end].rstrip()
    if not line or "\n" in line or line[-1] in _SENTENCE_END:
        return False
    words = _WORD.findall(line)
    return 3 <= len(words) <= max_words


def _phrase_word(word: str, code: str) -> bool:
    """A function word or a verb form of ``code``: what a phrase has and a menu of nouns
    ("Головна Новини Політика Спорт", "Strona Główna Aktualności Kontakt") has not."""
    lower = word.lower()
    if lower in casing_data(code).function_words:
        return True
    return code in mid_languages() and verb_form(lower, code, mid_table(code))


def title_case_headings(document: Document, code: str) -> Iterator[TitleCaseHeading]:
    """Each heading line (a short line with no final stop) whose words after the first of each
    part are capitalised, at least two of them common words of ``code`` that the page does not
    write as names, one of them a function word or a verb (a line of nouns is a menu)."""
    table = _table()
    text = document.text
    body_names: _NameForms | None = None
    for paragraph in document.paragraphs:
        start, end = paragraph.start, paragraph.end
        if not _heading_line(text, start, end, table["max_words"]):
            continue
        capitals: list[tuple[int, str]] = []
        lower = 0
        position = start
        for match in _WORD.finditer(text, start, end):
            word = match.group()
            new_part = position == start or _PART_BREAK.search(text, position, match.start())
            position = match.end()
            if new_part or (word.isupper() and len(word) > 1):
                continue
            if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
                capitals.append((match.start(), word))
            elif word.islower():
                lower += 1
        if len(capitals) < 2 or lower * 3 > len(capitals):
            continue
        if body_names is None:
            body_names = _body_names(document)
        common = tuple(
            (at, word)
            for at, word in capitals
            if zipf(word, code) >= table["min_zipf"]
            and not _is_name(word, code, body_names)
            and not _after_given_name(text, at)
        )
        # One of them a word far more frequent than names are ("До", "Отримати"): a line of
        # foreign names ("Джо Байден", zipf 4.2 and 3.4) is no title case.
        frequent = any(zipf(word, code) >= table["frequent_zipf"] for _, word in common)
        if not any(_phrase_word(word, code) for _, word in common):
            continue
        if frequent and len(common) >= 2 and len(common) * 3 >= len(capitals) * 2:
            yield TitleCaseHeading(common[0][0], common[-1][0] + len(common[-1][1]), common)


@register
class HeadingTitleCase(Rule):
    code = "MT375"
    name = "heading-title-case"
    summary = "A heading in English title case where the language writes sentence case."
    languages = heading_languages()
    doc = """
    What it finds: a heading or a link line (a short line of three words or more with no final
    stop) whose every word is capitalised, as English titles are, in a language that writes
    headings in sentence case: "Як Отримати Візу До Польщі", "Cum Să Alegi O Asigurare
    Bună", "Jak Wybrać Dobry Kredyt" (resources/casing/headings/headings.json lists the
    languages: English and German write otherwise, and Turkish, Spanish and Portuguese pages
    title-case their headings natively).
    Why it matters: MT from English copies the source's title case word by word; in these
    languages only the first word and names take a capital, and a page full of capitalised
    headings reads as machine output.
    Fix safety: unsafe; the fix lower-cases the common words (wordfreq knows them, zipf 3 or
    more) and leaves names alone: words the page's body capitalises inside a sentence (any
    inflection: "Польщі" after "Польща"), gazetteer names, given names and towns.
    Known false positives: official names that the language capitalises throughout when the
    page never writes them in its body; titles of works kept in the original's style. At least
    two common words must be capitalised and few words left in lower case (English title
    case's "and", "of"), so a heading with one name ("Зустріч у Києві") stays quiet;
    translators' files (one string a unit) are not read. A menu or navigation line (a list
    of nouns: "Головна Новини Політика Спорт") is no heading: one capitalised word must be a
    function word or a verb. Spanish and Portuguese are left out like Turkish: native recipe,
    blog and SEO titles there are title-cased ("Cómo Hacer Una Tortilla", "Receita Fácil De
    Bolo"). Confidence: no real MT hit has been counted yet (the tuning pages held none), so
    every finding is in the doubtful tier: 0.45 with three capitalised common words or more,
    0.3 with two, until a count of right/all on real MT pages backs a band at the bar.
    """
    examples = (
        Example(
            "Як Отримати Візу До Польщі Швидко\n\nГромадяни України подають заяву в консульстві"
            " Польщі.",
            "Як отримати візу до Польщі швидко\n\nГромадяни України подають заяву в консульстві"
            " Польщі.",
            "uk",
        ),
        Example(
            "Cum Să Alegi O Asigurare Bună\n\nPrețurile au crescut anul acesta în toată țara.",
            "Cum să alegi o asigurare bună\n\nPrețurile au crescut anul acesta în toată țara.",
            "ro",
        ),
        good(
            "Як отримати візу до Польщі швидко\n\nГромадяни України подають заяву в консульстві.",
            "uk",
        ),
        Example(
            "Зеленський Зустрівся З Байденом\n\nУ Вашингтоні Зеленський і Байден говорили годину.",
            "Зеленський зустрівся з Байденом\n\nУ Вашингтоні Зеленський і Байден говорили годину.",
            "uk",
        ),
        good("ЯК ОТРИМАТИ ВІЗУ ДО ПОЛЬЩІ\n\nГромадяни України подають заяву в консульстві.", "uk"),
        good("How To Get A Visa To Poland\n\nCitizens apply at the consulate.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units or document.format not in ("text", "html", "markdown"):
            return
        code = base_language(document)
        if code not in self.languages:
            return
        sure = _table()["sure_common_words"]
        for heading in title_case_headings(document, code):
            shown = document.text[heading.start : heading.end]
            edits = tuple(Edit(at, at + len(word), word.lower()) for at, word in heading.words)
            yield self.finding(
                heading.start,
                heading.end,
                f"Heading in English title case: '{shown[:60]}' (write it in sentence case)",
                fixes=[Fix(edits, Applicability.UNSAFE, "write the heading in sentence case")],
                confidence=0.45 if len(heading.words) >= sure else 0.3,
            )
