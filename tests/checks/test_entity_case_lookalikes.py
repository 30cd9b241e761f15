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
        # Shrimps (the plural of "camarão"), not Cameroon: hunspell makes the form by an
        # affix rule, so bench/build_name_case.py asks hunspell, not the .dic stems.
        ("pt", "Na festa servimos camarões fritos com limão e pão caseiro."),
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


@pytest.mark.parametrize(
    "text",
    [
        # The common noun after a modifier, a noun or "of", or before a noun, while the text
        # capitalises the place elsewhere.
        "Sales to China grew this spring. The shop in Leeds sells fine bone china and cups.",
        "We flew to Turkey in April. At home we ate roast turkey with gravy.",
        "He moved to Jersey in June. The club gave him a new football jersey on Monday.",
        "The fair in Cologne was busy. She bought a bottle of cologne for her brother.",
        "We spent a week in Lima in March. The soup had lima beans and corn.",
        "The film was shot in Chile in spring. The stew uses green chile from the valley.",
    ],
)
def test_ambiguous_place_as_a_common_noun_stays_quiet(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales to China grew in May. Due to the lockdown china has closed its ports.", "china"),
        ("Sales to China grew in May. Trade with china fell in June.", "china"),
        ("Sales to China grew in May. Later china's ports closed.", "china"),
    ],
)
def test_ambiguous_place_in_a_name_position_is_flagged(text: str, expected: str) -> None:
    assert run(text) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A frequent adjective that opens or closes a multi-word name keeps its other forms.
        (
            "ru",
            "Мы были в Большой зал. Потом снова видели Большой зал снаружи, это имело большое"
            " значение.",
        ),
        (
            "pl",
            "Wczoraj w Teatrze Wielkim grano operę. Jutro w Teatrze Wielkim zagrają balet. To był"
            " wielki wieczór.",
        ),
    ],
)
def test_common_adjective_of_a_name_stays_quiet(language: str, text: str) -> None:
    assert run(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Вчера Коржавин выступил в суде. Сегодня Коржавин снова молчал. Адвокат коржавина"
            " ушёл.",
            "коржавина",
        ),
        (
            "pl",
            "Wczoraj Wrzosecki mówił długo. Potem Wrzosecki wyszedł. Zwolennicy wrzoseckiego"
            " czekali.",
            "wrzoseckiego",
        ),
    ],
)
def test_case_form_of_a_surname_is_still_flagged(language: str, text: str, expected: str) -> None:
    assert run(text, language) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A clause, not a noun phrase, holds the organisation noun.
        "Patients were given dormavistat, a drug the company made for rare diseases.",
        "The firm bought qelvora, an app that the company had built for banks.",
    ],
)
def test_company_noun_inside_a_clause_is_no_appositive(text: str) -> None:
    assert run(text, code="MT324") == []


@pytest.mark.parametrize(
    "text",
    [
        "In the race for governor Republicans hold a narrow lead.",
        "In the vote for mayor Canadians were split.",
    ],
)
def test_title_before_a_party_or_people_stays_quiet(text: str) -> None:
    assert run(text, code="MT323") == []


def test_title_before_a_surname_in_s_is_still_flagged() -> None:
    text = "At the reception, governor Jones thanked the staff."
    assert run(text, code="MT323") == ["governor"]


def test_ambiguous_place_after_a_year_is_flagged() -> None:
    text = "Exports to China fell for two years. At the end of 2023 china reopen its ports."
    assert run(text) == ["china"]
