"""bench/eval_case_consensus.py: the other systems' vote labels a stray capital and a
lower-cased name, and leaves a split vote alone. Invented segments."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import eval_case_consensus


def _line(system: str, target: str, segment: str = "1", human: bool = False) -> dict:
    return {
        "system": system,
        "doc": "talk.1",
        "seg_id": segment,
        "target": target,
        "is_human_translation": human,
    }


def test_a_capital_the_others_write_in_lower_case_is_labelled() -> None:
    lines = [_line("s1", "We saw the old Bridge over the river.")] + [
        _line(f"s{n}", "We saw the old bridge over the river.") for n in range(2, 5)
    ]
    labels = eval_case_consensus.labels(lines)
    assert labels == {("s1", "talk.1"): [("1", 15, 21, "cap")]}


def test_a_name_the_others_capitalise_is_labelled_and_the_human_text_has_no_vote() -> None:
    lines = [_line("s1", "They flew to paris on Monday.")] + [
        _line(f"s{n}", "They flew to Paris on Monday.") for n in range(2, 5)
    ]
    lines.append(_line("ref", "They flew to paris on Monday.", human=True))
    assert eval_case_consensus.labels(lines) == {("s1", "talk.1"): [("1", 13, 18, "low")]}


def test_a_split_vote_is_no_label() -> None:
    lines = [
        _line("s1", "We met the Mayor at noon."),
        _line("s2", "We met the Mayor at noon."),
        _line("s3", "We met the mayor at noon."),
        _line("s4", "We met the mayor at noon."),
        _line("s5", "We met the mayor at noon."),
    ]
    assert eval_case_consensus.labels(lines) == {}


def test_documents_join_a_systems_segments_in_order() -> None:
    lines = [_line("s1", "Second.", "2"), _line("s1", "First.", "1")]
    text, offsets, human = eval_case_consensus.documents(lines)[("s1", "talk.1")]
    assert text == "First.\nSecond.\n"
    assert offsets == {"1": 0, "2": 7}
    assert human is False
