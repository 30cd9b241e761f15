"""MT304's name evidence read without a list of every token (h24speed): ``token_counts`` against
``Counter`` over every token, and ``lower_case_names`` against the reading it replaces (every
token counted, the code scanned unscreened), on random invented texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import prepare_document
from mtlint.checks.rules import casing_starts
from mtlint.checks.rules.casing_starts import lower_case_names, token_counts
from mtlint.checks.wordlists import zipf

_PIECES = [
    "zorp",
    "Zorp",
    "zorps",
    "zorp's",
    "zorp-ish",
    "x_zorp",
    "zorp_open",
    "npm",
    "Npm",
    "the",
    "The",
    "residents",
    "ripple",
    "ripplé",
    "über",
    "Über",
    "é",
    "-",
    "_",
    "'",
    "’",
    "`",
    ".",
    "https://",
    "zorp.example",
    "/",
    "9",
    "٣",
    "zorp9",
    "ǆemal",
    "ǅemal",
    "ß",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ". ",
    "! ",
    "Ą",
    "ąb",
]
_TOKEN = re.compile(r"[\w-]+")


def _random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(size))


@pytest.mark.parametrize("many", [False, True])
def test_token_counts_equal_every_token_counted(many: bool) -> None:
    rng = random.Random(11 + many)
    for _ in range(300):
        text = _random_text(rng, rng.randrange(0, 120))
        every = Counter(_TOKEN.findall(text))
        words = set(rng.sample(sorted(every) or ["zorp"], min(len(every), 3)))
        words |= {"zorp", "Zorp", "ripple", "ǅemal"}
        if many:  # past the per-word searches: one automaton pass
            words |= {f"w{i}" for i in range(12)} | set(every)
        counts = token_counts(text, words, 10**9)
        assert counts == {word: every[word] for word in words}
        capped = token_counts(text, words, 2)
        assert all(capped[w] == min(every[w], 2) or many for w in words)


def _names_before(document: Document, language: str, words: set[str]) -> set[str]:
    """The reading h24speed replaced: every token counted, the code scanned as it was."""
    text = document.text
    raw = document.raw_text or text
    counts = Counter(_TOKEN.findall(text))
    coded = [text[start:end] for start, end in document.protected]
    coded += [inline + fenced for _, inline, fenced in casing_starts._CODE.findall(raw)]
    coded += [
        (host + " " + name).replace(".", " ").replace("_", " ")
        for host, name in casing_starts._CODE_LIKE.findall(raw)
    ]
    code = frozenset(_TOKEN.findall(" ".join(coded)))
    names = set()
    for word in words:
        base = casing_starts._POSSESSIVE.sub("", word)
        common = zipf(base, language)
        if (
            counts[base] >= 5
            and counts[base[:1].upper() + base[1:]] == 0
            and common < 5.0
            and (base in code or common < casing_starts._NOT_A_WORD)
        ):
            names.add(word)
    return names


def test_lower_case_names_equal_the_reading_they_replace() -> None:
    rng = random.Random(5)
    for round_ in range(200):
        text = _random_text(rng, rng.randrange(20, 400))
        document = prepare_document(Document(text=text, language="en"))
        tokens = sorted(set(_TOKEN.findall(text)))
        words = set(rng.sample(tokens, min(len(tokens), 12 if round_ % 2 else 3)))
        words |= {"zorp", "zorp's", "npm", "ripple", "the", "residents", "ǆemal", "don't"}
        assert lower_case_names(document, "en", words) == _names_before(document, "en", words)
