"""``regexprefix.opens_sentence``: a pattern led by ``(?:^|[.!?]\\s*|\\n)`` (tried at every
character of a text) matched instead by what follows the lead, with this test at each match's
start, gives the same places and groups (MT503's capitalised foreign function word opening a
sentence)."""

from __future__ import annotations

import random
import re

import pytest
from mtlint.checks.regexprefix import opens_sentence

_WORDS = ["De", "Dede", "Der", "Die", "El", "the", "these", "new", "Mann", "x", "deDe", "42"]
_GLUE = [" ", " ", "\n", "\n\n", ". ", ".", "! ", "?\n", ". \n ", ", ", " \t", "\u00a0", "-"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GLUE) for _ in range(rng.randrange(1, 60)))


@pytest.mark.parametrize("seed", range(40))
def test_the_led_pattern_finds_what_the_old_one_found(seed):
    rng = random.Random(seed)
    text = _text(rng)
    words = sorted(rng.sample(["De", "Dede", "Der", "Die", "El"], 3), key=len, reverse=True)
    body = "(" + "|".join(words) + r") ([^\W\d_]+)\b"
    old = re.compile(r"(?:^|[.!?]\s*|\n)" + body, re.MULTILINE)
    new = re.compile(body)
    expected = [(m.span(1), m.group(1), m.group(2)) for m in old.finditer(text)]
    found = [
        (m.span(1), m.group(1), m.group(2))
        for m in new.finditer(text)
        if opens_sentence(text, m.start())
    ]
    assert found == expected, text


def test_invented_openings():
    text = "De these ones. De these\nDe these ?  \n De these, xDe these"
    starts = [at for at in range(len(text)) if text.startswith("De ", at)]
    assert [opens_sentence(text, at) for at in starts] == [True, True, True, True, False]
