"""MT274's comma-and-verb scan written as a trie of its verbs finds exactly what the
longest-first alternation of the verbs found (the same starts and ends), on texts made of the
verbs, their prefixes and longer words that start with them."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks.calquetables import calques
from mtlint.checks.rules.punctuation_subject_commas import _comma_verb

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_VERBS = frozenset(calques("en")["subject_comma_verbs"])


def _alternation(verbs: frozenset[str]) -> re.Pattern[str]:
    """The scan before the trie."""
    words = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf", (?:{words})(?= )")


_PIECES = sorted(_VERBS) + [v[:-1] for v in sorted(_VERBS)] + ["ly", "s", ", ", " ", ",", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_trie_is_the_alternation(text: str) -> None:
    spans = [m.span() for m in _comma_verb(_VERBS).finditer(text)]
    assert spans == [m.span() for m in _alternation(_VERBS).finditer(text)]


def test_invented_sentences() -> None:
    text = "Governor spokesman Ali Khan, told reporters, saidly so, has been, hasx "
    found = [text[a:b] for a, b in (m.span() for m in _comma_verb(_VERBS).finditer(text))]
    assert found == [text[a:b] for a, b in (m.span() for m in _alternation(_VERBS).finditer(text))]
    assert ", told" in found
