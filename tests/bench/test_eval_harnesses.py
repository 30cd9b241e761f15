"""The dev-set harnesses run end to end on the committed sets and count every gold span once."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import localdata  # noqa: E402
import pytest  # noqa: E402
from eval_realmt import main as eval_realmt_main  # noqa: E402
from eval_realmt import run_set  # noqa: E402
from finders import Engine  # noqa: E402

# realmt-en is verbatim page text kept outside git (bench/localdata.py).
MISSING = localdata.missing_reason("bench/data/realmt-en", ["dev.jsonl"])
needs_realmt = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@needs_realmt
def test_every_gold_span_is_scored_once() -> None:
    folder = localdata.folder("bench/data/realmt-en")
    lines = [json.loads(line) for line in (folder / "dev.jsonl").read_text().splitlines()]
    results, _ = run_set(folder, Engine(), baseline=False)
    summary = results["tools"]["mtlint"]
    assert summary["overall"]["gold"] == sum(len(line["errors"]) for line in lines)
    assert summary["overall"]["found"] <= summary["overall"]["gold"]
    clean_words = summary["clean"]["words"]
    assert clean_words > 1000  # the clean wire copy is counted as clean, not as MT


@needs_realmt
def test_json_output(capsys) -> None:
    assert eval_realmt_main(["--json", "--no-baseline"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures[0]["language"] == "en"
    assert set(figures[0]["tools"]) == {"mtlint"}


def test_missing_set_is_one_line(tmp_path, capsys) -> None:
    assert eval_realmt_main(["--set", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
