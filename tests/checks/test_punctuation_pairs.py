"""Punctuation typed as halves of two pairs, in several languages (MT229, MT233, MT234, MT235,
MT217's guillemets). Invented sentences."""

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
        ("it", "Il sindaco ha detto «domani si parte” ai cronisti."),
        ("es", "El alcalde dijo “mañana salimos» a los periodistas."),
        ("pt", "O prefeito disse «amanhã partimos” aos jornalistas."),
        ("ru", "Мэр сказал «завтра уезжаем“ журналистам."),
    ],
)
def test_a_quotation_closed_with_another_conventions_mark_is_found(language, text):
    assert "MT229" in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Minister powiedział, że sytuacja jest „zatrważająca“ dla wszystkich."),
        ("de", "Der Bürgermeister sagte „Morgen geht es los” zu den Reportern."),
        ("ru", "Мэр сказал «завтра „Север“ уезжает» журналистам."),
        ("it", "Il sindaco ha detto «domani “Roma” parte» ai cronisti."),
    ],
)
def test_native_variants_and_nesting_are_no_mismatch(language, text):
    assert "MT229" not in _codes(text, language)


def test_the_inner_pair_alone_needs_the_outer_pair_in_the_text():
    assert "MT229" not in _codes("Мэр сказал „завтра уезжаем“ журналистам.", "ru")
    assert "MT229" in _codes("Мэр сказал „завтра уезжаем“ и «всё».", "ru")


def test_a_stop_around_a_bracket_spares_abbreviations():
    assert "MT233" in _codes("Il sindaco ha parlato (circa due ore.). Poi è partito.", "it")
    assert "MT233" not in _codes("Lavora per la ditta (Rossi S.p.A.). Poi è partito.", "it")
    assert "MT233" not in _codes("Il sindaco ha parlato (davvero?). Poi è partito.", "it")


def test_a_lost_inverted_mark_needs_the_text_to_write_it_elsewhere():
    assert "MT234" in _codes("¿Vendrá mañana? No se sabe. Y qué dirá el alcalde? Nada.", "es")
    assert "MT234" not in _codes("Vendrá mañana? No se sabe. Y qué dirá el alcalde? Nada.", "es")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le maire Jean Dupont, a annoncé la fermeture du pont."),
        ("it", "Il sindaco Mario Rossi, ha annunciato la chiusura del ponte."),
        ("pt", "O prefeito João Silva, anunciou o fechamento da ponte."),
    ],
)
def test_a_comma_after_a_name_subject_is_found(language, text):
    assert "MT235" in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le maire, Jean Dupont, a annoncé la fermeture du pont."),
        ("fr", "Selon le maire Jean Dupont, le pont est fermé."),
        ("it", "Secondo il sindaco Mario Rossi, il ponte è chiuso."),
    ],
)
def test_appositions_and_fronted_phrases_are_no_subject_comma(language, text):
    assert "MT235" not in _codes(text, language)


def test_one_sided_guillemets_follow_the_documents_habit():
    assert "MT217" in _codes("Il a dit « oui» hier soir.", "fr")
    assert "MT217" not in _codes("Il a dit «oui » et «non » puis «bon ».", "fr")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Nous ne céderons jamais sur notre territoire, a affirmé le président."),
        ("es", "Nosotros no aceptaremos ninguna amenaza, dijo el ministro."),
        ("pt", "Nós vamos defender o nosso país, afirmou o ministro."),
        ("ru", "Мы будем защищать нашу страну, — заявил министр."),
    ],
)
def test_lost_speech_marks_before_an_inverted_attribution_are_found(language, text):
    assert "MT150" in _codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le pays ne cédera jamais sur son territoire, a affirmé le président."),
        ("fr", "« Nous ne céderons jamais », a affirmé le président. Nous verrons, a-t-il dit."),
        ("es", "El ministro, que nos recibió ayer, dijo que la situación es grave."),
    ],
)
def test_paraphrase_quoted_speech_and_clauses_are_no_lost_marks(language, text):
    assert "MT150" not in _codes(text, language)


def test_a_stop_before_an_attribution_in_every_language():
    assert "MT228" in _codes("„Wir sind bereit.“, sagte der Bürgermeister.", "de")
    assert "MT228" in _codes("«Мы готовы.», — сказал мэр.", "ru")
    # A segment that ends at the comma holds no attribution to go on with.
    assert "MT228" not in _codes("«Me conmovía desde lo más profundo de mi alma.»,", "es")


def test_a_bracket_glued_to_the_words_around_it():
    assert "MT147" in _codes("Il sindaco(capo della giunta)ha detto no.", "it")
    assert "MT147" not in _codes("Scegli la parola(e) che vuoi; vedi f(x).", "it")


def test_a_comma_after_the_mark_is_the_rule_only_where_the_table_says_so():
    assert "MT148" in _codes('"Wir sind bereit," erklärte der Minister.', "de")
    assert "MT148" not in _codes('"Vi er klar," sagde ministeren.', "da")
    assert "MT148" not in _codes('"Jsme připraveni," řekl ministr.', "cs")


def test_the_spanish_raya_inside_an_inciso_is_no_dash_error():
    codes = _codes("El ministro —que había llegado ayer— habló con los alcaldes.", "es")
    assert "MT213" not in codes
    assert "MT213" in _codes("The war -which began in 2014- has killed thousands.", "en")


def test_a_spaced_mark_where_the_document_glues_its_group():
    text = "Pourquoi? Comment? Quand? Où? Qui ? Voilà."
    assert "MT149" in _codes(text, "fr")
    assert "MT149" not in _codes("Pourquoi? Qui ? Voilà.", "fr")
