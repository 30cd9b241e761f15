"""MT109: a name's article split from the name by a space after its hyphen is found before a
comma too ("Mohamed El- Sayed, the spokesman"); a comma after the second half of other words
still reads as a list of halves. Invented sentences."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _spans(text: str, language: str = "en") -> list[str]:
    result = check_document(Document(text=text, language=language), Config(select=("MT109",)))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT109"]


def test_a_names_article_before_a_comma() -> None:
    assert _spans("The spokesman, Mohamed El- Sayed, said the talks went well.") == ["El- Sayed"]
    assert _spans("L’ambassadeur Karim Al- Masri, a expliqué que l’accord tient.", "fr") == [
        "Al- Masri"
    ]


def test_other_halves_before_a_comma_stay_quiet() -> None:
    assert not _spans("They sold over- priced, cheap goods.")
    # The article before a lower-case half is no name ("el- ement," is left as before).
    assert not _spans("The el- ement, of course, was missing.")
