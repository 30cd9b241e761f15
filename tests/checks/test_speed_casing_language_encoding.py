"""The screens and faster scans of the casing, language and encoding rules, and of the shared word
finders, give exactly what the plain scans give (each test runs both, or checks the fact a
screen relies on)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingscan, textscan, wordfind, wordlists
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.rules import encoding


def _document(text: str, language_code: str = "en") -> Document:
    return Document(text=text, language=language_code)


def _findings(text: str, codes: set[str], language_code: str = "en") -> list[tuple]:
    result = check_document(_document(text, language_code), Config())
    return [
        (f.code, f.start, f.end, f.message, f.confidence, f.fixes)
        for f in result.findings
        if f.code in codes
    ]


def _pieces(*pieces: str, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- facts the screens rely on -------------------------------------------------------------------


def test_whitespace_is_every_character_str_split_splits_on():
    every = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert every == textscan.WHITESPACE
    assert textscan.unique_chunks(_document("a\x1cb\x85c\xa0d\u3000e")) == set("abcde")


def test_mid_capital_class_holds_every_character_a_rule_accepts_before_the_space():
    before = re.compile(casingscan._MID_CAPITAL.pattern.split("(?<=")[1][:-2])
    assert before.pattern.startswith("[") and before.pattern.endswith("]")
    for code in range(0x110000):
        c = chr(code)
        if c.isalnum() or c.islower() or c in '”)"':
            assert before.fullmatch(c), hex(code)


def test_chunk_text_and_characters_describe_the_distinct_chunks():
    document = _document("b a\u3000b\x1c(c)\n a")
    assert sorted(textscan.chunk_text(document).split("\n")) == ["", "", "(c)", "a", "b"]
    assert sorted(textscan.text_characters(document)) == sorted("abc()")
    assert textscan.text_has(document, "\x1c") and not textscan.text_has(document, "\t")
    assert textscan.has_character(document, re.compile("[\x1c]"))
    assert not textscan.has_character(document, re.compile("[\x1d]"))
    assert textscan.chunk_text(_document(" \n")) == ""


# --- encoding -------------------------------------------------------------------------------------


def test_each_template_screen_lets_its_pattern_through():
    for text in [
        "a [ad_1] b",
        "[caption id=1]x[/caption]",
        "${a.b}",
        "x %s y",
        " %(n)d",
        "{{ a }}",
    ]:
        document = _document(text)
        assert encoding._template_matches(text, document), text
        assert [m.span() for m in encoding._template_matches(text, document)] == [
            m.span() for m in encoding._template_matches(text)
        ]


def test_whitespace_control_characters_are_still_reported():
    for text in ["He arrived\x1c on Sunday.", "A\x0bB", "x\x85y", "tab\x1f end"]:
        assert _findings(text, {"MT604"}), repr(text)


# --- find_words -----------------------------------------------------------------------------------

_KEYS = ["ab", "abc", "b", "ba", "a b", "o", "o'x", "a&b", "b.c", "&a", "zz"]
_WORD_TEXT = _pieces(
    "ab",
    "abc",
    "b",
    "a",
    "o",
    "'x",
    "&",
    ".",
    "c",
    " ",
    "\n",
    "\t",
    "\xa0",
    "\u3000",
    "(",
    "“",
    "-",
    "#",
    "@",
    "/",
    "’",
    max_size=50,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KEYS), min_size=1, max_size=8), _WORD_TEXT)
def test_word_scans_by_automaton_equal_the_class_led_scan(keys, text):
    many = set(keys) | {f"zz{i}" for i in range(30)}
    expected = wordfind._find_words_regex(text, sorted(many))
    got = textscan.find_words(text, many)
    assert got == expected
    assert list(got) == list(expected)


def test_a_word_after_any_whitespace_or_punctuation_is_found_by_the_automaton():
    text = "ab\tab\xa0ab\u3000ab(ab “ab” &ab\nab x-ab o'x"
    many = {"ab", "o'x"} | {f"zz{i}" for i in range(30)}
    got = textscan.find_words(text, many)
    assert got == wordfind._find_words_regex(text, sorted(many))
    assert len(got["ab"]) == 8


def test_a_word_starting_with_whitespace_is_found_as_by_the_class_led_scan():
    text = "a  b a b"
    many = {" b", "ab"} | {f"zz{i}" for i in range(30)}
    assert textscan.find_words(text, many) == wordfind._find_words_regex(text, sorted(many))


# --- word frequencies -----------------------------------------------------------------------------


def test_frequency_dict_is_wordfreqs_own():
    import wordfreq

    for code in ("en", "fr"):
        ours = wordlists.frequency_dict(code)
        theirs = wordfreq.get_frequency_dict(code)
        assert ours == theirs
        assert list(ours) == list(theirs)


def test_plain_languages_are_tokenised_plainly_by_wordfreq():
    from wordfreq.language_info import get_language_info

    for code in wordlists._PLAIN_LANGUAGES:
        info = get_language_info(code)
        assert info["tokenizer"] == "regex"
        assert info["normal_form"] == "NFC"
        assert not info["remove_marks"] and not info["dotless_i"]
        assert info["diacritics_under"] is None and info["transliteration"] is None
        assert info["lookup_transliteration"] is None


def test_zipf_of_every_stop_word_is_wordfreqs():
    import wordfreq

    words = {w for code in available_languages() for w in load_language_data(code).stop_words}
    for code in [*sorted(wordlists._PLAIN_LANGUAGES), "tr"]:
        for word in sorted(words):
            assert wordlists.wordfreq_zipf(word, code) == wordfreq.zipf_frequency(word, code), (
                code,
                word,
            )


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aeinorstßçéıłœſʼͅάςωяёїΐǆ'1-")), min_size=1, max_size=8),
    st.sampled_from(["en", "de", "el", "ru", "pl"]),
)
def test_zipf_of_any_word_is_wordfreqs(word, code):
    import wordfreq

    assert wordlists.wordfreq_zipf(word, code) == wordfreq.zipf_frequency(word, code)


@pytest.mark.parametrize("code", ["xx", "en-US", ""])
def test_frequency_dict_of_an_unusual_code_is_wordfreqs_choice(code):
    import wordfreq

    try:
        theirs = wordfreq.get_frequency_dict(code)
    except (LookupError, ValueError):
        theirs = {}
    assert wordlists.frequency_dict(code) == theirs


@settings(max_examples=300, deadline=None)
@given(
    _pieces("a", "b", " ", "\n", "…", ".", "\xa0"),
    _pieces("a", "b", " ", "\t", "…", ".", max_size=4),
)
def test_containment_from_the_chunk_text_is_containment_in_the_text(text, needle):
    assert casingscan.in_text(_document(text), needle) == (needle in text)


def test_the_file_read_is_the_one_wordfreq_reads_for_every_language():
    import langcodes
    import wordfreq

    available = wordfreq.available_languages("best")
    for code in available:
        best, _ = langcodes.closest_match(code, list(available), max_distance=60)
        assert str(wordlists._wordlist_file(code)) == available[best]
