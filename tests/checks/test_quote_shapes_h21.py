"""Quote marks glued, doubled or stray and dot runs on real MT pages (session 17, h21quotes):
MT110 in lines with an odd number of straight quotes and single marks glued on both sides,
MT220 quotations ending on a year, MT224 a name's lost apostrophe, MT225 the single closer of
a ‘’ opening, MT205 "<<Title>>", MT226 spaced dot runs and "….word", MT245 nested double
quotes. Invented sentences in the shapes found on n–z outlets."""

from __future__ import annotations

import pytest
from helpers import code_findings as _findings
from helpers import code_fixed as _fixed
from mtlint.checks.quote_parity import odd_line_directions

_FUNCTION_WORDS = frozenset({"and", "in", "is", "the", "of"})


def test_odd_line_directions_follow_the_readings_that_agree() -> None:
    line = 'The office issued the "rules on the national"fire week"and"clean roads"drive.'
    marks = [i for i, char in enumerate(line) if char == '"']
    found = odd_line_directions(line, marks, _FUNCTION_WORDS)
    assert [found.get(at, "?") for at in marks] == ["?", "o", "c", "o", "c"]


def test_odd_line_directions_need_three_marks_and_an_odd_count() -> None:
    assert odd_line_directions('a "b" c', [2, 4], _FUNCTION_WORDS) == {}
    assert odd_line_directions('a"b', [1], _FUNCTION_WORDS) == {}


def test_glued_straight_quotes_in_an_odd_line_get_their_space() -> None:
    text = (
        'The office issued the "rules on the implementation of the national"fire safety'
        ' week"and"clean roads campaign"activities this year.'
    )
    assert _fixed(text, "MT110") == (
        'The office issued the "rules on the implementation of the national "fire safety'
        ' week" and "clean roads campaign" activities this year.'
    )


def test_odd_lines_with_unknown_directions_stay_quiet() -> None:
    # A glued mark whose readings disagree is not judged; code lines are not prose.
    assert not _findings('The"first and"second and"third.', "MT110")
    assert not _findings('x = {"a":"b", "c"d"}', "MT110")


def test_single_marks_glued_on_both_sides() -> None:
    text = "The wall'painted'with green paint stood by the road."
    assert _fixed(text, "MT110") == "The wall 'painted' with green paint stood by the road."
    assert not _findings("O'Neil's band played rock'n'roll with Ng'ang'a.", "MT110")
    assert not _findings("L'ufficio dell'industria e dell'informazione.", "MT110", "it")


def test_stray_straight_quote_after_a_word_at_a_paragraph_end() -> None:
    text = '"Our staff fought the fire for two days in the Northern Region "'
    assert (
        _fixed(text, "MT110") == '"Our staff fought the fire for two days in the Northern Region"'
    )
    assert not _findings('The 5" screen is fine" in the Region "', "MT110")


def test_spaced_quotation_ending_on_a_year() -> None:
    text = 'They follow the point of " Notice on the fire safety month in 2022".'
    assert (
        _fixed(text, "MT220")
        == 'They follow the point of "Notice on the fire safety month in 2022".'
    )
    assert not _findings('A " 55" screen and a " 7" one.', "MT220")


def test_lost_apostrophe_after_a_name() -> None:
    text = "Troops moved into Syria s northern province on Monday."
    assert _fixed(text, "MT224") == "Troops moved into Syria’s northern province on Monday."
    assert not _findings("The letters a s and t; it took 5 s; The s sound; Plan B s.", "MT224")


def test_single_closer_after_a_doubled_opening() -> None:
    text = "Five men were held over ‘’being members of a banned group’ in the city."
    assert _fixed(text, "MT225") == (
        "Five men were held over “being members of a banned group” in the city."
    )
    assert len(_findings("The ‘’workers’ union met.", "MT225")) == 1  # the plural s is left


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Buyers told the << Evening Trade Daily>> that prices rose.",
            "Buyers told the “Evening Trade Daily” that prices rose.",
        ),
        (
            "Les acheteurs ont lu <<Le Journal du Soir>> hier.",
            "Les acheteurs ont lu « Le Journal du Soir » hier.",
        ),
    ],
)
def test_ascii_guillemets(text: str, fixed: str) -> None:
    language = "fr" if text.startswith("Les") else "en"
    assert _fixed(text, "MT205", language) == fixed


def test_ascii_guillemets_leave_code() -> None:
    assert not _findings("cat <<EOF >> out.txt and x << 2 >> y; a = << Some Value >>", "MT205")
    assert not _findings("Call <<TableOfContents>> here.", "MT205")


def test_spaced_dot_runs_and_glued_ellipsis_stops() -> None:
    assert _fixed("Accidents happen. . . . . . Safety first.", "MT226") == (
        "Accidents happen. Safety first."
    )
    assert _fixed("The best light….best colours.", "MT226") == "The best light… best colours."
    assert not _findings("The end. . . . Then. Chapter 1. . . . . . 5\nWait…. Then", "MT226")


def test_nested_double_quotes_and_a_doubled_closing_mark() -> None:
    text = "They hung “implement the “Road Law””, “be safe” banners."
    assert _fixed(text, "MT245") == "They hung “implement the ‘Road Law’”, “be safe” banners."
    assert (
        _fixed("He praised the “Road Law”” twice.", "MT245") == "He praised the “Road Law” twice."
    )
    assert not _findings("He said “we read the ‘Road Law’” and “yes”.", "MT245")
    assert not _findings("Er sagte „ja““ dazu.", "MT245", "de")


@pytest.mark.parametrize(
    "text",
    [
        "Type s and press Enter to keep the draft.",
        "Press s for the menu, or q to leave it.",
        "To save it, hold Ctrl s and wait a moment.",
        "Then press Shift s for the search field; Alt s opens the options.",
        "The paper cites the Big Mac s index every year.",
    ],
)
def test_lost_apostrophe_needs_a_name_not_a_key_or_an_imperative(text: str) -> None:
    assert not _findings(text, "MT224")


def test_lost_apostrophe_after_a_name_the_document_writes_with_its_apostrophe() -> None:
    text = "Zorvana’s mayor spoke. Guests praised Zorvana s old harbour."
    assert _fixed(text, "MT224") == "Zorvana’s mayor spoke. Guests praised Zorvana’s old harbour."
    assert _findings("Aid reached Turkey s eastern towns.", "MT224")


@pytest.mark.parametrize(
    "text",
    [
        "Preface. . . . . . . . . . ix\nForeword. . . . . . . . . xiii",
        "Signature. . . . . . . . . . ____________",
        "Thanks. . . . . . . . . .\nIndex. . . . . . . . . . 212",
    ],
)
def test_spaced_runs_of_contents_leaders_and_form_blanks_stay_quiet(text: str) -> None:
    assert not _findings(text, "MT226")


def test_spaced_run_ending_a_line_of_prose() -> None:
    text = "The troops pushed the army out of the valley. . . . . . . .\nThe mayor spoke."
    assert (
        _fixed(text, "MT226") == "The troops pushed the army out of the valley.\nThe mayor spoke."
    )
    assert not _findings("A short one here. . . . . . . .\nPart two. . . . . . . . 14", "MT226")


def test_single_pair_needs_frequent_words_not_an_okina() -> None:
    text = "We hiked near Mount Wai'ale'ale and stayed in Mo'ili'ili for a week."
    assert not _findings(text, "MT110")


def test_spaced_run_before_more_dots_or_a_question_mark() -> None:
    assert _findings("Sie nannten die Mobilität. . . . . . . . ?", "MT226", "de")
    assert _findings("Sie scheinen es zu sein. . . . . . . . .. . . . . .", "MT226", "de")
