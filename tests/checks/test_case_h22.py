"""Session 18 (h22names): lower-case parts of institution and person names read from the words
around them (invented sentences): a school's head noun left in lower case after its proper
word or before "of" and a place (MT378), a Chinese surname in lower case after a title
(MT318), each with the look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == code]


def _fixes(text: str, code: str) -> list[str]:
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    return [f.fixes[0].title for f in result.findings if f.code == code]


def test_head_after_a_proper_word() -> None:
    text = "The delegation came from Brightwater university on Monday."
    assert _found(text, "MT378") == ["university"]
    assert _fixes(text, "MT378") == ["write 'University'"]
    # A sentence may open with the name; a possessive keeps it a name.
    assert _found("Kelmore institute opened a lab. Kelmore institute's staff grew.", "MT378") == [
        "institute",
        "institute",
    ]


def test_words_between_need_evidence() -> None:
    # The acronym of the initials, or the name written with capitals elsewhere.
    text = "They met the Kelmore polytechnic institute (KPI) on Monday."
    assert _found(text, "MT378") == ["polytechnic institute"]
    text = "Kelmore Polytechnic Institute is old. Staff of Kelmore polytechnic institute met."
    assert _found(text, "MT378") == ["polytechnic institute"]
    # Without evidence the words between may be a verb phrase.
    assert _found("Lawrence attended community college in Ohio.", "MT378") == []
    assert _found("They met the Kelmore polytechnic institute on Monday.", "MT378") == []


def test_head_before_of_and_a_place() -> None:
    text = "He taught at the university of new Mexico for years."
    assert _fixes(text, "MT378") == ["write 'University of New Mexico'"]
    assert _found("She studied at the university of Texas.", "MT378") == ["university of Texas"]


@pytest.mark.parametrize(
    "text",
    [
        "She transferred to a Texas university last year.",
        "Harvard university students protested on Monday.",
        "The Oxford college system is old; he toured the Beijing university campus.",
        "In Texas college is expensive.",
        "It is the oldest university of Mexico and the only college of Peru.",
        "A Catholic university and Chinese universities joined the State university group.",
        "The Google institute opened. On Sunday college football returns.",
        "She took Brightwater university-level courses.",
        "The Brightwater University team won; the university said so.",
        # After a time word the proper word is an event (review h22names).
        "After Brexit university funding fell sharply in the north.",
        "Since Covid college enrolment has dropped in the region.",
    ],
)
def test_head_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT378") == []


def test_surname_after_a_title() -> None:
    text = "At the end, general manager lu made a short speech."
    assert _found(text, "MT318") == ["lu"]
    assert _fixes(text, "MT318") == ["write 'Lu'"]
    text = "Union President cheng jun presided over the meeting."
    assert _found(text, "MT318") == ["cheng jun"]
    assert _fixes(text, "MT318") == ["write 'Cheng Jun'"]


@pytest.mark.parametrize(
    "text",
    [
        "The manager said he would call.",  # "he": an English word
        "Lu made a short speech; the manager thanked him.",  # capitalised already
        "The coach sun-dried the kit.",  # "sun": an English word
        "The chief ma and pa store closed.",  # "ma": an English word
    ],
)
def test_surname_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT318") == []


def test_lower_word_after_an_acronym_inside_a_name() -> None:
    # MT325: an acronym opens the name, a capital stands between the word and the head.
    assert _found("The KSTU nano Research Center opened a lab.", "MT325") == ["nano"]
    assert _found("The KSTU research Center opened a lab.", "MT325") == []
    assert _found("The Kelmore nano Research Center opened a lab.", "MT325") == []


def test_school_and_college_names_whose_complement_lost_its_capitals() -> None:
    # MT303's "Ministry of finance" reading, heads College, School and Faculty (h22names).
    assert _found("Kelmore University College of history invited guests.", "MT303") == ["history"]
    assert _found("He joined the School of foreign languages in May.", "MT303") == ["foreign"]
    assert _found("He joined the school of his choice in May.", "MT303") == []


def test_other_heads_need_the_texts_evidence() -> None:
    text = "The Kelmore Planning Committee met. Later the Kelmore planning committee said more."
    assert _found(text, "MT378") == ["planning committee"]
    assert _found("The Rovna committee met on Monday.", "MT378") == []
    # The proper word ends a longer name: the head describes it.
    text = "The Voices for Africa association helped. The South Africa Association met."
    assert _found(text, "MT378") == []
