"""A text that a lossy conversion marked (Hungarian "õ" for "ő", which Latin-1 lacks) lost marks
on its other words to the same step: MT607 reads a form wordfreq never saw as a lost mark there
(``conversion_letters`` in resources/diacritics/diacritics.json; h29ml, session 23). Invented
sentences."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _lost(text: str) -> dict[str, str]:
    result = check_text(text, language="hu", config=Config(min_confidence=0.5))
    return {
        text[f.start : f.end]: f.fixes[0].edits[0].replacement
        for f in result.findings
        if f.code == "MT607"
    }


def test_an_unseen_form_in_a_converted_text_lost_its_double_acute() -> None:
    text = "A bolt hétfõn zárva van.\nA vásárlók tetszoleges napon visszahozhatják az árut."
    assert _lost(text) == {"tetszoleges": "tetszőleges"}


def test_the_same_form_without_the_conversion_letter_stays_quiet() -> None:
    # No "õ" in the text: an unseen form is as often a rare inflection or a name.
    text = "A bolt hétfőn zárva van.\nA vásárlók tetszoleges napon visszahozhatják az árut."
    assert _lost(text) == {}


def test_an_unseen_word_with_no_everyday_twin_stays_quiet_in_a_converted_text() -> None:
    text = "A bolt hétfõn zárva van.\nA Kovácsék boltja Szentgyörgypusztán áll."
    assert _lost(text) == {}
