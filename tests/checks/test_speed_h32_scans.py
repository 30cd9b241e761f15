"""Scans of a large text replaced by shared layers (h32speed), each compared with the scan it
replaced on large invented texts:

- ``commascan.comma_matches(…, after=…)``: a ", "-led pattern whose start strings cannot be
  read (a group first: MT153's "(,) (\\d{3})") tried at the ", " whose next character is of the
  given class — compared with ``finditer``, with digits of other scripts and beyond the BMP;
- MT305's capitalised words with a derived ending, read from the distinct chunks and matched as
  a trie of the document's own words (``_suffix_words``) — compared with the old pattern;
- MT104/MT106's layout runs (``spacedlayout.document_markup_runs``) read from the first two
  spaces the repetition pass found — compared with the search of the whole text.
"""

from __future__ import annotations

import random
import re

from mtlint.checks import commascan, repeats, spacedlayout
from mtlint.checks.casingscan import mid_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.rules import casing_content
from mtlint.checks.rules.number_spacing import _SPLIT_GROUP

_PIECES = [", ", ",", " ", "1", "15", "000", "٣٤٥", "𝟏𝟐𝟑", "x", "\n", ", , ", "\uffff", "12,"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) for _ in range(rng.randint(3000, 6000)))
        + rng.choice(["", ", ", ", 1", ", 12", ", 123"])
        for _ in range(count)
    ]


def test_comma_matches_of_a_class_are_the_scans(small_slices):
    patterns = [_SPLIT_GROUP, re.compile(r"(,) (\d)"), re.compile(r"(, )(?:x|\d{2})")]
    classes = [re.compile(r"\d"), re.compile(r"\d"), re.compile(r"[x\d]")]
    found_any = False
    for text in _texts(10, 5):
        document = Document(text=text, language="en")
        assert repeats.text_shapes(document) is not None
        for pattern, after in zip(patterns, classes, strict=True):
            expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
            found = [
                (m.span(), m.group()) for m in commascan.comma_matches(document, pattern, after)
            ]
            assert found == expected, (pattern, text)
            found_any = found_any or bool(found)
    assert found_any


_WORDS = [
    "the",
    "was",
    "Officially",
    "officially",
    "Famous",
    "Finally.",
    "Useless,",
    "Readable;",
    "Ably",
    "Xly",
    "Wanted:",
    "Wantedly",
    "Lovely's",
    "Ölly",
    "Ünable",
    "opened",
    "Finalized",
    "Cured\n",
    "\n",
    "Tested\t",
    "Heated.Then",
    "2Bly",
]


def test_suffix_words_are_the_old_pattern():
    rng = random.Random(3)
    for _ in range(6):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2000, 4000)))
        document = Document(text=text, language="en")
        old = casing_content._suffix_pattern("en")
        new = casing_content._suffix_words(document, "en")
        expected = [(m.span(), m.group(1)) for m in mid_capital_matches(document, old)]
        found = (
            [(m.span(), m.group(1)) for m in mid_capital_matches(document, new)]
            if new is not None
            else []
        )
        assert found == expected
        assert expected


def _old_markup_runs(document: Document) -> frozenset[int]:
    """``document_markup_runs`` before h32speed: a search of the whole text for two spaces."""
    text = document.text
    if "  " not in text:
        return frozenset()
    runs = [match.span() for match in spacedlayout._RUN.finditer(text)]
    if len(runs) < 2:
        return frozenset()
    return frozenset(spacedlayout.layout_runs(text, runs, set_off=spacedlayout._typed(document)))


def test_markup_runs_from_the_first_two_spaces_are_the_scan(small_slices):
    rng = random.Random(9)
    pieces = ["type", " ", "  ", "   ", "x", ",", "\n", "p .", "Name", "|", "42"]
    found_any = False
    for count in (0, 1, 2, 3000, 5000):
        text = "".join(rng.choice(pieces[1:2] + pieces[4:]) for _ in range(7000))
        for _ in range(count // 1000):  # a few runs, at random places
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(pieces[1:4]) + "x" + text[at:]
        if count == 3000:
            text = "  x" + text  # the text's very first characters
        document = Document(text=text, language="en", format="text")
        assert repeats.text_shapes(document) is not None
        expected = _old_markup_runs(document)
        assert spacedlayout.document_markup_runs(document) == expected
        found_any = found_any or bool(expected)
    assert found_any
