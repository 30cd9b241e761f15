"""MT999: a contraction written without its apostrophe, and the look-alikes that stay quiet.
Invented sentences showing the shapes found in real text (BENCHMARKS.md, h22spell)."""

from __future__ import annotations

import pytest
from mtlint.checks import check_text
from mtlint.checks.config import Config
from mtlint.checks.model import Applicability

ONLY = Config(select=("MT999",), min_confidence=0.2)


def _found(text: str, language: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    return [
        (text[f.start : f.end], tuple(fix.title for fix in f.fixes))
        for f in check_text(text, language=language, config=ONLY).findings
    ]


@pytest.mark.parametrize(
    ("text", "word", "fixed"),
    [
        ("The agency said the delay doesnt change the schedule.", "doesnt", "doesn't"),
        ("The council hasnt published the report yet.", "hasnt", "hasn't"),
        ("Residents say theyre worried about the new road.", "theyre", "they're"),
        ("Thats why the meeting moved to Friday.", "Thats", "That's"),
        ("i always thought theres no fee for gifts", "theres", "there's"),
        ("We dont want the plan to fail, she said.", "dont", "don't"),
        ("He said ive seen the figures and they hold.", "ive", "I've"),
    ],
)
def test_a_lost_apostrophe_is_found_with_its_one_reading(text, word, fixed):
    assert _found(text) == [(word, (fixed,))]


def test_the_texts_own_apostrophe_is_kept():
    text = "The mayor’s office said it doesnt expect delays, and it’s sure."
    assert _found(text) == [("doesnt", ("doesn’t",))]


def test_two_readings_give_two_suggestions_and_no_safe_fix():
    text = "Nobody knows whos in charge of the new office."
    findings = check_text(text, language="en", config=ONLY).findings
    assert [text[f.start : f.end] for f in findings] == ["whos"]
    assert [fix.title for fix in findings[0].fixes] == ["who's", "whose"]
    assert all(fix.applicability is Applicability.UNSAFE for fix in findings[0].fixes)


def test_one_reading_is_a_safe_fix():
    findings = check_text("The plan isnt ready.", language="en", config=ONLY).findings
    assert [fix.applicability for fix in findings[0].fixes] == [Applicability.SAFE]


@pytest.mark.parametrize(
    "text",
    [
        # Words of the language that a lost apostrophe also makes: never listed.
        "Well, the shell company cant pay and wont appear; its lets were sold.",
        "We were ill, and the well ran dry; hell froze over.",
        "The hows and whys of the plan were explained.",
        # A capitalised "Ive" is a surname; a capitalised form mid-sentence is a name.
        "The designer Jony Ive left the firm in 2019.",
        "The band Thats Entertainment played in the square.",
        # French "dont" before a French word, or in a French sentence.
        "Le rapport, dont il parle, est arrivé hier soir à Paris avec les autres.",
        "The motto reads dont il faut se souvenir on the old gate.",
        # A mention, code, a URL, a compound.
        'He called the word "dont" a French relative pronoun.',
        "Run `dont_stop --help` or see example.com/dont for details.",
        "The shop sold dont-panic towels.",
        # Written with the apostrophe.
        "The agency said the delay doesn't change the schedule.",
    ],
)
def test_look_alikes_stay_quiet(text):
    assert _found(text) == []


def test_the_rule_serves_only_languages_with_a_table():
    assert _found("Le rapport dont je parle est prêt depuis lundi matin.", language="fr") == []


def test_a_capitalised_form_the_text_writes_mid_sentence_is_a_name():
    # Review h22spell: "the singer Shant" mid-sentence makes the sentence-start "Shant" a name.
    text = "The singer Thats performed in Yerevan last night. Thats thanked the crowd."
    assert _found(text) == []


def test_shant_is_read_in_lower_case_only():
    assert _found("Shant Hovnanian, the businessman, spoke at the dinner.") == []


def test_a_capitalised_form_alone_gets_no_safe_fix():
    findings = check_text("Thats why it moved.", language="en", config=ONLY).findings
    assert [fix.applicability for fix in findings[0].fixes] == [Applicability.UNSAFE]
    text = "Thats why it moved, and thats final."
    findings = check_text(text, language="en", config=ONLY).findings
    fixes = [finding.fixes[0].applicability for finding in findings]
    assert fixes == [Applicability.SAFE, Applicability.SAFE]
