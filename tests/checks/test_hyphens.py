"""MT140 (a hyphen cutting an everyday word) and MT141 (a compound's hyphen spaced on both sides)
beyond their declared examples: other languages' data, document evidence, look-alikes."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_text(text, language=language)
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Die Regie-rung hat am Montag entschieden.", "de", None),  # capitalised: left alone
        ("La po-litique du gouvernement a changé.", "fr", "po-litique"),
        ("Потом прави-тельство объявило о решении.", "ru", "прави-тельство"),
        ("Tämä hoi-toon liittyvä asia ratkaistiin.", "fi", "hoi-toon"),
    ],
)
def test_a_word_cut_by_a_hyphen_in_other_languages(text, language, word):
    assert _found(text, language, "MT140") == ([word] if word else [])


def test_compounds_and_prefixes_stay_quiet_across_languages():
    assert _found("Il est peut-être venu le week-end, c'est-à-dire samedi.", "fr", "MT140") == []
    assert _found("Они по-русски говорят, кто-то из-за этого ушёл.", "ru", "MT140") == []
    assert _found("They re-elect the co-chair and re-open the non-stop route.", "en", "MT140") == []


def test_spaced_compounds_from_the_language_tables():
    assert _found("Об этом сообщила пресс - служба министерства.", "ru", "MT141") == [
        "пресс - служба"
    ]
    assert _found("Le porte - parole du ministère l'a confirmé.", "fr", "MT141") == [
        "porte - parole"
    ]
    # A spaced dash as punctuation stays quiet, in Russian too.
    assert _found("Он сказал - и ушёл; пресса - тоже.", "ru", "MT141") == []


def test_a_pair_the_document_also_closes_is_no_evidence():
    # MT closes spaced dashes too ("escape-leaving"): both forms of a non-compound occur.
    text = "It will not escape - leaving a shadow. It will not escape-leaving a trace."
    assert _found(text, "en", "MT141") == []


def test_fixes_join_the_compound():
    from mtlint.checks.fixes import apply_fixes, fixes_to_apply

    text = "He met Haider al - Abadi and saw the de-ath toll."
    result = check_text(text, language="en")
    ours = [f for f in result.findings if f.code in {"MT140", "MT141"}]
    assert len(ours) == 2
    fixed = apply_fixes(text, fixes_to_apply(ours, unsafe=True)).text
    assert fixed == "He met Haider al-Abadi and saw the death toll."


@pytest.mark.parametrize(
    "text",
    [
        # A spaced en dash is a parenthesis or an aside; the word after it is often a compound
        # head that also opens a clause or a noun phrase (review of h13punct, item 2).
        "Costs climbed steeply – made worse by the storm – and sales fell.",
        "The gallery – free entry on Mondays – opened again last month.",
        "It snowed all week – long lines formed outside the station.",
        "She talked for an hour – level heads won in the end.",
        "The motion failed – year after year the same outcome.",
        "We lost the cup – old habits die hard, said the manager.",
        "The fair runs for a week – long evenings, short nights.",
    ],
)
def test_a_parenthetical_spaced_dash_before_a_short_head_stays_quiet(text):
    assert _found(text, "en", "MT141") == []


def test_compound_heads_after_a_proper_noun_a_number_word_or_a_hyphen_minus_still_flag():
    assert _found("The Berlin – based startup grew fast.", "en", "MT141") == ["Berlin – based"]
    assert _found("A 17 - year - old boy won the race.", "en", "MT141") == ["year - old"]
    assert _found("Workers in mid - level roles and large - scale firms.", "en", "MT141") == [
        "mid - level",
        "large - scale",
    ]
    assert _found("They set out a two hundred – day rescue plan.", "en", "MT141") == [
        "hundred – day"
    ]


def test_a_command_line_flag_after_an_article_is_no_compound():
    # Review of h13punct, item 3: "the -based flag" took the option for "the-based".
    assert _found("Add the -oriented switch when you build it.", "en", "MT109") == []
    assert _found("A full -scale war began.", "en", "MT109") == ["full -scale"]
