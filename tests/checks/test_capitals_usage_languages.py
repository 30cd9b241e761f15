"""h11caps: capitals mid-sentence judged by the document's own usage in every cased language
(MT305), nationality adjectives from CLDR in the Romance languages (MT313), a capital after a
number (MT302) and a verb that follows names capitalised after one (MT305). Invented
sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def flagged(text: str, language: str, code: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [text[f.span.start : f.span.end].strip() for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        (
            "it",
            "Il sindaco disse che i Ricavi sono saliti, e i ricavi e i ricavi crescono.",
            "Ricavi",
        ),
        (
            "es",
            "El alcalde dijo que los Ingresos subieron, y los ingresos y los ingresos crecen.",
            "Ingresos",
        ),
        ("ru", "Мэр сказал, что Доходы выросли, и доходы растут, а доходы велики.", "Доходы"),
        (
            "nl",
            "De burgemeester zei dat de Inkomsten stegen, en de inkomsten en de inkomsten groeien.",
            "Inkomsten",
        ),
        (
            "en",
            "The fares rose in June, Fares charged at night doubled, and the fares stay high.",
            "Fares",
        ),
    ],
)
def test_capital_the_text_writes_in_lower_case(language: str, text: str, word: str) -> None:
    assert flagged(text, language, "MT305") == [word]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Once in lower case only: not the clear minority.
        ("it", "Il sindaco disse che i Ricavi sono saliti, e i ricavi crescono."),
        # German capitalises its nouns.
        ("de", "Der Bürgermeister sagte, die Kosten stiegen, und die Kosten bleiben hoch."),
        # A title of office written with a capital by house style.
        ("fr", "M. le Président a reçu le président du sénat et le président du parti."),
        # Small words that lead into a name.
        ("fr", "Le chef du Mouvement et de la Réforme parle du mouvement et du mouvement."),
    ],
)
def test_house_style_and_names_stay_quiet(language: str, text: str) -> None:
    assert flagged(text, language, "MT305") == []


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("fr", "Les visiteurs aiment le fromage Français et le pain du pays.", "Français"),
        ("it", "Il ristorante serve una cucina Italiana molto semplice.", "Italiana"),
        ("es", "La empresa contrata a un traductor Inglés para la feria.", "Inglés"),
        ("pt", "O restaurante serve um vinho Holandês muito leve.", "Holandês"),
    ],
)
def test_nationality_adjective_from_cldr(language: str, text: str, word: str) -> None:
    assert flagged(text, language, "MT313") == [word]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il sindaco di Latina ha aperto la fiera nel Veneto con gli amici."),
        ("pt", "A equipa do País de Gales venceu o jogo no estádio."),
        ("es", "La cuenta se cierra a fines de marzo con los fines previstos."),
    ],
)
def test_places_and_words_that_look_like_demonyms_stay_quiet(language: str, text: str) -> None:
    assert flagged(text, language, "MT313") == []


def test_function_word_after_a_number_offers_the_stop_first() -> None:
    text = "He coached the club in 2016 From the first day, the team won."
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    found = [f for f in result.findings if f.code == "MT302"]
    assert [text[f.span.start : f.span.end].strip() for f in found] == ["From"]
    assert found[0].fixes[0].edits[0].replacement == ". From"


def test_numbers_joined_by_a_conjunction_stay_quiet() -> None:
    text = "Les ventes de l'iPhone 6 et 6 Plus a peut-être aidé le groupe."
    assert flagged(text, "fr", "MT302") == []


def test_verb_after_a_name() -> None:
    assert flagged(
        "The mayor Anna Berg Told reporters that the bridge is safe.", "en", "MT305"
    ) == ["Told"]
    assert flagged("He Said She Said was a film; the kids played Simon Says.", "en", "MT305") == []


@pytest.mark.skipif(
    not all(
        Path(f"/usr/share/hunspell/{name}.dic").is_file() for name in ("it_IT", "es_ES", "pt_PT")
    ),
    reason="the builder's hunspell filters need hunspell-it, -es and -pt (Debian packages)",
)
def test_demonym_stems_match_their_builder() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "build_demonym_stems.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The capital is a sentence's last word right after an article, and the text writes
        # the word in lower case twice as often (h30caps).
        (
            "Most of what we know has come from the Light. The light of a star is old, and "
            "light is fast.",
            ["Light"],
        ),
        (
            "Is our storm the only one in the Valley? The valley is quiet and the valley is green.",
            ["Valley"],
        ),
        # After a preposition a field or a place ends a name or a title.
        (
            "He worked at the Institute of Physics. The physics of the star and its physics "
            "differ.",
            [],
        ),
        # The text's own usage: the capital is no minority.
        ("We came from the Light. The Light shines and the light is on.", []),
    ],
)
def test_minority_capital_ending_a_sentence(text: str, words: list[str]) -> None:
    assert flagged(text, "en", "MT305") == words
