"""MT203 on a segment cut from a longer text (a translation-memory sentence, an excerpt): its
first sentence may close a quotation opened before it, a speech tag after the closing mark.
Invented sentences; a closing mark with no speech tag, or after another sentence, is still
reported."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def run(text: str, language: str) -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code("MT203")])
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Liczymy, że rozmowy zakończą się w marcu”, powiedział wczoraj rzecznik."),
        ("cs", 'Na tom pracujeme společně s kraji a obcemi," uvedl ministr v rozhovoru.'),
        ("de", "Wir rechnen mit einer Einigung im März“, sagte der Sprecher."),
    ],
)
def test_segment_closing_a_quotation_opened_before_it(language: str, text: str) -> None:
    assert not run(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # No speech tag after the mark.
        ("pl", "Liczymy, że rozmowy zakończą się w marcu”. Potem wyszedł."),
        # Not the text's first sentence.
        ("pl", "Rzecznik mówił długo. Liczymy na marzec”, powiedział wczoraj."),
        # Another quotation mark before it.
        ("cs", 'Řekl "ano" a pak dodal: na tom pracujeme," uvedl ministr.'),
    ],
)
def test_unopened_closing_mark_still_reported(language: str, text: str) -> None:
    assert run(text, language)


def test_stray_mark_after_a_comma_without_a_speech_tag() -> None:
    # A mark inserted after a comma, no verb of saying after it: a stray mark, not a segment.
    assert run('The shop offers bread," cheese and wine to its guests every day.', "en")
