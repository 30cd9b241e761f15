"""Glued words in the languages that write no solid compounds: two lower-case words glued
(content_glue), word-forming prefixes, and which glue rule reads which shape (MT101, MT102,
MT113, MT115: one mechanism, one rule). Invented sentences showing the shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.langdata import available_languages

GLUE = ("MT101", "MT102", "MT113", "MT114", "MT115")


def _glue(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (f.code, text[f.start : f.end])
        for f in check_text(text, language=language).findings
        if f.code in GLUE
    ]


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("Alle elezioniregionali del 2030 il partito vinse.", "it", "elezioniregionali"),
        ("La situaçãoeconômica continua tensa no norte.", "pt", "situaçãoeconômica"),
        ("El gobierno aprobó la reformaeducativa ayer.", "es", "reformaeducativa"),
        ("La situationéconomique reste tendue dans le nord.", "fr", "situationéconomique"),
    ],
)
def test_two_lower_case_words_glued_are_found_where_the_language_writes_them_apart(
    text: str, language: str, token: str
):
    assert _glue(text, language) == [("MT101", token)]


def test_a_word_forming_prefix_is_no_word_glued_on():
    assert not _glue("Era una pseudoscientifica teoria del tutto.", "it")
    assert not _glue("Partidul a propus un contracandidat pentru primar.", "ro")


def test_solid_compounds_stay_whole_where_the_language_writes_them():
    assert not _glue("Die Regierung plant eine Bildungsreform für alle Schulen.", "de")
    assert not _glue("De regering wil een onderwijshervorming in alle scholen.", "nl")


def test_two_capitalised_words_glued_are_one_rules_outside_english():
    # MT113 reads the case boundary wherever it reads title case; MT102 in English only.
    assert _glue("La portavoce vicina a PutinDomenica ha parlato.", "it") == [
        ("MT113", "PutinDomenica")
    ]
    assert _glue("A post by the ForeignMinistry of Peru.", "en") == [("MT102", "ForeignMinistry")]


def test_a_two_letter_glue_word_after_a_known_word_is_mt101s_not_a_one_letter_split():
    assert _glue("Falta tiempo para que Bitcoinse imponga en los mercados.", "es") == [
        ("MT101", "Bitcoinse")
    ]
    assert _glue("Delegados de la Unión Africanay del bloque llegaron.", "es") == [
        ("MT115", "Africanay")
    ]


def test_every_language_table_names_the_language_it_borrows_names_from():
    folder = Path(__file__).resolve().parents[2] / "resources/lang"
    for code in [*available_languages(), "default"]:
        table = json.loads((folder / f"{code}.json").read_text("utf-8"))
        assert table["borrowing_language"] == (None if code == "en" else "en"), code


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("Переговоры прошли вМоскве в понедельник.", "ru", "вМоскве"),
        ("Он встретился сПутиным вчера вечером.", "ru", "сПутиным"),
        ("No radar da empresa, oPlenário da Câmara votou.", "pt", "oPlenário"),
        ("La delegación llegó aMadrid el lunes.", "es", "aMadrid"),
    ],
)
def test_a_one_letter_word_glued_to_a_capitalised_word_is_found(
    text: str, language: str, token: str
):
    assert _glue(text, language) == [("MT102", token)]


def test_brands_with_a_lower_case_letter_in_front_stay_quiet():
    assert not _glue("Ha comprato un iPhone su eBay e un eBook ieri.", "it")
    assert not _glue("Il profumo ha un aroma intenso.", "it")


def test_a_function_word_glued_to_a_capitalised_word_is_mt102s_alone():
    assert _glue("A decisão foi tomada peloConselho ontem.", "pt") == [("MT102", "peloConselho")]


def test_romanian_case_endings_after_a_name_are_no_glued_words():
    assert not _glue("O încercare a Taiwanului de a-și declara independența a eșuat.", "ro")
    assert not _glue("Surplusurile vor fi mici anul viitor.", "ro")


def test_a_word_glued_to_a_number_the_text_writes_apart_is_found():
    text = "L'indice CoinDesk20 è nuovo. Il CoinDesk 20 raccoglie venti monete."
    assert [(f.code, text[f.start : f.end]) for f in check_text(text, language="it").findings] == [
        ("MT107", "CoinDesk20")
    ]
    assert not [
        f
        for f in check_text("Il modello A320 vola. Il Boeing 737 no.", language="it").findings
        if f.code == "MT107"
    ]


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("A mensagem chegou à troca demercado futuro ontem.", "pt", "demercado"),
        ("Le azioni consentono diguadagnare denaro ogni anno.", "it", "diguadagnare"),
    ],
)
def test_a_preposition_glued_to_the_word_after_it_is_found(text: str, language: str, token: str):
    assert _glue(text, language) == [("MT101", token)]


def test_a_contracted_preposition_glued_to_a_capitalised_word_is_found():
    text = "O contrato foi vinculado aoÍndice nacional ontem."
    assert _glue(text, "pt") == [("MT102", "aoÍndice")]


def test_an_english_compound_quoted_whole_is_no_glued_word():
    assert not _glue("Inscreva-se na Newsletter Crypto Daybook Americas hoje.", "pt")
    assert _glue("O presidente Lulaafirmou que o acordo está pronto.", "pt") == [
        ("MT101", "Lulaafirmou")
    ]


def test_an_acronym_written_with_and_without_a_space_before_its_number_is_a_convention():
    text = "It follows PEP3120. Since PEP 3120, source files are UTF-8."
    assert not [f for f in check_text(text, language="en").findings if f.code == "MT107"]
