"""``text_holds`` answers ``needle in document.text`` from the distinct chunks first (a literal a
text lacks is then never searched for in all of it): the same answer as ``in`` for needles with
and without spaces, at the text's edges, and for the marks MT110 and MT501 ask about."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import text_holds

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["a", "b", "ab", "’", "‘", "—", "s", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "."]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_NEEDLES = st.lists(st.sampled_from(_PIECES), max_size=5).map("".join)


@SETTINGS
@given(_TEXTS, st.lists(_NEEDLES, min_size=1, max_size=4))
def test_holds_is_in(text: str, needles: list[str]) -> None:
    document = Document(text=text)
    for needle in needles + needles:  # asked twice: the remembered answer too
        assert text_holds(document, needle) == (needle in text), (text, needle)


def test_invented_marks() -> None:
    document = Document(text="He said ’ we left.\nThe talks —— ended ‘soon’ today")
    assert text_holds(document, " ’ ")
    assert not text_holds(document, " ‘ ")  # "‘soon’" is glued to its word
    assert text_holds(document, "——")
    assert text_holds(document, "left.\nThe")
    assert not text_holds(document, "left. The")
    assert not text_holds(document, "’s")
    assert text_holds(document, "")
    assert not text_holds(Document(text=""), " ")
