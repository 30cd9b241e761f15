"""Glued words at a case boundary, after an elision and before a one-letter word, in any cased
script (MT113–MT115, checks/glue_boundary.py). Invented sentences showing the shapes."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language=language).findings
        if f.code == code
    ]


def test_a_name_after_initials_glued_to_a_cyrillic_word_is_found():
    text = "Приказ о В.В.ПетровскомРаспоряжение вступает в силу завтра."
    assert _found(text, "ru", "MT113") == ["ПетровскомРаспоряжение"]


def test_a_dateline_in_capitals_after_a_name_used_alone_is_found():
    text = "Typhoon Maringa weakened. MaringaMANILA (AFP): the storm hit the coast on Monday."
    assert _found(text, "en", "MT113") == ["MaringaMANILA"]


def test_camel_case_products_and_gender_forms_stay_quiet():
    assert not _found(
        "Die LehrerInnen kauften einen AlphaServer und einen TechCrunch-Pass.", "de", "MT113"
    )
    assert not _found("It runs on AlphaServer and OpenVMS since the 1990s.", "en", "MT113")


def test_a_camel_case_name_the_text_repeats_is_taken_as_a_name():
    text = "La startup ZetaLavoro cresce. Gli investitori di ZetaLavoro sono contenti."
    assert not _found(text, "it", "MT113")


def test_an_elided_article_glued_to_the_word_before_is_split_before_it():
    text = "Le présidentd’Ukraine est arrivé lundi à Paris."
    findings = [f for f in check_text(text, language="fr").findings if f.code == "MT114"]
    assert [text[f.start : f.end] for f in findings] == ["présidentd’Ukraine"]
    edit = findings[0].fixes[0].edits[0]
    assert (
        text[: edit.start] + " " + text[edit.end :]
        == "Le président d’Ukraine est arrivé lundi à Paris."
    )


def test_a_one_letter_conjunction_glued_to_a_name_is_found_but_not_an_inflected_name():
    assert _found("Przedstawiciele Unii Europejskieji nie przyjechali.", "pl", "MT115") == [
        "Europejskieji"
    ]
    assert not _found("Встреча Путина и Лаврова прошла в Москве.", "ru", "MT115")


def test_a_function_word_glued_to_an_acronym_is_found_but_not_a_portal_name():
    assert _found("The leaders met at theG7 summit in Rome.", "en", "MT113") == ["theG7"]
    assert not _found("Students log in to myUCLA every day.", "en", "MT113")


def test_a_polish_conjunction_glued_to_the_next_word_is_split():
    text = "Minister oświadczył, żepoprzez współpracę regiony zyskają."
    assert _found(text, "pl", "MT101") == ["żepoprzez"]


def test_a_polish_compound_adjective_is_no_glued_word():
    text = "Spotkanie odbyło się między Chinami a Europą Środkowowschodnią."
    assert not _found(text, "pl", "MT101")


def test_function_names_in_prose_stay_quiet():
    text = "Decode the stream with inflateInit2() first; deflateInit and get_Value follow."
    assert not _found(text, "en", "MT113")


def test_exception_and_product_names_in_technical_prose_stay_quiet():
    text = (
        'Attribute access may raise an "AttributeError". An "AttributeError" is raised again '
        "here. SacreBLEU aims to be simple; CharsetDetector finds encodings."
    )
    assert not _found(text, "en", "MT113")
    french = "Un AlphaServer tourne ici. Le AlphaServer reste allumé; Alpha est un nom."
    assert not _found(french, "fr", "MT113")
