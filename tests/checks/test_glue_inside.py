"""MT101 never splits a word of a multi-word name whose letters end in a glue or common word
(checks/glue_inside.py), and still finds a glued word inside such a name."""

import pytest
from mtlint.checks.engine import check_text


def _glue(text: str, language: str = "en") -> list[str]:
    findings = check_text(text, language=language).findings
    return [text[f.start : f.end] for f in findings if f.code == "MT101"]


@pytest.mark.parametrize(
    "text",
    [
        # wordfreq has seen the token and the name goes on.
        "Fans filled the Sultan Hassanal Bolkiah Stadium on Friday.",
        # A pinyin given name after (or before) a common surname.
        "On Monday, Zheng Xianglong said the new plan works.",
        "On Monday, Xianglong Zheng said the new plan works.",
        # A glue word that never links two names, between two capitalised words.
        "Pilgrims visited Wat Phrathat Pha Ngao at dawn.",
    ],
)
def test_a_word_of_a_name_is_not_split(text):
    assert _glue(text) == []


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # A word that links two names, glued on, even to a token wordfreq has seen.
        ("Experts Aaron David Millerand Richard Sokolsky spoke.", "Millerand"),
        # A particle glued to a token wordfreq never saw.
        ("Crown Prince Mohammedbin Salman arrived.", "Mohammedbin"),
        # No capitalised word after: the name ends there.
        ("The Russian president Vladimir Putinwho arrived on Sunday spoke.", "Putinwho"),
    ],
)
def test_a_glued_word_inside_a_name_is_still_found(text, glued):
    assert glued in _glue(text)
