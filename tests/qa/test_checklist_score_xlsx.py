"""Checklists, the quality score and --fail-under, the XLSX report (issue 14 items 2, 4, 5)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from mtlint.checks.checklist import load_checklist_file
from mtlint.checks.cli import main
from mtlint.checks.config import ConfigError, load_config
from mtlint.checks.engine import check_document
from mtlint.checks.score import Score, file_score

CHECKLIST = """
[[checklist]]
id = "click-here"
message = "Say what the link does instead of 'click here'"
target = "(?i)\\\\bclick here\\\\b"
severity = "warning"

[[checklist]]
id = "e-mail"
message = "House style: email, not e-mail"
target = "e-mail"
regex = false
ignore-case = true
whole-word = true
replacement = "email"
fix = "safe"
"""


@pytest.fixture
def checklist(tmp_path: Path) -> Path:
    path = tmp_path / "house.toml"
    path.write_text(CHECKLIST)
    return path


def test_checklist_entries_become_rules_with_their_own_codes(tmp_path, checklist, capsys):
    text = tmp_path / "page.txt"
    text.write_text("To learn more, Click here. Send an E-mail, not an e-mails note.\n")
    out = tmp_path / "r.json"
    code = main(
        ["check", str(text), "--checklist", str(checklist), "--format", "json", "-o", str(out)]
    )
    assert code == 1
    findings = json.loads(out.read_text())["files"][0]["findings"]
    by_code = {f["code"]: f for f in findings}
    assert by_code["MTC-CLICK-HERE"]["text"] == "Click here"
    assert by_code["MTC-CLICK-HERE"]["family"] == "checklist"
    # Literal, case-insensitive, whole word: "E-mail" yes, "e-mails" no.
    assert [f["text"] for f in findings if f["code"] == "MTC-E-MAIL"] == ["E-mail"]
    assert by_code["MTC-E-MAIL"]["fixes"][0]["applicability"] == "safe"
    assert main(["rules", "--checklist", str(checklist)]) == 0
    listed = capsys.readouterr().out
    assert "MTC-CLICK-HERE" in listed and "MTC-E-MAIL" in listed
    # A safe replacement is applied by `mtlint fix --write` like any safe fix.
    assert main(["fix", str(text), "--checklist", str(checklist), "--write", "--no-backup"]) == 1
    assert "Send an email, not an e-mails note" in text.read_text()


def test_explain_shows_a_checklist_entry(checklist, capsys):
    assert main(["explain", "mtc-e-mail", "--checklist", str(checklist)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("MTC-E-MAIL ")
    assert "House style: email, not e-mail" in shown
    assert "replaced by 'email' (safe)" in shown
    # Without the checklist the code is unknown: one clear line, exit 2.
    assert main(["explain", "MTC-E-MAIL"]) == 2
    assert "no rule 'MTC-E-MAIL'" in capsys.readouterr().err


def test_checklist_in_pyproject_and_source_patterns(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mtlint]\nlang = "de"\n\n[[tool.mtlint.checklist]]\nid = "kremlin"\n'
        'message = "Kremlin is Kreml in German"\nsource = "Kremlin"\ntarget = "Kreml"\n'
    )
    config = load_config(tmp_path)
    (entry,) = config.checklist
    assert entry.code == "MTC-KREMLIN" and entry.origin.endswith("pyproject.toml:4")
    from mtlint.checks.documents.base import Document

    document = Document(
        text="Der Palast sprach.\n\nDer Kreml sprach.",
        language="de",
        units=((0, 18, "The Kremlin said."), (20, 37, "The Kremlin said.")),
    )
    result = check_document(document, config)
    flagged = [f for f in result.findings if f.code == "MTC-KREMLIN"]
    assert [(f.start, f.end) for f in flagged] == [(0, 18)]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'id = "x"\nmessage = "m"\ntarget = "(unclosed"',
            "house.toml:5: checklist 'x': bad target regex",
        ),
        (
            'id = "x"\nmessage = "m"',
            "house.toml:2: checklist entry 'x' needs a 'source' or 'target'",
        ),
        ('id = "bad id"\nmessage = "m"\ntarget = "a"', "house.toml:3: checklist id 'bad id'"),
        (
            'id = "x"\nmessage = "m"\ntarget = "a"\nseverity = "fatal"',
            "house.toml:6: severity must be",
        ),
        (
            'id = "x"\nmessage = "m"\ntarget = "a"\ncolour = 1',
            "house.toml:6: unknown checklist key 'colour'",
        ),
        ('id = "x"\nmessage = "m"\ntarget = "a*"', "the target pattern matches empty text"),
        ('id = "x"\nmessage = "m"\ntarget = "(a)"\nreplacement = "\\\\2"', "bad replacement"),
    ],
)
def test_every_checklist_error_is_one_clear_line(tmp_path, capsys, entry, expected):
    path = tmp_path / "house.toml"
    path.write_text(f"# house rules\n[[checklist]]\n{entry}\n")
    with pytest.raises(ConfigError) as raised:
        load_checklist_file(path)
    assert expected in str(raised.value) and "\n" not in str(raised.value)
    (tmp_path / "t.txt").write_text("a text\n")
    assert main(["check", str(tmp_path / "t.txt"), "--checklist", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


def test_score_formula():
    score = Score(words=1000, penalty=10)
    assert score.per_thousand == 10 and score.score == pytest.approx(93.30, abs=0.01)
    # Every 100 penalty points per 1,000 words halve the score (h24gui): it never reads 0.0
    # for a real MT page, and more damage always scores lower.
    assert Score(words=1000, penalty=100).score == pytest.approx(50)
    assert Score(words=200, penalty=25 * 4).score == pytest.approx(3.125)  # 500 per 1,000
    assert Score(words=1000, penalty=300).score < Score(words=1000, penalty=200).score
    assert Score(words=500).score == 100


def test_a_short_texts_score_line_says_it_is_short():
    from mtlint.checks.score import describe

    short = describe(Score(words=120, penalty=1, findings=1))
    assert "Only 120 words" in short and short.count("\n") == 0
    assert "Only" not in describe(Score(words=1000, penalty=1, findings=1))
    assert "Only" not in describe(Score(words=120))  # clean: 100, nothing to weigh


def test_fail_under_gates_the_exit_code(tmp_path, capsys):
    seed = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"
    out = tmp_path / "r.json"
    main(["check", str(seed), "--format", "json", "-o", str(out)])
    report = json.loads(out.read_text())
    (file_entry,) = report["files"]
    score = file_entry["score"]["score"]
    assert report["summary"]["score"]["score"] == score
    expected = 100 * 0.5 ** (1000 * 5 * len(file_entry["findings"]) / file_entry["words"] / 100)
    assert score == pytest.approx(expected, abs=0.01)
    assert main(["check", str(seed), "--fail-under", str(score - 1)]) == 0
    assert main(["check", str(seed), "--fail-under", str(score + 1)]) == 1
    assert "below --fail-under" in capsys.readouterr().err
    assert main(["check", str(seed), "--fail-under", "120"]) == 2
    main(["check", str(seed)])
    assert f"Quality score {score:.1f}/100" in capsys.readouterr().out


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    seed = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"
    shutil.copy(seed, folder / "seed.txt")
    (folder / "formula.txt").write_text("=SUM(A1:A9) is the the formula.\n")
    (folder / "clean.txt").write_text("The minister arrived on Sunday.\n")
    (folder / "broken.docx").write_bytes(b"not a zip")
    return folder


def test_xlsx_report_reads_back_with_the_json_numbers(tmp_path):
    from openpyxl import load_workbook

    folder = _corpus(tmp_path)
    json_path, xlsx_path = tmp_path / "r.json", tmp_path / "r.xlsx"
    main(["check", str(folder), "--format", "json", "-o", str(json_path)])
    main(["check", str(folder), "--format", "xlsx", "-o", str(xlsx_path)])
    report = json.loads(json_path.read_text())
    workbook = load_workbook(xlsx_path, rich_text=True)
    assert workbook.sheetnames == ["Summary", "Findings"]
    findings, summary = workbook["Findings"], workbook["Summary"]
    for sheet in (findings, summary):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:") and sheet.auto_filter.ref.endswith(
            str(sheet.max_row)
        )
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    flat = [
        (f["path"], f["line"], f["column"], f["code"])
        for x in report["files"]
        for f in x["findings"]
    ]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == flat
    # A text that starts with "=" stays text, never a formula.
    assert any(str(r[10]).startswith("=SUM") for r in rows)
    # The context cell marks the flagged span in bold.
    rich = next(r[10] for r in rows if r[3] == "MT101")
    bold = [block.text for block in rich if hasattr(block, "font") and block.font.b]
    assert bold == ["Putinwho"]
    by_file = {r[0]: r for r in summary.iter_rows(min_row=2, values_only=True) if r[0]}
    for entry in report["files"]:
        row = by_file[entry["path"]]
        if entry["error"]:
            assert row[-1] == entry["error"]
            continue
        assert row[2] == entry["words"] and row[3] == len(entry["findings"])
        assert row[9] == pytest.approx(entry["score"]["score"], abs=0.01)
    total = by_file["total"]
    assert total[9] == pytest.approx(report["summary"]["score"]["score"], abs=0.01)
    assert total[3] == report["summary"]["findings"]


def test_xlsx_opens_in_libreoffice(tmp_path):
    """LibreOffice converts the workbook (when installed); the openpyxl read-back above runs
    either way."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; the openpyxl read-back still runs")
    folder = _corpus(tmp_path)
    xlsx = tmp_path / "r.xlsx"
    main(["check", str(folder), "--format", "xlsx", "-o", str(xlsx)])
    subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(xlsx)],
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert "seed.txt" in (tmp_path / "r.csv").read_text(encoding="utf-8", errors="replace")


def test_xlsx_to_a_terminal_is_refused_in_one_line(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    (tmp_path / "t.txt").write_text("text\n")
    assert main(["check", str(tmp_path / "t.txt"), "--format", "xlsx"]) == 2
    assert "--output FILE" in capsys.readouterr().err


def test_file_score_counts_by_severity():
    from mtlint.checks.engine import check_text
    from mtlint.checks.results import file_report

    result = check_text("He met the the minister on Sunday.", language="en")
    report = file_report("x.txt", result)
    score = file_score(report)
    assert score.findings == len(report.findings) and score.penalty == sum(
        {"info": 1, "warning": 5, "error": 25}[str(f.finding.severity)] for f in report.findings
    )
