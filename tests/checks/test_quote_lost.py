"""Lost speech marks (MT227) and a full stop before the attribution (MT228): the reviewer's
reproductions of session 8 and ordinary news sentences with reported speech that must stay
quiet. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def _findings(text: str, *codes: str) -> list:
    result = check_document(Document(text=text, language="en"), Config(select=codes))
    return [f for f in result.findings if f.code in codes]


def _fixed(text: str, code: str) -> str:
    found = _findings(text, code)
    assert found, f"{code} found nothing in {text!r}"
    return apply_edits(text, [edit for f in found for edit in f.fixes[0].edits])


def test_a_title_before_a_name_starts_no_sentence() -> None:
    # "Mr." ends no sentence: the speech starts at "Mr.", not at "Smith".
    text = "Prices rose again. Mr. Smith and I will not wait any longer, the aide said."
    assert _fixed(text, "MT227") == (
        "Prices rose again. “Mr. Smith and I will not wait any longer,” the aide said."
    )
    assert _fixed("Then Dr. Brown and we will not wait, said the aide.", "MT227") == (
        "“Then Dr. Brown and we will not wait,” said the aide."
    )


@pytest.mark.parametrize(
    "text",
    [
        # An adverbial clause is no speech: the attribution is the sentence's main clause.
        "As we reported on Monday, the company said it would cut 500 jobs.",
        "According to our sources in the ministry, officials said talks had stalled.",
        "According to our sources in the ministry, the officials said talks had stalled.",
        "When we arrived at the border, the guards said nothing.",
        "After we left the hotel, the manager told the police.",
        # The verb goes on with its own clause or object: reported speech, not an attribution.
        "Our plant in Ohio is closing too, the company said it would tell the staff.",
        "We had seen the report, the guards said nothing about it.",
        "You must leave now, the manager told the police it was time.",
    ],
)
def test_a_main_clause_after_an_adverbial_clause_is_no_attribution(text: str) -> None:
    assert not _findings(text, "MT227")


def test_lost_marks_still_found_around_the_new_limits() -> None:
    # A conditional inside the speech keeps its main clause: still speech.
    assert _findings("If we lose, we will go home, the coach said.", "MT227")
    # An attribution may go on with an object of "told" and a phrase of time or place.
    assert _findings("We will not give up, the mayor told reporters on Monday.", "MT227")
    assert _findings("We will not give up, the mayor said in a statement.", "MT227")
    assert _findings("We will not give up, said the mayor of the town.", "MT227")
    assert _findings("We will not give up, the agency quoted him as saying.", "MT227")
    assert _findings("We will not give up, the paper said, citing the mayor.", "MT227")
    assert _findings("Our aim is peace, the minister stressed again.", "MT227")
    assert _findings("We will not sign it, he said, referring to the new treaty.", "MT227")


def test_full_stop_before_attribution_leaves_an_ellipsis() -> None:
    assert not _findings('"We will see...", he said.', "MT228")
    assert not _findings("“We will see…”, he said.", "MT228")
    assert _fixed('"We won by 2.", he said.', "MT228") == '"We won by 2," he said.'
    assert _fixed('"We will see.", he said.', "MT228") == '"We will see," he said.'


# Well-edited news with reported speech: indirect speech, "said" + a clause, "told" + an object,
# quotations with their marks. None is direct speech that lost its marks.
NEWS = [
    "The minister said on Tuesday that we should expect higher prices next year.",
    "Our correspondent in Rome said the talks would resume next week.",
    "“We are ready,” the coach said. “Our players know what to do.”",
    "As I wrote last week, the government told parliament it had no plan.",
    "Speaking to our reporter in Berlin, the chancellor said she would stay.",
    "Before we went to print, the ministry said it had opened an inquiry.",
    "In a statement to our newspaper, the airline said flights would resume on Friday.",
    "Since we last reported on the case, the court has said little.",
    "Asked whether we could see the documents, the mayor said no.",
    "While our reporter waited outside, the police told the crowd to go home.",
    "Once we had our tickets, the guide told us the museum was closed.",
    "Because our figures were wrong, the bank said, the forecast was changed.",
    "During our visit, the soldiers said they had not been paid for months.",
    "Despite our requests, the company told us nothing.",
    "Like many of our readers, the residents said they were worried.",
    '"You can still vote," he said, adding that polls close at eight.',
    "Until we hear from the court, the lawyers said, the sale cannot go ahead.",
]


@pytest.mark.parametrize("text", NEWS)
def test_reported_speech_in_news_stays_quiet(text: str) -> None:
    assert not _findings(text, "MT227", "MT228")


@pytest.mark.parametrize(
    "text",
    [
        "For us, as readers know, the council told residents.",
        "In our view, as you know, the board said.",
        "Because we need the money, the council told residents on Monday.",
    ],
)
def test_adverbials_alone_before_the_attribution_are_the_reporters(text: str) -> None:
    assert not _findings(text, "MT227")


@pytest.mark.parametrize(
    "text",
    [
        "When we win we celebrate, the coach said.",
        "If you want peace you prepare for it, the general said.",
        "For us, this is a victory, the coach said.",
        "For our people the war is over, the minister said.",
    ],
)
def test_speech_opening_with_a_subordinator_or_a_preposition_is_found(text: str) -> None:
    assert _findings(text, "MT227")
