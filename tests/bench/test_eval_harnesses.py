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


@needs_realmt
def test_a_missing_set_is_one_line_and_the_others_are_measured(tmp_path, capsys) -> None:
    code = eval_realmt_main(
        ["--set", str(tmp_path), "--set", "realmt-en", "--no-baseline", "--json"]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "skipped" in captured.err
    assert [figures["language"] for figures in json.loads(captured.out)] == ["en"]


def test_confidence_with_no_set_here_says_one_line_per_set(capsys) -> None:
    from eval_confidence import main as eval_confidence_main

    assert eval_confidence_main(["--set", "realmt-zz1", "--set", "realmt-zz2"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all("is not here" in line for line in lines)


def test_multilingual_measures_what_is_there(tmp_path, capsys) -> None:
    from eval_multilingual import main as eval_multilingual_main

    assert eval_multilingual_main(["--data", str(tmp_path), "--only", "synthetic"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_realfiles_bench_leaves_out_missing_files(tmp_path, monkeypatch, capsys) -> None:
    import bench_realfiles

    (tmp_path / "here.txt").write_text("Some text.\n")
    monkeypatch.setattr(bench_realfiles, "CORPUS", tmp_path)
    prose, bilingual = ["here.txt", "gone.md"], ["gone.po"]
    monkeypatch.setattr(bench_realfiles, "PROSE", prose)
    monkeypatch.setattr(bench_realfiles, "BILINGUAL", bilingual)
    assert bench_realfiles._present_files()
    assert prose == ["here.txt"] and bilingual == []
    assert capsys.readouterr().err.count("skipped") == 2
    monkeypatch.setattr(bench_realfiles, "PROSE", [])
    assert not bench_realfiles._present_files()
