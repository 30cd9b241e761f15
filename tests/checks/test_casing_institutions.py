"""h13caps (issues 11/12): institution names written by halves (MT325), a capitalised joiner
before an institution's head (MT321), an article before one (MT301, MT305), an article that
cannot be one (MT301: "Nghe An"), elided openers (MT301, French) and a full stop after a number
(MT304). Invented sentences in the shapes real MT leaves behind, and look-alikes that stay
quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str = "en") -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Members of the Riverside Sewing machine Association toured the site.", "machine"),
        ("He met the head of the industrial and Technical Bureau on Friday.", "industrial"),
        (
            "The case went to the municipal agricultural and rural Bureau in May.",
            "agricultural and rural",
        ),
    ],
)
def test_half_cased_institution_names_are_found(text: str, span: str) -> None:
    assert _found(text, "MT325") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Trump administration Justice Department declined to comment.",
        "President Lee told Party Committee members that the plan was ready.",
        "The army and Interior Ministry said the roads were open.",
        "Both federal and state Bureau officials attended the hearing.",
        "The New York state Department of Health issued a warning.",
        "Shares rose after the Federal Reserve board met on Tuesday.",
    ],
)
def test_institution_lookalikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT325") == []


def test_joiner_capitalised_before_a_head() -> None:
    text = "Data come from the Lakeside Ecology And Environment Bureau each day."
    assert _found(text, "MT321") == ["And"]
    assert _found("He read Pride And Prejudice on the train.", "MT321") == []


def test_article_before_an_institution_is_a_stray_capital() -> None:
    assert _found("On the morning of May 3, The Lakeside District Bureau met.", "MT305") == ["The"]
    assert _found("He lives in Amsterdam, The Hague and Rotterdam.", "MT305") == []
    assert _found("Officials said The Ministry of Health would act.", "MT301") == [" The"]


@pytest.mark.parametrize(
    "text",
    [
        "Deaths in Nghe An rose to 22 after the rain.",
        "Floods hit Thanh Hoa, Nghe An, Ha Tinh and other provinces.",
        "A team from Nghe An province opened a school there.",
    ],
)
def test_an_article_that_cannot_be_one_ends_a_name(text: str) -> None:
    assert _found(text, "MT301") == []


def test_an_article_before_a_vowel_still_opens_a_lost_sentence() -> None:
    text = "The rain fell all night An hour later, the roads were closed."
    assert _found(text, "MT301") == [" An"]


def test_elided_opener_after_a_word_that_ends_a_sentence() -> None:
    text = "Ils veulent renforcer les liens davantage L’entrevue a duré une heure."
    assert _found(text, "MT301", "fr") == [" L’entrevue"]
    quiet = "Elle travaille chez L’Oréal, lit L’Express et dit que L’autre jour était froid."
    assert _found(quiet, "MT301", "fr") == []


def test_full_stop_after_a_number_is_offered_for_removal() -> None:
    text = "Russia lost the Crimean War of 1853-1856. stopped the advance in the region."
    result = check_text(text, language="en")
    [finding] = [f for f in result.findings if f.code == "MT304"]
    assert text[finding.start : finding.end] == ". stopped"
    assert finding.fixes[0].title == "remove the full stop"


# h14ma: the review of h13caps (items 1, 2, 3, 6).


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ha riletto L’amica perduta durante le vacanze.", "it"),
        ("Il film L’ultimo treno è del 2004.", "it"),
    ],
)
def test_italian_titles_with_one_capital_are_not_lost_stops(text: str, language: str) -> None:
    assert _found(text, "MT301", language) == []


def test_a_french_elided_opener_is_weak_and_lower_cased_first() -> None:
    text = "Elle a relu L’étranger pendant les vacances."
    result = check_text(text, language="fr")
    (finding,) = [f for f in result.findings if f.code == "MT301"]
    assert finding.confidence <= 0.5
    assert finding.fixes[0].edits[0].replacement.strip() == "l’étranger"


@pytest.mark.parametrize(
    "text",
    [
        "He studied at The Ohio State University before moving west.",
        "He taught at The Hague Academy of Private Law for years.",
        "They met where The Gambia Rowing Federation trains.",
        "She now studies with The Open University in the north.",
        "A complaint went to The Chess Society on Monday.",
        "The grant came from The Marlowe Foundation and The Heritage Foundation.",
        "In 2019, The Ohio State University opened a campus.",
    ],
)
def test_names_that_keep_a_capital_the_are_left_alone(text: str) -> None:
    assert _found(text, "MT301") == []
    assert _found(text, "MT305") == []


def test_a_stray_the_before_an_institution_is_lower_cased_never_stopped() -> None:
    text = "Officials said The Ministry of Health would act."
    result = check_text(text, language="en")
    (finding,) = [f for f in result.findings if f.code == "MT301"]
    assert finding.confidence < 0.75
    assert [[edit.replacement for edit in fix.edits] for fix in finding.fixes] == [["the"]]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Alden Morrow met Board members on Tuesday.",
        "Mayor Tom Brannigan gave Board members a tour.",
        "Governor Lisa Harwell sent Board members a letter.",
        "Coach Remy Ostrander left Union headquarters early.",
        "Senator Ruth Calloway wants Department heads to testify.",
        "Secretary Owen Talbot urges Department staff to stay calm.",
        "In Port Avery yesterday Council members voted against the plan.",
        "I told Mary Quill yesterday Council would vote on the plan.",
    ],
)
def test_a_verb_or_adverb_after_a_name_is_not_a_word_of_an_institution(text: str) -> None:
    assert _found(text, "MT325") == []


@pytest.mark.parametrize(
    "text",
    [
        "The shop sells sales and technical Office 365 support.",
        "Click Tools, then Paper Writer export Office settings.",
        "Install Blue Studio Code extension Board support first.",
        "Tensions between the presidential and Foreign Office camps grew.",
        "Both the legal and Finance Committee reviewed it.",
        "Students at private and public University campuses protested.",
    ],
)
def test_modifiers_of_a_head_used_alone_are_not_words_of_a_name(text: str) -> None:
    assert _found(text, "MT325") == []
