"""MT106: a run of three or more spaces before a capital reads as a page's layout gap (doubtful
tier); a doubled space inside a sentence stays at the bar in a file someone typed (a catalogue,
Markdown, hard-wrapped text) and is a hint in a plain-text file of a paragraph per line (most
often a web page's text, whose source spacing the browser never showed)."""

import dataclasses

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

_CONFIG = Config(min_confidence=0.0, select=("MT106",))


def _confidences(text: str, file_format: str = "po") -> list[float]:
    document = dataclasses.replace(Document(text=text, language="en"), format=file_format)
    return [f.confidence for f in check_document(document, _CONFIG).findings]


def test_layout_gap_before_a_capital_is_doubtful() -> None:
    assert _confidences("Ticket desk (walk 4 min)   Entry to the garden is free.") == [0.4]


def test_doubled_spaces_inside_a_sentence_stay_at_the_bar() -> None:
    text = "The mayor  opened the bridge and thanked   the workers on Friday."
    assert _confidences(text) == [0.9, 0.9]


def test_two_spaces_before_a_capital_stay_at_the_bar() -> None:
    assert _confidences("The delegates met  President Lula in the capital.") == [0.9]


def test_a_plain_text_run_at_a_seam_is_a_doubtful_hint() -> None:
    # Next to a comma, a digit or a capital: where a page's markup met (layout, not MT).
    text = "The mayor spoke,  Friday 3 May 2024  Bridge works ended on time."
    assert _confidences(text, "text") == [0.45, 0.45]


def test_a_plain_text_run_inside_a_phrase_stays_at_the_bar() -> None:
    # Between two lower-case letters no markup meets: the run shows in print.
    text = "The mayor  opened the bridge and thanked   the workers on Friday."
    assert _confidences(text, "text") == [0.9, 0.9]
    # The layout gap keeps its lower figure.
    assert _confidences("Ticket desk (walk 4 min)   Entry is free.", "text") == [0.4]


def test_typed_files_keep_the_run_at_the_bar() -> None:
    text = "The mayor  opened the bridge on Friday."
    assert _confidences(text, "markdown") == [0.9]
    wrapped = (
        "The mayor opened the new bridge over the river on Friday morning and thanked\n"
        "the workers who had built it in less than two years, despite the floods of\n"
        "the spring and the long winter that had stopped the work for three months at\n"
        "a time; the town council had voted for it in the autumn of the year before and\n"
        "the regional government paid for most of it, the rest coming from the town's\n"
        "own budget and from a loan that the council will pay back over twenty years;\n"
        "the bridge carries two lanes of traffic and a path for bicycles and walkers,\n"
        "and the old ferry  will stop running at the end of the month, said the mayor.\n"
    )
    assert _confidences(wrapped, "text") == [0.9]


def test_a_menu_row_between_bars_is_furniture() -> None:
    text = "The bridge opened on Friday.\nChinese  |  English  |  School web site  |  Login\n"
    assert _confidences(text) == []
