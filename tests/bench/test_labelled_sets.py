"""The English labelled sets' documents, read once for the unknown-token and the case-token
tables (bench/labelled_sets.py): each set's dev.jsonl the store holds, one line for a set it
lacks, then the negative-only native English. Invented text; no page of a set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import case_tokens  # noqa: E402
import labelled_sets  # noqa: E402
import unknown_tokens  # noqa: E402


def test_the_two_tables_read_one_list_of_sets() -> None:
    assert unknown_tokens.SETS == labelled_sets.ENGLISH_SETS
    assert set(case_tokens.SETS) < set(labelled_sets.ENGLISH_SETS)
    assert "native-news-en" not in case_tokens.SETS


def test_a_set_in_the_store_is_read_and_an_absent_one_named(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MTLINT_REAL_DATA", str(tmp_path))
    monkeypatch.setattr(labelled_sets, "native_documents", lambda: [])
    folder = tmp_path / "bench" / "data" / "made-up-en"
    folder.mkdir(parents=True)
    line = {
        "id": "p1",
        "url": "https://www.example.org/news/1",
        "target": "The orchard bloomd early.",
        "errors": [{"start": 12, "end": 18, "category": "typo"}],
    }
    (folder / "dev.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    documents = labelled_sets.labelled_documents(("made-up-en", "gone-en"))
    assert [(d["set"], d["id"], d["group"], d["kind"]) for d in documents] == [
        ("made-up-en", "p1", "example.org", "mt")
    ]
    assert documents[0]["gold"] == [(12, 18, "typo")]
    assert "gone-en: absent from the store" in capsys.readouterr().out
