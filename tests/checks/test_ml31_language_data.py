"""h31ml's mechanisms for MT into other languages, each read from language data and evidence
that is not a pool's words: a Romanian clitic that lost its hyphen before a participle (MT198),
a case language's noun left in the nominative after a preposition (MT528), forms wordfreq never
saw read as lost marks in the stretch of a text its own twins prove lossy (MT607). Invented
sentences: bad → fixed, look-alikes quiet."""

import json
from pathlib import Path

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits

LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"


def _found(text: str, language: str, code: str) -> list[str]:
    findings = check_text(text, language=language).findings
    return [text[f.start : f.end] for f in findings if f.code == code]


def _fixed(text: str, language: str, code: str) -> str:
    findings = [f for f in check_text(text, language=language).findings if f.code == code]
    return apply_edits(text, [edit for f in findings for edit in f.fixes[0].edits])


@pytest.mark.parametrize("key", ["unhyphened_clitics", "nominative_after_preposition"])
def test_every_language_table_has_the_key(key: str) -> None:
    for path in sorted(LANG.glob("*.json")):
        assert key in json.loads(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        (
            "Ieri, ministrul sa întâlnit cu primarul în capitală.",
            "Ieri, ministrul s-a întâlnit cu primarul în capitală.",
        ),
        (
            "Fratele lui ia convins pe toți să plece în oraș.",
            "Fratele lui i-a convins pe toți să plece în oraș.",
        ),
        (
            "Cei doi sau întâlnit din nou după zece ani, în București.",
            "Cei doi s-au întâlnit din nou după zece ani, în București.",
        ),
        ("Antrenorul ma ajutat mult în acest sezon.", "Antrenorul m-a ajutat mult în acest sezon."),
    ],
)
def test_romanian_clitic_without_its_hyphen_is_found_and_fixed(bad: str, fixed: str) -> None:
    assert _fixed(bad, "ro", "MT198") == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Fiica sa iubită ia parte la ședință în fiecare lună.",  # possessive, the verb "ia"
        "Omul a fost arestat sau reținut de poliție, după caz.",  # two coordinated participles
        "Echipa sa a câștigat, iar el ia decizia mâine.",
        "Dupa meci, antrenorul sa intalnit cu presa in oras.",  # a text without marks
        "Ministrul s-a întâlnit cu primarul, iar apoi i-a convins pe toți.",
    ],
)
def test_romanian_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "ro", "MT198") == []


def test_the_clitic_rule_serves_only_languages_with_a_table() -> None:
    assert _found("The minister sa met ia convins people.", "en", "MT198") == []


@pytest.mark.parametrize(
    ("bad", "fixed", "language"),
    [
        (
            "Статья рассказывает о история города и его жителей.",
            "Статья рассказывает о истории города и его жителей.",
            "ru",
        ),
        (
            "Переговоры между Россия и Китаем продолжатся завтра.",
            "Переговоры между Россией и Китаем продолжатся завтра.",
            "ru",
        ),
        (
            "Автор пише про історія міста та його мешканців.",
            "Автор пише про історію міста та його мешканців.",
            "uk",
        ),
        (
            "Rząd mówił o sytuacja na granicy przez cały dzień.",
            "Rząd mówił o sytuacji na granicy przez cały dzień.",
            "pl",
        ),
        (
            "Při situace na hranici vláda jednala rychle.",
            "Při situaci na hranici vláda jednala rychle.",
            "cs",
        ),
    ],
)
def test_nominative_after_a_preposition_is_found_and_fixed(
    bad: str, fixed: str, language: str
) -> None:
    assert _fixed(bad, language, "MT528") == fixed


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Это важно для развития страны и для здания школы.", "ru"),  # genitive of -ие nouns
        ("Мы долго ждали Василия у входа.", "ru"),  # genitive of a masculine -ий name
        ("История города началась задолго до революции.", "ru"),  # a nominative subject
        ("К сорока годам он стал директором.", "ru"),
        ("Депутаты говорили о война и мире весь вечер.", "ru"),  # "-а" is no table's ending
        ("Ніхто на Андрія не гнівався, навпаки.", "uk"),  # accusative of Андрій
        ("Sytuacja na granicy jest spokojna, a w sytuacji kryzysu rząd zareaguje.", "pl"),
        ("Ze situace na hranici vyplývá, že vláda jednala.", "cs"),  # genitive after "ze"
    ],
)
def test_case_look_alikes_stay_quiet(text: str, language: str) -> None:
    assert _found(text, language, "MT528") == []


def test_unseen_forms_are_lost_marks_beside_the_texts_own_proof() -> None:
    text = (
        "Filmul a apărut în 2001 și a rulat în zece țări. Debutul în teatru a venit în 1990. "
        "O descoperire in cariera artistica poate fi considerata semnarea in 1994 a unui "
        "contract."
    )
    found = _found(text, "ro", "MT607")
    assert "artistica" in found and "considerata" in found


def test_unseen_forms_stay_quiet_in_a_text_that_keeps_its_marks() -> None:
    text = (
        "Filmul a apărut în 2001 și a rulat în zece țări. Debutul în teatru a venit în 1990. "
        "O descoperire în cariera artistica poate fi considerata semnarea în 1994 a unui "
        "contract."
    )
    assert _found(text, "ro", "MT607") == []


def test_unseen_forms_far_from_the_proof_stay_quiet() -> None:
    far = " ".join(["Debutul în teatru a venit în 1990, după ani de muncă."] * 6)
    text = (
        "Filmul a apărut în 2001 și a rulat în zece țări, iar in 2003 a primit un premiu. "
        + far
        + " Cariera artistica a fost considerata un succes."
    )
    found = _found(text, "ro", "MT607")
    assert "in" in found and "artistica" not in found


@pytest.mark.parametrize(
    ("bad", "fixed", "language"),
    [
        (
            "Όπως είπε η κ. Wallstrφm, η συμφωνία πρέπει να τεθεί σε ισχύ.",
            "Όπως είπε η κ. Wallström, η συμφωνία πρέπει να τεθεί σε ισχύ.",
            "el",
        ),
        ("Министр Mьller прибыл в Москву вчера.", "Министр Müller прибыл в Москву вчера.", "ru"),
    ],
)
def test_a_latin_name_read_through_the_home_code_page_is_one_finding(
    bad: str, fixed: str, language: str
) -> None:
    findings = [f for f in check_text(bad, language=language).findings if f.code == "MT501"]
    assert len(findings) == 1
    assert _fixed(bad, language, "MT501") == fixed


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Президент Рutin прибыл в Москву.", "ru", "utin"),  # a look-alike letter: swapped
        ("Το όνομα παραφράστηκε από Guidoσε Βίδο.", "el", "Guido"),  # glued to a Greek word
    ],
)
def test_look_alikes_and_glue_are_no_code_page_misreading(
    text: str, language: str, span: str
) -> None:
    assert _found(text, language, "MT501") == [span]
