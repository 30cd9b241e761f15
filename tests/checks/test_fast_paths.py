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


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_break_scan_equals_finditer(text):
    for start, end in [(0, len(text)), (min(3, len(text)), max(0, len(text) - 2))]:
        got = [m.span() for m in segment._breaks(text, start, end)]
        assert got == [m.span() for m in segment._BREAK.finditer(text, start, end)]


def _paragraphs_by_lines(text: str) -> list[tuple[int, int, bool]]:
    """The previous implementation: every line sliced up front."""
    lines: list[tuple[int, str]] = []
    if "\r" not in text:
        position = 0
        for line in text.split("\n"):
            lines.append((position, line))
            position += len(line) + 1
    else:
        position = 0
        while position < len(text):
            match = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)").match(text, position)
            if match is None or match.end() == position:
                break
            lines.append((position, match.group().rstrip("\r\n")))
            position = match.end()
    out = []
    pending = None
    pending_end = 0
    for index, (line_start, content) in enumerate(lines):
        stripped = content.strip()
        if not stripped:
            if pending is not None:
                out.append(segment._make_paragraph(text, pending, pending_end))
                pending = None
            continue
        start = line_start + len(content) - len(content.lstrip())
        end = line_start + len(content.rstrip())
        if pending is None:
            pending = start
        pending_end = end
        wrapped = len(stripped) >= 60 and stripped[-1] not in segment._TERMINAL
        wrapped = wrapped and not stripped[-1].isdigit()
        if not wrapped or index + 1 >= len(lines) or not lines[index + 1][1].strip():
            out.append(segment._make_paragraph(text, pending, pending_end))
            pending = None
    if pending is not None:
        out.append(segment._make_paragraph(text, pending, pending_end))
    return [(p.start, p.end, p.is_heading) for p in out]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", " ", "\n", "\r\n", ".", "\t", "Wrapped " * 9, "Done " * 13 + "."]),
        max_size=14,
    )
)
def test_paragraphs_from_line_offsets_equal_the_line_by_line_split(parts):
    text = "".join(parts)
    got = [(p.start, p.end, p.is_heading) for p in segment.split_paragraphs(text)]
    assert got == _paragraphs_by_lines(text)


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


_STOP_WORDS = ["hay", "hayes", "que", "Que", "pour", "nicht", "und", "durante", "the", "l'eau"]
_STOP_WORD_TEXT = st.lists(
    st.sampled_from([*_STOP_WORDS, " ", " ", "\u00a0", "  ", "\n", "\t", ",", ".", "«", "-", "é"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_STOP_WORD_TEXT)
def test_stop_word_scan_narrowed_to_the_documents_chunks_matches_at_the_same_places(text):
    from mtlint.checks.documents.base import Document
    from mtlint.checks.rules import language

    pattern, _ = language._foreign_stop_words("en")
    expected = [match.start() for match in pattern.finditer(text)]
    words = language._hit_words(Document(text=text, language="en"), "en", pattern)
    assert words is not None  # a small text is always screened
    found = [match.start() for match in language._narrowed(words).finditer(text)] if words else []
    assert found == expected
