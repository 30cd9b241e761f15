"""Core MT-artefact rules (spacing MT1, punctuation MT2, casing MT3): the guards against false
positives, the confidence and applicability decisions, and robustness on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Applicability
from mtlint.checks.registry import all_rules, rule_by_code

CORE_RULES = [r for r in all_rules() if r.code[:3] in ("MT1", "MT2", "MT3")]


def run(code: str, text: str, *, language: str = "en", boundaries=(), min_confidence=0.0):
    document = Document(text=text, language=language, boundaries=tuple(boundaries))
    result = check_document(
        document, Config(min_confidence=min_confidence), rules=[rule_by_code(code)]
    )
    assert not result.failures, result.failures
    return list(result.findings)


def fixed_texts(text: str, finding) -> list[str]:
    return [apply_edits(text, fix.edits) for fix in finding.fixes]


# --- MT101 glued-word ------------------------------------------------------------------------


def test_glued_name_offers_comma_alternative_and_is_safe_with_evidence():
    text = "Putin spoke. Vladimir Putinwho is travelling met them."
    (finding,) = run("MT101", text)
    assert fixed_texts(text, finding) == [
        "Putin spoke. Vladimir Putin who is travelling met them.",
        "Putin spoke. Vladimir Putin, who is travelling met them.",
    ]
    assert finding.fixes[0].applicability is Applicability.SAFE
    assert finding.confidence >= 0.85


def test_glued_name_without_evidence_is_unsafe_and_less_confident():
    text = "The president Netanyahuon Sunday said so."
    (finding,) = run("MT101", text)
    assert fixed_texts(text, finding)[0] == "The president Netanyahu on Sunday said so."
    assert finding.fixes[0].applicability is Applicability.UNSAFE
    assert finding.confidence < 0.85


def test_glued_unknown_name_needs_evidence():
    assert run("MT101", "Later Dendiasin Athens denied it.", min_confidence=0.5) == []
    assert run("MT101", "Dendias spoke. Later Dendiasin Athens denied it.")


def test_glued_unknown_name_at_a_link_boundary():
    text = "Later Dendiasin Athens denied it."
    (finding,) = run("MT101", text, boundaries=[text.index("in Athens")], min_confidence=0.5)
    assert finding.fixes[0].applicability is Applicability.SAFE
    assert fixed_texts(text, finding)[0] == "Later Dendias in Athens denied it."


def test_glued_name_to_content_word():
    text = "He spent two years in a Vietnameseprison for it."
    findings = run("MT101", text, min_confidence=0.5)
    assert [fixed_texts(text, f)[0] for f in findings] == [
        "He spent two years in a Vietnamese prison for it."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mail putinwho@example.org or see https://example.org/Putinwho today.",
        "Follow @Netanyahuon and #Earthand now.",
        "Open Putinwho.txt and Earthand.pdf here.",
        "They went into the house within a week; nevertheless, Robin stayed.",
        "He bought an iPhone on eBay.",
        "The Harutyunyan family met the Harutyunyan clan.",
        "Temple Grandin and Peter Mandelson spoke with Nelson.",
        "The U.S. economy grew 2.5 percent.",
    ],
)
def test_glued_word_false_positive_guards(text):
    assert run("MT101", text, min_confidence=0.5) == []


# --- MT102 / MT103 / MT104 / MT105 --------------------------------------------------------------


def test_camel_glued_skips_brands_and_code():
    assert run("MT102", "An iPhone, eBay, McDonald's, YouTube and onClick() call.") == []
    text = "He met officials ofMoscow today."
    (finding,) = run("MT102", text)
    assert fixed_texts(text, finding) == ["He met officials of Moscow today."]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and U.K. agreed, e.g. on Monday.",
        "It rose 2.5 percent; see example.com or report.Final.pdf for more.",
        "Use Node.js or System.Console.WriteLine() here.",
        "He earned a Ph.D. in Boston.",
    ],
)
def test_missing_space_after_sentence_guards(text):
    assert run("MT103", text) == []


def test_missing_space_after_question_mark_is_unsafe():
    text = "Was it ready?We think so."
    (finding,) = run("MT103", text)
    assert finding.fixes[0].applicability is Applicability.UNSAFE
    assert fixed_texts(text, finding) == ["Was it ready? We think so."]


def test_space_before_punctuation_follows_the_language_table():
    # French spacing before ";" ":" "!" "?" is correct; before a comma it is not.
    assert run("MT104", "Il a dit : oui ; vraiment !", language="fr") == []
    text = "Il a dit oui , vraiment."
    (finding,) = run("MT104", text, language="fr")
    assert fixed_texts(text, finding) == ["Il a dit oui, vraiment."]
    assert run("MT104", "He paused ... then smiled :) and left.") == []


def test_missing_space_after_comma():
    assert run("MT105", "It cost 1,000 or 2,5 units; x=a,b in code.") == []
    text = "They met in Moscow,Tashkent and Minsk."
    (finding,) = run("MT105", text)
    assert finding.fixes[0].applicability is Applicability.SAFE
    assert fixed_texts(text, finding) == ["They met in Moscow, Tashkent and Minsk."]


# --- MT201–MT205 punctuation --------------------------------------------------------------------


def test_stray_ellipsis_is_surer_at_a_link_boundary():
    text = "He spoke about… reforms at length."
    plain = run("MT201", text)
    linked = run("MT201", text, boundaries=[14])
    assert plain and linked
    assert linked[0].confidence > plain[0].confidence
    assert fixed_texts(text, linked[0]) == ["He spoke about reforms at length."]


@pytest.mark.parametrize(
    "text",
    [
        "He said […] that it was fine (...) overall.",
        "It trailed off...",
        "Well... I was thinking, and... you know.",
        "Visit To… North Korea",
    ],
)
def test_stray_ellipsis_guards(text):
    assert run("MT201", text) == []


def test_doubled_punctuation_guards_and_fixes():
    assert run("MT202", "Really?! Wait... see ../docs, etc., std::vector and Inc.,") == []
    text = "He said,, no."
    (finding,) = run("MT202", text)
    assert finding.fixes[0].applicability is Applicability.SAFE
    assert fixed_texts(text, finding) == ["He said, no."]


def test_unbalanced_quotes_are_per_paragraph():
    ok = "“First paragraph of a long quotation.\n\n“Second paragraph,” he read."
    assert run("MT203", ok) == []
    bad = "He said “we will go.\n\nShe left."
    (finding,) = run("MT203", bad)
    assert finding.fixes[0].applicability is Applicability.DISPLAY_ONLY
    assert bad[finding.start] == "“"


def test_unbalanced_quotes_mixed_straight_and_curly_are_counted_together():
    assert run("MT203", '"I did not know," he said, “really.”') == []


def test_unbalanced_brackets_skip_list_labels_and_smileys():
    assert run("MT204", "Options: a) tea, b) coffee, 1) water :) fine.") == []
    text = "The agency (RIA reported it."
    (finding,) = run("MT204", text)
    assert finding.start == text.index("(")


def test_foreign_punctuation_skips_cjk_runs_and_uses_the_table():
    assert run("MT205", "The sign read 北京，上海 today.") == []
    text = "He said «yes»。"
    findings = run("MT205", text)
    assert len(findings) == 3
    assert run("MT205", "Il a dit « oui ».", language="fr") == []


# --- MT301–MT304 casing -------------------------------------------------------------------------


def test_lost_sentence_break_fixes_and_alternatives():
    text = "He travelled to Uzbekistan On Sunday, he met his counterpart."
    (finding,) = run("MT301", text)
    assert fixed_texts(text, finding) == [
        "He travelled to Uzbekistan. On Sunday, he met his counterpart.",
        "He travelled to Uzbekistan on Sunday, he met his counterpart.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The court in The Hague ruled on it.",
        "He worked for On Line Inc until 2001.",
        "He said: The plan works.",
        "She wrote “The end is near” in a letter.",
        "Putin Visits Uzbekistan On His Third Trip Abroad",
        "I think I can go.",
    ],
)
def test_lost_sentence_break_guards(text):
    assert run("MT301", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He watched Doctor Who all night.",
        "They met in May and left.",
        "The Leader Which Shocked Everyone",
        "He asked: Which one is it?",
    ],
)
def test_midsentence_capital_guards(text):
    assert run("MT302", text) == []


def test_midsentence_capital_after_a_name_is_less_confident():
    text = "The most willing is Oregon Which has enlisted drivers."
    (finding,) = run("MT302", text)
    assert finding.confidence < 0.75
    assert "Oregon, which has" in fixed_texts(text, finding)[0]


def test_entity_case_ambiguous_names_and_urls_stay_quiet():
    text = "We ate turkey on china plates in may; see www.paris.fr and #kyiv."
    assert run("MT303", text) == []


def test_entity_case_safe_only_with_document_evidence():
    text = "North Korea said so. Then north korea denied it; kyiv agreed."
    findings = run("MT303", text)
    by_text = {text[f.start : f.end]: f for f in findings}
    assert by_text["north korea"].fixes[0].applicability is Applicability.SAFE
    assert by_text["kyiv"].fixes[0].applicability is Applicability.UNSAFE
    assert fixed_texts(text, by_text["kyiv"]) == [text.replace("kyiv", "Kyiv")]


def test_entity_case_common_words_are_no_evidence():
    assert run("MT303", "The Internet and the internet; The Earth and the earth.") == []


def test_lowercase_sentence_start_guards():
    text = "He came at 5 p.m. on Monday, e.g. after the talks. iPhone sales rose... and fell."
    assert run("MT304", text) == []
    assert run("MT304", "- an item\n- another one") == []


def test_lowercase_sentence_start_fix_applicability():
    text = "the talks began. they ended."
    findings = run("MT304", text)
    assert [f.fixes[0].applicability for f in findings] == [
        Applicability.SAFE,
        Applicability.UNSAFE,
    ]
    assert apply_edits(text, [f.fixes[0].edits[0] for f in findings]) == (
        "The talks began. They ended."
    )


# --- every core rule, arbitrary text ------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [*"aAbBoOnNtTwWhHiIsS .,;:!?…\"“”()[]«»。，'’-@#/\n0123456789", "Putin", "who", " On "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_core_rules_never_crash_and_fixes_stay_in_the_text(text):
    result = check_document(
        Document(text=text, language="en"), Config(min_confidence=0.0), rules=CORE_RULES
    )
    assert not result.failures, result.failures
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert 0.0 <= finding.confidence <= 1.0
        for fix in finding.fixes:
            apply_edits(text, fix.edits)  # raises if an edit is out of range or overlapping


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Construction was completed in… august 2011, but it did not open.", "August"),
        ("Rick Perry, Governor of… texas, spoke.", "Texas"),
        ("US President Donald Trump wrote on… twitter that talks went well.", "Twitter"),
        ("Shelling hit the border of dagestan overnight.", "Dagestan"),
        ("The video on youtube has a million views.", "YouTube"),
    ],
)
def test_entity_case_knows_states_platforms_and_months_after_an_ellipsis(text, written):
    (finding,) = run("MT303", text, min_confidence=0.5)
    assert finding.fixes[0].edits[0].replacement == written


def test_months_and_ordinary_words_stay_quiet_without_an_ellipsis():
    text = "We may march in august company; the windows of congress and an apple on twitter."
    assert run("MT303", text, min_confidence=0.5) == []
