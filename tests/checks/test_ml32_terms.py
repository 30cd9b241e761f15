"""MT516's term runs: an English term in title case left inside another language's sentence
(checks/foreigntitles.py). Invented sentences: the shape in three languages, and the names,
titles and loans that must stay quiet."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.foreigntitles import title_run, writes_english
from mtlint.checks.registry import rule_by_code


def _terms(text: str, language: str) -> list[tuple[str, float]]:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code("MT516")])
    return [(text[f.start : f.end], f.confidence) for f in result.findings if "a term" in f.message]


SPANISH = (
    "Cada año la empresa celebra el Dragon Boat Festival con todos sus empleados y sus "
    "familias.\nAntes del Dragon Boat Festival repartimos regalos entre los trabajadores."
)


def test_an_english_term_written_twice_in_spanish_is_found_at_the_bar() -> None:
    found = _terms(SPANISH, "es")
    assert [span for span, _ in found] == ["Dragon Boat Festival"] * 2
    assert all(confidence >= 0.5 for _, confidence in found)


def test_a_hyphened_english_term_in_italian_is_found() -> None:
    text = (
        "Ogni anno la nostra azienda festeggia il Mid-Autumn Festival con una cena per tutti.\n"
        "Durante il Mid-Autumn Festival gli uffici restano chiusi per tre giorni."
    )
    assert [span for span, _ in _terms(text, "it")] == ["Mid-Autumn Festival"] * 2


def test_a_term_written_once_is_a_doubtful_reading_and_stops_at_a_name() -> None:
    text = (
        "Die İzmir Metropolitan Municipality hat die Arbeiten an den Straßen der Stadt "
        "beschleunigt, sagte der Bürgermeister."
    )
    found = _terms(text, "de")
    assert [span for span, _ in found] == ["Metropolitan Municipality"]
    assert found[0][1] < 0.5


def test_a_name_the_language_keeps_in_english_is_quiet() -> None:
    # "league" and "premier" are words the Spanish list knows: a name Spanish writes.
    text = "El equipo ganó la Premier League y después la Premier League volvió a empezar."
    assert _terms(text, "es") == []


def test_a_run_holding_or_touching_a_name_is_quiet() -> None:
    text = "La cadena Thomas Cook Retail cerró sus tiendas y Thomas Cook Retail no pagó a nadie."
    assert _terms(text, "es") == []
    text = "El tema Light From Above fue el más escuchado; Light From Above sonó en la radio."
    assert _terms(text, "es") == []


def test_a_quoted_term_a_work_title_and_an_english_page_are_quiet() -> None:
    text = "Cada año celebramos el «Dragon Boat Festival» y el «Dragon Boat Festival» de nuevo."
    assert _terms(text, "es") == []
    text = "Vimos The Dragon Boat en el cine y luego The Dragon Boat otra vez con los niños."
    assert _terms(text, "es") == []
    english = SPANISH + "\nThe page of the festival and the boats, with photos for everyone."
    assert writes_english(english, "es", frozenset(english.split()))
    assert not writes_english(SPANISH, "es", frozenset(SPANISH.split()))
    assert _terms(english, "es") == []


def test_a_title_case_heading_is_no_sentence_of_the_text() -> None:
    text = "Dragon Boat Festival\nDragon Boat Festival\nLa fábrica cerró dos días."
    assert _terms(text, "es") == []


def test_title_run_reads_one_word_alone_as_no_run() -> None:
    text = "El barco Boat llegó al puerto ayer por la tarde."
    start = text.index("Boat")
    assert title_run(text, start, start + 4, "es") is None


def test_a_term_in_a_translators_catalogue_stays_doubtful() -> None:
    text = "Album Gain passt die Lautstärke an.\nMit Album Gain klingt jedes Album gleich laut."
    document = Document(text=text, language="de", format="json")
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code("MT516")])
    found = [(text[f.start : f.end], f.confidence) for f in result.findings]
    assert [span for span, _ in found] == ["Album Gain"]
    assert all(confidence < 0.5 for _, confidence in found)
