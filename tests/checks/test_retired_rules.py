"""Retired rule codes (checks/retired.py): never reused, and a setting that names one acts on
the rule that took its findings, with one line saying so."""

from __future__ import annotations

import json

import pytest
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.ignorefile import is_ignored, parse_ignores
from mtlint.checks.registry import RETIRED_CODES, Rule, all_rules, register, select_rules
from mtlint.checks.retired import RETIRED_RULES, notices

_DASH = '"We will rebuild the bridge," - added the mayor on Friday.\n'


def test_a_retired_code_is_not_registered_and_cannot_be_reused():
    live = {rule.code for rule in all_rules()}
    assert RETIRED_CODES and not RETIRED_CODES & live
    for old in RETIRED_RULES.values():
        assert old.successor in live

    class Reused(Rule):
        code = next(iter(RETIRED_CODES))
        name = "reused"
        summary = "x"

    with pytest.raises(ValueError, match="retired"):
        register(Reused)


@pytest.mark.parametrize("selector", ["MT221", "mt221", "dash-after-quotation"])
def test_selecting_a_retired_code_selects_its_successor(selector):
    codes = {rule.code for rule in select_rules(all_rules(), select=[selector])}
    assert codes == {"MT231"}
    kept = {rule.code for rule in select_rules(all_rules(), ignore=[selector])}
    assert "MT231" not in kept and "MT230" in kept
    found = check_text(_DASH, language="en", config=Config(select=(selector,))).findings
    assert [f.code for f in found] == ["MT231"]


def test_a_config_naming_a_retired_code_gets_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.txt").write_text(_DASH, encoding="utf-8")
    assert main(["check", "--select", "MT221", "t.txt"]) == 1
    captured = capsys.readouterr()
    assert "MT231" in captured.out
    assert captured.err.count("\n") == 1 and "MT221" in captured.err and "MT231" in captured.err
    assert notices(["MT2", "MT231"]) == []


def test_an_ignore_line_written_for_a_retired_code_matches_its_successor():
    ignores = parse_ignores('MT221\tthe bridge,"[ -] added the mayor\n')
    assert is_ignored(ignores, "MT231", 'the bridge,"[ -] added the mayor')


def test_rules_and_explain_name_the_retired_code(capsys):
    assert main(["rules", "--format", "json"]) == 0
    listed = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["MT221"]["retired"] and listed["MT221"]["successor"] == "MT231"
    assert main(["rules"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("MT221"))
    assert "retired" in line and "MT231" in line
    assert main(["rules", "--lang", "de"]) == 0
    assert "MT221" not in capsys.readouterr().out
    assert main(["explain", "MT221"]) == 0
    assert "MT231" in capsys.readouterr().out
