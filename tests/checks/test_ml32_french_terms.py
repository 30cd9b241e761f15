"""MT205 in French: a short term in straight quotes in a noun's place beside « » speech is the
language's own distancing quote; speech typed straight is still read (invented sentences)."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def _marks(text: str) -> list[int]:
    document = Document(text=text, language="fr")
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code("MT205")])
    return [f.start for f in result.findings if text[f.start] == '"']


def test_a_term_after_a_preposition_or_an_article_is_quiet() -> None:
    text = 'On parle souvent de "retour aux sources". « Nous partons demain », dit-il.'
    assert _marks(text) == []
    text = 'Le "bouclier tarifaire" a coûté cher. « Il fallait le faire », répond-elle.'
    assert _marks(text) == []


def test_speech_or_a_sentence_in_straight_quotes_is_still_read() -> None:
    text = '« Nous partons », dit-il. Puis il a ajouté "Paul, enfin" devant tous.'
    assert len(_marks(text)) == 2
    text = '« Oui », dit-il, puis "non".'
    assert len(_marks(text)) == 2


def test_a_long_phrase_after_a_preposition_is_no_term() -> None:
    text = 'Il parlait de "la fin de tout ce que nous aimions" hier. « Bon », dit-elle.'
    assert len(_marks(text)) == 2
