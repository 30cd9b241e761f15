"""Fixes that never damage or lose (issue 10 item 3): numbered backups, a fix loop that reports
what remains (a safe fix cannot hide another finding), exit codes that say whether anything is
left. Each test failed before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mtlint.checks.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "putin-uzbekistan.txt"
GLUED = "President Vladimir Putinwho met Putin in Tashkent on Sunday.\nThe talks went well.\n"


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    shutil.copyfile(SEED, path)
    return path


def test_a_second_fix_never_overwrites_the_first_backup(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GLUED, encoding="utf-8")
    assert main(["fix", "--write", str(path)]) == 0
    path.write_text(GLUED.replace("Tashkent", "Tashkentand Samarkand"), encoding="utf-8")
    second_original = path.read_bytes()
    main(["fix", "--write", str(path)])
    assert (tmp_path / "a.txt.bak").read_text(encoding="utf-8") == GLUED, "the original is kept"
    assert (tmp_path / "a.txt.bak.1").read_bytes() == second_original
    assert "a.txt.bak.1" in capsys.readouterr().err


def test_safe_fixes_do_not_hide_the_stray_ellipsis(seed: Path, capsys) -> None:
    assert main(["fix", "--write", str(seed)]) == 1
    err = capsys.readouterr().err
    assert "2 fix(es) written" in err
    remaining = [line for line in err.splitlines() if ": MT" in line]
    assert any(" MT201 " in line for line in remaining), err
    fixed = seed.read_text(encoding="utf-8")
    assert "Putin who" in fixed and "to… North Korea" in fixed
    ellipsis_line = next(line for line in remaining if " MT201 " in line)
    line_number, column = (int(part) for part in ellipsis_line.split(":")[1:3])
    assert fixed.splitlines()[line_number - 1][column - 1] == "…"


def test_fix_exit_codes(tmp_path: Path, seed: Path, capsys) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks went well.\n", encoding="utf-8")
    assert main(["fix", "--write", str(clean)]) == 0
    fixable = tmp_path / "fixable.txt"
    fixable.write_text(GLUED, encoding="utf-8")
    assert main(["fix", str(fixable)]) == 1, "a diff waiting to be written"
    assert main(["fix", "--write", str(fixable)]) == 0, "every finding was fixed"
    assert main(["fix", "--write", str(seed)]) == 1, "findings remain"
