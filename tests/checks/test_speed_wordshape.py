"""The faster scans (title-case words for MT903/MT971, MT955's decimals, …) give exactly what the
plain scans give (each test runs both)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingcommon, proseblocks, repeats, textscan, wordshape
from mtlint.checks.documents.base import Document
from mtlint.checks.rules import garble
from mtlint.checks.rules import locale as locale_rules
from mtlint.checks.textscan import chunk_text
from mtlint.checks.wrapping import wrap_width


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
    found = wordshape.title_case_words(text)
    assert found == _plain_title_case_words(text)
    assert list(found) == list(_plain_title_case_words(text))  # in text order, too


def test_title_case_words_judged_once_per_word_keep_every_use() -> None:
    # A word met again after a word that is no title-case word ("ÉCOLE"), and at offsets given.
    text = "Paris ÉCOLE Paris Berlin ÉCOLE Berlin Paris"
    found = wordshape.title_case_words(text)
    assert list(found) == ["Paris", "Berlin"]
    assert list(found["Paris"]) == [(0, 5), (12, 17), (38, 43)]
    assert list(wordshape.title_case_words(text, [12, 18, 25])) == ["Paris", "Berlin"]


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


@given(
    _pieces(
        "1",
        "23",
        "456",
        ".",
        ",",
        " ",
        "a",
        "v",
        "-",
        "\n",
        "٣",
        "12,345.6",
        "1.234,5",
        "3,5",
        "2.9",
        "_",
        " word " * 8,
    )
)
@settings(max_examples=600, deadline=None)
def test_decimal_matches_found_by_digit_are_the_regex_scan(text: str) -> None:
    document = Document(text=text, language="en")
    expected = [(m.span(), m.group("point")) for m in locale_rules._EITHER_DECIMAL.finditer(text)]
    found = [(m.span(), m.group("point")) for m in locale_rules._decimal_matches(document)]
    assert found == expected


def test_decimal_matches_in_running_text_and_in_a_table() -> None:
    filler = "The text goes on for a while without a single number in it. " * 20
    prose = (
        "Inflation was 3,5 per cent, 2.9 a year ago; 1.234,56 or 12,345.67 (v1.2). " + filler
    ) * 9
    # The prose takes the str.find path (under one digit in fifty characters), the table not.
    assert sum(map(prose.count, "0123456789")) < locale_rules._DIGIT_SHARE_FOR_FIND * len(prose)
    table = "1,5 2.5 3,25 10.000,5 7 8 9 12.5\n" * 40
    for text in (prose, table, "", "no digits at all"):
        document = Document(text=text, language="en")
        expected = [m.span() for m in locale_rules._EITHER_DECIMAL.finditer(text)]
        assert [m.span() for m in locale_rules._decimal_matches(document)] == expected


# --- MT972: marked letters found by str.find ---------------------------------------------------


@given(_pieces("cafe", "café", "ń", "e\u0301", " ", "\n", "-", "'", "Ärger", "1", "ø", "ɏ", "x"))
@settings(max_examples=400, deadline=None)
def test_marked_letter_positions_are_the_regex_matches(text: str) -> None:
    expected = [m.start() for m in garble._MARKED_LETTER.finditer(text)]
    positions = list(garble._marked_letter_positions(Document(text=text, language="en")))
    assert positions == expected
    plain = list(garble._accented_words(text, expected))
    assert list(garble._accented_words(text, positions)) == plain


# --- MT961-MT963: line spans by a regex, not text.split("\n") ------------------------------------


def _plain_line_spans(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


@given(
    _pieces(
        "a", "word", " ", "\n", "\r", "\t", "\x0b", "\x1c", "\x85", "\u2028", "\u00a0", "\u3000"
    )
)
@settings(max_examples=600, deadline=None)
def test_stripped_line_spans_are_the_split_and_strip_spans(text: str) -> None:
    found = [m.span(1) for m in proseblocks._STRIPPED_LINE.finditer(text)]
    assert found == _plain_line_spans(text)


# --- MT303/MT305: a word's uses counted only up to what the rule asks ----------------------------


@given(
    _pieces("light", "Light", "another", " ", ".", "-", "lightly", "#", "\n", max_size=60),
    st.dictionaries(st.sampled_from(["light", "Light", "another", "x"]), st.integers(0, 4)),
)
@settings(max_examples=400, deadline=None)
def test_find_words_upto_is_find_words_cut_at_the_limit(text: str, limits: dict[str, int]) -> None:
    every = textscan.find_words(text, limits)
    expected = {w: spans[: limits[w]] for w, spans in every.items() if limits[w] > 0}
    assert textscan.find_words_upto(text, limits) == expected


def test_find_words_upto_with_many_words_takes_the_one_scan() -> None:
    words = [f"word{n}" for n in range(30)]
    text = " ".join(words * 3)
    limits = dict.fromkeys(words, 2)
    assert textscan.find_words_upto(text, limits) == {
        w: spans[:2] for w, spans in textscan.find_words(text, words).items()
    }


@given(_pieces("a", "word.", " ", "\n", "\n\n", "\t", "\u2028", "\u00a0", max_size=30))
@settings(max_examples=300, deadline=None)
def test_blocks_are_the_lines_with_blank_line_marks(text: str) -> None:
    spans = _plain_line_spans(text)
    following = [s for s, _ in spans[1:]] + [len(text)] if spans else []
    expected = [
        (start, end, text.count("\n", end, after) >= 2)
        for (start, end), after in zip(spans, following, strict=True)
    ]
    if wrap_width(text) is None:
        found = [(b.start, b.end, b.blank_after) for b in proseblocks._blocks(text, None)]
        assert found == expected


@pytest.mark.parametrize("seed", range(4))
def test_title_case_words_from_the_repetition_pass_match_the_plain_scan(seed, monkeypatch):
    """A large text's title-case words, tried only where the repetition pass's runs of \\w
    characters may start one (slices that line up with nothing, words across slice edges,
    letters beyond the BMP, capitals after marks), are the plain scan's."""
    monkeypatch.setattr(repeats, "GATE_MIN_LENGTH", 0)
    monkeypatch.setattr(repeats, "_SLICE", 5003)
    rng = random.Random(seed)
    pieces = [
        "Paris", "Zelensky", "ÉCOLE", "Éric", "london", "Ab", "Abcd", "Abcde", " ", " ", "\n",
        "-", "'", "’", "x", "7", "_", "Ölfen", "Straße", "ΑΘΗΝΑ", "Αθήνα", ".", "\t", "\u00a0",
        "IBMs", "Mc", "Donald", "𝔘nicode", "Ｐａｒｉｓ", "Ǆemal", "ǅemal", "İstanbul",
    ]  # fmt: skip
    text = "".join(rng.choice(pieces) for _ in range(9000))
    document = Document(text=text, language="en")
    starts = repeats.title_starts(document)
    assert starts is not None
    assert wordshape.document_title_case_words(document) == _plain_title_case_words(text)
    assert wordshape.title_case_words(text, starts) == wordshape.title_case_words(text)
