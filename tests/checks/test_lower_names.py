"""MT340: lower-case names with evidence beyond the document (given names, towns, Chinese
surnames, place-name endings), and the MT303 look-alikes mended beside it. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.documents.base import Document
from mtlint.checks.lowernames import served_languages
from mtlint.checks.registry import rule_by_code


def _spans(code: str, text: str, language: str = "en") -> list[str]:
    rule = rule_by_code(code)
    findings = sorted(rule.check(Document(text=text, language=language)), key=lambda f: f.start)
    return [text[f.start : f.end] for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chairman, helmut kranzberger, read the report.", ["helmut kranzberger"]),
        ("Deputy mayor dagmar wiltschek (CSU) cut the ribbon.", ["dagmar wiltschek"]),
        ("Guests from oberzettlingen and near kitzingen came.", ["oberzettlingen", "kitzingen"]),
        ("The council in hollenbach met on Monday.", ["hollenbach"]),
        ("On Friday the visitors met yang Xiaohong at the school.", ["yang"]),
        ("The prize went to gottfried Kranzberger of the choir.", ["gottfried"]),
    ],
)
def test_finds_lower_names(text, expected):
    assert _spans("MT340", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Given names that are words of the language, after no title.
        "I will mark the rose beds in may and bill grace for the art work in august.",
        # Grammar words of other languages: an untranslated phrase, not a name.
        "In Spain, les exportations fell; with una vittoria the runner won.",
        # A sentence's first word is MT304's; a word after a stray ellipsis MT303's.
        "helmut kranzberger spoke first. He met with… dieter kranzberger later.",
        # Addresses, handles and a line written all in lower case on purpose.
        "Write to helmut.kranzberger@example.org or @dieter_kranzberger today.",
        "and we sang with helmut kranzberger\nuntil the night was over",
        # Common words after a given name, and names written correctly.
        "The mayor Helmut Kranzberger met Dieter Kranzberger in Hollenbach.",
        "The report said helmut was tired of the long meeting.",
        # Words of the language shaped like place names, after "to", "in" (review h15ents).
        "The salt water began to corrode the steel pipes within months.",
        "Settlers continued to encroach on the tribal land.",
        "New housing threatens to encroach upon the wetlands near the river.",
        "The current flows to microelectrode arrays in the cortex.",
        "Samples were placed in counterelectrode chambers at 20 degrees.",
        # A song title: its second word is an Italian word, not a surname.
        "The crowd sang bella ciao while the band played.",
    ],
)
def test_quiet_on_lookalikes(text):
    assert _spans("MT340", text) == []


def test_german_title_before_a_lower_name():
    text = "Die Bürgermeisterin sabine wiltschek begrüßte die Gäste."
    assert _spans("MT340", text, "de") == ["sabine wiltschek"]


def test_served_languages_come_from_the_table():
    assert {"en", "de", "fr", "it", "es", "pt", "pl", "ru", "nl"} <= served_languages()
    assert "ja" not in served_languages()
    text = "Der Bürgermeister helmut kranzberger sprach."
    assert _spans("MT340", text, "ja") == []


def test_mt303_leaves_a_lower_case_article_before_the_hague():
    assert _spans("MT303", "The prosecutor in the Hague opened the case.") == []


def test_mt303_takes_no_evidence_from_a_title_case_heading():
    heading = "Sorting and Storing of Disposables\n\n"
    body = "Keep scraps in a lidded bin. When storing disposables, drain them first."
    assert _spans("MT303", heading + body) == []
    # The same capital mid-sentence is evidence.
    sentence = "Our guide covers the storing of Disposables in detail.\n\n"
    assert _spans("MT303", sentence + body) == ["disposables"]
