"""h26caps (issue 11): MT383, seas, gulfs, straits and oceans in the wrong case, on invented
sentences in the shapes of pool-caps26, and look-alikes that must stay quiet ("The Hague",
"Ministry of Health and Welfare", brand casing, headlines in capitals, colour phrases)."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Warships of the fleet entered the black sea on Monday.", "black sea"),
        ("Storms hit towns on the Black sea coast this week.", "Black sea"),
        ("Tankers crossed the strait of hormuz at dawn, officials said.", "strait of hormuz"),
        ("Fishing boats left ports on the caspian sea after the storm.", "caspian sea"),
        ("The navy patrols the gulf of aden and the Red Sea.", "gulf of aden"),
        ("Who will guard the strait of hormuz?", "strait of hormuz"),
        ("They sailed on across the caspian sea!", "caspian sea"),
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
