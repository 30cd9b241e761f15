"""MT106: a run of three or more spaces before a capital reads as a page's layout gap (doubtful
tier); a doubled space inside a sentence stays at the bar."""

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _confidences(text: str) -> list[float]:
    result = check_text(text, language="en", config=Config(min_confidence=0.0, select=("MT106",)))
    return [f.confidence for f in result.findings]


def test_layout_gap_before_a_capital_is_doubtful() -> None:
    assert _confidences("Ticket desk (walk 4 min)   Entry to the garden is free.") == [0.4]


def test_doubled_spaces_inside_a_sentence_stay_at_the_bar() -> None:
    text = "The mayor  opened the bridge and thanked   the workers on Friday."
    assert _confidences(text) == [0.9, 0.9]


def test_two_spaces_before_a_capital_stay_at_the_bar() -> None:
    assert _confidences("The delegates met  President Lula in the capital.") == [0.9]
