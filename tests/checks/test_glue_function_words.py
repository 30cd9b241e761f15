"""Function words glued to a name, a word in capitals, a loan word or a number in languages
other than English (MT101, MT102, MT107), with the look-alikes that stay quiet."""

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    findings = check_text(text, language=language).findings
    return [text[f.start : f.end] for f in findings if f.code == code]


def test_one_letter_preposition_glued_to_a_word_in_capitals():
    assert _found("Ela disse tudo, conta àREVISTA semanal.", "pt", "MT102") == ["àREVISTA"]
    # A known word ("aroma"), and short capitals, which brands take, stay quiet.
    assert _found("Sente o aroma; compra o eSIM e o aGPS.", "pt", "MT102") == []


def test_english_byline_word_glued_to_a_name_in_another_language():
    text = "Aggiornato ieri. Written byLaura Bianchi, reviewed byMarco Rossi. Leggi la guida."
    assert _found(text, "it", "MT102") == ["byLaura", "byMarco"]
    # No English word before (a brand), or no name going on after it: quiet.
    assert _found("La collezione byMarina Rinaldi arriva nei negozi.", "it", "MT102") == []
    assert _found("Il gruppo forYou suona stasera.", "it", "MT102") == []


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Lançou três álbuns e dezenas desingles no ano.", "desingles"),
        ("O cantor agradeceu aos fãs pelos seushits antigos.", "seushits"),
    ],
)
def test_function_word_glued_to_a_loan_word(text, glued):
    assert glued in _found(text, "pt", "MT101")


def test_italian_numeral_suffix_is_no_glue_but_a_count_glued_to_a_noun_is():
    assert _found("Sono stati finanziati i primi 4mila progetti.", "it", "MT107") == []
    found = _found("Ordine minimo: 1-500pezzi per cliente.", "it", "MT107")
    assert found == ["1-500pezzi"]


def test_accented_lower_case_word_glued_to_a_capitalised_word():
    text = "Guia rápido para novos usuáriosConsulte o manual."
    assert _found(text, "pt", "MT113") == ["usuáriosConsulte"]
    # ASCII camel case may be a brand; the accented first part must be well known.
    assert _found("Compra no WebShop e no PontoFrio.", "pt", "MT113") == []
