"""The word filters of a large text (checks/wordgate.py) change no search: ``find_word`` and
``find_words`` through a document's gate give the spans the plain search gives, on random texts
built to put words at window and slice edges, beside marks, in other cases and scripts."""

from __future__ import annotations

import random
import re

import pytest
from helpers import random_text
from mtlint.checks import repeats, textscan
from mtlint.checks.documents.base import Document
from mtlint.checks.wordgate import WINDOW_SHIFT

_WORDS = [
    "holmon",
    "Holmon",
    "HOLMON",
    "holmons",
    "holmon's",
    "holmon’s",
    "co-holmon",
    "the",
    "The",
    "a",
    "aa",
    "aaa",
    "abab",
    "Ähnliches",
    "ähnliches",
    "Straße",
    "STRASSE",
    "İstanbul",
    "istanbul",
    "𝔘nicode",
    "x_y",
    "2019",
    "3.5",
    "U.S.",
    "world",
    "Bank",
    "#holmon",
    "@holmon",
    "holmon.com",
    "/holmon",
    "Kyiv",
    # A combining mark is no word character: "Jose" + U+0301 is the run "Jose" on both sides
    # (review h18speed note 1).
    "Jose\u0301",
    "José",
]
_GLUE = [" ", " ", " ", "\n", ", ", ". ", " (", ") ", "-", "'", "’", "/", "#", "@", ".", "\t"]


def _text(rng: random.Random, size: int) -> str:
    return random_text(rng, _WORDS, _GLUE, size)


_QUERIES = [
    *_WORDS,
    "world Bank",
    "a a",
    "aa aa",
    "holmon holmon",
    "the the",
    "Holmon, the",
    "ab",
    "olmon",
    "holmo",
    "",
]


@pytest.mark.parametrize("seed", range(6))
def test_find_word_through_the_gate_gives_the_plain_spans(seed, small_slices):
    rng = random.Random(seed)
    text = _text(rng, (3 << WINDOW_SHIFT) + rng.randrange(1 << WINDOW_SHIFT))
    document = Document(text=text, language="en")
    gate = textscan.word_gate(document)
    assert gate is not None
    # The same characters as another string: no gate was built on it, it is searched whole
    # (``find_word`` without a gate finds the text's own, ``wordgate.gate_of``).
    plain_text = text[:1] + text[1:]
    for word in _QUERIES:
        plain = list(textscan.find_word(plain_text, word))
        assert list(textscan.find_word(text, word, gate)) == plain, word
    few = rng.sample(_QUERIES, 12)
    assert textscan.find_words(text, few, gate) == textscan.find_words(plain_text, few)
    limits = {word: rng.randrange(4) for word in few}
    assert textscan.find_words_upto(text, limits, gate) == textscan.find_words_upto(
        plain_text, limits
    )


def test_a_word_at_each_window_edge_is_found(small_slices):
    window = 1 << WINDOW_SHIFT
    filler = "lorem ipsum dolor sit amet "
    text = (filler * (8 * window // len(filler) + 1))[: 8 * window]
    # The word starts before, at and after a window's first character, or runs across it.
    for number, shift in enumerate((-8, -7, -3, -1, 0, 1, 2), start=1):
        at = number * window + shift
        text = text[:at] + " Zorblat " + text[at + 9 :]
    document = Document(text=text, language="en")
    gate = textscan.word_gate(document)
    spans = list(textscan.find_word(text, "Zorblat", gate))
    assert spans == list(textscan.find_word(text, "Zorblat"))
    assert len(spans) == 7


def test_words_the_filters_cannot_decide_are_searched_everywhere(small_slices):
    text = _text(random.Random(9), 3 << WINDOW_SHIFT)
    gate = textscan.word_gate(Document(text=text, language="en"))
    assert gate.windows("#holmon") is None  # starts with a mark
    assert gate.windows("a a") is None  # could overlap itself across a space
    assert gate.windows("holmon") is not None
    assert gate.windows("world Bank") is not None


def test_a_gate_is_only_used_on_its_own_text(small_slices):
    text = _text(random.Random(3), 3 << WINDOW_SHIFT)
    gate = textscan.word_gate(Document(text=text, language="en"))
    other = "holmon " * 10
    assert list(textscan.find_word(other, "holmon", gate)) == list(
        textscan.find_word(other, "holmon")
    )


def test_small_texts_have_no_gate():
    assert textscan.word_gate(Document(text="holmon " * 1000, language="en")) is None


@pytest.mark.parametrize("seed", range(3))
def test_spaced_searches_through_the_gate_find_the_same_places(seed, small_slices):
    from mtlint.checks import slots
    from mtlint.checks.rules import number_slips

    rng = random.Random(seed)
    text = _text(rng, 3 << WINDOW_SHIFT).replace("_", "")
    gate = textscan.word_gate(Document(text=text, language="en"))
    for word in ("holmon", "Holmon", "the", "aa", "world", "Ähnliches", "2019", "olmon"):
        assert slots._after_space(text, word, gate) == slots._after_space(text, word)
        assert list(number_slips._spaced_places(text, word, gate)) == list(
            number_slips._spaced_places(text, word)
        )


_NUMBERS = [
    "1.5",
    "1,234.56",
    "12,5",
    "1.234,5",
    "x1.5",
    ".5",
    "a1,2",
    "2019",
    "٣٫٥",
    "𝟘.5",
    "3,14",
]


@pytest.mark.parametrize("seed", range(3))
def test_decimals_are_matched_where_a_number_run_starts(seed, small_slices):
    from mtlint.checks.rules import locale

    rng = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < 3 << WINDOW_SHIFT:
        parts.append(rng.choice(_NUMBERS + _WORDS) + rng.choice(_GLUE))
    text = "".join(parts)
    document = Document(text=text, language="en")
    assert repeats.number_starts(document) is not None
    spans = [match.span() for match in locale._decimal_matches(document)]
    assert spans == [match.span() for match in locale._EITHER_DECIMAL.finditer(text)]
    assert spans


def _stands_whole(text: str, at: int, needle: str, word_at: int) -> bool:
    """Whether the run of word characters at ``word_at`` in the hit at ``at`` stands whole in
    the text: no word character right before it or right after it."""
    run = re.match(r"\w*", needle[word_at:]).group()
    start, end = at + word_at, at + word_at + len(run)
    return not re.match(r"\w", text[start - 1 : start]) and not re.match(r"\w", text[end : end + 1])


_NEEDLES = [
    (" holmon ", 1),
    ("holmon ", 0),
    ("Holmon of ", 0),
    (" the ", 1),
    (", the ", 2),
    ("the", 0),
    ("aa", 0),
    (" aa aa", 1),
    ("holmon's", 0),
    ("Ähnliches ", 0),
    (" 2019", 1),
    ("#holmon", 0),  # led by a mark: searched everywhere
    ("xholmon", 1),  # the word follows a word character: searched everywhere
]


@pytest.mark.parametrize("seed", range(4))
def test_find_all_through_the_gate_keeps_every_hit_whose_word_stands_whole(seed, small_slices):
    rng = random.Random(seed)
    text = _text(rng, (3 << WINDOW_SHIFT) + rng.randrange(1 << WINDOW_SHIFT))
    document = Document(text=text, language="en")
    gate = textscan.word_gate(document)
    for needle, word_at in _NEEDLES:
        plain = list(textscan.find_all(text, needle))
        assert plain == [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]
        gated = list(textscan.find_all(text, needle, gate, word_at))
        assert gated == sorted(set(gated)), needle
        assert set(gated) <= set(plain), needle
        whole = [at for at in plain if _stands_whole(text, at, needle, word_at)]
        assert set(whole) <= set(gated), needle


def test_the_alnum_gate_is_none_where_the_text_holds_an_underscore(small_slices):
    text = _text(random.Random(5), 3 << WINDOW_SHIFT)
    assert "_" in text
    assert textscan.alnum_gate(Document(text=text, language="en")) is None
    clean = text.replace("_", "")
    assert textscan.alnum_gate(Document(text=clean, language="en")) is not None


@pytest.mark.parametrize("seed", range(3))
def test_contractions_are_found_at_the_apostrophes_offsets(seed):
    from mtlint.checks.rules import number_slips

    rng = random.Random(seed)
    pieces = ["it's", "It’s", "it’s", "its", "t’s", "’s", "it", "’", "'", "that's", "x"]
    text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n", "’"]) for _ in range(4000))
    document = Document(text=text, language="en")
    found = sorted(number_slips._contraction_places(document, "it's"))
    plain = sorted(
        at - 1
        for tail in ("t's", "t’s")
        for at in (m.start() for m in re.finditer(re.escape(tail), text))
        if at >= 1
    )
    assert found == plain


@pytest.mark.parametrize("seed", range(4))
def test_foreign_stop_words_through_the_gate_find_every_match(seed, small_slices):
    """MT502's stop words of other languages, found through the word filters, are exactly the
    pattern's matches, also where a digit or "_" follows a word (no letter: the pattern
    matches there, the filters would not answer: such words are searched everywhere)."""
    from mtlint.checks.rules import language

    pattern, _ = language._foreign_stop_words("en")
    words = ["hay", "hay2", "hay_", "hayé", "hays", "del", "del7", "und", "und,", "y", "ist"]
    rng = random.Random(seed)
    pieces = [*words, *_WORDS]
    text = "".join(rng.choice(pieces) + rng.choice(_GLUE) for _ in range(6000))
    document = Document(text=text, language="en")
    screened = language._hit_words(document, "en", pattern)
    assert screened is not None
    found, glued = screened
    assert {"hay", "del"} <= found and "hay" in glued
    narrowed = language._narrowed(found)
    gate = textscan.word_gate(document)
    assert gate is not None
    plain = [match.start() + 1 for match in narrowed.finditer(text)]
    assert language._hits_by_find(text, found, narrowed, gate, glued) == plain
    assert language._hits_by_find(text, found, narrowed) == plain


def test_a_foreign_stop_word_before_a_digit_far_from_its_whole_uses(small_slices):
    from mtlint.checks.rules import language

    pattern, _ = language._foreign_stop_words("en")
    window = 1 << WINDOW_SHIFT
    filler = "lorem ipsum dolor sit amet "
    text = (filler * (6 * window // len(filler) + 1))[: 6 * window]
    text = (
        text[: window + 5]
        + " del7 "
        + text[window + 11 : 4 * window]
        + " del "
        + text[4 * window + 5 :]
    )
    document = Document(text=text, language="en")
    found, glued = language._hit_words(document, "en", pattern)
    assert found == {"del"} and glued == {"del"}
    narrowed = language._narrowed(found)
    plain = [match.start() + 1 for match in narrowed.finditer(text)]
    assert len(plain) == 2
    gate = textscan.word_gate(document)
    assert language._hits_by_find(text, found, narrowed, gate, glued) == plain
    # Without the glued word set, the filters would miss the place before the digit.
    assert language._hits_by_find(text, found, narrowed, gate) == plain[1:]
