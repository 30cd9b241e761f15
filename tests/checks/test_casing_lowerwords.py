"""MT353: month and weekday names capitalised mid-sentence where the language writes them in
lower case, in the places MT313 leaves (invented sentences)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import all_rules


def _findings(text: str, lang: str):
    rule = next(r for r in all_rules() if r.code == "MT353")
    document = Document(text=text, language=lang)
    return check_document(document, Config(min_confidence=0.0), rules=[rule]).findings


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        (
            "Las obras terminarán el Viernes 12 de abril, según el ayuntamiento de la villa.",
            "es",
            "Viernes",
        ),
        (
            "Os trabalhos terminam na Sexta-Feira 12 de abril, segundo a câmara municipal.",
            "pt",
            "Sexta-Feira",
        ),
        (
            "Le chantier se terminera le 12 Avril, selon la mairie de la petite commune.",
            "fr",
            "Avril",
        ),
        ("I lavori finiranno il 12 Aprile, secondo il comune del piccolo paese.", "it", "Aprile"),
        (
            "Desde Marzo, el precio del pan subió dos veces en la panadería del barrio.",
            "es",
            "Marzo",
        ),
        (
            "Lucrările se vor încheia pe 12 Aprilie, potrivit primăriei din micul oraș.",
            "ro",
            "Aprilie",
        ),
        (
            "De werken zijn op 12 April klaar, volgens de gemeente van het kleine dorp.",
            "nl",
            "April",
        ),
    ],
)
def test_calendar_capital_is_found_and_lower_cased(text, lang, word):
    findings = _findings(text, lang)
    assert [text[f.start : f.end] for f in findings] == [word]
    edit = findings[0].fixes[0].edits[0]
    assert edit.replacement == word.lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Miles de personas llenaron la Plaza de Mayo durante toda la tarde.", "es"),
        ("El desfile recorrió la Avenida 9 de Julio hasta el obelisco del centro.", "es"),
        ("A loja da Rua 25 de Março abriu cedo para os clientes do bairro.", "pt"),
        ("Milhares de pessoas festejaram o 25 de Abril na avenida principal da cidade.", "pt"),
        ("Le défilé du 14 Juillet a attiré beaucoup de monde sur les Champs-Élysées.", "fr"),
        ("Les boutiques du quartier sont ouvertes le Dimanche, même en hiver.", "fr"),
        ("La sonde a atteint Mars après un voyage de sept mois dans l'espace.", "fr"),
        ("Il tenore ha cantato con Domingo al teatro della città la sera prima.", "it"),
        ("Los fieles salieron en procesión el Viernes Santo por la mañana temprano.", "es"),
        ("Lunes 3 de Marzo", "es"),
        ("Programa De Actividades Del Lunes 3 De Marzo En La Villa", "es"),
        ("Marzo fue un mes lluvioso en toda la región del norte del país.", "es"),
    ],
)
def test_calendar_look_alikes_stay_quiet(text, lang):
    assert _findings(text, lang) == ()


def test_lower_case_elsewhere_raises_confidence_and_house_style_lowers_it():
    inconsistent = (
        "El plazo vence el 3 de marzo. La segunda reunión será el Viernes 7 de marzo en la sede."
    )
    (finding,) = _findings(inconsistent, "es")
    assert finding.confidence >= 0.8
    house = (
        "O prazo termina a 3 de Março, segundo o governo regional dos Açores.\n\n"
        "A segunda reunião será a 7 de Março e a terceira a 9 de Março na sede."
    )
    assert all(f.confidence < 0.5 for f in _findings(house, "pt"))


def test_german_and_english_are_not_served():
    assert (
        _findings("The meeting is on Monday 3 March in the town hall of the village.", "en") == ()
    )
    assert _findings("Die Sitzung ist am Montag, dem 3. März, im Rathaus des Dorfes.", "de") == ()


def _codes(text: str, lang: str, code: str):
    rule = next(r for r in all_rules() if r.code == code)
    document = Document(text=text, language=lang)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule])
    return [text[f.start : f.end] for f in result.findings]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Los turistas aprendieron Español y Francés en la escuela del pueblo.", "es", ["Francés"]),
        (
            "A vila foi fundada por imigrantes Alemães e Italianos que vieram de navio.",
            "pt",
            ["Italianos"],
        ),
        ("El guía del museo hablaba Inglés.", "es", ["Inglés"]),
        ("Le roman a été traduit en Anglais l'année suivante.", "fr", ["Anglais"]),
    ],
)
def test_adjective_capital_left_by_mt313(text, lang, words):
    assert _codes(text, lang, "MT354") == words


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La guerre entre Anglais et Français a duré cent ans.", "fr"),
        ("La delegación viajó a Francia y Alemania la semana pasada.", "es"),
        ("Compramos los regalos en El Corte Inglés.", "es"),
        ("El tenor cantó con el barítono Inglés Británico en la gala.", "es"),
        ("Los niños aprendieron español y francés en la escuela del pueblo.", "es"),
    ],
)
def test_adjective_look_alikes_stay_quiet(text, lang):
    assert _codes(text, lang, "MT354") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("La ciudad creció mucho durante el Siglo XX gracias al puerto.", "es", ["Siglo"]),
        ("A igreja foi construída no Século XVIII pelos jesuítas.", "pt", ["Século"]),
        ("Le château fut construit au XIXe Siècle par une famille de banquiers.", "fr", ["Siècle"]),
        ("Il palazzo fu costruito nel XVI Secolo da una famiglia di mercanti.", "it", ["Secolo"]),
        ("La editorial Siglo XXI Editores publicó el libro en México.", "es", []),
        ("La ciudad fue fundada en el siglo XIX por colonos.", "es", []),
        ("Siglo XX: una historia breve", "es", []),
    ],
)
def test_century_word_capital(text, lang, words):
    assert _codes(text, lang, "MT355") == words


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Los turistas visitaron el Museo Del Prado durante la mañana.", "es", ["Del"]),
        ("O grupo visitou o Museu Da Cidade durante a manhã.", "pt", ["Da"]),
        ("Nous avons visité le Musée Du Louvre hier après-midi.", "fr", ["Du"]),
        ("Il ministro Luigi Di Maio ha parlato ai giornalisti.", "it", []),
        ("La sede è in Via De Gasperi, vicino alla stazione.", "it", []),
        ("Le taxi nous a déposés à l'aéroport Charles De Gaulle.", "fr", []),
        ("El Museo del Prado abrió sus puertas por la mañana.", "es", []),
        ("Guía De Museos Del Centro Histórico De La Ciudad", "es", []),
    ],
)
def test_name_particle_capital(text, lang, words):
    assert _codes(text, lang, "MT356") == words
