"""h19caps mends (review must-fix 1 and 2): MT305's capital after a semicolon skips the
semicolon of an HTML entity and colon-led inline lists whose every item is capitalised (the
first one too), and still reads a clause run on after a semicolon. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _mt305(text: str) -> list[str]:
    """MT305's words at any confidence (the doubtful tier too)."""
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    return [text[f.start : f.end] for f in result.findings if f.code == "MT305"]


@pytest.mark.parametrize(
    "text",
    [
        # An entity's semicolon, glued to the next sentence or spaced.
        "The museum reopened on Monday.&nbsp;The new wing holds the collection.",
        "The director said&nbsp;This is a great day for the whole town.",
        "The sign read &quot;Closed&quot;The shop opened again in May.",
        "The chef&#8217;s menu changed.&#8217;Some dishes were new that week.",
        "It was the end of the season.&#x2019;Many fans stayed at home.",
        "The team won the cup.&nbsp; The fans celebrated in the square all night.",
        "He wrote &quot; However, the board said no to the plan.",
    ],
)
def test_an_entity_semicolon_is_no_clause_break(text: str) -> None:
    assert _mt305(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Package contents: Two batteries; One charger; Three cables and a manual.",
        "Rules of the game: Each player draws a card; All cards are shown at the end; None "
        "may be kept by the dealer.",
        "Known issues: Some printers print blank pages; Many users report slow start-up; Both "
        "problems are fixed in version 2.",
        "Sources: The Guardian; The New York Times; In These Times; On Point radio.",
        "In the box: 2 batteries; One charger; Three cables.",
        "Notes: Salt &amp; pepper; Some herbs; Both oils are optional.",
    ],
)
def test_a_capitalised_inline_list_after_a_colon_stays_quiet(text: str) -> None:
    assert _mt305(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The clause run on after a semicolon (the rule's own shapes).
        ("The talks failed; However, the two sides will meet again.", ["However"]),
        ("One is to clear the paths;Two is to mend the fences in the village.", ["Two"]),
        ("The checks covered storage; From the boiler room to the roof, all was clean.", ["From"]),
        # A list whose first item is in lower case: the capitals after it are no house style.
        (
            "Ingredients: two eggs; One cup of flour; Some salt and a little butter.",
            ["One", "Some"],
        ),
        # An item after it in lower case: a clause run on, no list style.
        (
            "Rules: Each player draws a card; All cards are shown; the dealer keeps none.",
            ["All"],
        ),
        # The colon is in an earlier sentence.
        (
            "Note: the plan is old. The talks failed; However, the two sides will meet again.",
            ["However"],
        ),
        # A semicolon after an ampersand that names no entity.
        ("They sold the shop to R&D; However, the name stayed.", ["However"]),
    ],
)
def test_a_capital_after_a_semicolon_still_fires(text: str, words: list[str]) -> None:
    assert _mt305(text) == words
