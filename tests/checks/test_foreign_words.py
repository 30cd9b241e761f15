"""MT504 (single words and letters left in a source language) and its evidence module
(checks/foreignwords.py): wordfreq decides, per word, whether English lacks it and a source
language has it (issue 11, untranslated)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.foreignwords import foreign_letters, foreign_table, foreign_word


def mt504(text: str) -> list:
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == "MT504"]


@pytest.mark.parametrize(
    ("token", "language"),
    [("partenopei", "it"), ("17enne", "it"), ("reunião", "pt"), ("también", "es")],
)
def test_a_word_english_lacks_and_a_source_language_has(token, language):
    found = foreign_word(token, "en", foreign_table("en"))
    assert found is not None and found.language == language


@pytest.mark.parametrize(
    "token",
    # English words, loanwords English uses, jargon made of English words (real look-alikes
    # from the Vim and Rust release notes), a garbled word no language knows.
    ["minister", "fiesta", "barrio", "carabinieri", "immediates", "modeline", "etnran"],
)
def test_english_words_loanwords_and_jargon_are_not_foreign(token):
    assert foreign_word(token, "en", foreign_table("en")) is None


def test_a_foreign_word_mid_sentence_is_reported_with_its_language():
    text = "A firm promise that the Regional Office of the Carabinieri partenopei gave."
    (finding,) = mt504(text)
    assert text[finding.span.start : finding.span.end] == "partenopei"
    assert dict(finding.data)["source_language"] == "it"
    assert finding.fixes[0].applicability.value == "display-only"


@pytest.mark.parametrize(
    "text",
    [
        # quoted on purpose, a name (capitalised elsewhere), a term the text keeps using
        "The locals call it ‘partenopei’ with pride.",
        "Partenopei fans cheered; the partenopei side won.",
        "We bumped undici. Then undici again, and undici once more.",
        "They held a fiesta, per se, vis-à-vis the barrio.",
    ],
)
def test_quoted_words_names_and_terms_stay_quiet(text):
    assert mt504(text) == []


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        (
            "The Chilean clubs, Porteño Y Serenense. So Pinto was consulted.",
            "The Chilean clubs, Porteño and Serenense. So Pinto was consulted.",
        ),
        (
            "O Director General of the World Trade Organization will step down.",
            "The Director General of the World Trade Organization will step down.",
        ),
        (
            "He spoke. O President of the Republic left.",
            "He spoke. The President of the Republic left.",
        ),
    ],
)
def test_source_language_letters_get_their_meaning(bad, fixed):
    findings = mt504(bad)
    assert findings
    assert fixed in {apply_edits(bad, fix.edits) for f in findings for fix in f.fixes}


@pytest.mark.parametrize(
    "text",
    [
        "Generation Y voters and the Y chromosome; plot X, Y and Z; the Y-axis.",
        "He quoted Ortega y Gasset.",
        "O Canada was sung. O Globo reported it. O Lord, hear us. Type O blood is rare.",
        "Vitamin E and e commerce rose; an O-ring failed.",
    ],
)
def test_letters_used_as_english_labels_stay_quiet(text):
    assert list(foreign_letters(text, "en")) == []


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        (
            "He left. El president of the government spoke.",
            "He left. The president of the government spoke.",
        ),
        ("La minister said no.", "The minister said no."),
        ("Prices rose two o three times.", "Prices rose two or three times."),
    ],
)
def test_source_language_articles_and_conjunctions(bad, fixed):
    assert fixed in {apply_edits(bad, fix.edits) for f in mt504(bad) for fix in f.fixes}


def test_names_that_start_with_a_source_language_article_stay_quiet():
    text = "El Paso is hot. La Paz is high. Le Monde reported. Los Angeles grew. La la land."
    assert list(foreign_letters(text, "en")) == []


def test_a_sentence_full_of_foreign_words_is_left_to_mt502():
    # A German sentence in an English text: an untranslated sentence, not single words.
    text = (
        "The talks ended. Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen "
        "Regeln gelten sollen, wie ein Sprecher mitteilte."
    )
    assert mt504(text) == []


def test_a_word_after_the_name_of_its_language_is_a_term_on_purpose():
    # A travel guide glosses the local word on purpose (invented, the shape of a real page).
    text = "The town has many brotherhoods (Spanish: cofradía) that march at Easter."
    assert mt504(text) == []
    text = "The town has many brotherhoods, in Spanish cofradías, that march at Easter."
    assert mt504(text) == []
