"""MT994's reading of a capitalised word inside a sentence as a slip of a common word
(checks/capital_slip.py), and a word opening a quotation scored like any other opener
(checks/unknown_score.opens_quotation). Invented sentences; the slips are typed here."""

from __future__ import annotations

import pytest
from mtlint.checks.capital_slip import capital_slip, inside_edit
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.unknown_score import beside_mark, opens_quotation

LOW = Config(min_confidence=0.2)


def mt994(text: str, config: Config = LOW) -> dict[str, tuple[float, tuple[str, ...]]]:
    return {
        text[f.start : f.end]: (f.confidence, tuple(x.edits[0].replacement for x in f.fixes))
        for f in check_text(text, language="en", config=config).findings
        if f.code == "MT994"
    }


@pytest.mark.parametrize(
    ("typed", "right", "inside"),
    [
        ("humanitrian", "humanitarian", True),  # a letter dropped inside
        ("cpaital", "capital", True),  # two neighbours swapped inside
        ("technlogy", "technology", True),
        ("vincenti", "vincent", False),  # a letter added at the end: a name's shape
        ("streett", "street", False),  # the added letter may be the last one
        ("rapital", "capital", False),  # the first letter struck
        ("capitol", "capital", True),  # struck inside (the kind decides, not this)
        ("capital", "capitals", False),
        ("capital", "capital", False),
    ],
)
def test_an_inside_edit_leaves_both_ends_of_the_word_alone(typed, right, inside):
    assert inside_edit(typed, right) is inside


@pytest.mark.parametrize(
    ("word", "right"),
    [("Humanitrian", "humanitarian"), ("Parliamnet", "parliament"), ("Agricultrue", "agriculture")],
)
def test_a_capitalised_word_with_a_letter_dropped_or_swapped_is_read_as_a_slip(word, right):
    assert capital_slip(word, "en") == right


@pytest.mark.parametrize(
    "word",
    [
        "Vincenti",  # a common name with a letter added at its end
        "Talant",  # a letter struck: how a name differs from a word it sounds like
        "Longling",  # a letter added inside
        "Humanitarian",  # a word of the language
        "Govrnmnt",  # two edits from any word
        "HUMANITRIAN",  # not title case
        "Gobi",  # too short to tell
    ],
)
def test_names_and_words_are_no_capitalised_slips(word):
    assert capital_slip(word, "en") is None


def test_a_capitalised_slip_inside_a_sentence_is_found_at_the_bar_with_its_fix():
    text = "The convoy reached the border through the Humanitrian Aid Office on Monday."
    found = mt994(text, Config())
    assert found["Humanitrian"] == (0.6, ("Humanitarian",))


@pytest.mark.parametrize(
    "text",
    [
        # A name written again: the text's own word.
        "The Agricultrue Trust met on Monday; the Agricultrue Trust then left.",
        # A quoted line of another language holds the word.
        "At night they sang “la Agricultrue de los campos y de la sierra” together.",
    ],
)
def test_a_capitalised_slip_the_text_explains_stays_under_the_bar(text):
    found = mt994(text, Config())
    assert "Agricultrue" not in found


def test_a_slip_opening_a_quotation_is_scored_like_any_opener():
    text = "The mayor said: “Therea are many reasons to stay here,” and left the hall."
    assert "Therea" in mt994(text)


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("He said: “Flumox is here.", "Flumox", True),
        ('He said ("Flumox is here.', "Flumox", True),
        ("He called it “flumox” on purpose.", "flumox", False),  # quoted alone
        ("the x“flumox is", "flumox", False),  # a mark glued to a word before it
        ("He said 'flumox is here.", "flumox", False),  # an apostrophe: an elision
    ],
)
def test_a_word_opening_a_quotation_is_not_beside_a_mark(text, word, opens):
    start = text.index(word)
    end = start + len(word)
    assert opens_quotation(text, start, end) is opens
    assert beside_mark(text, start, end) is not opens
