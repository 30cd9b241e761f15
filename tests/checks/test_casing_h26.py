"""h26caps (issue 11): MT336 in English (a two-word name the text capitalises, written elsewhere
with its second word in lower case) and MT383 (seas, gulfs, straits and oceans in the wrong
case), on invented sentences in the shapes of pool-caps26, and look-alikes that must stay
quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The forum was opened by Acting Deputy Chairman Ann Lee, Deputy chairman Tom Hale"
            " and the mayor.",
            "chairman",
        ),
        (
            "Members of the Federation of Trade Unions met, and the head of the Federation of"
            " Trade unions spoke.",
            "unions",
        ),
        (
            "The Regional Development Fund paid the grants, and the Development fund said so.",
            "fund",
        ),
    ],
)
def test_name_lowered_by_halves_in_english(text: str, word: str) -> None:
    assert _found(text, "MT336") == [word]


@pytest.mark.parametrize(
    "text",
    [
        # A demonym or a language before a common noun is a description, not the name.
        "She studied at the College of Chinese Medicine and now practises Chinese medicine.",
        "He teaches English Language and Literature and the English language to adults.",
        # A proper word, a weekday, an article: the second word is the writer's style.
        "He met the Virginia Governor, and the former Virginia governor spoke on Monday.",
        "It was the Saturday Night Fever tour, and on Saturday night we left the town.",
        "They visited La Pointe and then La pointe de la Grande Vigie in the north.",
        # The pair ends a longer name written in capitals.
        "The East Los Angeles Sheriff Station is near the office of the East Los Angeles sheriff.",
        # The name is written the same way everywhere.
        "The Ministry of Health and Welfare and the Ministry of Health and Welfare agreed.",
        "In The Hague the court sat; The Hague is quiet, said the iPhone maker's lawyer.",
        # Quoted speech and headlines in title case are not a second spelling of the name.
        '"Trade Unions Matter," he said, and trade unions applauded the speech.',
    ],
)
def test_name_lowered_by_halves_lookalikes(text: str) -> None:
    assert _found(text, "MT336") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Warships of the fleet entered the black sea on Monday.", "black sea"),
        ("Storms hit towns on the Black sea coast this week.", "Black sea"),
        ("Tankers crossed the strait of hormuz at dawn, officials said.", "strait of hormuz"),
        ("Fishing boats left ports on the caspian sea after the storm.", "caspian sea"),
        ("The navy patrols the gulf of aden and the Red Sea.", "gulf of aden"),
    ],
)
def test_geographic_name_case(text: str, span: str) -> None:
    assert _found(text, "MT383") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "A red sea of flags filled the square as the Persian gulf states met.",
        "We sailed the Pacific ocean and rested by the bay of the old port.",
        "The Black Sea Fleet and the Gulf of Aden patrols; THE RED SEA CRISIS deepens.",
        "black sea bass and red snapper are on the menu tonight",
        "They flew over a white sea of clouds towards The Hague.",
        "Black sea levels were not measured, said the report from the Korean peninsula.",
        "The Ministry of Health and Welfare sent the iPhone app to the North Sea ports.",
    ],
)
def test_geographic_name_case_lookalikes(text: str) -> None:
    assert _found(text, "MT383") == []
