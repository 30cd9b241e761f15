"""Language data mended from realmt-cs24/tr24/sv24/uk24 (h24ml, session 20): abbreviations
that end no sentence, "X or X" doublets, and the language's own words that are another language's
function words (MT503). Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _codes(text: str, language: str) -> list[tuple[str, str]]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [(f.code, text[f.start : f.end]) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Борошно – 3 стол. ложки, мед – 1 ч. ложка.", "uk"),
        ("Тушкуйте 15 хв. на малому вогні, потім додайте 2 шт. перцю.", "uk"),
        ("Світло вимикали щодня, напр. у Дніпрі та Сумах.", "uk"),
        ("Mektubu Yrd. Doç. Dr. Ali Kaya imzaladı, vd. yazarlar da katıldı.", "tr"),
        ("Ta 3 st. ägg och 2 dl mjölk, jfr receptet ovan.", "sv"),
        ("Schéma najdete na obr. 4 v příloze.", "cs"),
    ],
)
def test_an_abbreviation_ends_no_sentence(text: str, language: str) -> None:
    assert [code for code, _ in _codes(text, language) if code == "MT304"] == []


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Rost eller rost på plåten syns först vid kanten.", "sv", "Rost eller rost"),
        ("Rez nebo rez se objeví nejdřív na okraji plechu.", "cs", "Rez nebo rez"),
        ("Іржа або іржа з'являється спершу на краю листа.", "uk", "Іржа або іржа"),
        ("Pas veya pas önce sacın kenarında görünür.", "tr", "Pas veya pas"),
    ],
)
def test_a_word_joined_to_itself_by_or_is_a_doublet(text: str, language: str, span: str) -> None:
    assert ("MT403", span) in _codes(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Förr eller senare, mer eller mindre, nu eller aldrig.", "sv"),
        ("Dříve nebo později, více nebo méně, tak nebo onak.", "cs"),
        ("Рано чи пізно, так чи інакше, більш або менш.", "uk"),
        ("Az veya çok, erken veya geç, er ya da geç.", "tr"),
    ],
)
def test_two_different_words_joined_by_or_stay_quiet(text: str, language: str) -> None:
    assert [code for code, _ in _codes(text, language) if code == "MT403"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hasta bir kedi veterinere götürüldü.", "tr"),
        ("Ani bir fırtına tekneyi devirdi.", "tr"),
        ("Son till en fiskare blev han sjökapten.", "sv"),
        ("Tak över huvudet är en rättighet.", "sv"),
        ("Ben och knän värkte efter loppet.", "sv"),
        ("Most se opravuje už třetí rok.", "cs"),
        ("Pas si vyzvedněte na úřadě.", "cs"),
    ],
)
def test_a_native_word_spelled_like_a_foreign_function_word_is_no_fragment(
    text: str, language: str
) -> None:
    assert [code for code, _ in _codes(text, language) if code == "MT503"] == []


def test_a_foreign_function_word_before_a_native_one_is_still_a_fragment() -> None:
    text = "The total is 9,931. De these 379 new positives are in the capital."
    assert ("MT503", "De") in _codes(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Misafirler bir bir içeri alındı ve çok çok memnun kaldı.", "tr"),
        ("Araba ağır ağır yokuşu çıktı; evet evet, gördüm.", "tr"),
        ("Priserna blir högre och högre, och fler och fler flyttar.", "sv"),
        ("Han ringde om och om igen, mer och mer irriterad.", "sv"),
        ("Zkoušel to znovu a znovu, ale bylo to horší a horší.", "cs"),
        ("Na vlak to tak tak stihla.", "cs"),
    ],
)
def test_words_a_language_doubles_on_purpose_are_no_doublet(text: str, language: str) -> None:
    assert [code for code, _ in _codes(text, language) if code in ("MT401", "MT403")] == []


def test_a_doubled_word_is_still_reported_in_these_languages() -> None:
    assert [code for code, _ in _codes("Toplantıya bakanlar ve ve vekiller katıldı.", "tr")] == [
        "MT401"
    ]
    assert [code for code, _ in _codes("Han köpte en en bil i går.", "sv")] == ["MT401"]
    assert [code for code, _ in _codes("Koupil si nové nové auto.", "cs")] == ["MT401"]
