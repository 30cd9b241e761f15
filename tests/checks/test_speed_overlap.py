"""The repetition pass reads each slice with an overlap of 8 K characters (h21speed: 64 K read
an eighth of the text twice): a repeat up to that long that starts before a slice's end is
still read whole, and found."""

from __future__ import annotations

import pytest
from mtlint.checks import repeats


@pytest.mark.parametrize("before", [1, 10, 3000, 6000])
def test_a_long_repeat_across_a_slice_edge_is_a_candidate(before):
    word = "x" * 3000  # the word and its copy: 6,001 characters, inside the overlap
    assert 2 * len(word) + 1 < repeats._OVERLAP
    start = repeats._SLICE - before
    filler = ("ab cd " * (start // 6 + 1))[: start - 1] + " "
    text = filler + word + " " + word + " and the end.\n" + "ef gh " * 2000
    assert text[start - 1] == " " and text[start : start + 3] == "xxx"
    found = repeats.find_repeat_starts(text)
    assert start in found.words


def test_a_long_sentence_repeated_across_a_slice_edge_is_a_candidate():
    sentence = "Then the long report said " + "very " * 70 + "much."
    start = repeats._SLICE - 300
    filler = ("ab cd. " * (start // 7 + 1))[: start - 1] + " "
    text = filler + sentence + " " + sentence + " And more.\n" + "ef gh. " * 2000
    found = repeats.find_repeat_starts(text)
    assert start in found.sentences
