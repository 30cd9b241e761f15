"""The pool-precision harness: pages are read as blank-line blocks under a URL line, findings
meet their judgements by offset and key (or by key alone when a rule moved its span), and
precision counts right against wrong only. Invented text; no page of the pool."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from eval_pool_precision import (  # noqa: E402
    findings_of,
    match,
    precision,
    read_pages,
    tabulate,
    text_key,
)


def test_pages_are_blocks_under_their_url(tmp_path: Path) -> None:
    (tmp_path / "pages.txt").write_text(
        "# https://one.example.org/a\nFirst line.\nSecond line.\n\n# https://two.example.org/b\n"
        "Other page.\n",
        encoding="utf-8",
    )
    assert read_pages(tmp_path) == [
        ("https://one.example.org/a", "First line.\nSecond line.", "en"),
        ("https://two.example.org/b", "Other page.", "en"),
    ]


def test_a_page_may_name_its_language_after_the_url(tmp_path: Path) -> None:
    (tmp_path / "pages.txt").write_text(
        "# https://one.example.org/a de\nErste Zeile.\n\n# https://two.example.org/b\nOther.\n",
        encoding="utf-8",
    )
    assert [(url, language) for url, _, language in read_pages(tmp_path)] == [
        ("https://one.example.org/a", "de"),
        ("https://two.example.org/b", "en"),
    ]
    records = findings_of(
        [("https://x.example.org/", "Die Anlage öffnete im Mai.Die Linie läuft.", "de")], 0.2
    )
    assert records and {r["language"] for r in records} == {"de"}


def test_a_moved_finding_meets_its_judgement_by_key() -> None:
    judged = [
        {"url": "u", "code": "MT103", "start": 10, "key": text_key(".The"), "verdict": "right"}
    ]
    moved = {"url": "u", "code": "MT103", "start": 11, "key": text_key(".The")}
    other = {"url": "u", "code": "MT105", "start": 10, "key": text_key(".The")}
    assert match([moved, other], judged) == ["right", None]


def test_precision_counts_right_against_wrong_and_leaves_unsure_out() -> None:
    records = [{"code": "MT103", "confidence": c} for c in (0.85, 0.85, 0.85, 0.3)]
    rows = tabulate(records, ["right", "wrong", "unsure", None], "code")
    assert precision(rows[("bar", "MT103")]) == 0.5
    assert rows[("doubtful", "ALL")]["n"] == 1
    assert precision(rows[("doubtful", "ALL")]) is None


def test_the_engine_runs_on_a_page() -> None:
    records = findings_of(
        [("https://x.example.org/", "The plant opened in May.The line runs.", "en")], 0.2
    )
    assert any(r["code"] == "MT103" and r["key"] == text_key(".The") for r in records)
