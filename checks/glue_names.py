"""Romanised Chinese names written as one token (MT118: "Zhangxiaorui" for "Zhang Xiaorui")
or in lower case (MT119: "zhaoguibo"): the shapes Chinese government English pages and
engines that copy their conventions leave, where a reader needs the surname and the given name
apart and capitalised.

A candidate parses wholly into pinyin syllables (``resources/gazetteer/pinyin_names.json``,
built from pypinyin by ``bench/build_pinyin_names.py``): a common surname (the top-100 list),
then a given name of one or two syllables; the whole is no word wordfreq knows in the language
or in English ("Tianjin", "Huawei", "gaokao" are). Place names have the same shape ("Linze",
"Zhangye"), so a capitalised token needs evidence that it is a person: a role word beside it
("Hujun, member of"; the language's ``roles`` in ``name_context.json`` and its
``person_titles``), the name written spaced elsewhere in the document, or, for a three-syllable
token, other names the document writes in lower case. A token after a surname is a given name
("Xi Jinping"), one before a surname a given name in Western order ("Xiaorui Zhang"): quiet.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mtlint.checks.langdata import LanguageData
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import zipf

_MAX_SYLLABLE = 6
_OPEN = r"[\"'“‘(\[]*"
_CLOSE = r"[\"'”’)\],.;:!?…*]*"
# The whole this rare in the language and in English: no word, no place the web writes often.
_WHOLE_ZIPF = 1.0
_CAMEL_NAME = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


class PinyinName(NamedTuple):
    """A token read as a surname and a given name: ``surname`` and ``given`` in lower case,
    ``syllables`` the given name's syllable count; ``camel`` when the given name's capital is
    kept ("LvZhongzheng"): the capital says where the name splits."""

    surname: str
    given: str
    syllables: int
    camel: bool = False

    def spaced(self) -> str:
        return f"{self.surname.capitalize()} {self.given.capitalize()}"


@cache
def _tables() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    """(syllables, surnames longest first, a screen that a candidate chunk matches)."""
    data = resource_json("gazetteer", "pinyin_names.json")
    # Inside a word a syllable never starts with a, e or o: pinyin writes an apostrophe there
    # ("Xi'an"), so "lianchuang" is lian-chuang, never li-anchuang.
    syllables = frozenset(one for one in data["syllables"] if one[0] not in "aeo")
    surnames = tuple(sorted(data["surnames"], key=len, reverse=True))
    syllable = "|".join(sorted(syllables, key=len, reverse=True))
    surname = "|".join(surnames)
    # A chunk as it stands, punctuation around it; group 1 the token.
    screen = re.compile(rf"{_OPEN}((?i:(?:{surname})(?:{syllable}){{1,3}})){_CLOSE}")
    return syllables, surnames, screen


def screen() -> re.Pattern[str]:
    """A regex whose fullmatch a chunk holding a pinyin-name token passes (a surname, then
    syllables; punctuation around it), the token its group 1."""
    return _tables()[2]


def syllable_count(word: str) -> int:
    """The fewest pinyin syllables a lower-case word splits into (no syllable starting with
    a, e or o: "een" is none); 0 when it does not split."""
    return _syllable_count(word, _tables()[0])


def _syllable_count(rest: str, syllables: frozenset[str]) -> int:
    """The fewest pinyin syllables ``rest`` splits into; 0 when it does not split."""
    best = [0] + [99] * len(rest)
    for end in range(1, len(rest) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            if best[start] < 99 and rest[start:end] in syllables:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def pinyin_name(token: str, language: str) -> PinyinName | None:
    """The token as surname + given name of one or two syllables, written as one word in title
    case or in lower case and unknown as a whole; None otherwise."""
    if not token.isascii() or not 4 <= len(token) <= 16:
        return None
    lowered = token.lower()
    if zipf(lowered, language) >= _WHOLE_ZIPF or zipf(lowered, "en") >= _WHOLE_ZIPF:
        return None
    syllables, surnames, _ = _tables()
    camel = _CAMEL_NAME.fullmatch(token)
    if camel:
        surname, given = camel.group(1).lower(), camel.group(2).lower()
        count = _syllable_count(given, syllables)
        if surname in surnames and 1 <= count <= 2:
            return PinyinName(surname, given, count, camel=True)
        return None
    if not (token.islower() or (token[0].isupper() and token[1:].islower())):
        return None
    for surname in surnames:
        if lowered.startswith(surname) and len(lowered) > len(surname):
            count = _syllable_count(lowered[len(surname) :], syllables)
            if 1 <= count <= 2:
                return PinyinName(surname, lowered[len(surname) :], count)
    return None


@cache
def surnames(*, news: bool = False) -> frozenset[str]:
    """The common surnames of pinyin_names.json, in lower case; with ``news``, also the ones
    outside its top-100 list that news names carry ("xi", "hong": MT318's)."""
    data = resource_json("gazetteer", "pinyin_names.json")
    return frozenset(data["surnames"]) | frozenset(data["news_surnames"] if news else ())


def is_surname(word: str, *, lower: bool = False) -> bool:
    """A common surname, capitalised (or, when ``lower``, in lower case too)."""
    return word.lower() in _tables()[1] and (word[:1].isupper() or (lower and word.islower()))


@cache
def name_context(
    data: LanguageData,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(role words that stand beside a person, nouns that follow a place name, prepositions
    of place before one: "Officials in Lishui")."""
    table = resource_json("gazetteer", "name_context.json").get(data.code.split("-")[0], {})
    roles = frozenset(table.get("roles", ())) | word_set(data, "person_titles")
    places = frozenset(table.get("places", ()))
    return roles, places, frozenset(table.get("place_before", ()))


def words_around(text: str, start: int, end: int, count: int = 2) -> tuple[list[str], list[str]]:
    """The ``count`` words before and after a span, in text order, as written."""
    before = _WORD.findall(text, max(0, start - 60), start)[-count:]
    after = _WORD.findall(text, end, end + 60)[:count]
    return before, after
