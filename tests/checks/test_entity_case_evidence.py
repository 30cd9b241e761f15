"""MT303's document evidence for names no word list knows (checks/casingevidence.py) and the
nationality adjectives of the English gazetteer (issue 11, entity case)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def mt303(text: str, language: str = "en") -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == "MT303"]


def fixed_texts(text: str) -> set[str]:
    return {apply_edits(text, fix.edits) for f in mt303(text) for fix in f.fixes}


def test_a_name_no_word_list_knows_takes_its_spelling_from_the_document():
    text = (
        "Scaloni asked to change the translator.\n"
        "As it happened before, scaloni suffered from the translation of his answers."
    )
    (finding,) = mt303(text)
    assert text[finding.span.start : finding.span.end] == "scaloni"
    assert text.replace("scaloni", "Scaloni") in fixed_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # A term the text writes in lower case throughout (a tool's name in its own manual).
        "Rustc is fast. Run rustc twice; rustc caches; rustc warns; rustc stops.",
        # Jargon made of English words, capitalised at a sentence start.
        "Autocommands run late. Each autocommand fires once.",
        # Code.
        "Stdio is buffered. Use `stdio` here.",
        # A word English knows: left to the gazetteer and the mid-sentence count.
        "Trillium grows here. The trillium is white.",
    ],
)
def test_terms_jargon_and_code_stay_quiet(text):
    assert mt303(text) == []


@pytest.mark.parametrize(
    "labels",
    [
        "Feature\n\nChardet\n\nCharset Normalizer\n\n",  # cells, as the Markdown loader gives
        "## Chardet\n\n",  # a heading in plain text
        "| Feature | Chardet |\n",  # a table row in plain text
    ],
)
def test_a_capital_in_a_label_is_no_evidence(labels):
    # A README that writes the package in lower case in its prose and capitalised only in a
    # heading or table header: no lower-cased name.
    text = labels + "The chardet library is old, and chardet is slow. Use chardet only if needed."
    assert mt303(text) == []
    # The same capital in running text is evidence.
    assert mt303("Chardet detects encodings well. " + text)


def test_a_name_opening_a_paragraph_of_running_text_is_evidence():
    text = "Scaloni asked to change the translator.\n\nLater scaloni spoke again."
    assert len(mt303(text)) == 1


@pytest.mark.parametrize(
    ("bad", "good"),
    [
        (
            "He adapted to the dominican capital.",
            "He adapted to the Dominican capital.",
        ),
        ("The salvadoran police said so.", "The Salvadoran police said so."),
        ("A senegalese official spoke.", "A Senegalese official spoke."),
    ],
)
def test_nationality_adjectives_are_capitalised(bad, good):
    assert good in fixed_texts(bad)


@pytest.mark.parametrize(
    "text",
    ["She peeled a mandarin and sat on the ottoman.", "We ate french fries in Madrid."],
)
def test_common_words_that_share_a_nationality_name_stay_quiet(text):
    assert mt303(text) == []


def test_german_nouns_are_not_taken_for_lower_cased_names():
    # Every German noun is capitalised: the lower-case form is an adjective.
    assert mt303("Ultraviolettstrahlung ist stark. Das ultraviolettstrahlung Licht.", "de") == []


def test_a_word_missing_from_a_smaller_list_is_not_taken_for_a_name():
    # wordfreq's Russian list lacks many inflected forms (real clean text, clean-native-dev).
    text = "Периодичные ритмы зарегистрированы; внешние периодичные стимулы тоже."
    assert mt303(text, "ru") == []


@pytest.mark.parametrize(
    ("bad", "good"),
    [
        ("The un secretary general spoke.", "The UN secretary general spoke."),
        ("Leaders met at the nato summit.", "Leaders met at the NATO summit."),
        ("The imf and the ecb agreed.", "The IMF and the ecb agreed."),
    ],
)
def test_organisation_acronyms_in_lower_case(bad, good):
    assert good in fixed_texts(bad)


def test_acronym_look_alikes_stay_quiet():
    # A region name in a technical text, the word "who", a hyphenated prefix.
    assert mt303("Deploy to eu-west-1; the who-is-who list; an un-American act.") == []
