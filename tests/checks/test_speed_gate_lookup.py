"""A large text's word filters found by the text itself (``wordgate.gate_of``), the later words
of a phrase screened too (``WordGate.windows``, ``find_word`` through a gate), and
``find_bounded`` (MT224's search for a bare "plural noun", through the text's own gate): each
gives the places the plain whole-text search gives, on random texts built
to put words at window and slice edges, beside marks, in other cases and scripts."""

from __future__ import annotations

import gc
import random
import re

import pytest
from helpers import random_text
from mtlint.checks import textscan
from mtlint.checks.documents.base import Document
from mtlint.checks.rules.quote_apostrophes import _bare_uses
from mtlint.checks.wordgate import WINDOW_SHIFT, find_bounded, gate_of

_WORDS = [
    "holmon",
    "Holmon",
    "holmons",
    "holmon’s",
    "co-holmon",
    "the",
    "The",
    "a",
    "aa",
    "world",
    "World",
    "Bank",
    "bank",
    "banks",
    "Ähnliches",
    "𝔘nicode",
    "x_y",
    "2019",
    "Kyiv",
]
_GLUE = [" ", " ", " ", "\n", ", ", ". ", " (", ") ", "-", "'", "’", "/", "#", ".", "\t"]
# Phrases of two and three runs of word characters, present and absent, one that could
# overlap itself, one whose first word is everywhere and whose last is rare.
_PHRASES = [
    "world Bank",
    "World bank",
    "the world Bank",
    "holmon, the",
    "holmons rights",
    "the Kyiv",
    "the zorblat",
    "Bank 2019",
    "a a",
    "holmon’s bank",
    "co-holmon world",
    "x_y the",
]


def _text(rng: random.Random, size: int) -> str:
    return random_text(rng, _WORDS, _GLUE, size)


def _copy(text: str) -> str:
    """The same characters as another string object: no gate was built on it."""
    return text[:1] + text[1:]


@pytest.mark.parametrize("seed", range(6))
def test_find_word_through_the_texts_gate_gives_the_plain_spans(seed, small_slices):
    rng = random.Random(seed)
    text = _text(rng, (3 << WINDOW_SHIFT) + rng.randrange(1 << WINDOW_SHIFT))
    document = Document(text=text, language="en")
    gate = textscan.word_gate(document)
    assert gate is not None and gate_of(text) is gate
    plain_text = _copy(text)
    assert plain_text is not text and gate_of(plain_text) is None
    for word in _WORDS + _PHRASES:
        plain = list(textscan.find_word(plain_text, word))
        assert list(textscan.find_word(text, word)) == plain, word
        assert list(textscan.find_word(text, word, gate)) == plain, word


@pytest.mark.parametrize("seed", range(6))
def test_a_phrase_is_kept_to_the_windows_of_all_its_words(seed, small_slices):
    rng = random.Random(seed)
    text = _text(rng, 4 << WINDOW_SHIFT)
    gate = textscan.word_gate(Document(text=text, language="en"))
    window = 1 << WINDOW_SHIFT
    for phrase in _PHRASES:
        first = gate.windows(phrase.split()[0].strip(","))
        kept = gate.windows(phrase, whole_end=True)
        if kept is None:
            continue
        assert set(kept) <= set(first or ()), phrase
        # Every place the phrase stands with its words whole starts in a window kept.
        for match in re.finditer(re.escape(phrase), text):
            at, end = match.span()
            if re.match(r"\w", text[at - 1 : at]) or re.match(r"\w", text[end : end + 1]):
                continue
            assert at // window * window in kept, (phrase, at)


def test_a_rare_last_word_leaves_few_windows(small_slices):
    window = 1 << WINDOW_SHIFT
    filler = "the world and the bank of the people "
    text = (filler * (8 * window // len(filler) + 1))[: 8 * window]
    at = 5 * window - 4  # the phrase runs across a window's edge
    text = text[:at] + " the Zorblax " + text[at + 13 :]
    gate = textscan.word_gate(Document(text=text, language="en"))
    assert len(gate.windows("the")) == 8  # the first word is everywhere
    kept = gate.windows("the Zorblax", whole_end=True)
    assert 4 * window in kept and len(kept) <= 2
    assert list(textscan.find_word(text, "the Zorblax")) == [(at + 1, at + 12)]
    assert list(textscan.find_word(_copy(text), "the Zorblax")) == [(at + 1, at + 12)]
    # Without whole_end the last word may run on ("the Zorblaxes"): only the first screens.
    assert len(gate.windows("the Zorblax")) == 8


def _plain_bare_uses(text: str, phrase: str) -> list[int]:
    """MT224's search before ``find_bounded``: a str.find loop over the whole text."""
    found = []
    at = text.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if not (at and re.match(r"[\w'’-]", text[at - 1])) and not re.match(
            r"[\w'’-]", text[end : end + 1]
        ):
            found.append(at)
        at = text.find(phrase, end)
    return found


@pytest.mark.parametrize("seed", range(6))
def test_bare_uses_through_the_gate_are_the_plain_ones(seed, small_slices):
    rng = random.Random(seed)
    text = _text(rng, 3 << WINDOW_SHIFT)
    document = Document(text=text, language="en")
    assert textscan.word_gate(document) is not None
    for phrase in [*_PHRASES, "holmons bank", "Bank Bank", "aa aa"]:
        expected = _plain_bare_uses(text, phrase)
        assert list(_bare_uses(text, phrase)) == expected, phrase
        assert list(_bare_uses(_copy(text), phrase)) == expected, phrase


def test_find_bounded_is_a_find_loop_on_a_small_text():
    text = "aa aa aa, aa aab aa"
    # Each search starts at the last hit's end (a self-overlapping needle's later hits too).
    assert list(find_bounded(text, "aa aa")) == [0, 10]
    assert list(find_bounded(text, "zz")) == []


def test_a_gate_leaves_the_table_with_its_document(small_slices):
    text = _text(random.Random(1), 2 << WINDOW_SHIFT)
    document = Document(text=text, language="en")
    assert textscan.word_gate(document) is not None
    assert gate_of(text) is not None
    del document
    gc.collect()
    assert gate_of(text) is None
