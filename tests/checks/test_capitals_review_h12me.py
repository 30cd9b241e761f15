"""h12me: the review of h11caps (MT305, MT313, MT301). Names that are common words, verbs or
demonyms stay quiet; the shapes the rules target still fire. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def flagged(text: str, language: str, code: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [text[f.span.start : f.span.end].strip() for f in result.findings if f.code == code]


# Review item 1: "Said" is a surname and half of a port's name.
@pytest.mark.parametrize(
    "text",
    [
        "The critic Edward Said argued that the novel was political.",
        "The ship docked in Port Said yesterday and unloaded grain.",
        "The striker Mohamed Said scored twice on Sunday.",
        "The activist Khaled Said was killed in the old town.",
        # The pair written as a name elsewhere in the text.
        "The ship left Port Said. Officials in Port Said the next morning were calm.",
    ],
)
def test_said_in_a_name_stays_quiet(text: str) -> None:
    assert flagged(text, "en", "MT305") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister Maria Lopez Said that the plan would work.", "Said"),
        ("The mayor Ana Berg Said the roads were closed.", "Said"),
        ("The mayor Anna Berg Told reporters that the bridge is safe.", "Told"),
    ],
)
def test_verb_after_a_name_before_its_object_fires(text: str, word: str) -> None:
    assert flagged(text, "en", "MT305") == [word]


# Review item 2: surnames and first names that look like demonyms.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il premier australiano Albanese ha incontrato il presidente ieri."),
        ("it", "Il premio è andato a Danese per il miglior romanzo."),
        ("it", "Il ristorante di Catalano ha aperto in centro."),
        ("it", "Ieri ho incontrato Francesco al bar."),
        ("it", "Ieri ho incontrato Francesca al bar."),
        ("pt", "O treinador Romeno deixou o clube ontem."),
        ("pt", "O jogador Mongol marcou dois gols ontem."),
    ],
)
def test_demonym_surnames_stay_quiet(language: str, text: str) -> None:
    assert flagged(text, language, "MT313") == []


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("it", "Il governo Tedesco ha detto no alla proposta.", "Tedesco"),
        ("it", "La lingua Inglese è difficile da imparare.", "Inglese"),
        ("pt", "O governo Alemão anunciou ontem o plano.", "Alemão"),
        ("pt", "Eles falam em Persa todos os dias.", "Persa"),
    ],
)
def test_demonyms_still_fire(language: str, text: str, word: str) -> None:
    assert flagged(text, language, "MT313") == [word]


# Review item 3: first names, surnames and God after a preposition or a conjunction.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Il est venu avec Pierre hier soir. La pierre est lourde et la pierre du mur tombe.",
        ),
        ("it", "Ho cenato con Rosa ieri sera. La rosa è rossa e la rosa bianca è rara."),
        ("pt", "Jantei com Rosa ontem à noite. A rosa é vermelha e a rosa branca é rara."),
        ("es", "Fui al cine con Pilar anoche. El pilar del puente y el pilar central resisten."),
        (
            "fr",
            "Le maire a parlé, Pierre et Rose étaient là, et la rose et la rose du jardin "
            "fleurissaient.",
        ),
        ("it", "Il romanzo di Costa uscirà a marzo. La costa è lunga e la costa ligure è bella."),
        ("es", "La novela de Rosa sale en marzo. La rosa es roja y la rosa blanca es rara."),
        ("pt", "O livro de Rocha sai em março. A rocha é dura e a rocha negra é rara."),
        ("fr", "Le livre de Blanc sort en mars. Le blanc est pur et le blanc du mur brille."),
        (
            "pt",
            "Os fiéis rezavam a Deus todas as noites. Marte era o deus da guerra e Netuno o "
            "deus do mar.",
        ),
    ],
)
def test_names_after_a_preposition_stay_quiet(language: str, text: str) -> None:
    assert flagged(text, language, "MT305") == []


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        (
            "it",
            "Il sindaco disse che i Costi sono saliti, e i costi restano alti e i costi crescono.",
            "Costi",
        ),
        (
            "pt",
            "O prefeito disse que os Custos subiram, e os custos e os custos crescem.",
            "Custos",
        ),
        (
            "fr",
            "Le maire a dit que les Coûts ont augmenté, et les coûts et les coûts montent.",
            "Coûts",
        ),
    ],
)
def test_usage_capital_after_an_article_fires(language: str, text: str, word: str) -> None:
    assert flagged(text, language, "MT305") == [word]


# Review item 5: the Italian courtesy "La" of a letter.
def test_italian_courtesy_la_stays_quiet() -> None:
    text = (
        "Gentile cliente, La informiamo che il pacco è arrivato e La ringraziamo. La casa e la "
        "strada sono la nostra via."
    )
    assert flagged(text, "it", "MT301") == []


def test_italian_article_after_a_lost_stop_fires() -> None:
    assert flagged("Abbiamo visitato la strada La casa era vuota.", "it", "MT301") == ["La"]
