"""MT301 in languages whose titles are not title-cased: a title that goes on in capitals, a
courtesy capital the text repeats and a letter used as a label open no sentence
(checks/titleruns.py). Invented sentences; each quiet case was flagged before the guard."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def lost_breaks(text: str, language: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [text[f.start : f.end].strip() for f in result.findings if f.code == "MT301"]


QUIET = [
    # A title or name of three capitals (or two, a short link, a third).
    ("es", "Ayer leímos un artículo de Nuestra Revista Semanal sobre el puerto."),
    ("nb", "Hun var leder av Den Norske Turistforening i mange år."),
    ("ro", "Consiliul a votat pentru Anul Național al Pădurilor într-o sală mică."),
    # A polite pronoun the text capitalises more than once.
    ("sv", "Vi skriver till Dig eftersom Du har rätt till bidrag om Du bor kvar i huset."),
    # A one-letter word used as a label where the text has other letter labels.
    ("sk", "Ak A leží vedľa bodu B v rovine, potom A leží aj vedľa bodu C."),
    ("uk", "Графік має три лінії: А, Б та В. Лінія В показує спад тиску."),
]

LOUD = [
    # A two-word name after the opener still counts ("В Москве" after a lost stop).
    ("ru", "Он долго работал в Донбассе В Москве его ждали коллеги.", "В"),
    # A polite pronoun written once with a capital is no habit of the text.
    ("sv", "Mannen greps vid stationen Du kan läsa mer i tidningen.", "Du"),
    # A one-letter word with no other letter labels in the text.
    ("sk", "Vláda schválila nový rozpočet A potom ho poslala do parlamentu.", "A"),
]


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_title_courtesy_or_label_opens_no_sentence(language: str, text: str) -> None:
    assert lost_breaks(text, language) == []


@pytest.mark.parametrize(("language", "text", "word"), LOUD)
def test_lost_break_still_found(language: str, text: str, word: str) -> None:
    assert word in lost_breaks(text, language)


LOUD_TOO = [
    # A conjunction or article opening a name after a word that may end a sentence.
    ("da", "Han spillede hele aftenen Men Lars Holm sang bedre.", "Men"),
    ("pt", "O projeto foi aprovado Nos Estados Unidos, a reação foi fria.", "Nos"),
    ("pl", "Rząd obiecał nowe wybory Dzięki Nowej Strategii Cyfrowej firma zyska.", "Dzięki"),
    # A Latin letter labels nothing in a Cyrillic text.
    ("ru", "Звезда относится к классу S В соответствии с этим её изучают.", "В"),
]


@pytest.mark.parametrize(("language", "text", "word"), LOUD_TOO)
def test_opener_before_a_name_still_found(language: str, text: str, word: str) -> None:
    assert word in lost_breaks(text, language)


def doubles(text: str, language: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT401"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A name particle before the same particle opening a name (checks/doublecase.py).
        ("nl", "Het was minder de droom van Van der Berg dan van het dorp.", []),
        # A capital letter as a label before the same letter as a word.
        ("sk", "Keď bod A a bod B splývajú, úsečka zmizne.", []),
        # Real doubles stay: a particle before a common noun, a letter opening the sentence.
        ("nl", "Hij zag de De auto op straat.", ["de De"]),
        ("en", "A a new rule came into force.", ["A a"]),
        ("en", "They read the The report twice.", ["the The"]),
    ],
)
def test_case_changed_double(language: str, text: str, expected: list[str]) -> None:
    assert doubles(text, language) == expected
