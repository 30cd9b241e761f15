"""bench/eval_page_evidence.py: a finding's independent evidence is the sure findings elsewhere
on its page (own span and neighbours left out, one artefact counted once, a window of words);
bench/eval_bands.py gives multilingual tuning sets each line's own language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from eval_bands import _line_language, _set_language  # noqa: E402
from eval_page_evidence import band_of, bucket_of, evidence, tabulate  # noqa: E402

# Invented page: word starts every 10 characters (100 words); findings are
# [code, confidence, start, end, right].
WORDS = list(range(0, 1000, 10))


def _record(findings: list[list], group: str = "realmt") -> dict:
    return {"group": group, "set": "x", "words": WORDS, "findings": findings}


def test_own_span_neighbours_and_duplicates_are_left_out() -> None:
    record = _record(
        [
            ["MT994", 0.4, 500, 505, True],  # the doubtful finding judged
            ["MT101", 0.9, 520, 530, True],  # a near neighbour (within 40 characters): not evidence
            ["MT103", 0.9, 100, 104, True],  # sure, far: evidence
            ["MT110", 0.85, 102, 106, True],  # one artefact, a second rule: counted once
            ["MT346", 0.6, 300, 305, False],  # not sure: not evidence
        ]
    )
    assert evidence(record, 0, sure=0.8, near=40, window=300) == (1, 1)
    # A window of 10 words either side of the finding (words 40..60) leaves the far one out.
    assert evidence(record, 0, sure=0.8, near=40, window=10) == (0, 1)


def test_bands_buckets_and_tables() -> None:
    assert band_of(0.4) == ">=0.35" and band_of(0.5) == ">=0.50" and band_of(0.1) == "<0.2"
    assert [bucket_of(n) for n in (0, 1, 2, 7)] == ["0", "1", "2", "3+"]
    record = _record([["MT994", 0.4, 500, 505, True], ["MT103", 0.9, 100, 104, True]])
    args = argparse.Namespace(
        codes="", sure=0.8, near=40, window=300, whole=False, by_set=False, by_code=False
    )
    table = tabulate([record], args)
    assert table[("realmt", ">=0.35", "1")] == [1, 1]
    assert table[("realmt", ">=0.80", "0")] == [1, 1]


def test_tuning_sets_take_each_lines_language() -> None:
    assert _set_language(Path("caps-real-ml")) is None
    assert _set_language(Path("breaks-real-en")) == "en"
    assert _set_language(Path("realmt-de19")) == "de"
    assert _line_language({"id": "pt-mt-001", "target_lang": "unknown-real-ml"}) == "pt"
    assert _line_language({"id": "x", "target_lang": "de"}) == "de"
    assert _line_language({"id": "caps-001"}) == "en"


def test_pool_firings_count_only_when_read() -> None:
    from eval_page_evidence import collect

    # Invented: a doubled word (MT401) in a page nobody labelled.
    line = {
        "id": "pool-1",
        "target": "The committee met and the the members agreed.",
        "_lang": "en",
    }
    (unread,) = collect([("pool", "pool", [dict(line)], False)])
    doubled = [f for f in unread["findings"] if f[0] == "MT401"]
    assert doubled and doubled[0][4] is None  # not read: left out of the tables
    key = unread["keys"][unread["findings"].index(doubled[0])]
    (read,) = collect([("pool", "pool", [dict(line)], False)], {key: True})
    assert [f[4] for f in read["findings"] if f[0] == "MT401"] == [True]
