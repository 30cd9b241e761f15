"""French (and other Romance) glued words: an article or preposition glued to the noun after
it ("leministre", "desjournalistes"; leading_glue_words in resources/typography/fr.json), a
function word glued to a capitalised word with an accent ("auxÉtats-Unis", "laRépublique";
MT102), while elision, compounds and words that start like an article stay quiet. Invented
sentences in the shape of real machine-translated news."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def run(text: str, language: str = "fr") -> list:
    return list(check_document(Document(text=text, language=language), Config()).findings)


def fixed(text: str, language: str = "fr") -> str:
    edits = [f.fixes[0].edits[0] for f in run(text, language) if f.code in ("MT101", "MT102")]
    return apply_edits(text, edits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon leministre, la récolte sera bonne.",
            "Selon le ministre, la récolte sera bonne.",
        ),
        (
            "Il a rencontré desjournalistes venus de loin.",
            "Il a rencontré des journalistes venus de loin.",
        ),
        (
            "La délégation est partie auxÉtats-Unis lundi.",
            "La délégation est partie aux États-Unis lundi.",
        ),
        (
            "Lesdeux pays ont signé un accord. Nousavons tout lu.",
            "Les deux pays ont signé un accord. Nous avons tout lu.",
        ),
        (
            "Le président de laRépublique a signé le décret.",
            "Le président de la République a signé le décret.",
        ),
    ],
)
def test_french_glue_is_split(text: str, expected: str) -> None:
    assert fixed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Aujourd'hui, parce que le temps presse, lorsqu'il arrive, quelque chose change.",
        "Les pourparlers continuent auprès des habitants, dorénavant et davantage.",
        "Entre-temps, vis-à-vis du Saint-Siège, n'importe quel avis compte.",
        "Les questions auxquelles il répond, lesquelles sont lamentables, restent dedans.",
        "Il faut desserrer l'étau et desservir la ville, dit-il.",
        "Selon Desjardins, Lesage, Leblanc et Deschamps, le texte est clair.",
    ],
)
def test_french_look_alikes_stay_quiet(text: str) -> None:
    assert [f for f in run(text) if f.code in ("MT101", "MT102")] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Según elministro, la ley pasa.", "Según el ministro, la ley pasa."),
        ("es", "Nosotroshemos visto la casa.", "Nosotros hemos visto la casa."),
        ("it", "Ieri ladelegazione è partita.", "Ieri la delegazione è partita."),
        ("it", "Gliaccordi sono stati firmati.", "Gli accordi sono stati firmati."),
        ("pt", "Somos damesma opinião.", "Somos da mesma opinião."),
        ("ro", "El a sosit înorașul vechi.", "El a sosit în orașul vechi."),
    ],
)
def test_romance_glue_is_split(language: str, text: str, expected: str) -> None:
    assert fixed(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El parabrisas y el paramilitar llegaron para todos."),
        ("it", "Un fatto illegale e illimitato, disse la signora."),
        ("pt", "O asfalto e a ostentação do associado não mudam nada."),
    ],
)
def test_romance_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert [f for f in run(text, language) if f.code in ("MT101", "MT102")] == []
