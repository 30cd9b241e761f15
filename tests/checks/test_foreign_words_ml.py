"""MT504 in every language with a source table (issues 11 and 12): an English word left in a
French, Portuguese, Russian … text, decided by wordfreq in both languages and by the document;
plain (accentless) spellings of source words; the look-alikes that must stay quiet. Every
sentence here is invented to show the shape."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.foreignwords import foreign_table, foreign_word_languages, source_zipf


def mt504(text: str, language: str, **document) -> list[str]:
    doc = Document(text=text, language=language, **document)
    result = check_document(doc, Config(min_confidence=0.0))
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == "MT504"]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("fr", "Le ministre a jugé la réforme très worrying pour les familles.", "worrying"),
        ("pt", "Os analistas publicaram um relatório insightful na terça-feira.", "insightful"),
        ("es", "Los expertos dijeron que el plan era unfair para las familias.", "unfair"),
        ("it", "Gli esperti hanno detto che il piano è unfair per le famiglie.", "unfair"),
        ("de", "Die Fachleute nannten die Lage worrying für die Familien.", "worrying"),
        ("pl", "Eksperci powiedzieli, że sytuacja jest worrying dla rodzin.", "worrying"),
        ("ru", "Эксперты заявили, что ситуация остается challenging для семей.", "challenging"),
    ],
)
def test_an_english_word_left_in_another_language_is_reported(language, text, word):
    assert mt504(text, language) == [word]


def test_every_tier_one_language_with_a_table_is_served():
    assert {"fr", "pt", "es", "it", "de", "pl", "ru", "uk", "nl", "cs"} <= foreign_word_languages()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Loanwords the language's own word list knows well.
        ("de", "Der Plan sei unfair, sagten die Trader; der Hype um das Update hält an."),
        ("fr", "Le week-end, les traders parlent du hype et du token."),
        # A word of the language's own whose stem it knows (Czech plural of "epidemiolog").
        ("cs", "Pracujemy na tom společně s epidemiology z ústavu."),
        # An international word several languages share.
        ("ro", "Capitolul de algebra superioară este greu."),
        # An English gloss in brackets after its translation: a convention in technical prose.
        ("it", "Il modulo offre una sostituzione compatibile (drop-in replacement)."),
        ("ru", "Это совместимая замена (drop-in replacement) для модуля."),
        # A term the text keeps using, in any of its forms.
        ("es", "Cada request tiene un cuerpo. Los requests llegan al servidor. Un request más."),
        # Quoted on purpose.
        ("pl", "Analityk nazwał to „bearish acceleration”, czyli szybszym spadkiem."),
    ],
)
def test_loanwords_terms_glosses_and_quotes_stay_quiet(language, text):
    assert mt504(text, language) == []


def test_a_translators_file_keeping_its_source_word_stays_quiet():
    text = "paramètre de configuration inconnu dans override ; ignoré"
    source = "unknown config value in override, ignoring"
    assert mt504(text, "fr") == ["override"]
    assert mt504(text, "fr", source_text=source, source_language="en") == []


def test_a_word_without_its_accents_is_read_as_the_accented_one():
    assert source_zipf("estacion", "es") == source_zipf("estación", "es") > 4
    assert mt504("The train left from the estacion de trenes at noon.", "en") == [
        "estacion de trenes"
    ]


def test_two_words_left_in_a_sentence_of_the_text_own_are_both_reported():
    text = "Singapore is généralement considered safe, and it is easy arriver get around there."
    assert mt504(text, "en") == ["généralement", "arriver"]


def test_a_whole_sentence_in_the_source_language_is_left_to_mt502():
    text = "The talks ended. Die Regierung hat beschlossen, dass die Regeln gelten sollen."
    assert mt504(text, "en") == []


def test_a_title_in_the_source_language_stays_quiet():
    assert mt504("He read Cien años de soledad on the plane.", "en") == []


def test_english_keeps_its_own_bars():
    # English reads only the words it does not know, or hardly knows, against a 1,000-fold
    # margin; the other languages' tables read English words against their own bars.
    english, french = foreign_table("en"), foreign_table("fr")
    assert english.margin > french.margin and french.sources == ("en",)
    assert english.stem_letters == 0 and french.stem_letters > 0


def findings(text: str, language: str, code: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == code]


def test_a_photo_credit_ending_a_caption_line_is_reported():
    # The caption's line runs on into the next one (no full stop after the credit), so the
    # credit ends a line, not a paragraph.
    text = "The talks ended on Monday.\nThe minister spoke. Foto: ANDINA/ Archivo\n15:50 | Lima."
    assert findings(text, "en", "MT503") == ["Foto: ANDINA/ Archivo"]


@pytest.mark.parametrize("language", ["nl", "sv", "ro", "de"])
def test_foto_is_no_foreign_credit_where_the_language_uses_it(language):
    assert findings("Het eerste deel.\nFoto: ANP", language, "MT503") == []


def test_a_gloss_in_square_brackets_is_reported():
    text = "Growth beat the forecast of the IMF [Fundo Monetário Internacional] this year."
    assert findings(text, "en", "MT505") == ["[Fundo Monetário Internacional]"]
    assert findings("See the list [1] and the note [citation needed].", "en", "MT505") == []
