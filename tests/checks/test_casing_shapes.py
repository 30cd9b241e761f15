"""MT311 and MT312 (issue 11): capitals the neighbouring words prove wrong, on invented
sentences in the shapes of realmt-en2, and look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The depression lay about 300 km Southeast of the island on Friday.", "Southeast"),
        ("The town is 12 miles North of the border crossing.", "North"),
        ("The storm is heading West at a speed of 20 km/h.", "West"),
        ("It will move North-east across the gulf tonight.", "North-east"),
        ("Heavy rain hit villages in Eastern provinces overnight.", "Eastern"),
        ("Officials warned of the national Typhoon effects this week.", "Typhoon"),
        ("The fund paid $2,400 (Two thousand four hundred dollars) in May.", "Two"),
        ("Posts went to Ana Diaz, Health; Or Labour, Juan Ortiz.", "Or"),
    ],
)
def test_common_word_capital(text: str, word: str) -> None:
    assert _found(text, "MT311") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Troops left Northern Ireland and South Korea for the West Bank.",
        "Western countries and the Eastern bloc traded with the South.",
        "Storm Babet and Hurricane Ian hit the North Sea coast and Florida.",
        "He flies a Eurofighter Typhoon; Tornado jets flew North of Kabul.",
        "The forecast: North of the river, rain.",
        "Storm Moves North Of The Capital Overnight",
        "She read “North of the border” and Typhoon Season aloud.",
        "He paid 2,400 (Two Thousand Four Hundred) dollars; Of Mice and Men was on TV.",
        "The team scored 3 (Three) goals in 2020 (One year ago).",
    ],
)
def test_common_word_capital_quiet(text: str) -> None:
    assert _found(text, "MT311") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On his orders, the Prime minister visited the flooded towns.", "Prime minister"),
        ("Talks with the Foreign minister ended on Monday.", "Foreign minister"),
        ("Schools in Ha nam province stayed shut.", "Ha nam"),
        ("Roads in Quang binh states were blocked.", "Quang binh"),
        ("Basra -ALmirbad reported two new cases.", "ALmirbad"),
        ("The vote is set for 4 DEcember this year.", "DEcember"),
    ],
)
def test_half_capitalised_name(text: str, span: str) -> None:
    assert _found(text, "MT312") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Prime minister Jones and the Prime Minister of Spain met the foreign minister.",
        "Floods hit the Hudson valley region and the Ontario wine county.",
        "Rain fell in the Kurdistan autonomous region on Monday.",
        "Ha Nam province and New York state sent aid.",
        "Vice President Lee met the Deputy Prime Minister.",
        "CPython wraps a QObject; ships left IJmuiden for the IJsselmeer.",
        "The KWorkshop met twice; KWorkshop members voted.",
    ],
)
def test_half_capitalised_name_quiet(text: str) -> None:
    assert _found(text, "MT312") == []
