"""Guards against wrong findings read on the calibration sets (h22prec, issue 11): invented
look-alikes of each wrong shape stay quiet, and the shape each rule is for is still found."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    # MT304 after a full stop spans the stop too (". last"): the word is what is asked about.
    spans = [text[f.start : f.end] for f in result.findings if f.code == code]
    return [span.lstrip(". ") for span in spans] if code == "MT304" else spans


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A degree after a name's comma, no initial glued to a surname (MT143).
        ("The dean, Dr. Hartono, M.Kes opened the forum on Monday.", "MT143"),
        ("The report was written by Anna Wibowo, M.Hum and her team.", "MT143"),
        # A given name after a title's abbreviation, read as a name, not a sentence start.
        ("Drs. Gardan Mulyono, M.A., opened the seminar on Monday.", "MT980"),
        # A source term glossed in brackets, no stop word of English inside (MT980).
        ("Residents were told to go to a safer place (nigeru koto) at once.", "MT980"),
        # An administrative unit's abbreviation: its full stop ends no sentence (MT304).
        ("We visited the old shrine in Nagano Pref. last spring with friends.", "MT304"),
        ("The dam in Sichuan Prov. was built in 1990 by the firm.", "MT304"),
        # A lower-case line after a line ending in a colon, semicolon or comma goes on with it.
        (
            "The office authorised the district council:\nto coordinate the works on the canal.",
            "MT304",
        ),
        ("Choose what applies:\n\ngender;\n\nage;\n\nreligion or belief", "MT304"),
    ],
)
def test_look_alikes_stay_quiet(text: str, code: str) -> None:
    assert _found(text, code) == []


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("The talks were led by A.Petrova on Monday.", "MT143", ".P"),
        ("The talks ended. Minisyer Kalinowsky met the delegation.", "MT980", "Minisyer"),
        ("The talks (see the depatment notes) went on.", "MT980", "depatment"),
        ("He left the old house. last week he came back to it.", "MT304", "last"),
        ("The vote was held.\nthe result came in the evening after the count.", "MT304", "the"),
        # An aside of English words in brackets is no gloss: its slips are found (review h22prec).
        ("The new bridge (approximatly two kilometres) opened last week.", "MT980", "approximatly"),
        ("Officials said the plan (recieved late) would be reviewed.", "MT980", "recieved"),
        ("The new bridge (recieved) opened to traffic last week.", "MT980", "recieved"),
        # A comma before a blank line ends a salutation; the paragraph after is a sentence's.
        ("Dear colleagues,\n\nthank you for the kind invitation to the meeting.", "MT304", "thank"),
    ],
)
def test_the_shapes_are_still_found(text: str, code: str, word: str) -> None:
    assert _found(text, code) == [word]
