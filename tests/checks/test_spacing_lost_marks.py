"""Issue 11, session 14: spaces lost after marks (MT103, MT147, MT153), a compound's hyphen
spaced on one side (MT109, not MT969's dateline), a date glued to the next sentence (MT107)
and footnote numbers glued to words (MT155); each shape beside the look-alikes clean text has.
Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

CODES = ("MT103", "MT107", "MT109", "MT146", "MT147", "MT153", "MT155", "MT969")


def _found(text: str, language: str = "en") -> list[tuple[str, str]]:
    result = check_document(Document(text=text, language=language), Config(select=CODES))
    return [(f.code, text[f.start : f.end]) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("The board will review the plan.I think the decision was right.", "MT103", ".I"),
        ("It rained all day.A new road was opened.", "MT103", ".A"),
        ("The meeting starts at 5 p.m.on Friday in the hall.", "MT103", ".on"),
        ("They thanked the staff for their work.(Zhang Wei) Then they left.", "MT147", ".("),
        ("(Opening)A show of folk dance was held in the square.", "MT147", ")A"),
        ("The Ministry of Interior (MOI)said it would act.", "MT147", ")said"),
        ("The mayor said:I think the plan works.", "MT146", ":"),
        ("Posted Date:Mar.05,2021 by the county office.", "MT153", "Mar.0"),
        ("Posted Date:Mar.05,2021 by the county office.", "MT153", "5,2021"),
        ("Fighters entered Al -Raqqa last week, officials said.", "MT109", "Al -Raqqa"),
        ("Fighters entered Deir Al -Zour last week.", "MT109", "Al -Zour"),
        ("The Self -Administration of the region met.", "MT109", "Self -Administration"),
        ("They fought the anti -corruption campaign.", "MT109", "anti -corruption"),
        ("The event was held on May 12The mayor attended.", "MT107", "12The"),
    ],
)
def test_each_shape_is_found(text: str, code: str, span: str) -> None:
    assert (code, span) in _found(text)


def test_a_split_compound_at_a_line_start_is_no_dateline() -> None:
    found = _found("The Self -Administration issued a statement.")
    assert ("MT109", "Self -Administration") in found
    assert not [code for code, _ in found if code == "MT969"]


def test_footnote_numbers_need_two_words_in_rising_order() -> None:
    text = "The evaluation2 of the staff and the training3 of new hires were reviewed."
    assert [span for code, span in _found(text) if code == "MT155"] == [
        "evaluation2",
        "training3",
    ]
    assert not _found("The evaluation2 of the staff was reviewed.")
    assert not _found("The training3 and the evaluation2 were reviewed.")


def test_look_alikes_stay_quiet() -> None:
    text = (
        "The U.S.A. team met at 10 a.m. on Monday, e.g. in Washington, D.C. (USA) and at "
        "example.com/a.b, where IMG.jpg and report v1.2.3 were shown at 10:30 with a 3:1 "
        "ratio (Fig.3). John 3:16 was read; 1,000 people and 2,5 kg of rice came. "
        "The A320neo, COVID-19, 4G, 3D, G7 and mRNA vaccines, H2O and CO2, O'Neil, "
        "McDonald, an iPhone, eBay and a PhD were named. Paris -Berlin trains ran; "
        "pre- and post-war art; it fell to -16 degrees. Read page2 and level3 of the "
        "guide; node1 and node2 started. Vitamin.A, e.g.A and the U.S.A cases. Plan:A or "
        "Plan:B; the CD(s) list.\n"
        "The (s)He form and item (1)The list."
    )
    assert _found(text) == []
