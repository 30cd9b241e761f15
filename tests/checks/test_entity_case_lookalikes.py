"""Entity case rules stay quiet on ordinary words that look like names (review of h9case): the
gazetteer's events and companies that are also common nouns (MT303), a loanword in a
localised name list (MT303, Portuguese), generic nouns closing an appositive (MT324). Every
sentence is invented; each failed before its mend."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def run(text: str, language: str = "en", code: str = "MT303") -> list[str]:
    """The span of each finding."""
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return [text[f.start : f.end] for f in result.findings]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The SI unit of conductance is written in lower case.
        ("en", "The wire of the probe showed 2 siemens at a low temperature."),
        # The common noun, not the holiday.
        ("en", "The village held a feast of thanksgiving after the long harvest."),
        # An event's name used as a generic noun phrase after a determiner.
        ("en", "Every grand prix weekend opens with two practice sessions."),
        ("en", "Unlike a world cup, a local league has no qualifying rounds."),
        # A fashion loanword in Portuguese, not the island (resources/casing/names/pt_proper.txt).
        ("pt", "A saia é feita de malha jersey de algodão e custa pouco."),
    ],
)
def test_common_words_that_are_names_elsewhere_stay_quiet(language: str, text: str) -> None:
    assert run(text, language) == []


def test_event_name_without_a_determiner_is_still_flagged() -> None:
    text = "Fans watched the world cup final in the main square."
    assert run(text) == ["world cup"]


@pytest.mark.parametrize(
    "text",
    [
        "The amine was capped with fenzyl, a bulky protecting group, before the coupling.",
        "Loudness is given in zorl, a unit named after a Danish engineer.",
        "The menu came from quilbo, a regional restaurant chain, in spring.",
        "Sellers moved to trandex, an online platform for used books.",
    ],
)
def test_generic_nouns_do_not_make_an_appositive_a_company(text: str) -> None:
    assert run(text, code="MT324") == []


def test_company_appositive_is_still_flagged() -> None:
    text = "Work starts today, says zentravo, a logistics firm based in Lyon."
    assert run(text, code="MT324") == ["zentravo"]
