"""Segmentation and the helpers rules build on: paragraphs, headings, sentences, word search."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.segment import ParagraphIndex, is_title_case, split_paragraphs, split_sentences
from mtlint.checks.textscan import find_word, find_words, looks_technical, unique_chunks

EN = load_language_data("en")


def spans(text: str) -> list[tuple[str, bool]]:
    return [(text[p.start : p.end], p.is_heading) for p in split_paragraphs(text)]


def test_paragraphs_are_lines_and_short_unpunctuated_lines_are_headings():
    text = "Planned visit to North Korea\nThe Kremlin announced it.\n\n  Indented line.\n"
    assert spans(text) == [
        ("Planned visit to North Korea", True),
        ("The Kremlin announced it.", False),
        ("Indented line.", False),
    ]


def test_hard_wrapped_lines_join_until_a_blank_line_or_final_punctuation():
    first = "This is a long hard-wrapped line of prose that goes on and on without"
    text = f"{first}\nending here.\nNext paragraph.\r\n\r\nLast one"
    assert spans(text) == [
        (f"{first}\nending here.", False),
        ("Next paragraph.", False),
        ("Last one", True),
    ]


def test_crlf_offsets_point_into_the_text():
    text = "One line.\r\nTwo line.\r\n"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["One line.", "Two line."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\r\t?")), max_size=80))
def test_paragraphs_are_ordered_non_blank_and_inside_the_text(text):
    previous_end = -1
    for paragraph in split_paragraphs(text):
        assert previous_end < paragraph.start <= paragraph.end <= len(text)
        assert text[paragraph.start : paragraph.end].strip()
        assert (
            text[paragraph.start : paragraph.end] == text[paragraph.start : paragraph.end].strip()
        )
        previous_end = paragraph.end


def test_sentences_respect_abbreviations_initials_and_decimals():
    text = "Mr. Smith met J. Doe in the U.S. on Monday. It rose 2.5 percent. Then… Nothing."
    sentences = [s.text(text) for s in split_sentences(text, split_paragraphs(text), EN)]
    assert sentences == [
        "Mr. Smith met J. Doe in the U.S. on Monday.",
        "It rose 2.5 percent.",
        "Then…",
        "Nothing.",
    ]


def test_title_case_and_headlines():
    assert is_title_case("Putin Visits Uzbekistan On His Third Trip")
    assert not is_title_case("Putin visits Uzbekistan on his third trip")
    text = "Putin Visits Uzbekistan On His Third Trip Abroad Since The Election Of March\n\n" + (
        "Pictures From The Kremlin Website Showed Putin In Tashkent With Leaders."
    )
    index = ParagraphIndex(text, split_paragraphs(text))
    assert index.is_headline(3)
    # A title-case line that ends like a sentence is prose full of names, not a headline.
    assert not index.is_headline(text.index("Pictures"))
    assert index.at(text.index("Pictures")).start == text.index("Pictures")


def test_looks_technical():
    text = "See https://a.org/x, mail a@b.org, #tag, file report.pdf, www.site.com and words."
    for token in ("a.org", "a@b", "tag", "report", "site"):
        start = text.index(token)
        assert looks_technical(text, start, start + len(token)), token
    start = text.index("words")
    assert not looks_technical(text, start, start + 5)


def test_find_word_respects_word_and_web_boundaries():
    text = "korea, Korea's north korea; koreas #korea korea.com x-korea korea's"
    assert [text[s:e] for s, e in find_word(text, "korea")] == ["korea", "korea", "korea"]
    assert [s for s, _ in find_word(text, "north korea")] == [text.index("north")]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "abc", "b", "ba", "abd", "c"]), min_size=5, max_size=9),
    st.text(alphabet=st.sampled_from(list("abcd .-#@/")), max_size=60),
)
def test_find_words_scan_agrees_with_one_search_per_word(words, text):
    # More than the per-word threshold forces the single prefix-factored scan.
    many = set(words) | {f"zz{i}" for i in range(30)}
    expected = {w: list(find_word(text, w)) for w in many}
    expected = {w: s for w, s in expected.items() if s}
    got = find_words(text, many)
    # The single scan takes the longest word at each position and never overlaps itself.
    for word, found in got.items():
        for span in found:
            assert span in expected[word]
    covered = {s for found in got.values() for s in found}
    for word, found in expected.items():
        for start, end in found:
            assert any(s <= start < e for s, e in covered) or any(
                s < end and start < e for s, e in covered
            ), (word, start)


def test_unique_chunks_are_cached_per_document():
    document = Document(text="a b a c", language="en")
    first = unique_chunks(document)
    assert first == {"a", "b", "c"}
    assert unique_chunks(document) is first
    other = Document(text="a b a c", language="en")
    assert unique_chunks(other) is not first
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.text = "d e"  # type: ignore[misc]  # a changed text is a new document
    assert unique_chunks(dataclasses.replace(document, text="d e")) == {"d", "e"}
    assert unique_chunks(document) is first


def test_word_pattern_helpers_do_not_match_inside_words():
    assert not list(find_word("Putinwho", "Putin"))
    assert re.fullmatch(r"\w+", "korea")


def test_word_count_of_a_large_text_is_counted_window_by_window_and_exactly():
    from mtlint.checks.segment import word_count
    from mtlint.checks.textscan import WINDOW

    line = "He met the president.\tOn Sunday  they talked\u00a0at length –  re-election!\n"
    text = line * (2 * WINDOW // len(line) + 3) + "x" * (WINDOW + 5) + " tail words"
    assert len(text) > 2 * WINDOW
    assert word_count(text) == len(text.split())


_FIND_WORD_PIECES = st.text(alphabet="abk-. é1", min_size=3, max_size=6)
_FIND_TEXT_PIECES = st.sampled_from([*"ab-./@#_'’ \n\tkéA1²😀", "", " ", "  "])


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_find_words_by_automaton_finds_what_the_regex_finds(data):
    from mtlint.checks.wordfind import _find_words_automaton, _find_words_regex

    wanted = sorted(set(data.draw(st.lists(_FIND_WORD_PIECES, min_size=1, max_size=6))))
    # The text is made of the words themselves and characters around them, so that words
    # meet each other, punctuation, digits and the text's edges.
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(wanted), _FIND_TEXT_PIECES), max_size=30))
    text = "".join(pieces)
    assert _find_words_automaton(text, wanted) == _find_words_regex(text, wanted)


def test_find_words_prefers_the_longest_word_and_never_overlaps():
    from mtlint.checks.wordfind import _find_words_automaton, _find_words_regex

    text = "new york and new yorker; north korea's korea-korea, u.s. kyiv.ua #kyiv kyiv"
    wanted = sorted(["new", "new york", "north korea", "korea", "kyiv", "u.s.", "york"])
    found = _find_words_automaton(text, wanted)
    assert found == _find_words_regex(text, wanted)
    assert found["new york"] == [(0, 8)] and found["new"] == [(13, 16)]
    assert found["kyiv"] == [(71, 75)]
    # A word may not start on the character right after the last one taken (the regex's next
    # match begins with the character before its word, after the last match).
    touching = ["ab ", " ab"]
    assert _find_words_automaton("ab  ab", touching) == _find_words_regex("ab  ab", touching)
    assert _find_words_automaton("ab  ab", touching) == {"ab ": [(0, 3)]}
