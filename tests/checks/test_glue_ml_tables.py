"""MT101 from each language's glue tables (session 14): German genitive articles, possessives
and prepositions glued to a noun ("Urheberdes"), Swedish "eller", Slovak given Czech's tiers
(a common word glued to a known word or an unknown name, never a surname or a compound
adjective's linking vowel), Portuguese a function word after a little-known name. Sentences are
invented; the look-alikes are real words of the same shape that stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code


def run(text: str, language: str) -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code("MT101")])
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Gutachter wollten sich über die Verfasserdes Berichts nicht äußern.",
            "Die Gutachter wollten sich über die Verfasser des Berichts nicht äußern.",
        ),
        (
            "de",
            "Wir fuhren am Abend zum Bahnhofohne Gepäck zurück.",
            "Wir fuhren am Abend zum Bahnhof ohne Gepäck zurück.",
        ),
        (
            "de",
            "Sie lobte die Arbeiteines Kollegen aus dem Vorstand.",
            "Sie lobte die Arbeit eines Kollegen aus dem Vorstand.",
        ),
        (
            "sv",
            "Priserna var högre i Norgeeller Danmark förra året.",
            "Priserna var högre i Norge eller Danmark förra året.",
        ),
        (
            "pt",
            "O avançado Dioufque marcou dois golos foi substituído.",
            "O avançado Diouf que marcou dois golos foi substituído.",
        ),
        (
            "sk",
            "Na konci Druhejsvetovej vojny sa vrátil domov.",
            "Na konci Druhej svetovej vojny sa vrátil domov.",
        ),
    ],
)
def test_glued_word_found_with_the_fix(language: str, text: str, expected: str) -> None:
    findings = run(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Genitives and compounds that end in a glue word's letters are one word.
        ("de", "Die Grenzen des Bundeslandes und des Nachbarlandes wurden neu gezogen."),
        ("de", "Der Sohn des Freundes kam mit dem Hund des Nachbarn darüber hinaus."),
        ("de", "Er fuhr hinunter, gegenüber stand die Seine; trotzdem blieb er."),
        ("sv", "Bröderna Keller och Heller bodde i Umeå."),
        # A Slovak surname, a compound adjective with its linking vowel.
        ("sk", "Ministerka Kováčová hovorila o zahraničnopolitických otázkach."),
        ("sk", "Na stretnutí bol aj Peter Novákovský so svojou ženou."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert not run(text, language)


def run_camel(text: str, language: str) -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code("MT102")])
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Languages with no resources/lang table read their typography table's glue words.
        ("cs", "Jednání proběhlo vPraze v pondělí.", "Jednání proběhlo v Praze v pondělí."),
        (
            "sk",
            "Delegácia pricestovala naSlovensko vo štvrtok.",
            "Delegácia pricestovala na Slovensko vo štvrtok.",
        ),
        (
            "ro",
            "Întâlnirea a avut loc laBucurești luni.",
            "Întâlnirea a avut loc la București luni.",
        ),
    ],
)
def test_camel_glue_without_a_language_table(language: str, text: str, expected: str) -> None:
    findings = run_camel(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Koupil si iPhone na eBay a MacBook v obchodě."),
        ("sk", "Objednal si to cez eBay, platil cez PayPal a čítal na iPade."),
        ("ro", "A cumpărat un iPhone de pe eBay și un MacBook."),
    ],
)
def test_camel_brands_stay_quiet(language: str, text: str) -> None:
    assert not run_camel(text, language)


def run_letter(text: str, language: str) -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code("MT115")])
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # trailing_glue_letters read from the typography table of a language with no
        # resources/lang table.
        ("cs", "Delegace přijela z Polskav pondělí.", "Delegace přijela z Polska v pondělí."),
        ("sk", "Delegácia prišla z Poľskav pondelok.", "Delegácia prišla z Poľska v pondelok."),
    ],
)
def test_letter_glue_without_a_language_table(language: str, text: str, expected: str) -> None:
    findings = run_letter(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The genitive in "-a" of a name no word list holds, the name standing alone too: "a"
        # is no trailing glue letter in Czech or Slovak.
        ("sk", "Syntax Pythona je jednoduchá; Python je populárny."),
        ("cs", "Slova ministra Rustema Umjerowa citoval list; Umjerow to potvrdil."),
    ],
)
def test_genitive_in_a_stays_whole(language: str, text: str) -> None:
    assert not run_letter(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # An inflected adjective never starts a compound (glue_adjective_endings).
        (
            "sv",
            "Frågan togs upp av Ryskafederationen i går.",
            "Frågan togs upp av Ryska federationen i går.",
        ),
        (
            "de",
            "Gestern sprach die Europäischekommission über den Haushalt.",
            "Gestern sprach die Europäische Kommission über den Haushalt.",
        ),
        (
            "nl",
            "Gisteren sprak de Duitsekanselier met de pers.",
            "Gisteren sprak de Duitse kanselier met de pers.",
        ),
    ],
)
def test_adjective_glued_in_a_compounding_language(language: str, text: str, expected: str) -> None:
    findings = run(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Compounds whose first part ends in the same letters as a noun or adverb does.
        ("de", "Im Fischerdorf lagen die Zwischenergebnisse und die Nischenprodukte aus."),
        ("nl", "De Analysemethode en het Synthesegas werden in de Kaaswinkel besproken."),
        ("sv", "Människorättsfrågor och Fiskaffären i Väskaffären diskuterades."),
        # A noun whose one-letter stem ends like an adjective ("f|iske", fishing), anywhere.
        ("da", "Fiskeeksporten steg i fjor, og fiskeindustrien i Esbjerg ansætter flere folk."),
        ("da", "Fiskeopdrættet i fjordene er vokset, siger ministeren."),
        ("da", "Avisen skrev om Fiskeeksporten og om havnen."),
        # A language name starting a compound at a sentence's start, where the capital is
        # no evidence of a name.
        ("sv", "Svenskaundervisningen för nyanlända ska förbättras, säger ministern."),
        ("sv", "Han kom i går. Engelskalärarna i skolan strejkar nu."),
    ],
)
def test_compounds_ending_like_adjectives_stay_quiet(language: str, text: str) -> None:
    assert not run(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Mid-sentence, the capital still says a name ("Ryska federationen"); a longer stem
        # still says an adjective.
        (
            "da",
            "Aftalen blev underskrevet af Europæiskeunion i går.",
            "Aftalen blev underskrevet af Europæiske union i går.",
        ),
        (
            "sv",
            "Beslutet fattades av Svenskaakademien i går.",
            "Beslutet fattades av Svenska akademien i går.",
        ),
    ],
)
def test_adjective_glued_mid_sentence_still_found(language: str, text: str, expected: str) -> None:
    findings = run(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected
