"""Lower-case months in a date's position, holidays and bodies (MT303) and capitals after a
comma (MT305), session 16 (h20case): invented sentences in the shapes of realmt-en17's misses,
and look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The office issued the notice on may 8, 2019, to all plants.", ["may"]),
        ("On may 20 the team checked the yard again.", ["may"]),
        ("on may 20, the street sent a third team.", ["may"]),
        ("The rules apply from 8 may 2021 to the end of june.", ["may"]),
        ("In mid-march, the company launched a campaign.", ["march"]),
        ("Sales have grown since june 2020 in every region.", ["june"]),
        ("The plant opened on the 20th of april, as planned.", ["april"]),
        ("Staff exchanged new year's greetings and gifts.", ["new year's"]),
        (
            "We held a party to welcome the mid-autumn festival with the staff.",
            ["mid-autumn festival"],
        ),
    ],
)
def test_month_and_holiday_in_lower_case(text: str, words: list[str]) -> None:
    assert _found(text, "MT303") == words


@pytest.mark.parametrize(
    "text",
    [
        "Prices may 8 percent rise, and they may 3.5 times grow.",  # the modal before figures
        "The soldiers were on march for days.",
        "Those who arrive early may 2 hours wait.",
        "The town's spring festival opens in May.",  # a generic phrase, no capitals beside it
        "A state council on aging met in Ohio.",
        "See https://example.com/may-8-2019 for the file.",
        "The Mid-Autumn Festival is on September 10.",
    ],
)
def test_month_and_holiday_look_alikes(text: str) -> None:
    assert _found(text, "MT303") == []


def test_generic_phrase_with_the_texts_capitals() -> None:
    text = "The Spring Festival is the largest holiday. The spring festival fair is rich."
    assert _found(text, "MT303") == ["spring festival"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Costs rose again. But, What causes the rise this time?", ["What"]),
        ("The staff gathered together, Seriously studied the extinguishers.", ["Seriously"]),
        ("He lived in Rome, Italy for a year.", []),
        ("We met Smith, Finally, in the hall.", []),  # the word after is no lower-case word
        ("The choir sang, Coloured lights shone.", []),  # -ed is no adverb
    ],
)
def test_capital_after_comma(text: str, words: list[str]) -> None:
    assert _found(text, "MT305") == words
