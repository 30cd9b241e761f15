"""Entity case from the document and the sentence (checks/entitynames.py): names the document
title-cases or capitalises elsewhere (MT303), in any inflected form; titles of office before a
name (MT323); companies named by an appositive (MT324). Every sentence is invented."""

from __future__ import annotations

import pytest
from mtlint.checks.casingdata import has_casing_feature, languages_with_casing_feature
from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def run(text: str, language: str = "en", code: str = "MT303") -> list[tuple[str, str]]:
    """(span, preferred replacement) of each finding."""
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return [(text[f.start : f.end], f.preferred_fix.edits[0].replacement) for f in result.findings]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A phrase the text writes as a name elsewhere, with a word of its own.
        (
            "en",
            "Buyers came to the Morvale Fair on Monday. This year the morvale fair runs a week.",
            [("morvale fair", "Morvale Fair")],
        ),
        # The name in brackets is evidence too.
        (
            "en",
            "The Import and Export Fair (Morvale Fair) opened. Traders joined morvale fair online.",
            [("morvale fair", "Morvale Fair")],
        ),
        # A name that is also a common word, capitalised mid-sentence elsewhere.
        (
            "en",
            "Exports to China rose in May. Due to the lockdown china has closed its ports.",
            [("china", "China")],
        ),
        # An event of the gazetteer.
        ("en", "Fans gathered for the world cup final on Sunday.", [("world cup", "World Cup")]),
        # Case forms of a name the text capitalises mid-sentence, where names inflect.
        (
            "ru",
            "Адвокат Навальный выступил, и адвокат Навальный ушёл. Сторонники навального ждали.",
            [("навального", "Навального")],
        ),
        (
            "pl",
            "Wczoraj prezydent Nawrocki przyjechał, a prezydent Nawrocki odjechał. Z nawrockim?",
            [("nawrockim", "Nawrockim")],
        ),
        (
            "cs",
            "Včera premiér Babiš přijel, pak premiér Babiš odjel. Setkání s babišem trvalo hodinu.",
            [("babišem", "Babišem")],
        ),
    ],
)
def test_names_from_the_document(language: str, text: str, expected: list) -> None:
    assert run(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Common words only: careful writers write such phrases either way.
        ("en", "The Central Bank raised rates. Later the central bank said it would wait."),
        ("en", "The Organizing Committee met. The organizing committee chose a date."),
        # Part of a longer name ("of …", another capital after it).
        ("en", "Guests saw the Orion Fair of Trade. Later the orion fair is held elsewhere."),
        # The common noun: after a determiner, or no capital evidence at all.
        ("en", "Exports to China rose. She packed the china and the silver."),
        ("en", "She packed her best bone china plates for the trip."),
        # An institution's head noun or a title capitalised by the MT is no name.
        ("ru", "Об этом сообщили в Министерстве обороны. Два министерства спорят."),
        ("ru", "Вчера Президент выступил. Пресс-секретарь президента ответил."),
        # The text writes the word in lower case itself: a common word.
        ("pl", "Widzieliśmy tam Kota i kota. Z kotem poszliśmy do domu."),
        # A common noun capitalised once as a club's name.
        ("pl", "Grali z drużyną Start wczoraj. Przed tegorocznymi startami trenowali."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert run(text, language) == []


def test_title_before_a_name_needs_a_comma_or_a_function_word() -> None:
    assert run("They met the envoy, president Ostrava said.", code="MT323") == [
        ("president", "President")
    ]
    for text in (
        "On Monday, federal environment minister Karl Ostrava said no.",
        "The former president Ostrava and US president Lind met.",
        "The country's president Ostrava spoke.",
        "President Ostrava came; president of the club Lind did not.",
    ):
        assert run(text, code="MT323") == [], text


def test_a_lower_case_company_needs_an_unknown_word_and_an_appositive() -> None:
    assert run("Prices fell, said zentravo, a logistics company in Lyon.", code="MT324") == [
        ("zentravo", "Zentravo")
    ]
    for text in (
        "Prices fell, said analysts, a company spokesman added.",  # known words
        "Prices fell, said zentravo, who runs a logistics company.",  # no appositive
    ):
        assert run(text, code="MT324") == [], text


def test_casing_features_come_from_the_language_tables() -> None:
    assert has_casing_feature("en", "english_gazetteer")
    assert not has_casing_feature("fr", "english_gazetteer")
    assert languages_with_casing_feature(frozenset({"fr", "it", "es", "ru"}), "elided_names") == {
        "fr",
        "it",
    }


def test_layout_skip_knows_headlines_and_technical_spans() -> None:
    text = "Minister Visits The Old Harbour\n\nThe minister saw www.example.com today."
    skip = LayoutSkip(Document(text=text, language="en"))
    assert skip.headline(3)
    assert not skip.headline(text.index("saw"))
    start = text.index("www")
    assert skip(start, start + 15)
    assert not skip(text.index("saw"), text.index("saw") + 3)
