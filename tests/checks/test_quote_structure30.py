"""MT203 read from the paragraph's own quote structure (h30quotes, session 24): an opening
mark attached to the wrong side of its space and faced by that neighbour ("firmly” clings”"),
and a straight quotation left open when the next one opens after its own attribution. The
look-alikes stay quiet. Invented sentences."""

from __future__ import annotations

import pytest
from helpers import code_findings, code_fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "If the stain is stubborn and firmly” clings” to the cloth, soak it.",
            "If the stain is stubborn and firmly “clings” to the cloth, soak it.",
        ),
        (
            'The mayor called the bridge a" national pride" in her speech.',
            'The mayor called the bridge a "national pride" in her speech.',
        ),
    ],
)
def test_an_opening_mark_turned_onto_the_word_before(text: str, fixed: str) -> None:
    found = code_findings(text, "MT203")
    assert len(found) == 1  # one mistake, one finding: the second mark closes
    assert code_fixed(text, "MT203") == fixed


def test_a_straight_quotation_left_open_before_the_next_attribution() -> None:
    text = (
        'The dean said at the opening: "The valley is a fine place to study. Turning to the '
        'new labs, he said: "Today we rank first in the region. Ten of them are ours.'
    )
    found = code_findings(text, "MT203")
    assert [text[f.start : f.end] for f in found] == [".", '"']
    assert found[0].start == text.index("study.") + 5  # the stop before "Turning"
    assert found[1].start == text.index(': "Today') + 2  # the second quotation, never closed
    closed = code_fixed(text, "MT203")
    assert 'to study." Turning' in closed and closed.endswith('are ours."')


def test_a_comma_attribution_opens_the_next_quotation_too() -> None:
    text = 'He said: "We will stay. On the budget, the minister added, "It is ready." Then he left.'
    found = code_findings(text, "MT203")
    assert len(found) == 1 and text[found[0].start : found[0].end] == "."
    assert code_fixed(text, "MT203").startswith('He said: "We will stay." On the budget')


@pytest.mark.parametrize(
    "text",
    [
        '"Yes," he said, "we will go." Then she added: "No, we stay."',
        'He said: "We go." Turning to us, he said: "Stay here."',
        'A 5" screen and a 7" tablet sell well; the 12" model does not.',
        "They called it the “best” plan and the “worst” one.",
        "The talks ended,” he said, and the “deal” held.",
        "“We will win.\n\n“And we will stay,” he said.",
        'He said that it was "a mistake" and that "nobody" knew.',
        'The motto reads: "Unity. Work. Peace."',
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert not code_findings(text, "MT203")


@pytest.mark.parametrize(
    "text",
    [
        "Steel plays a big role in modern cookware .Due to its price, it sells.",
        "Rents rose across the province .Analysts expect more of the same.",
    ],
)
def test_a_tokenised_stop_before_any_common_word(text: str) -> None:
    found = code_findings(text, "MT104")
    assert len(found) == 1 and found[0].confidence == 0.7
    assert ". " in code_fixed(text, "MT104")


@pytest.mark.parametrize(
    "text",
    [
        "The tool runs on .Net and on 4 .Net hosts.",
        "The team ships the app .Net runtime daily.",  # dot_led_names
        "Rents rose across the province .Xyzzq was the town.",  # no common word
    ],
)
def test_a_dot_led_name_or_rare_word_stays_quiet(text: str) -> None:
    assert not code_findings(text, "MT104")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("She said ‘we are ready to go” and left.", "She said “we are ready to go” and left."),
        ("He said “we are ready to go’ and left.", "He said “we are ready to go” and left."),
        ("He called it 'a great day\" for all.", 'He called it "a great day" for all.'),
    ],
)
def test_one_quotation_opened_and_closed_in_two_styles(text: str, fixed: str) -> None:
    assert len(code_findings(text, "MT203")) == 1
    assert code_fixed(text, "MT203") == fixed


@pytest.mark.parametrize(
    "text",
    [
        "He said “the workers’ union agrees with us” and left.",
        "He said “we love rock 'n' roll and the '90s” and left.",
        "She said “I told them ‘no’ twice” to us.",
        "Their 'Best of' album and the 12\" single sold well.",
    ],
)
def test_single_marks_that_are_no_other_style_stay_quiet(text: str) -> None:
    assert not code_findings(text, "MT203")


def test_a_tokenised_pair_in_a_line_with_a_lost_mark() -> None:
    text = 'The hall shows Goya "Lady (1790), and " The Fisherman "(1805) by Manet.'
    found = code_findings(text, "MT220")
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == '" The Fisherman "'


@pytest.mark.parametrize(
    "text",
    [
        'He said "we go. " And then "no more to say.',
        'He said "we go" and " then left the hall.',
    ],
)
def test_an_odd_line_without_a_tokenised_pair_stays_quiet(text: str) -> None:
    assert not code_findings(text, "MT220")


def test_a_curly_quotation_left_open_before_the_next_attribution() -> None:
    text = "He said: “We lead the region in science. Turning to the labs, he said: “We rank first.”"
    found = code_findings(text, "MT203")
    assert len(found) == 1 and text[found[0].start : found[0].end] == "."
    assert "in science.” Turning" in code_fixed(text, "MT203")


def test_a_closing_mark_before_its_comma_opens_no_tokenised_pair() -> None:
    text = 'We hope it goes well " , the mayor told the paper " Daily Post " on Monday .'
    found = code_findings(text, "MT220")
    assert [text[f.start : f.end] for f in found] == ['" Daily Post "']


def test_a_straight_quotation_carried_into_the_next_paragraph_stays_quiet() -> None:
    assert not code_findings('He said: "We go now.\n\n"And we stay," he added.', "MT203")
    # Without a mark to carry it on, the open quotation is still reported.
    assert code_findings('He said: "We go now.\n\nAnd we stay, he added.', "MT203")


@pytest.mark.parametrize(
    "text", ["„We are here“ said the mayor.", "He said „we go“ and „we stay“ to them."]
)
def test_a_german_pair_kept_in_english_is_no_unclosed_quotation(text: str) -> None:
    # MT205 reports the low mark; its “ closes the quotation, as in German.
    assert not code_findings(text, "MT203")
    assert code_findings(text, "MT205")


def test_a_closing_mark_moved_to_the_next_paragraph_is_no_carried_quotation() -> None:
    # The next paragraph's mark is spaced from its word: a closing mark, not a new opening one.
    text = 'The mayor said that "the works will last two years.\n" She added that "more" came.'
    assert code_findings(text, "MT203")


def test_a_double_quotation_closed_with_a_single_mark_gets_one_finding() -> None:
    # MT203 reads the ’ as the close of the “ quotation (one quotation, two styles); MT966 left
    # it alone, not as a lone mark with another fix on the same character (h30mend).
    text = "The coach said “we are ready’ and walked out of the hall."
    mark = text.index("’")
    both = [f for code in ("MT203", "MT966") for f in code_findings(text, code)]
    assert [(f.code, f.start) for f in both] == [("MT203", mark)]


def test_a_lone_single_mark_after_a_closed_double_quotation_is_still_reported() -> None:
    text = "The coach said “we are ready” and the Council’ meeting went on."
    found = code_findings(text, "MT966")
    assert [text[f.start : f.end] for f in found] == ["’"]
