"""MT101's English glue of two very common short words ("pointsout", "sixyears"): found, and the
look-alikes that are words stay quiet — inflected known words, one slip from a frequent word,
derivations and closed compounds, technical compounds, word-forming prefixes."""

import pytest
from mtlint.checks.engine import check_text


def _glue(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_text(text, language="en").findings if f.code == "MT101"
    ]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("In the report he pointsout that the plan worked.", "pointsout"),
        ("Over the past sixyears the school grew.", "sixyears"),
        ("The main thingnow is to keep going.", "thingnow"),
        ("The secretary of the partycommittee spoke.", "partycommittee"),
        ("The school has madesteady progress.", "madesteady"),
    ],
)
def test_two_common_words_glued_are_found(text, glued):
    assert glued in _glue(text)


@pytest.mark.parametrize(
    "word",
    [
        "breakrooms",  # a known word inflected
        "mouthpart",  # "mouthparts" is known
        "consentrated",  # one slip from "concentrated": MT980's
        "superprofits",  # a word-forming prefix
        "outgeneral",
        "photoflash",
        "viewless",  # derivations and closed compounds
        "rootlike",
        "cloudlet",
        "coachload",
        "cabinetwork",
        "lockfile",  # technical compounds
        "testcases",
        "keyfile",
        "upperbound",
        "prettytable",
    ],
)
def test_words_that_split_into_two_common_words_stay_quiet(word):
    assert _glue(f"Then we looked at the {word} again and moved on.") == []
