"""MT980's wider search (checks/spelling_search.py): the likeliest of several corrections, two
edits for long words, capitalised words read against the names the text writes or wordfreq
knows. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.spelling import dropped_letter_word
from mtlint.checks.spelling_search import ranked_corrections, two_edit_words


def mt980(text: str, language: str = "en") -> list[tuple[str, str, float]]:
    findings = check_text(text, language=language, config=Config(min_confidence=0.0)).findings
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement, f.confidence)
        for f in findings
        if f.code == "MT980"
    ]


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        # "kicked" (a letter missed) against "iced" (a first letter added): the likelier slip.
        ("The striker kiced the ball past the keeper.", "kiced", "kicked"),
        # "quality" is ten times as common as "quantity".
        ("They asked for better quanlity of the roads.", "quanlity", "quality"),
    ],
)
def test_the_clearly_likeliest_of_several_corrections_is_offered(text, slip, fix):
    assert [(found, fixed) for found, fixed, _ in mt980(text)] == [(slip, fix)]


def test_close_corrections_are_no_reading():
    # "bulgaria" and "bulgarian" are as common: no correction is clearly right.
    assert ranked_corrections("bulgarin", {"bulgaria", "bulgarian"}, "en") == []
    # ... unless the text writes one of them.
    assert ranked_corrections("bulgarin", {"bulgaria", "bulgarian"}, "en", frozenset({"bulgaria"}))[
        0
    ] == ("bulgaria")


def test_a_long_word_two_letters_off_is_a_guess_below_a_one_letter_slip():
    far = mt980("The old volcano is still actitive after many years.")
    near = mt980("The old volcano is still actve after many years.")
    assert [(slip, fix) for slip, fix, _ in far] == [("actitive", "active")]
    assert [(slip, fix) for slip, fix, _ in near] == [("actve", "active")]
    assert far[0][2] < near[0][2]


def test_two_edits_only_where_endings_do_not_inflect():
    # A German genitive or comparative is a word with an ending, not a slip two letters away.
    assert two_edit_words("gleicheren", "de", keep_end=2) == set()
    text = "Das ist die Grundlage eines Sonnenschutzmittels in gleicheren Ländern, sagte sie."
    assert mt980(text, "de") == []
    # In English the ending stays as typed: two letters off the end is no reading.
    assert "active" not in two_edit_words("activeness", "en")


def test_a_name_one_letter_off_a_name_the_text_writes_is_reported():
    text = "The envoy flew to Eritre on Monday. Eritrea welcomed the talks."
    assert [(slip, fix) for slip, fix, _ in mt980(text)] == [("Eritre", "Eritrea")]


def test_a_name_with_two_letters_swapped_is_reported():
    text = "Officials told reporters in Kramatrosk that the water was back."
    assert [(slip, fix) for slip, fix, _ in mt980(text)] == [("Kramatrosk", "Kramatorsk")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("First Deputy Prime Minister A. Mamin said the work was done.", "en"),  # an initial
        ("Screens were set up in Romeso that people could watch.", "en"),  # "Rome so" glued
        ("Der Anteil des gesamten Windstroms stieg im Jahr deutlich.", "de"),  # a noun's case
    ],
)
def test_names_and_capitalised_nouns_stay_quiet(text, language):
    assert mt980(text, language) == []


def test_a_letter_left_out_of_a_very_common_word_is_spelled_out_at_run_time():
    assert dropped_letter_word("everone", "en") == "everyone"
    assert dropped_letter_word("goverment", "en") == "government"
    # "thre" is "three" and "there" less a letter: no evidence for either.
    assert dropped_letter_word("thre", "en") is None


def test_a_slip_before_a_possessive_is_read_too():
    # The document's word list keeps no "’s" chunk; the word before it is still a word.
    text = "The talks ended at Gnsu’s provincial office in the capital of Gansu province."
    assert [(slip, fix) for slip, fix, _ in mt980(text)] == [("Gnsu", "Gansu")]
    assert [(s, f) for s, f, _ in mt980("The depatment's report came out.")] == [
        ("depatment", "department")
    ]
    # A quoted word stays quiet; so does a name nobody misspelt.
    assert mt980("He called it 'depatment' to mock them. He read Kowalsky's letter.") == []


@pytest.mark.parametrize(
    "text",
    [
        # A feminine surname adds "-a" to the masculine one: two forms, no slip (review h13spell 1).
        "Mr Lavrov arrived in Geneva; his wife, Anna Lavrova, stayed at home.",
        "Anatoly Karpov and Natalia Karpova played chess.",
        # Transliterations and a name in two languages (review h13spell 2).
        "Alexei Navalny, sometimes written Navalnyi, was jailed.",
        "Tchaikovsky wrote it; the score calls him Tchaikovski.",
        "The cities of Pskov and Pskova river lie close together.",
        "The rivers Tigris and Euphrates; the ancient city of Euphrate.",
        "He moved from Bratislava to Bratislav, a village nearby.",
        "Jorge and Jorje are two spellings of the name.",
    ],
)
def test_two_forms_of_one_name_are_no_slip(text):
    assert mt980(text) == []


def test_typo_forms_are_no_alternative_correction():
    # "alot" and "tryin" are web forms of "a lot" and "trying": never offered (review 3).
    for slip, best, typo in (("almot", "almost", "alot"), ("tryig", "trying", "tryin")):
        offered = ranked_corrections(slip, {best, typo}, "en")
        assert offered[0] == best
        assert typo not in offered
