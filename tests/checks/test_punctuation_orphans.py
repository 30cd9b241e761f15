"""Punctuation left behind by dropped words, slashes spaced on one side, "etc..." (MT236, MT237,
MT152), labels glued after a bracket and commas glued to numbers (MT145, MT146), and one finding
per quotation mistake (MT203 beside MT205 and MT229). Invented sentences, several languages."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.model import Applicability
from mtlint.checks.registry import all_rules


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
        ("it", "Si accettano contanti e / o carte di credito.", True),
        ("ro", "Orașe () și / sau localități () din provincie.", True),
        ("en", "The CD20/ USDC futures rose on Friday.", True),
        ("en", "Put the scripts in tools/ or build/helpers/ before the run.", False),
        ("en", "Roses are red / violets are blue, and red / green is fine.", False),
        ("en", "See http:// example and 12/ 5 in the table.", False),
    ],
)
def test_slash_spacing(language, text, found):
    assert ("MT152" in _codes(text, language)) is found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Vivimos en C/ Mayor, 5, en el centro de la ciudad."),
        ("es", "La tienda está en la c/ Alcalá, 20, junto al banco."),
        ("es", "Le escribimos en relación con S/ Ref. 123 del pasado mes."),
        ("es", "Conforme a N/ Ref. 45, le enviamos la factura."),
        ("en", "Chicken w/ rice and beans is on the menu today."),
    ],
)
def test_a_one_letter_abbreviation_with_a_slash_is_not_a_split_token(language, text):
    assert "MT152" not in _codes(text, language)


def test_a_spaced_and_or_is_found_when_the_lone_slash_is_the_last_chunk():
    # The distinct chunks come in set order (the hash seed's): the lone "/" may be the last
    # chunk (chunk_text puts a line break after it too).
    text = "Si accettano contanti e / o carte di credito."
    document = Document(text=text, language="it")
    chunks = [*sorted(set(text.split()) - {"/"}), "/"]
    document.analysis.get("chunk_text", lambda: "\n" + "\n".join(chunks) + "\n")
    [rule] = [rule for rule in all_rules() if rule.code == "MT152"]
    assert [text[f.start : f.end] for f in rule.check(document)] == ["e / o"]


def test_a_one_sided_slash_space_is_an_unsafe_fix():
    # A one-sided space is not always a split token ("AGENCY/ Photographer" credits): a person
    # decides, an automatic run does not glue it.
    result = check_document(Document(text="The CD20/ USDC futures rose.", language="en"), Config())
    [finding] = [f for f in result.findings if f.code == "MT152"]
    assert finding.fixes[0].applicability is Applicability.UNSAFE


def _question_fix(text: str, language: str) -> tuple[str, str]:
    result = check_document(Document(text=text, language=language), Config())
    [finding] = [f for f in result.findings if f.code == "MT236"]
    return finding.fixes[0].title, apply_fixes(text, [finding.fixes[0]]).text


@pytest.mark.parametrize(
    ("language", "text", "fixed"),
    [
        ("en", "Did he really move to the U.S. ? Nobody knew.", "the U.S.? Nobody"),
        ("en", "Is the meeting at 5 p.m. ? Please confirm.", "at 5 p.m.? Please"),
        ("it", "Hai comprato pane, latte, ecc. ? Dimmi tutto.", "latte, ecc.? Dimmi"),
        ("es", "¿Trajiste pan, leche, etc. ?", "leche, etc.?"),
    ],
)
def test_a_question_after_an_abbreviation_keeps_its_mark(language, text, fixed):
    title, result = _question_fix(text, language)
    assert title == "remove the space"
    assert fixed in result


@pytest.mark.parametrize(
    ("language", "text", "fixed"),
    [
        ("en", "They grew rice, tea, cotton, etc. ?The dynasty fell.", "etc. The dynasty"),
        ("de", "Sie sprach über Kinder und soziale Mobilität. ?", "Mobilität."),
        # Spanish opens its questions: with no "¿" the mark after "etc." ends no question.
        ("es", "Trajo pan, leche, etc. ? Luego se fue.", "leche, etc. Luego"),
    ],
)
def test_a_mark_glued_on_or_after_a_plain_full_stop_is_removed(language, text, fixed):
    title, result = _question_fix(text, language)
    assert title == "remove '?'"
    assert fixed in result
    assert "?" not in result


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
