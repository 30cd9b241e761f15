"""Mends of the review of h11ents (session 9, h12mc): given names that are also acronyms
(MT307), brands whose flattened spelling is a word or place of its own and German gender marks
(MT333), names its owners write as acronyms (MT334), and a generic "casa blanca" (MT303).
Invented sentences of the reviewer's shapes."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str = "en") -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "She kept her savings in an IRA, and the radio host Ira Mendel talked about it.",
        "ISIS fighters left the valley. The museum shows the goddess Isis in a blue robe.",
        "We flew with ANA to Osaka, and my cousin Ana met us at the gate.",
        "The EVA crew trained for weeks, and the actress Eva Lindqvist visited them.",
    ],
)
def test_given_name_is_no_acronym_of_the_document(text: str) -> None:
    assert _found(text, "MT307") == []


def test_acronym_the_gazetteer_writes_in_capitals_still_found() -> None:
    text = "The NATO summit closed on Friday. Later the Nato chief met reporters."
    assert _found(text, "MT307") == ["Nato"]


@pytest.mark.parametrize(
    "text",
    [
        "We spent a week on Ios and Naxos last summer.",
        "Blackberry jam and apple pie are on the menu today.",
        "She grew up in Blackrock, a seaside suburb of the city.",
    ],
)
def test_flattened_spelling_that_is_a_word_of_its_own(text: str) -> None:
    assert _found(text, "MT333") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The update for iOS came out late; Ios users waited a week.", "Ios"),
        ("BlackBerry sold its patents, and Blackberry staff were told.", "Blackberry"),
    ],
)
def test_word_of_its_own_found_where_the_document_writes_the_brand(text: str, word: str) -> None:
    assert _found(text, "MT333") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Die StudentInnen der Hochschule streikten. Viele Studentinnen und Studenten kamen.",
        "Unsere MitarbeiterInnen sind wichtig. Alle Mitarbeiterinnen erhalten einen Bonus.",
        "Jede LehrerIn kennt das. Die Lehrerin kam spät.",
    ],
)
def test_german_gender_mark_is_no_inner_capital(text: str) -> None:
    assert _found(text, "MT333", "de") == []


def test_german_brand_still_found_beside_a_gender_mark() -> None:
    text = "Die StudentInnen nutzen LinkedIn, und Linkedin wächst schnell."
    assert _found(text, "MT333", "de") == ["Linkedin"]


def test_name_its_owners_write_as_an_acronym_stays_in_capitals() -> None:
    assert _found("Members of MERCOSUR met to discuss tariffs yesterday.", "MT334") == []
    assert _found("The envoy arrived in MOSCOW on Monday for talks.", "MT334") == ["MOSCOW"]


def test_name_after_an_indefinite_article_is_a_common_phrase() -> None:
    text = "La Casa Blanca anunció sanciones. La familia compró una casa blanca junto al mar."
    assert _found(text, "MT303", "es") == []
    text = "La Casa Blanca anunció sanciones. Luego la casa blanca lo negó."
    assert _found(text, "MT303", "es") == ["casa blanca"]
    text = "The White House said so. They bought a white house by the sea."
    assert _found(text, "MT303") == []
