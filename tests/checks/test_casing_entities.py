"""MT306–MT310 and the entity-case data (issue 11/12): invented sentences in the shapes real MT
leaves behind, and look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str = "en") -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("“The border stays closed”, Said the spokesman on Tuesday.", "Said"),
        ("“Prices will fall,” She told reporters in the capital.", "She"),
        ('"We are ready", They said after the vote.', "They"),
        ("“Nous sommes prêts”, Déclare le ministre.", "Déclare"),
    ],
)
def test_capital_after_quotation(text: str, word: str) -> None:
    language = "fr" if "Nous" in text else "en"
    assert _found(text, "MT306", language) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "“The border stays closed”, said the spokesman on Tuesday.",
        "He quoted “Orientalism”, Said Ahmed's essay and others.",  # a name: capital next
        "“Ready”, He Said Quietly",  # a title-case line
        "“Ready”, Then the crowd left.",  # not a reporting word
    ],
)
def test_capital_after_quotation_quiet(text: str) -> None:
    assert _found(text, "MT306") == []


def test_mt305_leaves_the_reporting_clause_to_mt306() -> None:
    text = "“The talks were useful”, He added before leaving."
    codes = [f.code for f in check_text(text, language="en").findings]
    assert codes.count("MT306") == 1 and "MT305" not in codes


@pytest.mark.parametrize(
    ("text", "word", "acronym"),
    [
        ("Officials told Cnn that the talks ended.", "Cnn", "CNN"),
        ("The Imf said the loan was approved. The IMF board met.", "Imf", "IMF"),
        ("An Eu spokesman said the Eu would respond.", "Eu", None),
    ],
)
def test_acronym_in_title_case(text: str, word: str, acronym: str | None) -> None:
    found = check_text(text, language="en").findings
    hits = [f for f in found if f.code == "MT307"]
    if acronym is None:
        assert hits == []  # two letters, no capital after, not written in capitals elsewhere
        return
    assert [text[f.start : f.end] for f in hits] == [word]
    assert hits[0].fixes[0].edits[0].replacement == acronym


def test_acronym_quiet_for_words_read_as_words() -> None:
    assert _found("Nato, Unesco and Fifa officials met in Geneva.", "MT307") == []


def test_institution_name_lower_case() -> None:
    text = "The Labour Party chose a leader. Critics said the labour party had lost its way."
    assert _found(text, "MT308") == ["labour party"]


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Party chose a leader. Critics said the party had lost its way.",
        "The Security Council met. The UN security council reform stalled.",  # after a capital
        "The national assembly met. Many countries have a national assembly.",  # never capitalised
    ],
)
def test_institution_name_quiet(text: str) -> None:
    assert _found(text, "MT308") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die regierung hat am Montag entschieden.", "regierung"),
        ("Er sprach mit einer mehrheit der Abgeordneten über die freiheit.", "freiheit"),
        ("Das steht im widerspruch zur verfassung, sagte sie.", "verfassung"),
    ],
)
def test_lowercase_noun_de(text: str, word: str) -> None:
    assert word in _found(text, "MT309", "de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung ist jung, und die Leute sind zufrieden.",
        "Sie sah die Bildungs- und Forschungspolitik kritisch.",
        "Er schrieb an info@die-regierung.de und wartete.",
    ],
)
def test_lowercase_noun_quiet(text: str) -> None:
    assert _found(text, "MT309", "de") == []


def test_lowercase_noun_only_where_nouns_are_capitalised() -> None:
    assert _found("The regierung of Austria said so.", "MT309") == []


def test_verb_capital_after_name() -> None:
    text = "The Central Bank Confirmed the rate cut on Monday."
    assert _found(text, "MT310") == ["Confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "Manchester United said on Monday that the deal was done.",
        "The Central Bank confirmed the rate cut on Monday.",
        "Central Bank Confirmed The Rate Cut",  # headline
        "The Red Cross was founded in Geneva.",
    ],
)
def test_verb_capital_after_name_quiet(text: str) -> None:
    assert _found(text, "MT310") == []


def test_club_names_reported_once() -> None:
    text = "He signed for real madrid after two seasons at bayern munich."
    assert _found(text, "MT303") == ["real madrid", "bayern munich"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "janv.\n\nlundi\n\nmars"),
        ("es", "ago.\n\nsept.\n\nenero"),
        ("pl", "stycznia\n\nponiedziałek"),
    ],
)
def test_calendar_labels_in_lower_case_are_quiet(language: str, text: str) -> None:
    assert _found(text, "MT304", language) == []


def test_calendar_word_opening_a_sentence_still_flagged() -> None:
    text = "lundi, le ministre a annoncé de nouvelles mesures pour les écoles."
    assert _found(text, "MT304", "fr") == ["lundi"]
