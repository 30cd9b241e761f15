"""A page that set a link's text on a line of its own cuts the sentence before a capital (MT985's
capital breaks, h29ml, session 23; checks/linkbreaks.py). Invented sentences and names.

- A single line break before a capitalised word, after a word that cannot end a sentence or
  leads into a link (``open_line_ends``, ``link_lead_words`` in resources/lang/*.json), on a
  line that is a paragraph: the break becomes a space.
- After an elided article (``clitics``: "l'"), the break goes without a space.
- A line that began mid-sentence carries the chain: its end before a full name is a break too.
- Quiet: a short line (a title, verse) before a capital, a paragraph that ends in a noun before a
  one-word line, and a line that began as a sentence."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits

# A paragraph-long opening (120 characters or more) in each language, ending in the word given.
_OPENING = {
    "fr": "Le conseil municipal a longuement débattu du budget de la ville pendant toute la "
    "séance de lundi soir, et le maire a répondu aux questions",
    "it": "Il consiglio comunale ha discusso a lungo il bilancio della città durante tutta la "
    "seduta di lunedì sera, e il sindaco ha risposto",
    "de": "Der Stadtrat hat den Haushalt der Stadt während der ganzen Sitzung am Montagabend "
    "lange beraten, und der Bürgermeister antwortete",
    "ro": "Consiliul local a dezbătut pe larg bugetul orașului în toată ședința de luni seara, "
    "iar primarul a răspuns la întrebările puse",
}


def _breaks(text: str, language: str) -> list:
    result = check_text(text, language=language, config=Config(min_confidence=0.5))
    return [f for f in result.findings if f.code == "MT985"]


def _joined(text: str, language: str) -> str:
    return apply_edits(text, [e for f in _breaks(text, language) for e in f.fixes[0].edits])


@pytest.mark.parametrize(
    ("language", "lead", "rest"),
    [
        ("fr", " de", "Jeanne Marchal sur les écoles du quartier."),
        ("it", " mentre", "Marco Ferri chiedeva nuove scuole per il quartiere."),
        ("de", " während", "Klara Mendt neue Schulen für das Viertel forderte."),
        ("ro", " de", "Ioana Marin despre școlile din cartier."),
    ],
)
def test_a_link_line_after_a_word_that_cannot_end_a_sentence_is_joined(
    language: str, lead: str, rest: str
) -> None:
    bad = f"{_OPENING[language]}{lead}\n{rest}"
    assert len(_breaks(bad, language)) == 1
    assert _joined(bad, language) == f"{_OPENING[language]}{lead} {rest}"
    assert _breaks(f"{_OPENING[language]}{lead} {rest}", language) == []


def test_an_elided_article_before_the_break_joins_without_a_space() -> None:
    bad = f"{_OPENING['fr']} que\nJeanne Marchal juge l'\nUE trop lente sur ce dossier."
    assert [f.confidence >= 0.5 for f in _breaks(bad, "fr")] == [True, True]
    assert _joined(bad, "fr") == (
        f"{_OPENING['fr']} que Jeanne Marchal juge l'UE trop lente sur ce dossier."
    )


def test_a_line_that_began_mid_sentence_carries_the_chain_to_a_full_name() -> None:
    bad = (
        f"{_OPENING['fr']}. Si\nJeanne Marchal approuve le plan, les adjoints\n"
        "Paul Girard et\nLouis Berthet refusent de le commenter."
    )
    assert len(_breaks(bad, "fr")) == 3
    assert _joined(bad, "fr") == (
        f"{_OPENING['fr']}. Si Jeanne Marchal approuve le plan, les adjoints Paul Girard et "
        "Louis Berthet refusent de le commenter."
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A title and a line of verse are short: a capital after them opens a line.
        ("Le marché de\nNoël ouvre ses portes lundi matin.", "fr"),
        ("Il vento soffia sulla pianura e\nLa notte scende sopra il mare", "it"),
        # A paragraph that ends with a noun, then a one-word line: page furniture, not a name.
        (f"{_OPENING['fr']} des habitants\nPublié hier", "fr"),
        # The line before is a whole sentence: the capital opens the next one.
        (f"{_OPENING['de']}.\nKlara Mendt forderte neue Schulen.", "de"),
        # A hard stop before a capitalised word that is not a name stays (one capital word).
        (f"{_OPENING['it']} alle domande dei cittadini\nPubblicato ieri", "it"),
        # A line that starts in lower case is an address, no sentence carried on.
        ("presse@ville-exemple.fr, mairie@ville-exemple.fr\nJeanne Marchal Adjointe", "fr"),
        ("Retrouvez-nous sur www.ville-exemple.fr\nJeanne Marchal vous accueille lundi.", "fr"),
    ],
)
def test_a_capital_after_a_title_verse_or_a_finished_line_stays_quiet(
    text: str, language: str
) -> None:
    assert _breaks(text, language) == []
