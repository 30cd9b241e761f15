"""Help → Rules: every rule, search, the full explanation, switching rules on and off."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mtlint.checks.registry import all_rules
from mtlint.desktop.dialogs.rule_browser import RuleBrowser, RulesModel, toggled
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _check_box(browser: RuleBrowser, code: str):
    row = next(i for i, r in enumerate(browser.rules) if r.code == code)
    return browser.proxy.mapFromSource(browser.model.index(row, RulesModel.CODE))


def test_every_rule_is_listed_and_search_narrows(qtbot, settings) -> None:
    browser = RuleBrowser(settings)
    qtbot.addWidget(browser)
    assert browser.proxy.rowCount() == len(all_rules())
    QTest.keyClicks(browser.search, "glued")
    shown = {browser.proxy.index(r, 0).data() for r in range(browser.proxy.rowCount())}
    assert "MT101" in shown and len(shown) < len(all_rules())
    for rule in all_rules():
        text = " ".join((rule.code, rule.name, rule.family, rule.summary, rule.doc)).lower()
        assert (rule.code in shown) == ("glued" in text)


def test_the_explanation_has_the_doc_and_the_examples(qtbot, settings) -> None:
    browser = RuleBrowser(settings)
    qtbot.addWidget(browser)
    browser.show_rule("MT101")
    text = browser.details.toPlainText()
    rule = next(r for r in all_rules() if r.code == "MT101")
    assert "Why it matters" in text and "Examples" in text
    assert rule.examples[0].bad in text


def test_switching_a_rule_off_and_on_writes_the_settings(qtbot, settings) -> None:
    browser = RuleBrowser(settings)
    qtbot.addWidget(browser)
    index = _check_box(browser, "MT106")
    with qtbot.waitSignal(browser.changed):
        browser.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "MT106" in settings.disabled_rules
    with qtbot.waitSignal(browser.changed):
        browser.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "MT106" not in settings.disabled_rules


def test_with_a_project_config_the_project_file_is_written(qtbot, settings, tmp_path) -> None:
    project = tmp_path / "mtlint.toml"
    project.write_text('# our settings\nlang = "en"\nignore = ["spacing"]\n', encoding="utf-8")
    browser = RuleBrowser(settings, project)
    qtbot.addWidget(browser)
    index = _check_box(browser, "MT101")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    browser.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    written = project.read_text(encoding="utf-8")
    assert written.startswith("# our settings")  # comments and other keys kept
    table = tomllib.loads(written)
    assert table["lang"] == "en"
    assert "MT101" not in table["ignore"] and "MT102" in table["ignore"]
    assert settings.disabled_rules == []


def test_toggled_expands_a_family_that_would_still_switch_the_rule_off() -> None:
    rules = all_rules()
    ignore, extend = toggled(rules, "MT101", True, ["spacing", "MT3"], [])
    spacing = {r.code for r in rules if r.family == "spacing"} - {"MT101"}
    assert set(ignore) == spacing | {"MT3"}
    assert extend == []


def test_help_rules_opens_from_the_window(qtbot, window: Path) -> None:
    window.documents.rules_action.trigger()
    assert window.documents.rules_dialog.isVisible()


def test_space_switches_the_current_rule_from_the_keyboard(qtbot, settings) -> None:
    browser = RuleBrowser(settings)
    qtbot.addWidget(browser)
    browser.show()
    index = _check_box(browser, "MT106")
    browser.table.setFocus()
    browser.table.setCurrentIndex(index)
    with qtbot.waitSignal(browser.changed):
        QTest.keyClick(browser.table, Qt.Key.Key_Space)
    assert "MT106" in settings.disabled_rules
