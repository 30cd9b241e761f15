"""The fast paths of segmentation and the engine give exactly what the plain versions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import segment, textscan
from mtlint.checks.engine import check_text, ordered_unique
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Finding, Span

_TEXT = st.text(alphabet=st.sampled_from(list("ab .!?…\n\r\t\"”)A-#@/'’。")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(min_value=1, max_value=12))
def test_windows_cut_at_whitespace_so_chunks_are_unchanged(text, size):
    spans = list(textscan.windows(text, size))
    assert "".join(text[s:e] for s, e in spans) == text
    chunks = {chunk for s, e in spans for chunk in text[s:e].split()}
    assert chunks == set(text.split())


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from(["a", "ab", "a b", "b.", "A-a", "aa"]))
def test_find_word_matches_the_regex_definition(text, word):
    pattern = re.compile(re.escape(word) + r"(?![\w@/\-])(?!\.\w)")
    expected = []
    for match in pattern.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if before and (re.match(r"[\w@/\-'’]", before) or before in "#."):
            continue
        expected.append(match.span())
    assert list(textscan.find_word(text, word)) == expected


def test_sentences_of_a_long_paragraph_without_breaks():
    text = "word " * 200_000  # 1 MB, no sentence end: one sentence, found in linear time
    paragraphs = segment.split_paragraphs(text)
    sentences = segment.split_sentences(text, paragraphs, load_language_data("en"))
    assert [(s.start, s.end) for s in sentences] == [(0, len(text) - 1)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("ABC"), st.integers(0, 5), st.integers(0, 3)), max_size=12)
)
def test_findings_sorted_and_deduplicated_like_a_dict(rows):
    findings = [
        Finding(code, "name", str(index), Span(start, start + width))
        for index, (code, start, width) in enumerate(rows)
    ]
    unique = {(f.code, f.start, f.end): f for f in findings}
    expected = sorted(unique.values(), key=lambda f: (f.start, f.end, f.code))
    assert [f.message for f in ordered_unique(list(findings))] == [f.message for f in expected]


def test_semicolon_of_an_html_entity_is_not_a_missing_space():
    codes = [f.code for f in check_text("Vendors&nbsp;today and caf&#x2f;then.").findings]
    assert "MT105" not in codes
    assert "MT105" in [f.code for f in check_text("He saw Paris;Berlin today.").findings]
