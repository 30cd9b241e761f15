"""The typed settings wrapper; a project config file wins where it sets a value."""

from __future__ import annotations

from pathlib import Path

from mtlint.desktop.dialogs.settings_dialog import SettingsDialog
from PySide6.QtCore import Qt


def test_values_round_trip_with_types(settings) -> None:
    assert settings.disabled_rules == [] and settings.min_confidence == 0.5
    settings.disabled_rules = ["MT106", "casing"]
    settings.min_confidence = 0.7
    settings.roundtrip_threshold = 50
    settings.pivot = "de"
    settings.language = "en"
    settings.sync()
    assert settings.disabled_rules == ["MT106", "casing"]
    assert settings.min_confidence == 0.7 and isinstance(settings.min_confidence, float)
    assert settings.roundtrip_threshold == 50.0
    config, warning = settings.config_for(None)
    assert warning is None
    assert config.ignore == ("MT106", "casing") and config.language == "en"
    assert config.pivot == "de" and config.min_confidence == 0.7


def test_project_config_wins(settings, tmp_path: Path) -> None:
    settings.pivot = "de"
    settings.min_confidence = 0.9
    project = tmp_path / "project"
    project.mkdir()
    (project / "mtlint.toml").write_text('pivot = "fr"\nignore = ["MT2"]\n', encoding="utf-8")
    article = project / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    config, warning = settings.config_for(article)
    assert warning is None
    assert config.pivot == "fr"  # the project's value
    assert config.ignore == ("MT2",)
    assert config.min_confidence == 0.9  # not set by the project: the app's value
    assert config.source == project / "mtlint.toml"


def test_a_broken_project_file_is_one_line(settings, tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text("pivot = \n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    config, warning = settings.config_for(article)
    assert warning and "mtlint.toml" in warning and "\n" not in warning
    assert config.pivot is None


def test_settings_dialog_switches_rules_off(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    family = dialog.tree.topLevelItem(0)
    assert family.data(0, Qt.ItemDataRole.UserRole) == "spacing"
    family.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.min_confidence.setValue(0.8)
    dialog.accept()
    assert "spacing" in settings.disabled_rules
    assert settings.min_confidence == 0.8
    config, _ = settings.config_for(None)
    from mtlint.checks.engine import check_text

    result = check_text("The president  arrived.", config=config)
    assert not [f for f in result.findings if f.family == "spacing"]


def test_the_default_pivot_reads_automatic_and_keeps_what_is_typed(qtbot, settings) -> None:
    """The default pivot was a blank line over six bare codes; the Back-translation tab calls
    the same choice "Automatic" (h31tidy). Blank stays blank in the settings, a listed code
    is chosen from the list, and two pivots may still be typed."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.pivot.currentText() == "Automatic"
    dialog.accept()
    assert settings.pivot == ""
    settings.pivot = "fr"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.pivot.currentText() == "fr"
    dialog.pivot.setCurrentText("de,it")
    dialog.accept()
    assert settings.pivot == "de,it"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.pivot.currentText() == "de,it"
    dialog.restore_defaults()
    dialog.accept()
    assert settings.pivot == ""
