"""The command line: exit codes, reports, fixing (diff, write, unsafe, overlaps), configuration,
and a crashing rule. Most tests call ``checks.cli.main`` in process; one runs the installed
``mtlint`` script."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys

import pytest
from mtlint.checks import engine
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.model import ExitCode
from mtlint.checks.registry import Example, Rule, all_rules, good, rule_by_code

LOOP = "He said that the the end. He said that the the end.\r\nOk.\r\n"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_exit_codes_clean_findings_and_errors(workdir, capsys):
    (workdir / "clean.txt").write_text("The president arrived in Tashkent on Sunday.\n")
    (workdir / "bad.txt").write_text("The president met the the minister.\n")
    # Own families only: the exit code is under test, not other rules' view of the sentence.
    mine = "MT4,MT5,MT6"
    assert run_cli(capsys, "check", "--select", mine, "clean.txt")[0] == ExitCode.CLEAN
    code, out, _ = run_cli(capsys, "check", "--select", mine, "bad.txt")
    assert code == ExitCode.FINDINGS
    assert "bad.txt:1:" in out and "MT401" in out
    # `mtlint FILE` is short for `mtlint check FILE`.
    assert run_cli(capsys, "bad.txt")[0] == ExitCode.FINDINGS
    assert run_cli(capsys, "check", "missing.txt")[0] == ExitCode.USAGE_OR_INPUT_ERROR


def test_bad_select_is_one_line(workdir, capsys):
    (workdir / "a.txt").write_text("Text.\n")
    code, out, err = run_cli(capsys, "check", "--select", "MT000,bogus", "a.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert err.count("\n") == 1 and "MT000" in err and "bogus" in err
    assert out == ""


def test_unknown_option_and_no_command(capsys):
    assert main(["check", "--no-such-option", "x"]) == ExitCode.USAGE_OR_INPUT_ERROR
    assert main([]) == ExitCode.USAGE_OR_INPUT_ERROR
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err


def test_json_report_fields(workdir, capsys):
    (workdir / "bad.txt").write_text("Intro line.\nHe met the the minister.\n")
    code, out, _ = run_cli(capsys, "check", "--format", "json", "--select", "MT401", "bad.txt")
    assert code == ExitCode.FINDINGS
    report = json.loads(out)
    assert report["version"] == 1
    counts = {key: report["summary"][key] for key in ("files", "findings", "errors")}
    assert counts == {"files": 1, "findings": 1, "errors": 0}
    assert report["summary"]["score"]["penalty"] == 5  # one warning: a major error (issue 14)
    (file_entry,) = report["files"]
    assert {"path", "language", "words", "error", "findings", "rule_failures"} <= set(file_entry)
    assert file_entry["error"] is None and file_entry["language"] == "en"
    (finding,) = file_entry["findings"]
    expected = {
        "path",
        "code",
        "name",
        "family",
        "start",
        "end",
        "line",
        "column",
        "text",
        "message",
        "severity",
        "confidence",
        "fixes",
    }
    assert expected <= set(finding)
    assert finding["code"] == "MT401" and finding["family"] == "repetition"
    assert (finding["line"], finding["column"]) == (2, 8)
    text = (workdir / "bad.txt").read_text()
    assert text[finding["start"] : finding["end"]] == "the the" == finding["text"]
    (fix,) = finding["fixes"]
    assert fix["applicability"] == "safe"
    assert fix["edits"] == [{"start": 22, "end": 26, "replacement": ""}]


def test_json_report_of_an_unreadable_path(workdir, capsys):
    code, out, err = run_cli(capsys, "check", "--format", "json", "missing.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    report = json.loads(out)
    assert report["summary"]["errors"] == 1
    assert "missing.txt" in report["files"][0]["error"]
    assert err.count("\n") == 1 and "missing.txt" in err


def test_fix_diff_leaves_the_file_alone(workdir, capsys):
    path = workdir / "loop.txt"
    path.write_bytes(LOOP.encode())
    code, out, err = run_cli(capsys, "fix", "--diff", "loop.txt")
    assert code == ExitCode.FINDINGS
    assert out.startswith("--- a/loop.txt\n+++ b/loop.txt\n")
    assert "+He said that the end. He said that the end.\r\n" in out
    assert path.read_bytes() == LOOP.encode()
    assert not (workdir / "loop.txt.bak").exists()
    assert "--write" in err


def test_fix_write_is_atomic_keeps_backup_and_crlf(workdir, capsys):
    path = workdir / "loop.txt"
    path.write_bytes(LOOP.encode())
    code, _, err = run_cli(capsys, "fix", "--write", "loop.txt")
    assert code == ExitCode.FINDINGS
    assert (workdir / "loop.txt.bak").read_bytes() == LOOP.encode()
    new = path.read_bytes()
    # Only the two safe edit spans changed; CRLF line ends are kept exactly.
    assert new == b"He said that the end. He said that the end.\r\nOk.\r\n"
    assert "2 fix(es) written" in err
    assert not [p for p in workdir.iterdir() if p.name not in ("loop.txt", "loop.txt.bak")]


def test_fix_write_failure_leaves_the_file_whole(workdir, capsys, monkeypatch):
    import os

    path = workdir / "loop.txt"
    path.write_bytes(LOOP.encode())

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    # The rename is the one step that makes the new text visible; if it fails, nothing changes.
    monkeypatch.setattr(os, "replace", fail)
    code, _, err = run_cli(capsys, "fix", "--write", "loop.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert path.read_bytes() == LOOP.encode()
    assert [line for line in err.splitlines() if "cannot write" in line] == [
        "mtlint: loop.txt: cannot write (No space left on device)"
    ]
    leftovers = {p.name for p in workdir.iterdir()} - {"loop.txt", "loop.txt.bak"}
    assert leftovers == set()


def test_fix_unsafe_and_overlaps_are_deterministic(workdir, capsys):
    path = workdir / "loop.txt"
    outputs = []
    for _ in range(2):
        path.write_bytes(LOOP.encode())
        code, _, err = run_cli(capsys, "fix", "--write", "--unsafe", "--no-backup", "loop.txt")
        assert code == ExitCode.CLEAN, "every finding was fixed"
        outputs.append((path.read_bytes(), err))
    assert outputs[0] == outputs[1]
    new, err = outputs[0]
    # The unsafe MT402 fix removes the repeated sentence; the doubled "the" inside that sentence
    # overlaps it and waits for the next pass, where it is gone with its sentence, and the
    # first sentence's doubled "the" is fixed.
    assert new == b"He said that the end.\r\nOk.\r\n"
    assert "left to fix by hand" not in err
    assert not (workdir / "loop.txt.bak").exists()


def test_fix_without_unsafe_does_not_apply_unsafe_fixes(workdir, capsys):
    path = workdir / "food.txt"
    path.write_text("They ate pet food food.\n")
    run_cli(capsys, "fix", "--write", "--select", "MT401", "food.txt")
    assert path.read_text() == "They ate pet food food.\n"
    run_cli(capsys, "fix", "--write", "--unsafe", "--select", "MT401", "food.txt")
    assert path.read_text() == "They ate pet food.\n"


def test_config_discovered_upward_from_mtlint_toml(workdir, capsys):
    (workdir / "mtlint.toml").write_text('select = ["MT401"]\n')
    nested = workdir / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "t.txt").write_text("x the the [ad_1] end\n")
    code, out, _ = run_cli(capsys, "check", "--format", "json", str(nested / "t.txt"))
    codes = {f["code"] for f in json.loads(out)["files"][0]["findings"]}
    assert code == ExitCode.FINDINGS and codes == {"MT401"}
    # Command-line options override the file; --isolated ignores it.
    code, out, _ = run_cli(
        capsys, "check", "--format", "json", "--select", "MT603", str(nested / "t.txt")
    )
    assert {f["code"] for f in json.loads(out)["files"][0]["findings"]} == {"MT603"}
    code, out, _ = run_cli(capsys, "check", "--format", "json", "--isolated", str(nested / "t.txt"))
    assert {"MT401", "MT603"} <= {f["code"] for f in json.loads(out)["files"][0]["findings"]}


def test_config_from_pyproject_tool_table(workdir, capsys):
    (workdir / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mtlint]\nignore = ["MT4"]\n'
    )
    (workdir / "t.txt").write_text("He met the the minister. [ad_1]\n")
    _, out, _ = run_cli(capsys, "check", "--format", "json", "t.txt")
    codes = {f["code"] for f in json.loads(out)["files"][0]["findings"]}
    assert "MT603" in codes and not any(c.startswith("MT4") for c in codes)


def test_bad_config_is_one_line(workdir, capsys):
    (workdir / "mtlint.toml").write_text("select = [\n")
    (workdir / "t.txt").write_text("Text.\n")
    code, _, err = run_cli(capsys, "check", "t.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert err.count("\n") == 1 and "mtlint.toml" in err
    (workdir / "mtlint.toml").write_text('colour = "red"\n')
    code, _, err = run_cli(capsys, "check", "t.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR and "colour" in err and err.count("\n") == 1


class _Crashing(Rule):
    """Never registered: handed to the engine directly, so no registry sees it."""

    code = "MT499"
    name = "always-crashes"
    summary = "Raises."
    doc = "What it finds / Why it matters / Fix safety / Known false positives: test only."
    examples = (Example("a", "a"), good("b"))

    def check(self, document):
        yield from ()
        raise RuntimeError("boom")


def test_crashing_rule_is_reported_and_the_run_goes_on():
    document = Document(text="He met the the minister.", language="en")
    result = check_document(document, Config(), rules=[_Crashing(), rule_by_code("MT401")])
    assert [f.code for f in result.findings] == ["MT401"]
    (failure,) = result.failures
    assert failure.code == "MT499" and "RuntimeError: boom" in failure.error
    assert "MT499" not in {r.code for r in all_rules()}


def test_crashing_rule_in_a_cli_run(workdir, capsys, monkeypatch):
    real_rules_for = engine.rules_for
    monkeypatch.setattr(
        engine,
        "rules_for",
        lambda config, language: [_Crashing(), *real_rules_for(config, language)],
    )
    (workdir / "t.txt").write_text("He met the the minister.\n")
    code, out, _ = run_cli(capsys, "check", "--format", "json", "t.txt")
    entry = json.loads(out)["files"][0]
    assert code == ExitCode.FINDINGS
    assert entry["rule_failures"][0]["code"] == "MT499"
    assert "MT401" in {f["code"] for f in entry["findings"]}


def test_rules_and_explain(capsys):
    code, out, _ = run_cli(capsys, "rules", "--format", "json")
    listed = {r["code"]: r for r in json.loads(out)}
    for code_ in ("MT401", "MT402", "MT501", "MT502", "MT601", "MT602", "MT603", "MT604"):
        assert code_ in listed
    code, out, _ = run_cli(capsys, "explain", "MT401")
    assert code == ExitCode.CLEAN and "doubled-word" in out and "Known false positives" in out
    code, _, err = run_cli(capsys, "explain", "MT9999")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR and err.count("\n") == 1


def test_installed_script_in_a_subprocess(tmp_path):
    script = shutil.which("mtlint")
    command = [script] if script else [sys.executable, "-m", "mtlint.checks.cli"]
    (tmp_path / "bad.txt").write_text("He met the the minister.\n")
    done = subprocess.run(
        [*command, "check", "--format", "json", "bad.txt", "nope.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == ExitCode.USAGE_OR_INPUT_ERROR
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["mtlint: nope.txt: no such file or folder"]
    report = json.loads(done.stdout)
    counts = {key: report["summary"][key] for key in ("files", "findings", "errors")}
    assert counts == {"files": 2, "findings": 1, "errors": 1}


def test_an_empty_folder_says_there_was_nothing_to_check(tmp_path, capsys):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["check", str(tmp_path)]) == ExitCode.CLEAN
    err = capsys.readouterr().err
    assert "no files to check" in err
    assert len(err.strip().splitlines()) == 1


def test_output_piped_into_a_closed_reader_is_silent():
    # `mtlint rules | head -1`: the reader closes early; no "Broken pipe" line, no traceback.
    command = f"{shlex.quote(sys.executable)} -m mtlint.checks.cli rules | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False
    )
    assert result.stdout.startswith("MT101")
    assert result.stderr == ""
