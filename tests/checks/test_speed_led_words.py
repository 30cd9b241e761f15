"""``regexprefix.led_words`` — an alternation led by the words' first characters with the
look-behind after each — matches exactly where ``(?<!class)(?:longest-first words)`` does, and
the rules that use it (MT239's month-day dates, MT309's article and noun, MT266's dates in
words, MT503's two days joined by a foreign "and") find the matches of their patterns as first
written, in every language that has them."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks.calendarnames import month_forms
from mtlint.checks.casingdata import casing_languages
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.regexprefix import led_words
from mtlint.checks.rules import casing_nouns, date_order
from mtlint.checks.textscan import trie_pattern

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CLASSES = [r"\w", r"[\w\-]", r"[^\W\d_]"]
_LETTERS = st.sampled_from(["a", "ab", "b", "ba", "Ä", "ä", "d", "die", "1", "-", " ", "_", "x"])


def _old(words: list[str], not_after: str) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(f"(?<!{not_after})(?:" + "|".join(map(re.escape, ordered)) + ")(?= |$)")


@SETTINGS
@given(
    st.lists(st.lists(_LETTERS, min_size=1, max_size=3).map("".join), min_size=1, max_size=6),
    st.sampled_from(_CLASSES),
    st.lists(_LETTERS, max_size=20).map("".join),
)
def test_led_words_is_the_lookbehind_alternation(
    words: list[str], not_after: str, text: str
) -> None:
    new = re.compile(led_words(words, not_after) + "(?= |$)")
    old = _old(words, not_after)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pieces = [*words[:40], " ", "  ", ", ", "3", "17", "1999", "2023", "x", "-", "haus", "ung"]
    return st.lists(st.sampled_from(pieces), max_size=16).map("".join)


def _months(code: str) -> list[str]:
    return [form for names in month_forms(code) for form in names]


@SETTINGS
@given(st.data())
def test_mt239_pattern_is_the_lookbehind_one(data: st.DataObject) -> None:
    code = data.draw(st.sampled_from(["en", "fr", "de", "es", "ru", "pl", "tr"]))
    compiled = date_order._pattern(code)
    if compiled is None:
        return
    pattern, index = compiled
    old = re.compile(
        r"(?<![^\W\d_])("
        + trie_pattern(index)
        + r") ([1-9]|[12]\d|3[01]), ((?:1[89]|20)\d\d)(?![\d.,]\d)"
    )
    text = data.draw(_texts(sorted(index)))
    assert [m.groups() + m.span() for m in pattern.finditer(text)] == [
        m.groups() + m.span() for m in old.finditer(text)
    ]


@SETTINGS
@given(st.data())
def test_mt309_pattern_is_the_lookbehind_one(data: st.DataObject) -> None:
    codes = [c for c in casing_languages() if casing_nouns._lower_noun_pattern(c) is not None]
    code = data.draw(st.sampled_from(codes))
    extra = entity_case_data(code)
    articles = sorted(
        {form for a in extra.articles_before_nouns for form in (a, a.capitalize())},
        key=len,
        reverse=True,
    )
    endings = "|".join(map(re.escape, extra.noun_suffixes))
    old = re.compile(
        r"(?<![\w\-])(?:" + "|".join(map(re.escape, articles)) + ")"
        r" ([a-zäöüß][a-zäöüß]{2,}(?:" + endings + r"))(?=[ ,.;:!?)\"“”]|$)"
    )
    new = casing_nouns._lower_noun_pattern(code)
    suffixes = sorted(extra.noun_suffixes)[:10]
    text = data.draw(_texts(articles + [f"ab{s}" for s in suffixes]))
    assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]


def test_invented_german_and_dates() -> None:
    pattern = casing_nouns._lower_noun_pattern("de")
    assert [m.group(1) for m in pattern.finditer("Er sah die zeitung und xdie zeitung.")] == [
        "zeitung"
    ]
    english, _ = date_order._pattern("en")
    assert [m.group(1) for m in english.finditer("On May 3, 2023 and xMay 3, 2023.")] == ["May"]
    assert _months("en")[0] == "January"


_DAY_PIECES = ["3", "12", "2023", "4th", "5.", "º", " ", "en", "y", "and", "x", ".", ","]


@SETTINGS
@given(st.lists(st.sampled_from(_DAY_PIECES), max_size=14).map("".join))
def test_mt503_joined_days_pattern_is_the_lookbehind_one(text: str) -> None:
    from mtlint.checks.rules import language_fragments

    words = frozenset({"en", "y", "and"})
    number = language_fragments._NUMBER
    joined = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    old = re.compile(rf"(?<![\w.,])({number}) ({joined}) ({number})(?![\w])")
    new = language_fragments._joined_numbers_pattern(words)
    assert [m.groups() + m.span() for m in new.finditer(text)] == [
        m.groups() + m.span() for m in old.finditer(text)
    ]
