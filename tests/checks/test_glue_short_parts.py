"""Glue of short words (h11glue): two well-known lower-case words glued although one is
shorter than content_glue asks (MT101, short_content_glue_zipf), the document's evidence for a
less known part, a common word glued to a day or count before a month or unit (MT107), two
common English words glued at a capital (MT116) and a word glued to the function word that
opens the next sentence (MT117). Invented sentences showing the shapes."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text

GLUE = ("MT101", "MT102", "MT107", "MT113", "MT114", "MT115", "MT116", "MT117")


def _glue(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (f.code, text[f.start : f.end])
        for f in check_text(text, language=language).findings
        if f.code in GLUE
    ]


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("Los expertos dicen que podría haber sidopeor este invierno.", "es", "sidopeor"),
        ("Les habitants des deux villesauront un nouveau pont.", "fr", "villesauront"),
        ("Il presidente dellaregione ha parlato ieri sera.", "it", "dellaregione"),
    ],
)
def test_two_well_known_short_words_glued_are_found(text: str, language: str, token: str):
    assert _glue(text, language) == [("MT101", token)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Word-forming prefixes and combining forms, written solid on purpose.
        ("El microondas y la videoconferencia funcionan; el autobús llega.", "es"),
        ("Il microclima cambia e la videocamera registra ogni notte.", "it"),
        ("Os vídeojogos e o microclima mudaram; a autoestrada abriu.", "pt"),
        # Slavic prefixes that are prepositions too ("под", "при"), never leading glue.
        ("Подбассейн реки и привокзальная площадь открыты весь день.", "ru"),
        ("To niesporo ludzi, a proradzieckiego rządu już nie ma.", "pl"),
        # Clitics after a verb, and Romanian, whose endings are words of their own.
        ("Dímelo ahora y cómpralas mañana en la tienda del barrio.", "es"),
        ("Puternicului stat i s-au alăturat româncele din sat.", "ro"),
    ],
)
def test_prefixes_clitics_and_endings_are_no_short_words_glued(text: str, language: str):
    assert _glue(text, language) == []


def test_a_less_known_part_needs_the_document_standing_it_alone():
    # "контракты" (zipf 3.7) is too little known alone; a sentence that starts with it
    # elsewhere in the text is the evidence.
    alone = "Традиционные фьючерсные контрактыимеют установленную дату."
    assert _glue(alone, "ru") == []
    evidenced = "Контракты бывают разные. Традиционные контрактыимеют установленную дату."
    assert _glue(evidenced, "ru") == [("MT101", "контрактыимеют")]


def test_a_common_word_glued_to_a_day_or_count_before_a_month_or_unit():
    text = "Publish date12 Mar 2022; the guards patrol regularly2 min apart."
    assert _glue(text, "en") == [("MT107", "date12"), ("MT107", "regularly2")]


def test_a_numbered_word_without_a_month_or_unit_after_it_stays_quiet():
    text = "Read chapter5 of the guide, open page2 and load covid19 data; level3 is hard."
    assert _glue(text, "en") == []


def test_a_clock_time_glued_to_a_place():
    assert _glue("Aug 18 15:22Havana hosts the talks.", "en") == [("MT107", "15:22Havana")]


def test_camel_glue_of_two_english_words_once_in_prose():
    assert _glue("Send it by mail or electronicVersion today.", "en") == [
        ("MT116", "electronicVersion")
    ]


def test_identifiers_in_a_technical_text_stay_quiet():
    text = "Set userName, fontSize and printedVersion in the config; then call electronicVersion."
    assert _glue(text, "en") == []


def test_a_word_glued_to_the_opener_of_the_next_sentence():
    assert _glue("They prepare for the winterIn many homes it is cold.", "en") == [
        ("MT117", "winterIn")
    ]
    assert _glue("Sie bereiten sich auf den Winter vorIn vielen Häusern fehlt Strom.", "de") == [
        ("MT117", "vorIn")
    ]


def test_web_words_that_end_in_an_opener_stay_quiet():
    text = "Follow us on LinkedIn, then login; the plugin and the checkIn desk open at nine."
    assert _glue(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Solid compounds of a verb stem or number and a noun (review h11glue item 1), their
        # first part a very common word that stands alone in the same text.
        ("Chiudi la porta e metti il portabiglietti nella borsa.", "it"),
        ("Il vento porta via il portatablet di pelle.", "it"),
        ("Porta el paquete y el portacelular de cuero.", "es"),
        ("Il a gagné mille euros et trouvé un millepattes dans le jardin.", "fr"),
        ("Tire fort sur le tirebouchon pour ouvrir la bouteille.", "fr"),
        ("Il compte les gouttes avec le comptegoutte de la pharmacie.", "fr"),
    ],
)
def test_solid_compounds_of_a_common_head_stay_quiet(text: str, language: str):
    assert _glue(text, language) == []


def test_the_evidence_is_the_less_known_part_standing_alone():
    from mtlint.checks.glue_evidence import evidenced

    # An invented compound of a very common first part and a rarer second one.
    split = ("vendebiglietti", "vende", "biglietti", 5.0, 3.4)
    assert not evidenced(split, frozenset({"vende", "il"}))
    assert evidenced(split, frozenset({"biglietti", "il"}))
    assert evidenced(split, frozenset({"Biglietti", "il"}))
    # A name's split keeps the name (its first part) as the evidence ("Dendias … Dendiasin").
    assert evidenced(("Dendiasin", "Dendias", "in", 0.0, 6.0), frozenset({"Dendias"}))


@pytest.mark.parametrize(
    "text",
    [
        # A gerund with its clitics is one verb form (review h11glue item 3).
        "Ha risolto il problema spiegandoglielo con calma.",
        "Lo ha fatto portandoglielo e lasciandoglieli lì, mandandogliela subito.",
    ],
)
def test_an_italian_gerund_with_clitics_stays_quiet(text: str):
    assert _glue(text, "it") == []


def test_a_program_glued_to_its_version_by_convention_stays_quiet():
    # wordfreq knows "python3" glued: the spaced "Python 3" beside it is no evidence.
    assert _glue("Install Python3 first. Then run Python 3 scripts with it.", "en") == []
    assert _glue("Il faut installer Python3 puis lancer les scripts Python 3.", "fr") == []
    # A name glued to its number that the web does not write so is still taken.
    assert _glue("The Suite4 room is shut. We met in Suite 4.", "en") == [("MT107", "Suite4")]


def test_a_glue_word_after_a_lower_case_word_keeps_its_first_part_as_evidence():
    from mtlint.checks.glue_evidence import evidenced

    # A glue word's zipf is 0 in a split: the first part stays the evidence, not "on".
    split = ("sleepon", "sleep", "on", 4.5, 0.0)
    assert not evidenced(split, frozenset({"on", "the"}))
    assert evidenced(split, frozenset({"sleep", "on"}))
