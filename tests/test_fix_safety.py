"""Fixes that never damage or lose (issue 10 item 3): numbered backups, a fix loop that reports
what remains (a safe fix cannot hide another finding), exit codes that say whether anything is
left. Each test failed before."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from mtlint.checks.cli import main
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.registry import Rule

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
    assert main(["check", str(seed)]) == 1
    assert " MT201 " in capsys.readouterr().out, "a later check still shows the ellipsis"


def test_fix_exit_codes(tmp_path: Path, seed: Path, capsys) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks went well.\n", encoding="utf-8")
    assert main(["fix", "--write", str(clean)]) == 0
    fixable = tmp_path / "fixable.txt"
    fixable.write_text(GLUED, encoding="utf-8")
    assert main(["fix", str(fixable)]) == 1, "a diff waiting to be written"
    assert main(["fix", "--write", str(fixable)]) == 0, "every finding was fixed"
    assert main(["fix", "--write", str(seed)]) == 1, "findings remain"


def test_a_file_changed_while_fixing_is_not_overwritten(tmp_path: Path, monkeypatch, capsys):
    from mtlint.checks import fixloop

    path = tmp_path / "a.txt"
    path.write_text(GLUED, encoding="utf-8")
    real = fixloop.fix_file

    def fix_then_someone_edits(*args, **kwargs):
        run = real(*args, **kwargs)
        path.write_text("Edited meanwhile.\n", encoding="utf-8")
        return run

    monkeypatch.setattr(fixloop, "fix_file", fix_then_someone_edits)
    assert main(["fix", "--write", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "changed since it was checked" in err[0]
    assert path.read_text(encoding="utf-8") == "Edited meanwhile.\n"
    assert not (tmp_path / "a.txt.bak").exists()


class _Doubled(Rule):
    """Toy rule: "xx" is a typo for "x" (a safe fix)."""

    code, name, summary = "MT199", "toy-doubled", "toy"

    def check(self, document):
        for match in re.finditer("xx", document.text):
            fix = Fix((Edit(match.start(), match.end(), "x"),), Applicability.SAFE)
            yield self.finding(match.start(), match.end(), "doubled", fixes=(fix,))


class _BangBeforeTypo(Rule):
    """Toy rule that only sees its artefact ("!") while the typo next to it is there."""

    code, name, summary = "MT198", "toy-bang", "toy"

    def check(self, document):
        for match in re.finditer("! xx", document.text):
            yield self.finding(match.start(), match.start() + 1, "bang")


def test_a_fix_that_would_hide_another_finding_is_held_back(tmp_path, monkeypatch, capsys):
    from mtlint.checks import engine

    monkeypatch.setattr(
        engine, "rules_for", lambda config, language: [_Doubled(), _BangBeforeTypo()]
    )
    path = tmp_path / "toy.txt"
    path.write_text("One xx here. Two! xx there.\n", encoding="utf-8")
    assert main(["fix", "--write", "--isolated", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == "One x here. Two! xx there.\n"
    err = capsys.readouterr().err
    assert "1 fix(es) written" in err and " MT198 " in err and " MT199 " in err
