"""`mtlint check --backtranslate` end to end through the CLI, with the tiny real packages."""

from __future__ import annotations

import json
from pathlib import Path

from mtlint.checks.cli import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_backtranslate_json(tiny_pair, capsys):
    code = main(["check", "--backtranslate", "--pivot", "de", "--format", "json", str(SEED)])
    out = capsys.readouterr().out
    report = json.loads(out)
    file = report["files"][0]
    rows = file["backtranslation"]
    assert rows, "one row per sentence"
    text = SEED.read_text(encoding="utf-8")
    for row in rows:
        assert {"start", "end", "text", "roundtrip", "chrf", "bleu", "ter"} <= set(row)
        assert text[row["start"] : row["end"]] == row["text"]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    assert set(file["document_scores"]) >= {"chrf", "bleu", "ter"}
    mt801 = [f for f in file["findings"] if f["code"] == "MT801"]
    assert mt801 and all(f["family"] == "backtranslation" for f in mt801)
    assert code == 1


def test_check_backtranslate_text_report(tiny_pair, tmp_path, capsys):
    path = _write(tmp_path, "a.txt", "The president arrived on Sunday. He met the leader.\n")
    main(["check", "--backtranslate", "--all-sentences", str(path)])
    out = capsys.readouterr().out
    assert "back-translation, worst sentences first" in out
    assert "round trip:" in out and "original:   The president arrived on Sunday." in out
    assert "MT801 Round trip through de scores chrF" in out


def test_check_with_source_is_bilingual(tiny_pair, tmp_path, capsys):
    target = _write(tmp_path, "en.txt", "The president arrived on Sunday. He met the leader.\n")
    source = _write(tmp_path, "de.txt", "Der Präsident kam am Sonntag an. Er traf den Leiter.\n")
    main(["check", "--source", str(source), "--source-lang", "de", "--format", "json", str(target)])
    rows = json.loads(capsys.readouterr().out)["files"][0]["backtranslation"]
    assert [r["source"] for r in rows] == [
        "Der Präsident kam am Sonntag an.",
        "Er traf den Leiter.",
    ]
    assert all("forward" in r and "forward_chrf" in r for r in rows)


def test_missing_model_keeps_the_rule_findings_with_one_warning(fresh_argos, tmp_path, capsys):
    # Issue 10: without a model the rule findings still count and decide the exit code.
    clean = _write(tmp_path, "a.txt", "The president arrived on Sunday.\n")
    assert main(["check", "--backtranslate", "--pivot", "ar", "--lang", "en", str(clean)]) == 0
    err = capsys.readouterr().err
    # Both directions are named, with their download size, in one line.
    assert err == (
        "mtlint: warning: no en→ar, ar→en models (download ≈ 162 MB): mtlint models download"
        " en ar; mtlint models download ar en, or mtlint models install FILE; reporting rule"
        " findings only\n"
    )
    glued = _write(tmp_path, "b.txt", "President Putinwho arrived. Putin spoke.\n")
    second = _write(tmp_path, "c.txt", "The president arrived on Sunday.\n")
    argv = ["check", "--backtranslate", "--pivot", "ar", "--lang", "en", str(glued), str(second)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "MT101" in captured.out
    assert captured.err.count("warning") == 1


def test_no_cache_option(tiny_pair, tmp_path, capsys):
    from mtlint.checks.backtranslation import translate

    path = _write(tmp_path, "a.txt", "The president arrived on Sunday.\n")
    main(["check", "--backtranslate", str(path)])
    calls = {p.info.label: p.calls for p in translate._loaded.values()}
    main(["check", "--backtranslate", str(path)])
    assert {p.info.label: p.calls for p in translate._loaded.values()} == calls
    main(["check", "--backtranslate", "--no-cache", str(path)])
    assert {p.info.label: p.calls for p in translate._loaded.values()} != calls
    capsys.readouterr()


def test_rules_and_explain_list_the_reserved_codes(capsys):
    main(["rules", "--format", "json"])
    rules = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["MT801"]["name"] == "low-roundtrip-score"
    assert rules["MT802"]["name"] == "low-forward-score"
    assert not rules["MT801"]["default_enabled"] and not rules["MT802"]["default_enabled"]
    assert main(["explain", "MT802"]) == 0
    assert "Gale–Church" in capsys.readouterr().out


def test_ignore_drops_backtranslation_findings(tiny_pair, capsys):
    main(["check", "--backtranslate", "--ignore", "MT801", "--format", "json", str(SEED)])
    file = json.loads(capsys.readouterr().out)["files"][0]
    assert file["backtranslation"]  # the scores are still there
    assert not [f for f in file["findings"] if f["code"] == "MT801"]


def test_empty_document(tiny_pair, tmp_path, capsys):
    path = _write(tmp_path, "empty.txt", "\n\n")
    assert main(["check", "--backtranslate", "--lang", "en", "--format", "json", str(path)]) == 0
    file = json.loads(capsys.readouterr().out)["files"][0]
    assert file["backtranslation"] == [] and file["document_scores"] == {}


def test_backtranslation_with_dask_says_it_runs_here(fresh_argos, tmp_path, capsys):
    # The models load once on this machine; the cluster (never contacted here) is not used.
    glued = _write(tmp_path, "b.txt", "President Putinwho arrived. Putin spoke.\n")
    argv = ["check", "--backtranslate", "--pivot", "ar", "--lang", "en", str(glued)]
    assert main([*argv, "--dask", "tcp://127.0.0.1:1"]) == 1
    captured = capsys.readouterr()
    assert "MT101" in captured.out
    assert "mtlint: --backtranslate runs on this machine, not on the Dask cluster\n" in captured.err
    assert "cannot reach the Dask scheduler" not in captured.err
