"""The shared index of ", " (``commascan.comma_matches``, built from the repetition pass's
arrays): on random texts full of commas at slice edges, characters beyond the BMP, a comma and
space at the text's end, each pattern gives the matches ``finditer`` gives; MT274's and MT230's
scans through it are those of the plain scans."""

from __future__ import annotations

import random
import re

from mtlint.checks import commascan, repeats
from mtlint.checks.documents.base import Document

_PIECES = [
    ", ",
    ",",
    " ",
    "said",
    "said ",
    "has ",
    "is",
    "that ",
    "thatch",
    "and ",
    "a",
    "𝔘",
    "\n",
    ", , ",
    "\uffff",
    "x",
    "é",
    "Said",
]
_PATTERNS = [
    re.compile(r", (?:said|has|is)(?= )"),
    re.compile(", that "),
    re.compile(r", (?:a|an|and)\b"),
    re.compile(r", 𝔘"),  # a start string beyond the BMP: scanned as before
    re.compile(r", [a-z]"),  # a class: its 26 strings
    re.compile(r", , (?:that|said)"),
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(3000, 6000)))
        texts.append(text + rng.choice(["", ", ", ", a", ", sai", ", said"]))
    return texts


def test_comma_matches_are_the_scans(small_slices):
    for text in _texts(12, 31):
        document = Document(text=text, language="en")
        assert repeats.text_shapes(document) is not None
        for pattern in _PATTERNS:
            expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
            found = [(m.span(), m.group()) for m in commascan.comma_matches(document, pattern)]
            assert found == expected, (pattern, text)


def test_the_index_keeps_every_comma_and_its_next_characters(small_slices):
    text = _texts(1, 7)[0] + ", "
    shapes = repeats.text_shapes(Document(text=text, language="en"))
    # Every ", " with a character after it (a match needs one).
    places = [m.start() for m in re.finditer(", (?=.)", text, re.DOTALL)]
    keys = []
    for place in places:
        chars = [min(ord(c), 0xFFFF) for c in text[place + 2 : place + 6]]
        chars += [0] * (4 - len(chars))
        keys.append((chars[0] << 48) | (chars[1] << 32) | (chars[2] << 16) | chars[3])
    # Sorted by key, text order within one key.
    expected = sorted(zip(keys, places, strict=True))
    assert (
        list(zip(shapes.comma_keys.tolist(), shapes.comma_spaces.tolist(), strict=True)) == expected
    )


def test_a_pattern_not_led_by_a_comma_and_a_space_is_scanned():
    assert commascan._start_strings(re.compile(r",\s(?:said)")) is None
    assert commascan._start_strings(re.compile(r"(,) said")) is None
    assert commascan._start_strings(re.compile(r", said")) == frozenset({"said"})
