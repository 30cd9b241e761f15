"""MT297 (paragraph-ends-on-semicolon-or-hyphen): a lead-in or a paragraph that ends with a
semicolon or a bare hyphen before a list item or a new sentence, and the lists, wrapped lines,
code and continuations that stay quiet. Every sentence is made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import loader_for
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.registry import rule_by_code

RULE = rule_by_code("MT297")
LEAD = "The rules for the guests of the hotel during the winter season are as follows"


def _findings(text: str) -> list:
    document = Document(text=text, language="en")
    return list(check_document(document, Config(min_confidence=0.0), rules=[RULE]).findings)


def test_a_semicolon_before_a_list_item_becomes_a_colon():
    text = f"{LEAD};\n1. No smoking in the rooms.\n2. No pets in the rooms."
    (finding,) = _findings(text)
    assert text[finding.start : finding.end] == ";"
    assert finding.confidence >= 0.5
    assert apply_fixes(text, [finding.fixes[0]]).text.startswith(f"{LEAD}:\n1.")


def test_a_semicolon_before_a_sentence_is_doubtful_and_offers_a_stop_first():
    text = f"{LEAD};\n\nThe guests must leave their rooms by noon on the last day."
    (finding,) = _findings(text)
    assert finding.confidence < 0.5
    assert [fix.title for fix in finding.fixes] == ["write a full stop", "write a colon"]


def test_a_hyphen_glued_to_the_last_word_before_a_list_item():
    text = "Here are some of the customs of the spring festival in our old town-\n- Eat dumplings."
    (finding,) = _findings(text)
    assert text[finding.start : finding.end] == "-"
    assert apply_fixes(text, [finding.fixes[0]]).text.startswith(
        "Here are some of the customs of the spring festival in our old town:\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # items of a list that end with semicolons, with or without markers
        f"{LEAD};\nNo smoking in any of the rooms;\nNo pets in any of the rooms.",
        "Guests must:\n- keep the rooms of the hotel quiet at night;\n- Leave by noon.",
        # the sentence goes on in lower case; a short label; a hyphen before a sentence
        f"{LEAD};\nthe staff will explain them to every guest.",
        "Notes;\nThe guests must leave their rooms by noon on the last day.",
        "The senator criticised the growing anti-\nAmerican mood in the northern region.",
        # a spaced hyphen or a double hyphen is a dash; code
        f"{LEAD} -\n1. No smoking in the rooms.",
        "p { margin: 0 auto; padding: 2px 4px 2px 4px;\nThe margins follow the theme.",
    ],
)
def test_lists_continuations_labels_compounds_and_code_stay_quiet(text):
    assert _findings(text) == []


def test_a_hard_wrapped_text_s_lines_that_end_on_a_semicolon_stay_quiet():
    text = (
        "The committee met on Monday to discuss the plan for the new harbour and its\n"
        "long-term effects on the fishing villages along the coast, the old town and the\n"
        "river valley. The first treaty on the harbour had been signed in the old capital;\n"
        "Northport and Southport followed a year later, when the new road was opened to\n"
        "traffic and the ferries began to run twice a day between the two towns again.\n\n"
        "The committee agreed to meet again in the spring to hear the fishermen and the\n"
        "mayors of the three towns, and the harbour master, who had asked for more time\n"
        "to prepare his report on the depth of the channel and the state of the piers.\n"
    )
    assert _findings(text) == []
    # the same line as a paragraph of its own (lines are paragraphs): a lost full stop
    assert len(_findings(text.replace("capital;\n", "capital;\n\n"))) == 1


def test_subtitles_are_not_read(tmp_path):
    path = Path(tmp_path) / "talk.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nThe rules for the guests of the hotel are as follows;\n"
        "\n2\n00:00:03,500 --> 00:00:05,000\nThe guests must leave by noon.\n",
        encoding="utf-8",
    )
    document = loader_for(path)(path, path.read_bytes())
    assert check_document(document, Config(min_confidence=0.0), rules=[RULE]).findings == ()


def test_a_list_of_paragraphs_ending_with_semicolons_stays_quiet():
    items = [
        "Ask the members of the club about the subjects they would like to study",
        "Get feedback from the members about the subjects that the club could offer",
        "Plan the first meetings of the club with the help of the members who offered",
    ]
    text = "\n\n".join(f"{item};" for item in items[:2]) + f"\n\n{items[2]}."
    assert _findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the wrapped rest of an item, flush and indented, before the next item
        "* the two libraries cover different domains and they do not\n"
        "compete with each other in any way at all;\n\n* the other item of the list.",
        "* the two libraries cover different domains and they do not\n"
        "  compete with each other in any way at all;\n\n* the other item of the list.",
        # a name written as code
        "Set the option legacy_text_extension to choose the text extension;\n\nAdded the option.",
    ],
)
def test_the_rest_of_a_list_item_and_code_names_stay_quiet(text):
    assert _findings(text) == []
