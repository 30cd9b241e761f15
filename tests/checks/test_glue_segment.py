"""MT101's run-together words (checks/glue_segment.py): a chain of three or more common words
that lost every space, a past form with the article "a" run on, and a glued word on either side
of a comma with no space after it; with the look-alikes that stay quiet."""

import pytest
from mtlint.checks import glue_segment, glue_tables
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.langdata import load_language_data


def _glue(text: str, language: str = "en") -> list[str]:
    findings = check_text(text, language=language).findings
    return [text[f.start : f.end] for f in findings if f.code == "MT101"]


def _tables(language: str):
    return glue_tables.glue_tables(load_language_data(language))


def test_a_chain_of_common_words_is_found_and_spaced_throughout():
    text = "Goals for the coming yearswerealsodiscussed at the meeting."
    finding = next(f for f in check_text(text, language="en").findings if f.code == "MT101")
    fixed = apply_fixes(text, [finding.fixes[0]]).text
    assert fixed == "Goals for the coming years were also discussed at the meeting."


@pytest.mark.parametrize(
    ("language", "word", "reading"),
    [
        ("en", "yearswerealsodiscussed", "years were also discussed"),
        ("en", "plansarestillunderway", "plans are still underway"),
        ("es", "programasparaloscentros", "programas para los centros"),
    ],
)
def test_chain_reading(language, word, reading):
    split = glue_segment.segment_split(word, _tables(language), language)
    assert split is not None
    assert f"{split[1]} {split[2]}" == reading


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "leondame"),  # short parts by chance: "le on da me"
        ("en", "designatus"),  # "design at us": two parts of two letters
        ("en", "largerformat"),  # two words: short_split's to judge, never a chain
        ("uk", "кіноекранізацією"),  # a combining form and a known word
        ("pl", "nieprzerywanie"),  # "nie" + a known word: one word in Polish
        ("de", "arbeitsgruppensitzung"),  # no short glue in a compounding language
    ],
)
def test_no_chain(language, word):
    assert glue_segment.segment_split(word, _tables(language), language) is None


def test_article_run_on_needs_a_lower_case_word_after():
    assert "signeda" in _glue("The mayor signeda new agreement with the union.")
    assert "signeda" not in _glue("The mayor signeda. Nothing else.")
    assert glue_segment.article_split("signeda", _tables("en"), "en") is not None
    # Not a past form; not a language with the article in glue_letters.
    assert glue_segment.article_split("agendaa", _tables("en"), "en") is None
    assert glue_segment.article_split("firmatoa", _tables("it"), "it") is None


def test_a_glued_word_beside_a_comma_without_space_is_found():
    found = _glue("The chair of the cityboard,delivereda short speech.")
    assert {"cityboard", "delivereda"} <= set(found)


def test_a_first_part_standing_alone_is_no_evidence_for_a_chain():
    # "power" stands alone, but a common word stands alone anywhere: the chain keeps its
    # lower confidence.
    text = "The power went out. See the powerwasalsocut notice."
    findings = [f for f in check_text(text, language="en").findings if f.code == "MT101"]
    assert findings and all(f.confidence < 0.8 for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        # Identifiers, user names, passwords: content words only, no function word.
        "Our wifi network is called familyroomrouter and the password is on the fridge.",
        "Enter your username (e.g. johnsmithlondon) and press Enter.",
        "The password is correcthorsebatterystaple, as in the comic.",
        "Install djangorestframework and googlecloudstorage with pip first.",
        "Use the template emptyprojectstarter to create a new app.",
        "The feature flag enablenewcheckout is off by default.",
        # British derivations the word list lacks: never "serial is able".
        "The object is serialisable and the task parallelisable.",
        "The vector is normalisable, the input tokenisable; the file is finalisable.",
    ],
)
def test_no_chain_without_a_function_word_or_in_a_derivation(text):
    assert _glue(text) == []
