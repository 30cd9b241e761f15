"""Spacing, punctuation and date shapes judged by the language's convention (h15punct):
MT239 (an English month-day date where the day comes first), MT240 (an em dash glued in a
language that spaces it), MT154's glued item numbers, MT230's comma before que/che, MT142
after a spaced », MT103 after an acronym, MT104 after %, MT105 after a closing bracket.
Invented sentences; each case must fail without its mechanism."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_text(text, language=language)
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == code]


def _fixed(text: str, language: str, code: str) -> list[str]:
    """The text with each finding's first fix applied on its own."""
    out = []
    for finding in check_text(text, language=language).findings:
        if finding.code != code or not finding.fixes:
            continue
        fixed = text
        for edit in sorted(finding.fixes[0].edits, key=lambda e: e.start, reverse=True):
            fixed = fixed[: edit.start] + edit.replacement + fixed[edit.end :]
        out.append(fixed)
    return out


@pytest.mark.parametrize(
    ("text", "language", "fixed"),
    [
        ("Aggiornato: Marzo 4, 2025", "it", "Aggiornato: 4 marzo 2025"),
        ("Publicado em abril 21, 2024", "pt", "Publicado em 21 de abril de 2024"),
        ("Actualizado: enero 3, 2023", "es", "Actualizado: 3 de enero de 2023"),
        ("Mis à jour : février 7, 2022", "fr", "Mis à jour : 7 février 2022"),
        ("Обновлено: Март 2, 2021", "ru", "Обновлено: 2 марта 2021"),
        ("Stand: Juni 30, 2020", "de", "Stand: 30. Juni 2020"),
    ],
)
def test_month_day_dates_get_the_day_first(text, language, fixed):
    assert _fixed(text, language, "MT239") == [fixed]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Updated: March 4, 2025", "en"),
        ("Aggiornato il 4 marzo 2025, poi a marzo 2025.", "it"),
        ("Le 7, 8 et 9 février, 2022 fois plus.", "fr"),
        ("Publicado em abril 21 de 2024 e maio 3, 4 e 5.", "pt"),
        ("Frühjahr 2020: Juni 30, 20 Teilnehmer.", "de"),
    ],
)
def test_dates_in_the_right_order_or_no_date_stay_quiet(text, language):
    assert _found(text, language, "MT239") == []


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Il prodotto resiste—finché non piove.", "it", "resiste—finché"),
        ("Le prix a baissé—mais pas partout.", "fr", "baissé—mais"),
        ("O preço caiu—mas não em todo lado.", "pt", "caiu—mas"),
        ("Цена упала—но не везде.", "ru", "упала—но"),
        ("Mehr als 20%—ein neuer Rekord.", "de", "20%—ein"),
    ],
)
def test_em_dash_glued_in_a_spacing_language(text, language, span):
    assert _found(text, language, "MT240") == [span]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The price fell—but not everywhere.", "en"),
        ("—Ven aquí—dijo ella—, que llueve.", "es"),
        ("La guerra 1941—1945 e la linea Roma—Milano.", "it"),
        ("Il prodotto resiste — finché non piove.", "it"),
    ],
)
def test_em_dash_in_english_spanish_ranges_or_spaced_stays_quiet(text, language):
    assert _found(text, language, "MT240") == []


def test_em_dash_fix_spaces_both_sides():
    assert _fixed("Il prodotto resiste—finché non piove.", "it", "MT240") == [
        "Il prodotto resiste — finché non piove."
    ]


@pytest.mark.parametrize(
    ("text", "language", "spans"),
    [
        ("Rules\n- 2.Keep the lid closed at all times\n", "en", ["2.Keep"]),
        ("FAQ\n3)Quels délais proposez-vous pour la livraison ?", "fr", ["3)Quels"]),
        ("• 1.Entrega e perguntas mais frequentes", "pt", ["1.Entrega"]),
    ],
)
def test_list_numbers_glued_to_their_item(text, language, spans):
    assert _found(text, language, "MT154") == spans


@pytest.mark.parametrize(
    "text",
    [
        "1.Introduction\n2.Methods",
        "Version 3.1.Beta is out now for all users",
        "See section 2.Results for the whole table of data.",
    ],
)
def test_headings_versions_and_references_stay_quiet(text):
    assert _found(text, "en", "MT154") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nous pouvons penser, que le prix baissera.", "fr"),
        ("Le ministre a déclaré, qu'il partirait.", "fr"),
        ("Il sindaco ha detto, che la strada riaprirà.", "it"),
        ("El alcalde dijo, que la calle abrirá.", "es"),
        ("O presidente afirmou, que a estrada abre.", "pt"),
    ],
)
def test_comma_before_que_after_a_verb_of_saying(text, language):
    assert _found(text, language, "MT230") == [","]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Er sagte, dass die Straße öffnet.", "de"),
        ("Он сказал, что дорога откроется.", "ru"),
        ("Le projet, que le ministre a défendu, a été annoncé.", "fr"),
        ("Il libro annunciato, che ho letto, è bello.", "it"),
        ("Ha sido dicho muchas veces, y que conste.", "es"),
        ("Llegó tarde. Es decir, que no vino a la cena.", "es"),
        ("Chegou tarde, quer dizer, que não jantou.", "pt"),
        ("Arrivò tardi, vale a dire, che non cenò.", "it"),
    ],
)
def test_commas_the_language_writes_stay_quiet(text, language):
    assert _found(text, language, "MT230") == []


def test_sentence_glued_after_a_spaced_closing_guillemet():
    text = "Il parle d’un « bilan lourd ».Dans la soirée il part."
    assert _found(text, "fr", "MT142") == ["».D"]


@pytest.mark.parametrize(
    ("text", "language", "spans"),
    [
        ("Он стал спикером палаты США.Джонсон родился в 1972 году.", "ru", [".Джонсон"]),
        ("The treaty was signed by NATO.The talks went on.", "en", [".The"]),
        ("It runs on ASP.Net and the U.S.A.Then it stops.", "en", []),
    ],
)
def test_sentence_glued_after_an_acronym(text, language, spans):
    assert _found(text, language, "MT103") == spans


def test_space_before_a_comma_after_a_percentage():
    assert _found("Growth was 17% , then 35% later.", "en", "MT104") == [" ,"]


def test_comma_glued_after_a_closing_bracket():
    assert _found("The fair (of Osaka),crowds came early.", "en", "MT105") == [","]
    assert _found("Call f(x),y and g(a),b in code.", "en", "MT105") == []


@pytest.mark.parametrize(
    ("text", "language", "spans"),
    [
        ("Il a crié : « Partez tous ! ». Personne ne bougea.", "fr", ["»."]),
        ("Sie fragte: „Bleibst du?“. Er nickte.", "de", ["“."]),
        ("Il a crié : « Partez tous ! » Personne ne bougea.", "fr", []),
        ("Il a dit : « C'est fini ». Personne ne bougea.", "fr", []),
        ("Она спросила: «Ты придёшь?». Он кивнул.", "ru", []),
        ("Ella preguntó: «¿Vienes?». Él asintió.", "es", []),
    ],
)
def test_full_stop_after_a_quotation_ending_in_a_question_or_exclamation(text, language, spans):
    assert _found(text, language, "MT241") == spans


def test_single_quotes_glued_around_a_title():
    text = "She read a paper entitled‘Roads of the North’on behalf of the board."
    assert _found(text, "en", "MT211") == ["d‘R", "h’o"]


@pytest.mark.parametrize(
    "text",
    [
        "The city‘s plan and the ‘Open Door’ policy were both read.",
        "Il titolo dell‘Opera è noto.",
    ],
)
def test_single_quotes_used_as_apostrophes_stay_quiet(text):
    assert _found(text, "it" if "dell" in text else "en", "MT211") == []


def test_a_contraction_after_the_opening_mark_is_no_closing_mark():
    assert _found("A paper entitled‘Today’s Roads’ was read.", "en", "MT211") == ["d‘T"]


def test_turned_apostrophe_spaced_off_its_possessive():
    assert _found("The herders ‘s camps moved south.", "en", "MT104") == [" ‘s"]


# Review of h15punct (/work/wt/review/h15punct.md): each look-alike below drew a finding before.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Je crois, qu’on le veuille ou non, que la réforme passera.", "fr"),
        ("Il a dit, que je sache, qu’il viendrait demain.", "fr"),
        ("Ha detto, che io sappia, che verrà domani.", "it"),
        ("Ele disse, que eu saiba, que viria amanhã.", "pt"),
    ],
)
def test_review_an_incise_after_the_verb_keeps_its_comma(text, language):
    assert _found(text, language, "MT230") == []


def test_review_a_capitalised_month_mid_sentence_is_a_name():
    assert _found("La sonde soviétique Mars 3, 1971, fut la première.", "fr", "MT239") == []
    assert _found("venerdì, Marzo 29, 2024\nDiritto", "it", "MT239") == ["Marzo 29, 2024"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a lu le roman « Qui a peur de Virginia Woolf ? ». Puis il dormit.", "fr"),
        ("Er las das Buch „Was ist was?“. Dann schlief er.", "de"),
    ],
)
def test_review_a_quoted_title_keeps_its_stop(text, language):
    assert _found(text, language, "MT241") == []


def test_review_a_file_name_in_guillemets_is_no_sentence():
    assert _found("Le fichier « config ».Json est lu au démarrage.", "fr", "MT142") == []


def test_review_a_dialogue_line_keeps_its_glued_dashes():
    assert _found("—Vamos embora—disse ele.", "pt", "MT240") == []
