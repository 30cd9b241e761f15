"""MT980 in a text of many rare words: past a couple of hundred, one scan of the text finds where
they all stand (a search per word grew with the square of the text); the findings must be the
same as when each word is searched on its own."""

import random

from mtlint.checks.documents.base import Document
from mtlint.checks.engine import prepare_document
from mtlint.checks.rules import spelling


def _filler(count: int) -> str:
    """``count`` invented rare words (letters only), in sentences."""
    rng = random.Random(7)
    syllables = ["zor", "blat", "quon", "vex", "trum", "pilk", "dras", "mox", "fent", "gruv"]
    words = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(count)]
    return " ".join(f"The {word} stood there." for word in words)


def _slips(text: str) -> list[tuple[str, str]]:
    document = prepare_document(Document(text=text, language="en"))
    return [(text[f.start : f.end], f.message) for f in spelling.MisspeltWord().check(document)]


def test_many_rare_words_take_the_one_scan_and_find_the_same_slips():
    sentences = "The old volcano is still actitive after many years. The depatment wrote; the "
    sentences += "depatment replied."
    few = _slips(sentences + " " + _filler(5))
    many = _slips(sentences + " " + _filler(400))
    assert ("actitive", few[0][1]) in many  # written once: a slip, found on both paths
    assert all(word != "depatment" for word, _ in many)  # written twice: the text's own
    assert [word for word, _ in few] == ["actitive"]
    assert len(spelling._rare_words(prepare_document(Document(text=_filler(400))), "en")) > (
        spelling._SCAN_EACH_UPTO
    )
