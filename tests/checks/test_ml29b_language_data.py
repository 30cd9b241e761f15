"""Language data of session 23's other-language pool (h29ml2, pool-ml29b): a Turkish suffix
spaced off the word its apostrophe joins it to (MT139), and a word of the close language left
in a Ukrainian or Russian text, told by the letters only that language writes (MT504's
close_language_letters). Every sentence is invented to show the shape (bad → fixed, and the
look-alikes that stay quiet)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits

LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"


def findings(text: str, language: str, code: str) -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == code]


def spans(text: str, language: str, code: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in findings(text, language, code)]


# --- MT139: a suffix spaced off its word ---------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        ("Piyasa değeri 816M ’dir ve yükseliyor.", "Piyasa değeri 816M’dir ve yükseliyor."),
        ("Endeks %3,5 ‘lik bir artış gösterdi.", "Endeks %3,5’lik bir artış gösterdi."),
        ("Heyet İzmir ’den yola çıktı.", "Heyet İzmir’den yola çıktı."),
        ("Bu karar AB 'nin gündeminde.", "Bu karar AB'nin gündeminde."),
    ],
)
def test_a_turkish_suffix_spaced_off_its_word_is_joined_back(bad, fixed):
    found = findings(bad, "tr", "MT139")
    assert len(found) == 1
    assert apply_edits(bad, found[0].fixes[0].edits) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Heyet İzmir’den yola çıktı; AB'nin kararı bekleniyor.",  # joined: nothing to do
        "Şarkının adı ‘Yeni Gün’ oldu.",  # a quotation, no suffix
        "Kitap ‘de ile biter’ cümlesiyle kapanıyor.",  # a quotation opening on "de"
        "Hoca ‘ki’ ekini anlattı.",  # a quoted syllable
        "Bu kelime 'da' diye yazılır.",  # straight quotes around a syllable
    ],
)
def test_quotations_and_joined_suffixes_stay_quiet(text):
    assert spans(text, "tr", "MT139") == []


def test_a_language_without_suffix_tables_is_not_read():
    assert spans("He was in Ankara ’da and left.", "en", "MT139") == []


def test_the_spaced_suffix_is_not_read_as_a_closing_quotation_mark():
    # MT110 read "’da" as a closing mark glued to a word and moved the space to the wrong side.
    assert spans("Toplantı Ankara ’da yapıldı.", "tr", "MT110") == []


# --- MT504: a word of the close language by its letters ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("uk", "Уряд готується до переговорів, это важливо для громад.", "это"),
        ("uk", "Депутати обговорили бюджет і объявили перерву до вівторка.", "объявили"),
        ("ru", "Министр сказал, що переговоры продолжатся в среду.", None),
        ("ru", "Власти сообщили, що ситуація под контролем.", "ситуація"),
        ("ru", "Министр приехал і провёл встречу с губернатором.", "і"),
    ],
)
def test_a_word_of_the_close_language_is_reported(language, text, word):
    found = spans(text, language, "MT504")
    if word is None:  # "що" holds no letter Russian lacks: not read by its letters
        assert all(span != "що" for span in found)
    else:
        assert word in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Names keep their spelling: capitalised, never read by letters.
        ("uk", "Делегація зустрілася з Эрнстом Ылдызом у Києві."),
        ("ru", "Делегация прибыла в Київ и встретилась с Їжаковым."),
        # Quoted words are a quotation, not a leftover.
        ("uk", "Російською це звучить як «это», а українською — «це»."),
        # Each language's own letters.
        ("uk", "Її їжак їв ґрунт і є щасливим."),
        ("ru", "Ёжик съел яблоко, а эта история ещё не кончилась."),
    ],
)
def test_own_letters_names_and_quotations_stay_quiet(language, text):
    assert spans(text, language, "MT504") == []


def test_every_language_table_has_close_language_letters():
    for path in sorted(LANG.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(table.get("close_language_letters"), dict), path.name
    uk = json.loads((LANG / "uk.json").read_text(encoding="utf-8"))
    ru = json.loads((LANG / "ru.json").read_text(encoding="utf-8"))
    assert set(uk["close_language_letters"]["ru"]).isdisjoint("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
    assert set(ru["close_language_letters"]["uk"]).isdisjoint("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


# --- MT503: an English month between numbers in a Cyrillic text -----------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Зустріч відбулася 8 January 2026 року у Києві."),
        ("ru", "Встреча состоялась 14 March 2025 года в Москве."),
    ],
)
def test_an_english_month_between_numbers_in_a_cyrillic_text_is_reported(language, text):
    assert any("January" in s or "March" in s for s in spans(text, language, "MT503"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Актриса January Jones приїхала до Києва 8 березня 2026 року."),
        ("uk", "Газета The Sunday Times писала про це 8 березня 2026 року."),
        ("ru", "Группа Earth, Wind & Fire выпустила альбом September в 1978 году."),
        ("uk", "Зустріч 8 May 2026 року відбулася у Києві."),  # three letters: too short to read
    ],
)
def test_english_names_and_short_months_in_a_cyrillic_text_stay_quiet(language, text):
    assert spans(text, language, "MT503") == []
