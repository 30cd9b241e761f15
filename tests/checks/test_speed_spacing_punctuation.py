"""The shared screens the spacing and punctuation rules ask before they scan: chunk edges and
the paragraphs holding a mark follow their definitions. (That the screened rules find what the
unscreened scans found is the golden snapshot's job: tests/test_golden.py.)"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks import segment
from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import (
    chunk_edge,
    chunk_text,
    paragraphs_with,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words, the marks and the spacing the rules look for, glued in any order.
_PIECES = [
    "said",
    "The",
    "a",
    "We",
    "x",
    "U",
    "2",
    "nbsp",
    "&nbsp",
    "&#160",
    "to",
    "korea",
    "Moscow",
    "http://a.org/x",
    "f(x)=",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\r\n",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "%",
    "..",
    "...",
    "…",
    "'",
    "’",
    "n't",
    "n’t",
    "'s",
    "'re",
    "l'",
    "qu’",
    "d'",
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "。",
    "，",
    "、",
    "北京",
    "¿",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_LANGUAGE = st.sampled_from(["en", "fr", "de", "it", "nl", "ja"])


# --- the shared screens ------------------------------------------------------------------------


@SETTINGS
@given(text=_TEXT, edge=st.sampled_from([".", ",", "(", ")", "…", "...", "'s", "n't", ".”"]))
def test_chunk_edges_follow_their_definition(text, edge):
    lines = chunk_text(Document(text=text, language="en"))
    chunks = text.split()
    assert chunk_edge(lines, edge, start=True) == any(c.startswith(edge) for c in chunks)
    assert chunk_edge(lines, edge, start=False) == any(c.endswith(edge) for c in chunks)


@SETTINGS
@given(
    text=st.lists(st.sampled_from(["a", "(", "“", "\n", "\n\n", " ", "b.", "Wrapped " * 9])).map(
        "".join
    ),
    marks=st.lists(st.sampled_from(["(", "“", "a", "b.", "(“", ""]), max_size=3),
)
def test_paragraphs_with_equals_a_test_per_paragraph(text, marks):
    paragraphs = segment.split_paragraphs(text)
    expected = [
        index
        for index, p in enumerate(paragraphs)
        if any(mark in text[p.start : p.end] for mark in marks)
    ]
    assert paragraphs_with(text, paragraphs, marks) == expected
