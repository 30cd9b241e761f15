"""MT980 beyond English: the web's misspellings of each language (resources/spelling/
<lang>_web_typos.txt, bench/build_web_typos.py), the language's keyboard, and its lexicon.
Invented sentences of the shapes machine-translated and post-edited pages show."""

from __future__ import annotations

import pytest
from mtlint.checks import check_text
from mtlint.checks.config import Config
from mtlint.checks.spelling import web_typos
from mtlint.checks.spelling_search import keyboard_neighbours


def _found(text: str, language: str) -> list[tuple[str, float]]:
    return [
        (f.fixes[0].edits[0].replacement, f.confidence)
        for f in check_text(text, language=language, config=Config(show_doubtful=True)).findings
        if f.code == "MT980"
    ]


def test_a_web_misspelling_of_a_very_common_word_is_at_the_bar() -> None:
    # "vielleiht" is a web form of its own (wordfreq knows it): only the table reads it.
    found = _found("Die Entscheidung ist vielleiht gefallen, hieß es am Montag.", "de")
    assert [right for right, _ in found] == ["vielleicht"]
    assert found[0][1] >= 0.5


def test_a_table_word_the_web_writes_often_is_doubtful() -> None:
    # Beyond English, a table word of Zipf 2 and above is mostly an archaic, dialect or rare
    # word hunspell lacks ("beikommen": to get the better of), rarely a slip ("nciht").
    found = _found("Wir werden dem Problem so nicht beikommen, sagte sie am Montag.", "de")
    assert found and all(confidence < 0.5 for _, confidence in found)
    found = _found("Die Entscheidung ist nciht gefallen, hieß es am Montag.", "de")
    assert [right for right, _ in found] == ["nicht"]


@pytest.mark.parametrize(
    "language", ["de", "fr", "it", "nl", "ru", "es", "pt", "pl", "cs", "sv", "ro"]
)
def test_each_table_holds_no_accent_only_slip(language: str) -> None:
    from unicodedata import combining, normalize

    def bare(word: str) -> str:
        return "".join(ch for ch in normalize("NFD", word) if not combining(ch))

    table = web_typos(language)
    assert table, language
    assert [typed for typed, right in table.items() if bare(typed) == bare(right)] == []


def test_accent_left_off_is_no_slip_of_another_word() -> None:
    # "madchen" is "Mädchen" without its dots (MT998's accent reading), no slip of "machen".
    assert "madchen" not in web_typos("de")


def test_the_keyboard_is_the_languages() -> None:
    assert "z" in keyboard_neighbours("de")["t"]  # QWERTZ
    assert "y" in keyboard_neighbours("en")["t"]  # QWERTY
    assert "a" in keyboard_neighbours("fr")["z"]  # AZERTY


def test_a_rare_inflection_the_lexicon_knows_stays_quiet() -> None:
    assert _found("Les ministres accomplissaient leur mission sans relâche.", "fr") == []


def test_a_doubled_letter_written_once_is_at_the_bar_whatever_the_frequencies() -> None:
    # "manschaft" is a frequent web form (the doubtful band by frequency), but a doubled
    # letter written once was a slip in 180 of 182 such table words (BENCHMARKS.md h19slips).
    found = _found("Sie sagte, die manschaft habe am Sonntag verloren.", "de")
    assert [right for right, _ in found] == ["mannschaft"]
    assert found[0][1] >= 0.5


def test_other_kinds_of_the_doubtful_band_stay_doubtful() -> None:
    # A letter left out ("wärend") is as often dialect or slang ("gmacht"): doubtful.
    found = _found("Das geschah wärend der Sitzung am Montag, sagte er.", "de")
    assert [right for right, _ in found] == ["während"]
    assert found[0][1] < 0.5


@pytest.mark.parametrize(
    ("text", "language", "right"),
    [
        ("El desarollo de la región sigue adelante, dijo el ministro.", "es", "desarrollo"),
        ("A necesidade de mudança é clara, disse o ministro.", "pt", "necessidade"),
        ("Oni powini przyjść jutro rano do urzędu.", "pl", "powinni"),
    ],
)
def test_languages_without_the_one_edit_search_read_their_table(
    text: str, language: str, right: str
) -> None:
    found = _found(text, language)
    assert [fixed for fixed, _ in found] == [right]
    assert found[0][1] >= 0.5


def test_a_table_alone_reads_no_unknown_word() -> None:
    # Spanish keeps its one-edit search off: a rare word no table lists stays quiet.
    assert _found("El ministro habló de la desarrollacion del plan.", "es") == []


@pytest.mark.parametrize(
    ("typed", "right", "kind"),
    [
        ("manschaft", "mannschaft", "undoubled"),
        ("vieleicht", "vielleicht", "undoubled"),
        ("wärend", "während", "dropped"),
        ("ergebniss", "ergebnis", "doubled"),
        ("nocht", "nicht", "struck"),
        ("nicht", "nich", "added"),
        ("nciht", "nicht", "swapped"),
        ("abc", "xyzw", "other"),
    ],
)
def test_slip_kinds(typed: str, right: str, kind: str) -> None:
    from mtlint.checks.spelling import slip_kind

    assert slip_kind(typed, right) == kind


@pytest.mark.parametrize(
    ("text", "language", "right"),
    [
        ("Každý občan má povinost přispět, řekl ministr v pondělí.", "cs", "povinnost"),
        ("Regeringen vill komma tilbaka till förhandlingarna i höst.", "sv", "tillbaka"),
    ],
)
def test_czech_and_swedish_read_their_tables(text: str, language: str, right: str) -> None:
    # Tables built from wordfreq and hunspell cs_CZ / sv_SE (BENCHMARKS.md h20slips); a
    # doubled letter written once is at the bar, as in the other languages.
    found = _found(text, language)
    assert [fixed for fixed, _ in found] == [right]
    assert found[0][1] >= 0.5


def test_romanian_reads_its_table_in_the_doubtful_tier() -> None:
    # Romanian's wordfreq list stops at Zipf 3: its table holds a handful of slips.
    found = _found("Ministrul a vorbit depre noul plan de investiții, luni.", "ro")
    assert [fixed for fixed, _ in found] == ["despre"]
    assert found[0][1] < 0.5


@pytest.mark.parametrize(
    ("word", "language"),
    [("palta", "es"), ("coima", "es"), ("cabro", "es"), ("textão", "pt"), ("kulturka", "pl")],
)
def test_a_word_the_web_writes_often_is_no_slip(word: str, language: str) -> None:
    # A regional, colloquial or derived word ("palta": avocado) one letter added or replaced
    # from a commoner word: the build's floors keep it out of the table.
    assert word not in web_typos(language)


def test_a_polish_word_without_its_stroke_is_no_slip() -> None:
    # "zmienila" is "zmieniła" typed without "ł" (MT607's), no slip of "zmienia".
    assert "zmienila" not in web_typos("pl")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Das Buch erschien 1977.\n\nSontag schrieb darin über die Fotografie.", "de"),
        ("Keler kam am Montag nach Berlin.", "de"),
        ("O jogo terminou empatado.\n\nFereira marcou o gol de empate no fim.", "pt"),
        ("Woden was the chief god of the old tribes, and Thor his son.", "en"),
        ("Svenson sa att laget var redo.", "sv"),
        ("Wanner scoorde in de laatste minuut voor de thuisploeg.", "nl"),
        ("Neyra marcó dos goles en la segunda parte.", "es"),
        ("Mattar disse que o projeto será votado na próxima semana.", "pt"),
        ("Luccas chegou cedo ao estádio com os amigos.", "pt"),
        ("Agdam je město v Ázerbájdžánu.", "cs"),
        ("Borát sodný se používá v domácnosti.", "cs"),
    ],
)
def test_a_surname_opening_a_sentence_is_no_table_slip(text: str, language: str) -> None:
    # The tables hold the web's surnames no dictionary knows; news opens sentences with them.
    assert _found(text, language) == []


def test_a_capitalised_table_word_is_read_with_evidence_it_is_no_name() -> None:
    # Two neighbours swapped and no given name; or the text writes the word in lower case too.
    assert [right for right, _ in _found("Lovley weather greeted the delegates.", "en")] == [
        "Lovely"
    ]
    found = _found("Sontag ist zu. Am sontag war es auch zu, sagte sie.", "de")
    assert sorted(right for right, _ in found) == ["Sonntag", "sonntag"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Na konci cesty nás čekal pořádný krpál až k chatě.", "cs"),
        ("V kuchyni jsme chytili rusáka a vyhodili ho ven.", "cs"),
        ("Herát leží na západě Afghánistánu.", "cs"),
        ("Leros je ostrov v Egejském moři.", "cs"),
        ("Alling är en liten by på Jylland.", "sv"),
        ("Hon sa att hon hopas på ett bättre år.", "sv"),
    ],
)
def test_words_and_places_read_out_of_the_new_tables(text: str, language: str) -> None:
    assert _found(text, language) == []
