"""The dev-set matcher counts a hand-made case right (bench/goldmatch.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from goldmatch import Found, Gold, Tally, count_words, overlaps

TEXT = "He met hisBelarusian counterpart in Minsk .Then the the talks began."


def test_overlap_counts_insertion_points_on_the_edge() -> None:
    assert overlaps(7, 20, 10, 10)  # an insertion point inside a span
    assert overlaps(7, 20, 20, 20)  # … and on its edge
    assert not overlaps(7, 20, 21, 21)
    assert not overlaps(0, 5, 5, 9)  # spans that only touch do not overlap


def test_hand_made_case() -> None:
    glued = TEXT.index("hisBelarusian")
    dot = TEXT.index(" .T")
    doubled = TEXT.index(" the talks")
    golds = [
        Gold(glued, glued + 13, "glued_word", "his Belarusian"),
        Gold(dot, dot + 3, "spacing_punctuation", ". T"),
        Gold(doubled, doubled + 4, "doubled_word", ""),
    ]
    findings = [
        # finds and fixes the glued word (an insertion at the split point)
        Found(glued, glued + 13, "MT101", (((glued + 3, glued + 3, " "),),)),
        # finds the spacing error but suggests the wrong fix
        Found(dot, dot + 1, "MT104", (((dot, dot + 1, ""),),)),
        # a false alarm on "Minsk"
        Found(TEXT.index("Minsk"), TEXT.index("Minsk") + 5, "MT303"),
    ]
    tally = Tally()
    tally.score(TEXT, findings, golds)
    summary = tally.summary()
    categories = summary["categories"]
    assert categories["glued_word"] == {
        "gold": 1, "found": 1, "fixed": 1, "recall": 1.0,
        "findings": 1, "right": 1, "precision": 1.0,
    }  # fmt: skip
    assert categories["spacing_punctuation"]["found"] == 1
    assert categories["spacing_punctuation"]["fixed"] == 0
    assert categories["doubled_word"]["found"] == 0
    # the false alarm counts under its rule's category (MT303: entity case)
    assert categories["entity_case"] == {
        "gold": 0, "found": 0, "fixed": 0, "recall": None,
        "findings": 1, "right": 0, "precision": 0.0,
    }  # fmt: skip
    overall = summary["overall"]
    assert (overall["gold"], overall["found"], overall["fixed"]) == (3, 2, 1)
    assert (overall["findings"], overall["right"]) == (3, 2)


def test_clean_rate_and_cjk_words() -> None:
    tally = Tally()
    tally.score_clean("one two three four", [Found(0, 3, "MT101")])
    assert tally.summary()["clean"]["per_1000_words"] == 250.0
    assert count_words("我们今天去北京") == 3.5  # seven Chinese characters
    assert count_words("Tokyo 東京 city") == 3.0
    assert count_words("नमस्ते दुनिया") == 2  # vowel signs do not split a word


def test_an_anchor_counts_as_the_error() -> None:
    text = "“We will stay, he said."
    comma = text.index(",")
    gold = Gold(comma, comma + 1, "quote", ",”", anchor=(0, 1))
    tally = Tally()
    tally.score(text, [Found(0, 1, "MT203")], [gold])  # the checker points at the orphan “
    assert tally.summary()["overall"]["found"] == 1
    assert tally.summary()["overall"]["right"] == 1
