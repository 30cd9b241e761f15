"""The one pipeline: every entry point filters the same way, and each file is read, decoded and
prepared once. Each test here failed before the pipeline (issue 9 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks import batch, engine
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.ignorefile import add_ignore

SEED = Path(__file__).resolve().parent.parent / "seeds" / "putin-uzbekistan.txt"
# The seed: five findings, each with a fix.
TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mtlint.toml").write_text("[tool.mtlint]\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _dismiss_everything(path: Path) -> None:
    report = batch.check_file(path, Config())
    assert len(report.findings) == 5, report.findings
    for located in report.findings:
        add_ignore(path.parent / ".mtlint-ignore", located.finding.code, located.context)


def test_fix_honours_the_ignore_file(project: Path, capsys) -> None:
    _dismiss_everything(project)
    assert main(["check", str(project)]) == 0
    capsys.readouterr()
    code = main(["fix", "--diff", "--unsafe", str(project)])
    out = capsys.readouterr()
    assert out.out == "", "fix must not rewrite findings the ignore file dismisses"
    assert code == 0
    main(["fix", "--write", "--unsafe", str(project)])
    assert project.read_text(encoding="utf-8") == TEXT


def test_each_file_is_prepared_once(project: Path, monkeypatch) -> None:

    calls: list[str] = []
    real = engine.load_language_data

    def counting(language: str):
        calls.append(language)
        return real(language)

    monkeypatch.setattr(engine, "load_language_data", counting)
    report = batch.check_file(project, Config())
    assert report.findings
    assert len(calls) == 1, f"the document was prepared {len(calls)} times"
