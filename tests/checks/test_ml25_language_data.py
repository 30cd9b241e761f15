"""Language data mended in session 21 (h25ml): MT973 reads a name's one-letter case ending
(Czech genitive plural "-ů") as inflection, not lost letters. Invented sentences and names."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "Rod Kolderberků vládl městu sto let. Jan Kolderberk založil klášter.",
        "Dynastie Marvenštajnů skončila roku 1620; Oldřich Marvenštajn zemřel bez dědice.",
    ],
)
def test_a_czech_genitive_plural_of_a_name_is_no_lost_letter(text: str) -> None:
    assert _found(text, "cs", "MT973") == []


@pytest.mark.parametrize(
    ("text", "language", "damaged"),
    [
        # The lost letter is no case ending of the language: still lost letters.
        ("Generál Ivo Mojsilović přijel; Mojsilovi řekl, že je klid.", "cs", "Mojsilovi"),
        # '-ů' is a Czech ending, not a Croatian one.
        ("General Ivo Kolderberků je stigao; Kolderberk je rekao da je mir.", "hr", "Kolderberk"),
    ],
)
def test_other_lost_letters_are_still_found(text: str, language: str, damaged: str) -> None:
    assert _found(text, language, "MT973") == [damaged]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1. Genel Hükümler\n1.1 Bu koşullar tüm müşteriler için geçerlidir.", "tr"),
        ("1.2 Diese Bedingungen gelten für alle Kunden.", "de"),
        ("§ 4 Tyto podmínky platí pro všechny zákazníky.", "cs"),
        ("Artikel 5 Dessa villkor gäller alla kunder.", "sv"),
        ("2.3.1 Estas condiciones se aplican a todos los clientes.", "es"),
        ("3. The terms apply to every customer.", "en"),
    ],
)
def test_a_capital_after_a_lines_clause_number_is_no_lost_break(text: str, language: str) -> None:
    assert _found(text, language, "MT301") == []


@pytest.mark.parametrize(
    ("text", "language", "capital"),
    [
        # A number inside a sentence, a hard-wrapped line's lower-case word, a year: still found.
        ("Die Zahl stieg auf 12 Diese Entwicklung überraschte alle.", "de", " Diese"),
        ("Die Zahl stieg\nauf 12 Diese Entwicklung überraschte alle.", "de", " Diese"),
        ("El número subió a 12 Esta cifra sorprendió a todos.", "es", " Esta"),
    ],
)
def test_a_capital_after_a_number_inside_a_sentence_is_still_found(
    text: str, language: str, capital: str
) -> None:
    assert _found(text, language, "MT301") == [capital]


@pytest.mark.parametrize(
    "text",
    [
        "Herhangi bir sorunuz varsa Destek Ekibimizle iletişime geçin.",
        "Sorularınız için Uzmanlarımızla ve Satış Sitemizle görüşebilirsiniz.",
        "Siparişiniz Nisan'ında değil, Mayıs'ının sonunda teslim edilecek.",
    ],
)
def test_a_turkish_possessive_and_case_ending_is_no_glued_word(text: str) -> None:
    assert _found(text, "tr", "MT101") == []


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Toplantı Ankara'dabir gün sürdü ve herkes memnun kaldı.", "Ankara'dabir"),
        ("Bakan dün Putinile görüştü ve anlaşma imzalandı.", "Putinile"),
    ],
)
def test_a_turkish_word_glued_after_a_name_is_still_found(text: str, glued: str) -> None:
    assert _found(text, "tr", "MT101") == [glued]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nasz sklep znajduje się przy\nul. Kwiatowa 5, 00-001 Warszawa.", "pl"),
        ("Biuro:\nal. Jerozolimskie 44, Warszawa", "pl"),
    ],
)
def test_an_address_line_opening_with_an_abbreviation_is_no_lower_case_start(
    text: str, language: str
) -> None:
    assert _found(text, language, "MT304") == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Ceny są niskie.\nnp. chleb kosztuje mniej niż wczoraj.", "pl", "np"),
        # A person's title before a name opens a sentence that lost its capital.
        ("The clinic opened in May.\ndr. Hanna Lewin runs it with two nurses.", "en", "dr"),
    ],
)
def test_a_lower_case_abbreviation_opening_a_sentence_is_still_found(
    text: str, language: str, word: str
) -> None:
    assert _found(text, language, "MT304") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Algunas cajas, p. ej., las grandes, pesan más.",
        "Consulte el cap. 3, el vol. 2, y la fig. 4 del manual.",
    ],
)
def test_a_spanish_abbreviations_stop_before_a_comma_is_no_doubled_mark(text: str) -> None:
    assert _found(text, "es", "MT202") == []


def test_a_stop_before_a_comma_after_a_word_is_still_found() -> None:
    assert _found("Escribió el informe., y luego se fue.", "es", "MT202") == [".,"]
