"""Quotation marks standing for apostrophes and for each other, lost speech marks and dot runs
(MT223–MT227), and MT110's spaced and turned marks at a line end. Invented sentences."""

from __future__ import annotations

from helpers import code_findings as _findings
from helpers import code_fixed as _fixed
from mtlint.checks.model import Applicability


def test_apostrophe_mark_follows_the_document() -> None:
    text = "The mayor's plan and the city‘s budget were approved."
    assert _fixed(text, "MT223") == "The mayor's plan and the city's budget were approved."


def test_apostrophe_mark_leaves_quotations_and_other_languages() -> None:
    assert not _findings("He said ‘so’ and the Shi‘a clerics met.", "MT223")
    assert not _findings("Il a visité l‘État voisin.", "MT223", "fr")


def test_spaced_apostrophe_needs_n_before_t() -> None:
    assert _fixed("They can' t come.", "MT224") == "They can't come."
    assert not _findings("The workers' t-shirts were red.", "MT224")


def test_doubled_straight_marks_need_a_pair_in_their_line() -> None:
    assert not _findings("The value is x = '' here.\nHe wrote ''words that end", "MT225")
    assert _fixed("A ``new era'' began.", "MT225") == "A “new era” began."
    assert _fixed('He said "yes" to the ‘‘new era’’.', "MT225") == 'He said "yes" to the "new era".'


def test_dot_runs_leave_leaders_endings_and_spaced_ellipses() -> None:
    assert not _findings("Contents ........ 5\nHe waited.... Then he left.", "MT226")
    assert not _findings("He paused . . . and left.", "MT226")
    assert _fixed("Prices rose.... sharply.", "MT226") == "Prices rose… sharply."


def test_lost_speech_marks_need_first_person_and_no_marks_in_the_line() -> None:
    assert _fixed("We will rebuild the bridge, the mayor said.", "MT227") == (
        "“We will rebuild the bridge,” the mayor said."
    )
    assert not _findings("The bridge will be rebuilt, the mayor said.", "MT227")
    assert not _findings("“We will rebuild it,” he said. We will see, he added.", "MT227")
    assert not _findings("He said that we will rebuild it, the aide added.", "MT227")


def test_turned_closing_mark_spaced_at_a_line_end() -> None:
    assert _fixed("“We will not give up. “", "MT110") == "“We will not give up.”"
    assert _fixed('"Grow it, "- said the mayor.', "MT110") == '"Grow it," - said the mayor.'


def test_full_stop_before_attribution_leaves_abbreviations_and_other_marks() -> None:
    assert _fixed('"We will stay.", the mayor said.', "MT228") == '"We will stay," the mayor said.'
    assert not _findings('"It went well in the U.S.", he said.', "MT228")
    assert not _findings("“It must end.” leave the rest, he said.", "MT228")


# The reviewer's reproductions: an elided word or a possessive beside a doubled mark, an ayn.
def test_doubled_mark_leaves_elided_words_after_an_opening_mark() -> None:
    assert not _findings("She sang ‘’Tis the Season’ at the party.", "MT225")
    assert not _findings("He read ‘’Twas the night’ and ‘’em all’ aloud.", "MT225")
    assert _findings("They opened the ‘‘Open Door’’ week.", "MT225")
    # Two opening marks before a word that can be elided are still a doubled mark.
    assert len(_findings("They played ‘‘Round the Clock’’ twice.", "MT225")) == 2


def test_doubled_closing_mark_leaves_apostrophe_then_single_close() -> None:
    assert not _findings("a song called ‘good old rock ’n’’ by them", "MT225")
    assert not _findings("‘In praise of the workers’’ was sung", "MT225")
    # Without a single opening mark before it the pair still stands for one double mark.
    assert _findings("It was the workers’’ day.", "MT225")


def test_doubled_mark_fix_is_safe_only_when_both_sides_are_doubled() -> None:
    both = _findings("They opened the ‘‘Open Door’’ week.", "MT225")
    assert [f.fixes[0].applicability for f in both] == [Applicability.SAFE] * 2
    one = _findings("He called it ‘‘the plan’ again.", "MT225")
    assert [f.fixes[0].applicability for f in one] == [Applicability.UNSAFE]


def test_apostrophe_mark_leaves_ayn_in_a_capitalised_name() -> None:
    assert not _findings("Sa‘d Hariri met them in Ra‘d.", "MT223")
    assert _fixed("I‘m sure He‘d say Trump‘s plan works.", "MT223") == (
        "I’m sure He’d say Trump’s plan works."
    )
