"""MT304's continued-line guard as language data (h23ml, session 19): a lower-case line after a
line ending in one of the language's ``continued_line_marks`` goes on with it; languages whose
m23starts: every cased language has the marks (a list's items after a colon, a sentence wrapped
after a comma are the same in every language); German's colon is left out, a clause after it is
capitalised. Invented sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.langdata import available_languages, load_language_data

LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"


def _found(text: str, language: str) -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT304"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A list's items after a colon, each ending in a semicolon (French, measured 2/2).
        ("Pour le dossier, apportez :\nune copie du bail ;\nun justificatif récent.", "fr"),
        (
            "Le musée propose des ateliers ; des visites guidées ;\nconcerts et lectures le soir.",
            "fr",
        ),
        ("The form asks for the following:\n\nname;\n\nnationality;\n\nplace of birth", "en"),
        # m23starts (h23ml review): list items after a colon, lines wrapped after a comma.
        ("Traiga los siguientes papeles:\nuna copia del recibo;\nel carnet vigente.", "es"),
        ("Portate i seguenti moduli:\nuna copia della bolletta;\nil documento valido.", "it"),
        ("Rząd ogłosił w poniedziałek,\nże pomoc dotrze do miasta w ciągu tygodnia.", "pl"),
        ("Die Stadt hat die Brücke saniert,\nobwohl das Geld knapp war.", "de"),
        ("Vláda v pondělí oznámila:\nsituace je vážná a pomoc dorazí brzy.", "cs"),
    ],
)
def test_a_continued_line_stays_quiet(text: str, language: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # German capitalises a clause after a colon: its table has no colon mark.
        (
            "Die Regierung erklärte am Montag:\ndie Lage sei ernst und die Hilfe komme bald.",
            "de",
            "die",
        ),
        ("Rząd ogłosił w poniedziałek.\nże pomoc dotrze do miasta w ciągu tygodnia.", "pl", "że"),
        # A comma across a blank line ends a salutation in French too.
        ("Chers collègues,\n\nmerci pour votre invitation à la réunion de lundi.", "fr", "merci"),
        # A full stop is no continued line in any language.
        ("Le vote a eu lieu.\nle résultat est tombé le soir après le dépouillement.", "fr", "le"),
    ],
)
def test_a_new_line_start_is_still_found(text: str, language: str, word: str) -> None:
    assert _found(text, language) == [word]


def test_every_table_declares_its_marks() -> None:
    for code in [*available_languages(), "default"]:
        table = json.loads((LANG / f"{code}.json").read_text("utf-8"))
        marks = table["continued_line_marks"]
        assert set(marks) == {"line", "after_blank_line"}, code
        assert set(marks["after_blank_line"]) <= set(marks["line"]) <= set(":;,"), code
    assert load_language_data("en").tables["continued_line_marks"]["line"] == ":;,"
    for code in available_languages():  # the guard is the default: every cased language has it
        data = load_language_data(code)
        if data.cased:
            assert ";" in data.tables["continued_line_marks"]["line"], code


# --- MT113: a word of the text's own language glued to a name the text uses alone (h23ml) ---


def _glued(text: str, language: str) -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT113"]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "La ville de Dorgorsk est belle. Ce parc naturelDorgorsk attire les gens.",
            "fr",
            "naturelDorgorsk",
        ),
        (
            "Die Stadt Wolgorsk ist alt. Er lebt in der schönenWolgorsk Gegend am Fluss.",
            "de",
            "schönenWolgorsk",
        ),
    ],
)
def test_an_own_word_glued_to_a_name_is_found(text: str, language: str, word: str) -> None:
    assert _glued(text, language) == [word]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The name never stands alone: no evidence that its first part is a word of the text.
        ("Er lebt in der schönenWolgorsk Gegend am Fluss.", "de"),
        # A brand's English first part ("easyJet"), or a short one ("iPhone"), in any language.
        ("Die Fluglinie easyJet fliegt nach Jet und zurück; Jet ist ein Ort.", "de"),
        ("Le nouvel iPhone arrive; Phone est un mot anglais.", "fr"),
        # English: camel case is MT102's; the reading is for the languages beyond English.
        ("The town of Dorgorsk is old. He lives in the naturalDorgorsk area by the river.", "en"),
    ],
)
def test_look_alikes_of_a_glued_name_stay_quiet(text: str, language: str) -> None:
    assert _glued(text, language) == []
