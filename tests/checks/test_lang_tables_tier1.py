"""Language tables for cs, sv, ro (issue 12's tier-1 languages that ran on the default table) and
the gaps filled in pl, tr, uk (bench/build_lang_tables.py). Mechanisms that now fire, and native
look-alikes that stay quiet. Every sentence is made up."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.glue_boundary import compound_adjective
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.language import stop_word_languages
from mtlint.checks.registry import all_rules

NEW = ("cs", "sv", "ro")


def codes(text: str, language: str, bar: float = 0.2) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=bar))
    return [f.code for f in result.findings]


def raw_table(code: str) -> dict:
    path = resources.files("mtlint.resources") / "lang" / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", NEW)
def test_new_tables_have_every_key_of_the_polish_one(code):
    assert code in available_languages()
    missing = set(raw_table("pl")) - set(raw_table(code))
    assert not missing, f"{code} lacks {sorted(missing)}"
    data = load_language_data(code)
    assert data.abbreviations and data.function_words and data.sentence_starters
    assert data.word_set("relative_pronouns") and data.word_set("calendar_words")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("cs", {"který", "že", "když"}),
        ("sv", {"som", "och", "att"}),
        ("ro", {"care", "și", "că"}),
    ],
)
def test_stop_words_name_the_language(code, words):
    for word in words:
        assert code in stop_word_languages(word)


@pytest.mark.parametrize(
    ("code", "abbreviations"),
    [
        ("cs", {"např", "tzv", "hl", "ul", "str"}),
        ("sv", {"t.ex", "bl.a", "s.k", "nr", "kl"}),
        ("ro", {"d-l", "dna", "nr", "str"}),
        ("pl", {"ul", "woj", "np", "tzw", "m.in", "nr", "str"}),
        ("uk", {"вул", "коп", "див"}),
    ],
)
def test_abbreviations_of_the_brief(code, abbreviations):
    assert abbreviations <= load_language_data(code).abbreviations


# A lower-case word after an abbreviation's full stop is normal: no sentence start lost.
AFTER_ABBREVIATIONS = [
    ("cs", "Sídlo firmy je v ul. Národní v hl. m. Praze, viz str. dvanáct, tzv. nová budova."),
    (
        "sv",
        "Det gäller t.ex. skolor och bl.a. sjukhus, s.k. trygghetsboenden, kl. tio i sal nr. 4.",
    ),
    ("ro", "D-l Popescu a vorbit cu dna. Ionescu despre nr. 12 de pe str. Mihai Eminescu."),
    (
        "pl",
        "Spotkanie odbyło się przy ul. Polnej w woj. mazowieckim, m.in. z tzw. ekspertami.",
    ),
    ("uk", "Ціна — 50 грн 20 коп. за кілограм, див. ст. 5, на вул. Садовій."),
]


@pytest.mark.parametrize(("code", "text"), AFTER_ABBREVIATIONS)
def test_lower_case_after_an_abbreviation_stays_quiet(code, text):
    assert codes(text, code) == []


# Quotes, dashes, compounds, inflected names and diacritics of each language.
LOOK_ALIKES = [
    (
        "cs",
        "„Souhlasíme,“ řekla Nováková. Novákova vláda – stejně jako Novákovi – souhlasí.",
    ),
    ("cs", "Prezident řekl, že Česká republika a Evropská unie musí spolupracovat s Pavlem."),
    ("sv", "Han sa: ”Det här är allvarligt” – och gick. Försvarsmaktens budget ökade i år."),
    ("sv", "Europeiska unionens ministrar och Riksdagens talman möttes i Bryssel i torsdags."),
    ("ro", "Ministrul a spus: „Situația este gravă”, iar țara așteaptă măsuri – și mai ales bani."),
    ("ro", "Întâlnirea de la Iași s-a încheiat, iar ședința următoare va fi în septembrie."),
    ("pl", "„To ważna decyzja” – powiedział Nowak. Spotkał się z Nowakową i z Kowalskim."),
]


@pytest.mark.parametrize(("code", "text"), LOOK_ALIKES)
def test_native_look_alikes_stay_quiet(code, text):
    assert codes(text, code) == []


# A quotation opened with the language's own mark and never closed: now read with its pairs.
@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("cs", "Řekla: „Situace je vážná a pak odešla ze sálu bez dalšího komentáře."),
        ("ro", "A spus: „Situația este gravă și apoi a plecat din sală fără alte comentarii."),
    ],
)
def test_unclosed_native_quotation_is_found(code, text):
    assert "MT203" in codes(text, code)


def test_straight_quote_closing_a_romanian_quotation_is_foreign():
    # „…" in a text that writes „…”: the straight mark is foreign (as in Polish and Czech).
    assert "MT205" in codes('Funcției „Suma" îi lipsesc argumentele.', "ro")
    assert codes('Ministrul a spus "da" și a plecat, iar colegii au spus "nu".', "ro") == []


def test_english_curly_quotation_in_romanian_is_foreign_not_unbalanced():
    # “…” in Romanian, as in Polish: the opening mark is foreign (MT205), and its closing ”
    # closes it (no MT203 "closing ” with no opening „", whose fix would delete the mark).
    for code, text in (
        ("ro", "Ministrul a declarat că “situația este stabilă” și a plecat."),
        ("pl", "Minister powiedział, że “sytuacja jest stabilna” i wyszedł."),
    ):
        found = codes(text, code)
        assert "MT205" in found and "MT203" not in found


def test_paragraph_cut_after_a_preposition_is_found_in_czech():
    text = (
        "Ministr v rozhovoru řekl, že plán bude hotový do\n\n"
        "konce roku a vláda jej pak předloží parlamentu ke schválení."
    )
    assert "MT985" in codes(text, "cs")


def test_ukrainian_compound_adjectives_are_one_word():
    assert compound_adjective("Біло", "блакитний", "uk")
    assert compound_adjective("Північно", "східний", "uk")


@pytest.mark.parametrize("code", ("cs", "sv", "ro", "uk"))
def test_function_word_capital_rule_serves_the_language(code):
    rule = next(r for r in all_rules() if r.code == "MT347")
    assert code in rule.languages
