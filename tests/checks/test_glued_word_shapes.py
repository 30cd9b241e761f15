"""Glued words that a name's shape gives away (issues 11 and 12): a surname ending ("-ov",
"-enko", "-escu", Turkish "-sı") with a word run on after it, a finite verb glued to a name in a
compounding language, a known place or a name particle glued to the name after it (MT102), a
known organisation's acronym glued to a name standing alone elsewhere (MT108). Every sentence
is invented; each mechanism has look-alikes that stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code

_CODES = ("MT101", "MT102", "MT108")


def run(text: str, language: str = "en") -> list:
    document = Document(text=text, language=language)
    rules = [rule_by_code(code) for code in _CODES]
    result = check_document(document, Config(), rules=rules)
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A surname ending, then a glue word or a common verb (English).
        (
            "en",
            "Deputy Minister Pavel Drobotovand his team left.",
            "Deputy Minister Pavel Drobotov and his team left.",
        ),
        (
            "en",
            "Envoy Arman Kusayevreceived the letter on Friday.",
            "Envoy Arman Kusayev received the letter on Friday.",
        ),
        (
            "en",
            "According to Mr. Hrytsenkothe plan failed.",
            "According to Mr. Hrytsenko the plan failed.",
        ),
        ("en", "Senator Vardanyanwho chairs it spoke.", "Senator Vardanyan who chairs it spoke."),
        # Romanian: a surname in "-escu" with a clitic glued on.
        ("ro", "Andrei Voinescunu a răspuns.", "Andrei Voinescu nu a răspuns."),
        # Turkish: a closed compound ("… Bankası") with the next word glued on.
        (
            "tr",
            "Kalkınma Bankasıyaptığı açıklamada bunu söyledi.",
            "Kalkınma Bankası yaptığı açıklamada bunu söyledi.",
        ),
        # Dutch and Swedish: a finite verb never ends a compound noun.
        (
            "nl",
            "De Tweede Kamerpresenteerden gisteren het plan.",
            "De Tweede Kamer presenteerden gisteren het plan.",
        ),
        (
            "sv",
            "Enligt Expressenhittades bilen i går.",
            "Enligt Expressen hittades bilen i går.",
        ),
    ],
)
def test_shape_gives_the_glue_away(language: str, text: str, expected: str) -> None:
    findings = run(text, language)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders of FranceEmmanuel Macron met.",
            "The leaders of France Emmanuel Macron met.",
        ),
        (
            "He met the president of PolandAndrzej Duda. Andrzej smiled.",
            "He met the president of Poland Andrzej Duda. Andrzej smiled.",
        ),
        ("They reached the Clinica delSur at noon.", "They reached the Clinica del Sur at noon."),
        ("The mayor deMadrid spoke.", "The mayor de Madrid spoke."),
        ("They met at the Banco doBrasil branch.", "They met at the Banco do Brasil branch."),
        (
            "The talks with PresidentIlham Aliyev ended.",
            "The talks with President Ilham Aliyev ended.",
        ),
        (
            "He met the SerbianForeign Minister in Oslo.",
            "He met the Serbian Foreign Minister in Oslo.",
        ),
        (
            "Foreign Minister PetarKovacev spoke. Kovacev later left.",
            "Foreign Minister Petar Kovacev spoke. Kovacev later left.",
        ),
        (
            "The talks ended without a dealThe envoy left.",
            "The talks ended without a deal. The envoy left.",
        ),
        (
            "The EUBorrell letter came. Borrell signed it.",
            "The EU Borrell letter came. Borrell signed it.",
        ),
    ],
)
def test_name_glued_at_a_capital(text: str, expected: str) -> None:
    findings = run(text)
    assert len(findings) == 1, findings
    assert apply_edits(text, findings[0].fixes[0].edits) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Names and words that end in a surname ending and go on.
        ("en", "Tchaikovsky and Romanovsky played in Kievan Rus near Ivanovo."),
        ("en", "Chekhovian and Dostoevskian prose pleased Kuznetsova and Ivanovich."),
        ("en", "Waterskiing drew Alaskans, Nebraskans and the Kovalevskys."),
        ("en", "The Lysenkoism debate reached Petrovskaya street and Romanovsk."),
        # The plural of a known word is no name + "is".
        ("en", "Kazakhstanis and Uzbekistanis voted."),
        # Brands, particles and acronyms written so on purpose.
        ("en", "He bought an iPhone on eBay, ate at McDonald's and met MacDonald and O'Neill."),
        ("en", "Jacob deGrom pitched; Neil deGrasse Tyson spoke on YouTube and PayPal."),
        ("en", "QatarEnergy signed with IndiaMart; the UNHabitat office and UNWomen staff."),
        ("en", "Call getElementById; see #RussiaVladimir and https://example.org/deMadrid."),
        ("en", "The UNGuterres hashtag trended."),
        # Identifiers whose parts are written in lower case too; a brand with a place.
        ("en", "A QuerySet is lazy. Set the filter, then set the order."),
        ("en", "IndianOil Corporation signed; the Petar Kovacev file."),
        ("en", "Set the loggedIn flag; the shareThis widget; call signIn and checkIn."),
        # Native words made with a prefix, Turkish case endings, compounds.
        ("ro", "Meciul din etapa a doua a Superligii s-a jucat la Constanța."),
        ("tr", "Kalkınma Bankasının ve Bankasıyla ilgili kararlar açıklandı."),
        ("nl", "De Rotterdamse havenbedrijven presenteerden gisteren hun cijfers."),
        ("sv", "Stockholmsregionen och Göteborgsområdet växer."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert run(text, language) == []
