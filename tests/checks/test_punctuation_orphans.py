"""Punctuation left behind by dropped words, slashes spaced on one side, "etc..." (MT236, MT237,
MT152), labels glued after a bracket and commas glued to numbers (MT145, MT146), and one finding
per quotation mistake (MT203 beside MT205 and MT229). Invented sentences, several languages."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _codes(text: str, language: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config())
    return [f.code for f in result.findings]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El pueblo (chino:; pinyin: Xiang) está en el norte."),
        ("en", "Chinese:; pinyin: Xiang, a town in the north."),
        ("pt", "A vila ( chinês :; pinyin : Xiang ) fica no norte."),
        ("it", "Il distretto ( cinese : ) è una divisione della città."),
        ("de", "Sie sprach über Kinder, Schulen und soziale Mobilität. ?\n\nDann ging sie."),
        ("en", 'The club ("Yellow Canaries");, commonly called the club, won.'),
    ],
)
def test_marks_left_by_dropped_words_are_found(language, text):
    assert "MT236" in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Ils vendent du riz, du thé, etc. ? Et ensuite ?"),
        ("en", "The ratio was 3:1; the meeting began at 12:30, as planned."),
        ("en", "Value of :maxdepth:, ignored; option :toctree: , ignored."),
        ("en", "Nice weather: ) and (see below: the list) were fine."),
    ],
)
def test_marks_written_on_purpose_stay_quiet(language, text):
    assert "MT236" not in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "They grow rice, tea, cotton, etc... The harvest is late."),
        ("ru", "Они выращивают рис, чай, хлопок и т. д... Урожай поздний."),
        ("de", "Sie bauen Reis, Tee, Baumwolle usw… Die Ernte ist spät."),
    ],
)
def test_an_ellipsis_after_etc_is_found(language, text):
    assert "MT237" in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("it", "Un discorso inarticolato e / o incoerente.", True),
        ("ro", "Orașe () și / sau localități () din provincie.", True),
        ("en", "The CD20/ USDC futures rose on Friday.", True),
        ("en", "Use the makefiles in win32/ or contrib/vstudio/ for Windows.", False),
        ("en", "Roses are red / violets are blue, and red / green is fine.", False),
        ("en", "See http:// example and 12/ 5 in the table.", False),
    ],
)
def test_slash_spacing(language, text, found):
    assert ("MT152" in _codes(text, language)) is found


def test_a_label_glued_after_a_bracket_and_a_comma_glued_to_a_number():
    assert "MT146" in _codes("The cast: Aya Mori (CV:Yuka Iguchi) and others.", "en")
    assert "MT146" not in _codes("Shares of IBM (NYSE:IBM) rose.", "en")
    assert "MT145" in _codes("It opened on Monday ,30 January in the capital.", "en")
    assert "MT145" not in _codes("See Artikel 2 ,3 und 5 of the law.", "en")


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("pl", "Powiedział: „Tak”. Potem dodał: “Wszystko będzie dobrze”, i wyszedł.", "MT205"),
        ("de", "Sie sagte: »Wir kommen“, und dann „nein“.", "MT229"),
        ("it", "Il ministro ha detto «siamo pronti” ai giornalisti.", "MT229"),
    ],
)
def test_one_quotation_mistake_is_one_finding(language, text, code):
    codes = _codes(text, language)
    assert codes.count(code) == 1
    assert "MT203" not in codes
