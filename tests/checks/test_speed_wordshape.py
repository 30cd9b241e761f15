"""The faster scans (title-case words for MT903/MT971, MT955's decimals, …) give exactly what the
plain scans give (each test runs both)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingcommon, wordshape
from mtlint.checks.documents.base import Document
from mtlint.checks.rules import locale as locale_rules
from mtlint.checks.textscan import chunk_text


def _pieces(*pieces: str, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def _plain_title_case_words(text: str) -> dict[str, list[tuple[int, int]]]:
    """The scan as first written: a look-behind, then the upper-case class."""
    upper = "".join(sorted({c for c in map(chr, range(0x10000)) if c.isupper() and c.isalpha()}))
    pattern = re.compile(r"(?<![\w'’-])[" + re.escape(upper) + r"][^\W\d_]{4,}(?![\w'’-])")
    positions: dict[str, list[tuple[int, int]]] = {}
    for match in pattern.finditer(text):
        if match.group()[1:].islower():
            positions.setdefault(match.group(), []).append(match.span())
    return positions


_TITLE_PIECES = _pieces(
    "Paris",
    "Zelensky",
    "ÉCOLE",
    "Éric",
    "london",
    "Ab",
    "Abcd",
    " ",
    "\n",
    "-",
    "'",
    "’",
    "x",
    "7",
    "_",
    "Ölfen",
    "Straße",
    "ΑΘΗΝΑ",
    "Αθήνα",
    ".",
    "\t",
    "\u00a0",
    "IBMs",
    "Mc",
    "Donald",
)


@given(_TITLE_PIECES)
@settings(max_examples=400, deadline=None)
def test_title_case_words_match_the_plain_scan(text: str) -> None:
    assert wordshape.title_case_words(text) == _plain_title_case_words(text)


def test_title_case_words_at_text_edges_and_after_marks() -> None:
    for text in (
        "Paris",
        "xParis",
        "-Paris",
        "'Paris",
        "’Paris Berlin",
        "Paris-Berlin",
        " Paris\n",
    ):
        assert wordshape.title_case_words(text) == _plain_title_case_words(text)


# --- MT955: one scan for both decimal conventions ---------------------------------------------


@given(_pieces("1", "23", "456", ".", ",", " ", "a", "v", "-", "\n", "٣", "12,345.6", "1.234,5"))
@settings(max_examples=600, deadline=None)
def test_one_decimal_scan_finds_what_the_two_scans_find(text: str) -> None:
    point = [m.span() for m in locale_rules._POINT_DECIMAL.finditer(text)]
    comma = [m.span() for m in locale_rules._COMMA_DECIMAL.finditer(text)]
    either = list(locale_rules._EITHER_DECIMAL.finditer(text))
    assert [m.span() for m in either if m.group("point") is not None] == point
    assert [m.span() for m in either if m.group("point") is None] == comma


# --- MT305: the CamelCase-identifier test asks the distinct chunks ------------------------------


@given(_pieces("Holidays", "Corporate", "corporate", "x", "_", " ", "\n", "1", ".", "é", "-"))
@settings(max_examples=400, deadline=None)
def test_identifier_test_on_the_chunks_answers_for_the_text(text: str) -> None:
    screen = chunk_text(Document(text=text, language="en"))
    for word in ("Holidays", "Corporate"):
        assert casingcommon._in_identifier(screen, word) == casingcommon._in_identifier(text, word)
