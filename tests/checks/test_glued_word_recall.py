"""MT101 glued-word: a rare name glued to a content word or a verb ("Galileoaimed"), names
before function words that only their context gives away ("Rajivin the past"), and the
look-alikes that must stay quiet (names made of words, derived forms, names in context)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import glue, glue_lower, glue_tables
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability
from mtlint.checks.registry import rule_by_code


def run(text: str, min_confidence: float = 0.5):
    document = Document(text=text, language="en")
    result = check_document(
        document, Config(min_confidence=min_confidence), rules=[rule_by_code("MT101")]
    )
    assert not result.failures, result.failures
    return list(result.findings)


def fixed(text: str) -> str:
    (finding,) = run(text)
    return apply_edits(text, finding.fixes[0].edits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name glued to a verb or a content word.
        (
            "Ever since Galileoaimed his telescope at the sky, astronomy changed.",
            "Ever since Galileo aimed his telescope at the sky, astronomy changed.",
        ),
        (
            "Giancarlo Fisichellalost control of his car.",
            "Giancarlo Fisichella lost control of his car.",
        ),
        ("President Hu Jintaocalled for calm.", "President Hu Jintao called for calm."),
        (
            "Governor Arnold Schwarzeneggersigned the bill.",
            "Governor Arnold Schwarzenegger signed the bill.",
        ),
        (
            "President Vladimir Putinspoke with the minister.",
            "President Vladimir Putin spoke with the minister.",
        ),
        (
            "The airline cancelled flights in Octoberdue to a strike.",
            "The airline cancelled flights in October due to a strike.",
        ),
        ("He spent a year in a Vietnameseprison.", "He spent a year in a Vietnamese prison."),
        # A three-letter first part that ends a longer name.
        ("Two years later the Cold Warbegan.", "Two years later the Cold War began."),
        # A less known name before a function word.
        (
            "The rivers in Chongqingto rise every summer.",
            "The rivers in Chongqing to rise every summer.",
        ),
        (
            "Jets flew over Vladivostokin honour of the navy.",
            "Jets flew over Vladivostok in honour of the navy.",
        ),
        (
            "The cities of Harappaand Mohenjo-daro had drains.",
            "The cities of Harappa and Mohenjo-daro had drains.",
        ),
        # Before a determiner, where names seldom stand.
        ("He led the gang Rajivin the past.", "He led the gang Rajiv in the past."),
        # A known country is a name, however it ends ("-land").
        (
            "Enemies such as Israeland the United States.",
            "Enemies such as Israel and the United States.",
        ),
    ],
)
def test_glued_name_is_found_and_fixed(text, expected):
    assert fixed(text) == expected


def test_new_findings_are_unsafe_and_modest():
    for text in (
        "Ever since Galileoaimed his telescope at the sky, astronomy changed.",
        "He led the gang Rajivin the past.",
    ):
        (finding,) = run(text)
        assert finding.fixes[0].applicability is Applicability.UNSAFE
        assert 0.5 <= finding.confidence <= 0.65


@pytest.mark.parametrize(
    "text",
    [
        # Names that end in a common word, known names and derived forms.
        "Washington, Hamilton and Princeton; Livingston and Wellington; Kingsbury and Eastwood.",
        "Americans, a Londoner, Putinism, the Internet and the Whitecaps.",
        "They met Handshoe yesterday.",
        "Jamie Siminoff founded the company.",
        "It was held at the Sportcamp of Kunfehértó.",
        "Bangladeshis voted on Sunday.",
        # Name endings: "-son", "-ton", "-land", "-ville" are names, not glued words.
        "They met Evanson yesterday.",
        "They met Drafton yesterday.",
        "They met Carland yesterday.",
        "The Long family lives in Longling.",
        # Foreign names.
        "Jarosław Kaczyński and Mateusz Morawiecki met Pohamba in Kunfehértó.",
        "Schetyna, Rybicki and Wójcik spoke in Przemyśl and Blansko.",
        # A short first part fits into names by chance.
        "They met Forkin yesterday.",
        "They met the Warbegan yesterday.",
    ],
)
def test_look_alikes_stay_quiet(text):
    assert run(text) == []


def test_context_gives_a_name_away():
    # "Post" + "in" on its own ...
    assert run("They met Postin yesterday.")
    # ... but a preposition never comes before "said", a comma, a full stop or a possessive.
    assert run("Postin said so.") == []
    assert run("Later Postin, the builder, left.") == []
    assert run("They met Postin.") == []
    assert run("Postin's van stayed.") == []
    # An auxiliary may end a clause: "as the Earth is,".
    assert fixed("It orbits the Sun, as the Earthis, and turns.") == (
        "It orbits the Sun, as the Earth is, and turns."
    )


def test_determiner_lets_a_less_known_name_through():
    assert run("They met Rajivin yesterday.") == []
    assert run("He led the gang Rajivin the past.")


def test_evidence_from_possessives_and_hyphenated_words():
    assert run("Later Dendiasin Athens denied it.") == []
    assert run("Dendias's office spoke. Later Dendiasin Athens denied it.")
    assert run("Dendias-led talks ended. Later Dendiasin Athens denied it.")


_PIECES = [
    "Putin", "Galileo", "Chongqing", "Rajiv", "Forkin", "Evans", "Long", "Cold", "War",
    "who", "and", "in", "on", "to", "is", "the", "aimed", "began", "ling", "son", "land",
    "said", "which", "during", "whose", "about", "'s", "’s", ",", ".", "(", ")", "-", "@",
    "/", "x", "É", "ß", "2",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)))
def test_screen_keeps_every_chunk_that_can_be_glued(chunks):
    """The C-speed screen (rare words only) never drops a chunk the analysis would split, on
    its own or with the document's evidence ("sonling" as "son" + "ling": dropped until
    session 15, since the screen wanted parts of four letters)."""
    tables = glue_tables.glue_tables(load_language_data("en"))
    chunks = [*chunks, "aimedwho's", "Putinwho's", "(onthe)", "sonling"]
    kept = set(glue_lower.rare_chunks(chunks, tables, "en"))
    for chunk in chunks:
        analysis = glue.analyse(chunk, tables, "en")
        if analysis is not None and (analysis[0] is not None or analysis[1] is not None):
            assert chunk in kept, chunk


@pytest.mark.parametrize(
    ("prefix", "suffix"),
    [
        ("Labor", "accepts"),
        ("Uber", "does"),
        ("Jerry", "poses"),
        ("Whitecaps", "on"),
        ("Pascal", "in"),
        ("Arabic", "flavor"),
        ("French", "opera"),
    ],
)
def test_evidence_still_finds_what_the_parts_alone_do_not(prefix, suffix):
    # Without evidence these look like names or name endings; the first part standing alone
    # elsewhere in the same text is what says they are glued (as before the recall work).
    text = f"{prefix} met the press on Monday. Then {prefix}{suffix} the plan, said a clerk."
    (finding,) = run(text)
    assert text[finding.start : finding.end] == prefix + suffix
    assert "appears on its own elsewhere" in finding.message and finding.confidence >= 0.8
    assert apply_edits(text, finding.fixes[0].edits).count(f"{prefix} {suffix}") == 1


def test_evidence_does_not_split_at_a_name_ending():
    assert run("Long ago they went to Longling. The Long family lives in Longling.") == []
