"""Source-language phrases, page labels, dates, credits, doublets and placeholders left by MT
(MT508, MT509, MT503, MT403, MT603). Invented sentences that show each shape."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(select=(code,)))
    return [text[f.start : f.end] for f in result.findings]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Il sindaco ha detto che the meeting è stato rinviato a lunedì.", "it", "the meeting"),
        ("В понедельник в you are аккаунт пришло письмо от банка.", "ru", "you are"),
        ("Zkusil jsem nové kartáčky a pastu, and they work...", "cs", "and they work"),
    ],
)
def test_a_source_phrase_inside_a_sentence_is_reported(text, language, span):
    assert span in _found(text, language, "MT508")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il sindaco ha aperto un bed and breakfast nel centro storico.", "it"),
        ("Der Chef will das Update mit neuen Features am Montag veröffentlichen.", "de"),
        ("Il disco Live in the Navajo Nation è uscito nel 2004 per la casa.", "it"),
        ("Der Slogan „the best is yet to come“ hing an der Wand des Büros.", "de"),
        ("The minister said the meeting was postponed until Monday.", "en"),
    ],
)
def test_loans_titles_quotes_and_the_source_language_itself_stay_quiet(text, language):
    assert _found(text, language, "MT508") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("WhatsApp usa la crittografia end to end per tutti i messaggi degli utenti.", "it"),
        ("WhatsApp usa el cifrado end to end para todos los mensajes de los usuarios.", "es"),
        ("O WhatsApp usa a criptografia end to end em todas as mensagens dos usuários.", "pt"),
        ("La piattaforma offre molti film on demand a tutti gli abbonati.", "it"),
        ("Per l'azienda il time to market è diventato più breve quest'anno.", "it"),
        ("Il sito mostra una call to action in fondo alla pagina.", "it"),
        ("Lavora nel settore business to business da molti anni.", "it"),
        ("Il vestito della cantante era davvero over the top per la serata.", "it"),
        ("La plataforma ofrece muchas series on demand a sus clientes.", "es"),
        ("Para a empresa o time to market ficou mais curto este ano.", "pt"),
    ],
)
def test_a_borrowed_compound_is_no_phrase_left_over(text, language):
    # Content words joined by a preposition only, or a run ending on an article before a word
    # both languages use: the shape of an English compound borrowed whole (review h9untr 1).
    assert _found(text, language, "MT508") == []


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Il governo ha annunciato plans for expansion del porto entro l'anno.", "it", "plans"),
        ("Il ministro ha parlato with the sindaco della città per un'ora.", "it", "with the"),
        ("Il prezzo of the tickets è salito per tutti i tifosi.", "it", "of the tickets"),
    ],
)
def test_a_fragment_of_the_same_shape_is_still_reported(text, language, span):
    # A content word rare in the text's language, or a stray article before the text's own
    # noun: left over, not borrowed.
    assert any(span in found for found in _found(text, language, "MT508"))


def test_a_foreign_page_label_inside_a_region_of_another_language_is_kept():
    # The label line and its English headline make a region of their own; the label is
    # judged against the document's language all the same.
    text = (
        "Wczoraj rano piekarnia przy rynku sprzedała cały chleb, zanim przyszli goście.\n"
        "Read also: Analysts Say The Market Will Recover Before The End Of The Year"
    )
    assert _found(text, "pl", "MT509") == ["Read also"]


def test_a_page_label_of_the_texts_own_language_is_no_foreign_label():
    assert (
        _found("Der Kurs stieg.\n\nAnzeige\n\nDie Händler blieben vorsichtig.", "de", "MT509") == []
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Il ministro è arrivato a Roma il 5 March 2024 per i colloqui.", "5 March 2024"),
        ("Il ministro è arrivato a Roma il March 5, 2024 per i colloqui.", "March 5, 2024"),
    ],
)
def test_a_month_the_language_also_meets_as_a_word_is_read_between_a_day_and_a_year(text, span):
    assert span in _found(text, "it", "MT503")


def test_such_a_month_alone_is_a_name():
    assert _found("La missione March è partita ieri con tre persone.", "it", "MT503") == []


def test_a_foreign_credit_with_a_dash_and_a_web_address():
    text = "A queda sugere uma recuperação de curto prazo.\nsource – exemplo.com"
    assert _found(text, "pt", "MT503") == ["source – exemplo.com"]


def test_a_plural_doublet_before_a_word_without_the_plural_ending_is_reported():
    text = "Dijo que los proyectiles y proyectiles cayeron sobre la ciudad."
    assert _found(text, "es", "MT403") == ["proyectiles y proyectiles"]


def test_a_plural_doublet_before_an_agreeing_modifier_stays_under_the_threshold():
    text = "Instalaron paneles y paneles solares en el tejado de la escuela."
    assert _found(text, "es", "MT403") == []


def test_a_lower_case_placeholder_between_words_of_prose():
    assert _found("Il ministro {name} ha detto che il governo aiuterà.", "it", "MT603") == [
        "{name}"
    ]


def test_a_lower_case_placeholder_in_a_text_with_other_braces_stays_quiet():
    assert _found("Write {name} and {date} where the form asks for them.", "en", "MT603") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Scrivi {name} nella prima riga della lettera e poi la data.", "it"),
        ("Escriba {name} en la primera línea de la carta y luego la fecha.", "es"),
        ("Put {name} in the first line, then type the date below it.", "en"),
    ],
)
def test_a_slot_in_a_sentence_that_explains_a_template_is_shown_not_left(text, language):
    # Review h9untr 3: a word of writing or fields in the sentence.
    assert _found(text, language, "MT603") == []


def test_a_slot_left_in_a_plain_sentence_is_still_reported():
    text = "Il ministro {name} ha dichiarato che il governo aiuterà le famiglie."
    assert _found(text, "it", "MT603") == ["{name}"]
