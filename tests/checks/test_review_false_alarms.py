"""Known false alarms and a silenced leftover from session 18's review, mended in session 19
(h23tidy): each look-alike is invented, in the shape the reviewer probed, beside the shape the
rule must still find. Quotation marks of the Baltic languages: test_quote_tables_cldr.py."""

from __future__ import annotations

import pytest
from helpers import code_findings


def test_a_dotted_key_in_a_text_with_code_paths_is_no_initial():
    text = "See the class org.sample.Widget and the key X.Y.Config in the settings file."
    assert code_findings(text, "MT143") == []


@pytest.mark.parametrize(
    "text",
    [
        "The monument honours Admiral P.S.Nakhimov at the harbour.",
        # A lost sentence break ("minister.He") is no code path: the initials are still read.
        "It was built by the minister.He thanked Admiral P.S.Nakhimov at the harbour.",
    ],
)
def test_two_initials_glued_to_a_surname_are_still_found(text):
    assert [f.code for f in code_findings(text, "MT143")] == ["MT143"]


def test_a_greeting_slot_is_found_though_the_letter_says_enter_and_code():
    text = "Dear {name}, please enter your code to confirm the order."
    assert [f.code for f in code_findings(text, "MT603")] == ["MT603"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Use the {name} field and the {date} field in the form.", "en"),
        ("In Python, an f-string such as Hello, {name}! fills the slot when it runs.", "en"),
        ("Scrivi {name} nella prima riga della lettera e poi la data.", "it"),
        ("Dear {name}, the placeholder above is filled when the mail is sent.", "en"),
    ],
)
def test_a_line_that_explains_the_slot_stays_quiet(text, language):
    assert code_findings(text, "MT603", language) == []
