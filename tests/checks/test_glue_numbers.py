"""MT120: an amount glued to its currency code, a word glued to a date, a step or section noun
glued to its number; brand, model, unit and code shapes stay quiet. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Applicability


def _run(text: str, language: str = "en") -> list:
    config = Config(select=("MT120",), min_confidence=0.0)
    return list(check_text(text, language=language, config=config).findings)


@pytest.mark.parametrize(
    ("text", "fixed", "applicability"),
    [
        ("Each visitor paid 40RMB at the gate.", "Each visitor paid 40 RMB at the gate.", "safe"),
        ("A coffee costs 2EUR in the old town.", "A coffee costs 2 EUR in the old town.", "safe"),
        ("The price rose to 6.5USD per kilo.", "The price rose to 6.5 USD per kilo.", "safe"),
        ("They raised 1,200GBP for the school.", "They raised 1,200 GBP for the school.", "safe"),
        (
            "The form lists Student2019-06-20 at the top.",
            "The form lists Student 2019-06-20 at the top.",
            "unsafe",
        ),
        (
            "Page updated2023-05-17 by the office.",
            "Page updated 2023-05-17 by the office.",
            "unsafe",
        ),
        ("Now open Step4 and save the file.", "Now open Step 4 and save the file.", "unsafe"),
        ("See Chapter3 of the new plan.", "See Chapter 3 of the new plan.", "unsafe"),
        ("Under Article12, the fee is waived.", "Under Article 12, the fee is waived.", "unsafe"),
    ],
)
def test_glued_number_is_found_and_spaced(text: str, fixed: str, applicability: str) -> None:
    findings = _run(text)
    assert len(findings) == 1
    fix = findings[0].fixes[0]
    assert fix.applicability == Applicability(applicability)
    assert apply_edits(text, fix.edits) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The iPhone15 and the RTX4090 sold out, as did MP3 players and 4K screens.",
        "COVID19 data, mp4 files and a G7 meeting filled the news.",
        "Tickets cost RMB10, US$270 or USD500 at the desk; USD 5,850 was paid.",
        "The plant shipped 300pcs, 20kg and 5km of cable last month.",
        "See Step 4, Chapter 3 and Article 12 of the rules.",
        "Open report2019-06-20.pdf or /docs/Step4/index.html for the list.",
        "The model A40RMB and version v2019-06-20 were released.",
        "Read chapter5 and page2 in the guide.",
        "Windows10 and Web3 are not steps.",
        "Width | 40mm | 2EURO | 10PCS",
    ],
)
def test_brands_models_units_and_codes_stay_quiet(text: str) -> None:
    assert _run(text) == []


def test_a_spaced_form_elsewhere_raises_the_confidence() -> None:
    alone = _run("Then press Step4 to go on.")
    spaced = _run("Then press Step4 to go on. Step 5 ends it.")
    assert alone[0].confidence < spaced[0].confidence


def test_numbered_nouns_are_read_only_where_the_language_lists_them() -> None:
    assert _run("Dann Step4 drücken und speichern.", "de") == []
    assert len(_run("Der Preis war 40RMB pro Person.", "de")) == 1
