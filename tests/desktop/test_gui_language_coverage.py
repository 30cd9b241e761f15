"""Settings' "By language" page (the languages and the rules serving each) and the status bar's
language with the reason the engine chose it (issue 12 item 6, issue 11 item 4)."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.registry import all_rules
from mtlint.desktop.dialogs.settings_dialog import SettingsDialog

GERMAN = (
    "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für die "
    "Energieversorgung ab dem nächsten Jahr gelten sollen. Der Minister sagte, man werde die "
    "Lage genau beobachten und bei Bedarf nachsteuern, denn die Preise seien noch immer hoch.\n"
)

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="de" datatype="plaintext" original="x">
  <body>
   <trans-unit id="1"><source>The minister spoke on Sunday.</source>
    <target>Der Minister sprach am Sonntag.</target></trans-unit>
  </body>
 </file>
</xliff>
"""


def _children(item) -> dict[str, str]:
    """Rule code → its scope column ("this language" / "every language")."""
    return {
        item.child(i).text(0).split()[0]: item.child(i).text(2) for i in range(item.childCount())
    }


def _filled_page(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.language_page
    if not page.rows:
        with qtbot.waitSignal(page.ready, timeout=20000):
            pass
    return page


def test_language_page_lists_german_with_its_rules(qtbot, settings) -> None:
    page = _filled_page(qtbot, settings)
    german = page.item_for("de")
    assert german is not None and german.text(0) == "German (de)"
    rules = _children(german)
    assert {"MT301", "MT302", "MT303"} <= set(rules)
    assert rules["MT301"] == "this language" and rules["MT302"] == "this language"
    assert rules["MT303"] == "every language"  # language-independent: runs everywhere
    assert "MT301" in german.text(2) and "casing" in german.text(1)
    # Exactly the registry's answer: every rule that serves German, none that does not.
    assert set(rules) == {r.code for r in all_rules() if r.serves("de")}


def test_language_page_says_which_rules_run_everywhere(qtbot, settings) -> None:
    page = _filled_page(qtbot, settings)
    general = {r.code for r in all_rules() if not r.languages}
    assert str(len(general)) in page.note.text()
    last = page.tree.topLevelItem(page.tree.topLevelItemCount() - 1)
    assert last.text(0) == "Any other language"
    assert set(_children(last)) == general
    assert set(_children(last).values()) == {"every language"}
    # A language with data but outside the casing tier gets the language-independent rules
    # and only its own script's rules (Arabic: the right-to-left ones, MT611-MT613).
    arabic = page.item_for("ar")
    assert arabic is not None and "MT301" not in _children(arabic)
    assert general <= set(_children(arabic)) == {r.code for r in all_rules() if r.serves("ar")}


def test_status_bar_shows_a_detected_language(qtbot, window, open_and_wait, tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(GERMAN, encoding="utf-8")
    open_and_wait(window, article)
    assert window.language_label.text() == "Language: German (de), detected"


def test_status_bar_shows_a_bilingual_files_declared_target(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    xliff = tmp_path / "units.xlf"
    xliff.write_text(XLIFF, encoding="utf-8")
    open_and_wait(window, xliff)
    assert window.language_label.text() == "Target language: German (de), declared by the file"


def test_status_bar_shows_a_language_set_in_settings(
    qtbot, window, settings, open_and_wait, tmp_path: Path
) -> None:
    settings.language = "fr"
    settings.sync()
    article = tmp_path / "artikel.txt"
    article.write_text(GERMAN, encoding="utf-8")
    open_and_wait(window, article)
    assert window.language_label.text() == (
        "Language: French (fr), set in Settings or the project file"
    )


def test_the_document_language_list_names_every_language_served(qtbot, settings) -> None:
    """The settings' document-language list offered 17 bare codes, without Czech, Swedish,
    Romanian and five more languages mtlint has tables for (h22gui): it now names every
    language the page beside it lists, and keeps the choice."""
    settings.language = "de"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    with qtbot.waitSignal(dialog.language_page.ready, timeout=20000):
        pass
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    served = {row.code for row in dialog.language_page.rows}
    assert set(offered) == served | {""}
    assert offered["cs"] == "Czech (cs)" and offered["de"] == "German (de)"
    assert combo.currentData() == "de"  # the choice kept
    combo.setCurrentIndex(combo.findData("sv"))
    dialog.accept()
    assert settings.language == "sv"


def test_every_row_is_a_language_by_name(qtbot, settings) -> None:
    """The casing folder holds a table for every language at once (broad.json, MT346's bands):
    it was listed as a language "broad (broad)" here, and in `mtlint rules` beside bg, cs …
    for twelve rules (h31tidy). Every row is a language with a name."""
    page = _filled_page(qtbot, settings)
    unnamed = [row.code for row in page.rows if row.name == row.code]
    assert not unnamed
    assert "broad" not in set().union(*(rule.languages for rule in all_rules()))
