"""Glued words in the languages that write no solid compounds: two lower-case words glued
(content_glue), word-forming prefixes, and which glue rule reads which shape (MT101, MT102,
MT113, MT115: one mechanism, one rule). Invented sentences showing the shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.langdata import available_languages

GLUE = ("MT101", "MT102", "MT113", "MT114", "MT115", "MT116")


def _glue(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (f.code, text[f.start : f.end])
        for f in check_text(text, language=language).findings
        if f.code in GLUE
    ]


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("Alle elezioniregionali del 2030 il partito vinse.", "it", "elezioniregionali"),
        ("La situaçãoeconômica continua tensa no norte.", "pt", "situaçãoeconômica"),
        ("El gobierno aprobó la reformaeducativa ayer.", "es", "reformaeducativa"),
        ("La situationéconomique reste tendue dans le nord.", "fr", "situationéconomique"),
    ],
)
def test_two_lower_case_words_glued_are_found_where_the_language_writes_them_apart(
    text: str, language: str, token: str
):
    assert _glue(text, language) == [("MT101", token)]


def test_a_word_forming_prefix_is_no_word_glued_on():
    assert not _glue("Era una pseudoscientifica teoria del tutto.", "it")
    assert not _glue("Partidul a propus un contracandidat pentru primar.", "ro")


def test_solid_compounds_stay_whole_where_the_language_writes_them():
    assert not _glue("Die Regierung plant eine Bildungsreform für alle Schulen.", "de")
    assert not _glue("De regering wil een onderwijshervorming in alle scholen.", "nl")


def test_two_capitalised_words_glued_are_one_rules_outside_english():
    # MT113 reads the case boundary wherever it reads title case; MT116 in English only.
    assert _glue("Il portavoce ha incontrato BidenMartedì a Roma.", "it") == [
        ("MT113", "BidenMartedì")
    ]
    assert _glue("A post by the ForeignMinistry of Peru.", "en") == [("MT116", "ForeignMinistry")]


def test_a_two_letter_glue_word_after_a_known_word_is_mt101s_not_a_one_letter_split():
    assert _glue("Falta tiempo para que Bitcoinse imponga en los mercados.", "es") == [
        ("MT101", "Bitcoinse")
    ]
    assert _glue("Llegaron delegados de la Liga Árabey del grupo andino.", "es") == [
        ("MT115", "Árabey")
    ]


def test_every_language_table_names_the_language_it_borrows_names_from():
    folder = Path(__file__).resolve().parents[2] / "resources/lang"
    for code in [*available_languages(), "default"]:
        table = json.loads((folder / f"{code}.json").read_text("utf-8"))
        assert table["borrowing_language"] == (None if code == "en" else "en"), code


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("Переговоры прошли вМоскве в понедельник.", "ru", "вМоскве"),
        ("Он встретился сПутиным вчера вечером.", "ru", "сПутиным"),
        ("No radar da empresa, oPlenário da Câmara votou.", "pt", "oPlenário"),
        ("La delegación llegó aMadrid el lunes.", "es", "aMadrid"),
    ],
)
def test_a_one_letter_word_glued_to_a_capitalised_word_is_found(
    text: str, language: str, token: str
):
    assert _glue(text, language) == [("MT102", token)]


def test_brands_with_a_lower_case_letter_in_front_stay_quiet():
    assert not _glue("Ha comprato un iPhone su eBay e un eBook ieri.", "it")
    assert not _glue("Il profumo ha un aroma intenso.", "it")


def test_a_function_word_glued_to_a_capitalised_word_is_mt102s_alone():
    assert _glue("A decisão foi tomada peloConselho ontem.", "pt") == [("MT102", "peloConselho")]


def test_romanian_case_endings_after_a_name_are_no_glued_words():
    assert not _glue("Vizita Taiwanului la summit a fost amânată din nou.", "ro")
    assert not _glue("Surplusurile vor fi mici anul viitor.", "ro")


def test_a_word_glued_to_a_number_the_text_writes_apart_is_found():
    text = "L'indice LedgerMark30 è nuovo. Il LedgerMark 30 raccoglie trenta monete."
    assert [(f.code, text[f.start : f.end]) for f in check_text(text, language="it").findings] == [
        ("MT107", "LedgerMark30")
    ]
    assert not [
        f
        for f in check_text("Il modello A320 vola. Il Boeing 737 no.", language="it").findings
        if f.code == "MT107"
    ]


@pytest.mark.parametrize(
    ("text", "language", "token"),
    [
        ("A mensagem chegou à troca demercado futuro ontem.", "pt", "demercado"),
        ("Le azioni consentono diguadagnare denaro ogni anno.", "it", "diguadagnare"),
    ],
)
def test_a_preposition_glued_to_the_word_after_it_is_found(text: str, language: str, token: str):
    assert _glue(text, language) == [("MT101", token)]


def test_a_contracted_preposition_glued_to_a_capitalised_word_is_found():
    text = "O contrato foi vinculado aoÍndice nacional ontem."
    assert _glue(text, "pt") == [("MT102", "aoÍndice")]


def test_an_english_compound_quoted_whole_is_no_glued_word():
    assert not _glue("Assine a Newsletter Morning Ledger Weekly hoje.", "pt")
    assert _glue("O presidente Lulaafirmou que o acordo está pronto.", "pt") == [
        ("MT101", "Lulaafirmou")
    ]


def test_an_acronym_written_with_and_without_a_space_before_its_number_is_a_convention():
    text = "It follows PEP3120. Since PEP 3120, source files are UTF-8."
    assert not [f for f in check_text(text, language="en").findings if f.code == "MT107"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Os atletas ostentaram as medalhas no desfile.", "pt"),
        ("As crianças assopraram as velas do bolo.", "pt"),
        ("Aunque el consejo lo pidiera, nunca depondría las armas.", "es"),
        ("La forza dirompere non basta.", "it"),
    ],
)
def test_a_verb_that_starts_like_a_two_letter_glue_word_is_one_word(text: str, language: str):
    # Its stem takes another verb ending as a well-known word ("ostentar", "deponer",
    # "dirompente"): a verb prefix or plain spelling, not "os" + "tentaram".
    assert not _glue(text, language)


def test_a_two_letter_glue_word_before_a_noun_or_a_verb_of_its_own_is_still_found():
    assert _glue("Os atletas osjogadores chegaram ontem.", "pt") == [("MT101", "osjogadores")]
    assert _glue("Le azioni consentono diguadagnare denaro ogni anno.", "it") == [
        ("MT101", "diguadagnare")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A empresa enviou os dados ao eSocial em março.", "pt"),
        ("Gioca a eFootball ogni sera.", "it"),
        ("Ha prenotato il volo con eDreams ieri.", "it"),
        ("Compra su ePrice da anni.", "it"),
        ("Se inscribió en eDemocracia.", "es"),
    ],
)
def test_a_brand_with_an_e_or_i_in_front_is_no_conjunction_glued_on(text: str, language: str):
    assert not _glue(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El acuerdo francoalemán se firmó ayer.", "es"),
        ("Un pacto francobritánico y un foro hispanomarroquí.", "es"),
        ("L'asse francotedesco regge.", "it"),
        ("Un progetto francobritannico.", "it"),
        ("L'axe francoallemand tient.", "fr"),
        ("Drużyna polskoniemiecka wygrała.", "pl"),
        ("Это научноисследовательский институт.", "ru"),
    ],
)
def test_a_compound_adjective_with_a_combining_form_is_no_two_words_glued(text: str, language: str):
    assert not _glue(text, language)


def _mt107(text: str, language: str = "en") -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language=language).findings
        if f.code == "MT107"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Suite 400 is upstairs; the Suite4 room is next door.", "en"),
        ("Web3 is not Web 3.0: the two terms differ.", "en"),
        ("Il Web3 non è il Web 3.0 di cui parlavamo.", "it"),
        ("Debian ships Python 3.11; the interpreter is called Python3 on some systems.", "en"),
    ],
)
def test_a_word_and_another_number_written_apart_is_no_evidence(text: str, language: str):
    assert not _mt107(text, language)


def test_the_same_word_and_number_written_apart_is_evidence_at_a_sentence_end():
    assert _mt107("The Suite4 room is shut. We met in Suite 4.") == ["Suite4"]


def test_numbered_words_are_looked_up_in_one_scan_of_the_text(monkeypatch):
    # 3,000 numbered steps and "step" once alone: one scan per document, not one per step
    # (a scan of the whole text per candidate made MT107 five times slower on such a text).
    from mtlint.checks.rules import spacing_marks

    text = "Each step is numbered. " + " ".join(f"See step{i} below." for i in range(3000))
    scans = []
    original = spacing_marks._spaced_elsewhere

    def counted(glued_words, whole, language):
        scans.append(sum(map(len, glued_words.values())))
        return original(glued_words, whole, language)

    monkeypatch.setattr(spacing_marks, "_spaced_elsewhere", counted)
    assert not _mt107(text)
    assert scans == [3000]
