"""Literal searches made cheaper give what the plain searches give: a needle led by a mark
found by the regex engine (MT230), a mark the distinct chunks lack not searched for (MT205), a
word's uses counted only up to the bar (MT504)."""

from __future__ import annotations

import random

import pytest
from mtlint.checks import foreign
from mtlint.checks.documents.base import Document
from mtlint.checks.rules.language_words import _used
from mtlint.checks.textscan import chunk_text, mark_led_offsets, text_characters
from mtlint.checks.typography import table

_PIECES = [",", " ", "that", "a", "aa", "'", "''", ".", "\n", "s", "Mexico", "’", "`"]


def _plain_offsets(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


@pytest.mark.parametrize("seed", range(5))
def test_mark_led_offsets_are_every_overlapping_offset(seed):
    rng = random.Random(seed)
    needles = [", that ", " that, ", "''", "'''", ",,", ", ,", ",a,a", ",aa,", ".", "..", ",a"]
    for _ in range(2000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(60)))
        for needle in needles:
            assert list(mark_led_offsets(text, needle)) == _plain_offsets(text, needle)


@pytest.mark.parametrize("seed", range(3))
def test_in_script_marks_screened_by_the_chunks_are_the_plain_ones(seed):
    rng = random.Random(seed)
    from mtlint.checks.langdata import load_language_data

    rules = table(load_language_data("en"), "foreign_in_script")
    assert isinstance(rules, dict) and "''" in rules
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(80)))
        document = Document(text=text, language="en")
        characters = text_characters(document)
        screened = list(foreign.find("in_script", text, characters, rules, chunk_text(document)))
        assert screened == list(foreign._in_script(text, characters, rules, evidence=False))


def test_uses_counted_up_to_the_bar_are_str_count():
    rng = random.Random(1)

    def counted(text: str, word: str) -> int:
        stem = word[:-3] if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return text.count(stem) if len(stem) >= 4 else text.count(word)

    pieces = ["ab", "aba", "abab", "a", "b", " ", "abas", "ies", "s"]
    words = ["ab", "aba", "abab", "ababs", "abies", "abaies", "s", "ies", "abas", "a", "", "baba"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        word = rng.choice(words)
        for times in (1, 2, 3):
            assert _used(text, word, times) == (counted(text, word) >= times), (text, word)
