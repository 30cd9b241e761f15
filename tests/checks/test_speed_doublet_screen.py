"""MT403's candidates on a large text come from the repetition pass's screens (word j against
word j + d, by hash, one comparison per distance shared by the unit and doublet screens): the
findings on that path equal the small-text scan's, on invented "X and X" texts of one to six
words, with commas, short middle words and slices cut anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks import repeats
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = st.sampled_from(
    ["shells", "and", "fake", "news", "or", "the", "Ministry", "of", "Health", "X", "to", "a"]
)
_GAPS = st.sampled_from([" ", " ", " ", " ", ", ", ". ", "\n", "  "])


def _findings(text: str) -> list[tuple]:
    config = Config(select=("MT401", "MT402", "MT403"))
    result = check_document(Document(text=text, language="en"), config)
    return [(f.code, f.start, f.end, f.message, f.fixes) for f in result.findings]


def _both_paths(text: str) -> tuple[list[tuple], list[tuple]]:
    saved = repeats.MIN_LENGTH, repeats._SLICE
    try:
        repeats.MIN_LENGTH, repeats._SLICE = 0, 13
        vectorised = _findings(text)
        repeats.MIN_LENGTH = 1 << 30
        return vectorised, _findings(text)
    finally:
        repeats.MIN_LENGTH, repeats._SLICE = saved


@SETTINGS
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=30))
def test_random_doublets_same_on_both_paths(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    vectorised, scanned = _both_paths(text)
    assert vectorised == scanned


def test_invented_doublets() -> None:
    text = (
        "Residents heard shells and shells all night. They spread fake news and fake news "
        "online. The Ministry of Health, the Ministry of Health said so."
    )
    vectorised, scanned = _both_paths(text)
    assert vectorised == scanned
    assert [f[0] for f in vectorised].count("MT403") >= 2
