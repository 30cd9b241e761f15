"""The UI in German: translators at startup, every string extracted and translated, plurals."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from mtlint.checks.model import Applicability, Severity
from mtlint.checks.results import FileReport
from mtlint.desktop import i18n, i18n_update
from mtlint.desktop.dialogs.settings_dialog import SettingsDialog
from mtlint.desktop.jobs import JobRunner
from mtlint.desktop.models import FAMILY_NAMES, FindingsModel
from mtlint.desktop.views.batch import BatchView
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "mtlint_de.ts"
QM = REPO / "resources" / "i18n" / "mtlint_de.qm"
QTBASE_DE = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"


@pytest.fixture
def german(qapp, monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    loaded = i18n.install("de", qapp)
    yield loaded
    i18n.install("en", qapp)


@pytest.fixture
def german_window(german, window):
    """The usual test window, built after the German translator is installed (pytest sets up
    the fixtures in the order they are named)."""
    return window


def _de(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- what a German user sees -------------------------------------------------------------------
def test_the_main_window_speaks_german(german_window, open_and_wait, seed, german) -> None:
    window = german_window
    assert str(QM) in german
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Gehe zu", "&Ansicht", "E&xtras", "&Hilfe"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Dok&ument", "&Korrekturen überprüfen", "&Rückübersetzung", "Sta&pelprüfung"]
    assert window.open_action.text() == "&Öffnen…"
    assert window.next_action.toolTip() == "Zum nächsten Befund (F8)"
    assert window.review.accept_button.text() == "A&nnehmen"
    assert window.batch.run_button.text() == "Ordner pr&üfen"
    assert window.backtranslation.run_button.text() == "R&ückübersetzen"
    assert window.panel.search.placeholderText() == "Befunde durchsuchen (Strg+F)"
    assert window.panel.family.itemText(0) == "Alle Regelfamilien"
    assert window.counts_label.text() == "Kein Dokument"
    headers = [
        window.panel.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(window.panel.model.columnCount())
    ]
    assert headers == ["Code", "Meldung", "Zeile", "Schweregrad", "Korrekturvorschlag"]
    # The engine's ids stay ids; only what is shown is translated.
    assert window.legend.labels["casing"].text() == "Großschreibung"
    assert window.panel.family.itemData(window.panel.family.findText("Großschreibung")) == "casing"

    open_and_wait(window, seed)
    findings = window.session.findings
    assert findings, "the seed has findings"
    severities = Counter(str(f.severity) for f in findings)
    details = [
        _de(severities[s], one, many)
        for s, one, many in (
            ("error", "Fehler", "Fehler"),
            ("warning", "Warnung", "Warnungen"),
            ("info", "Hinweis", "Hinweise"),
        )
        if severities[s]
    ]
    fixable = sum(1 for f in findings if f.fixes)
    expected = (
        f"{_de(len(findings), 'Befund', 'Befunde')} ({', '.join(details)}) · "
        f"{_de(fixable, 'mit Korrekturvorschlag', 'mit Korrekturvorschlägen')}"
    )
    assert window.counts_label.text() == expected
    assert window.language_label.text() == "Sprache: Englisch (en), erkannt"
    row = window.panel.model.data(window.panel.model.index(0, FindingsModel.SEVERITY))
    assert row in ("Fehler", "Warnung", "Hinweis")
    window.panel.show_details(0, window.session.document.text)
    assert "Konfidenz" in window.panel.details.toPlainText()


@pytest.mark.skipif(not QTBASE_DE.is_file(), reason="this Qt ships no qtbase_de.qm")
def test_qt_standard_dialogs_are_german_too(german, qtbot) -> None:
    assert str(QTBASE_DE) in german
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "?",
        "?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Save).text() == "Speichern"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"


def test_plurals_for_one_and_five(german, qtbot, settings) -> None:
    # Through a real call site: self.tr("Cancelled after %Ln file(s)", "", n).
    view = BatchView(JobRunner(), settings)
    qtbot.addWidget(view)
    for n, expected in ((1, "Abgebrochen nach 1 Datei"), (5, "Abgebrochen nach 5 Dateien")):
        view.reports = [FileReport(path=f"{i}.txt") for i in range(n)]
        view._on_cancelled("batch")
        assert view.eta.text() == expected

    def findings(n: int) -> str:
        return QCoreApplication.translate("CountsLine", "%Ln finding(s)", "", n)

    assert [findings(n) for n in (0, 1, 5)] == ["0 Befunde", "1 Befund", "5 Befunde"]
    assert findings(1234) == "1.234 Befunde"  # German digit grouping
    assert i18n.number(2.5, 1) == "2,5"


def test_english_plurals_come_from_the_english_catalog(qtbot, settings) -> None:
    view = BatchView(JobRunner(), settings)
    qtbot.addWidget(view)
    for n, expected in ((1, "Cancelled after 1 file"), (5, "Cancelled after 5 files")):
        view.reports = [FileReport(path=f"{i}.txt") for i in range(n)]
        view._on_cancelled("batch")
        assert view.eta.text() == expected
    assert QCoreApplication.translate("CountsLine", "%Ln with fix(es)", "", 1) == "1 with a fix"
    assert QCoreApplication.translate("CountsLine", "%Ln with fix(es)", "", 5) == "5 with fixes"


@pytest.mark.skipif(not QTBASE_DE.is_file(), reason="this Qt ships no qtbase_de.qm")
def test_german_accelerators_do_not_clash(german_window) -> None:
    window = german_window

    def key(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text)
        return found.group(1).casefold() if found else None

    def unique(texts: list[str], where: str) -> None:
        keys = [k for k in map(key, texts) if k]
        assert len(keys) == len(set(keys)), (where, texts)

    top = [a.text() for a in window.menuBar().actions()]
    top += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    unique(top, "menu bar and tabs")
    for action in window.menuBar().actions():
        unique([a.text() for a in action.menu().actions()], action.text())
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        texts = [b.text() for b in page.findChildren(QAbstractButton)]
        texts += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
        unique(top + texts, window.tabs.tabText(index))


# --- the catalogue: complete, in step with the code, compiled -----------------------------------
PLACEHOLDER = re.compile(r"%(?:L?n|\d|[vms])")
HINT = re.compile(r"\b(?:Ctrl|Shift|Alt)\+(?:Shift\+)?[^\s)]+")


def _messages() -> list[tuple[str, str, bool, list[str], str | None]]:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "de_DE" and root.get("sourcelanguage") == "en_US"
    result = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            result.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    numerus,
                    texts,
                    translation.get("type"),
                )
            )
    return result


def test_every_message_is_translated_and_keeps_its_markup() -> None:
    messages = _messages()
    assert len(messages) > 200
    assert sum(1 for m in messages if m[2]) >= 10, "the counts are plurals"
    for context, source, numerus, texts, kind in messages:
        where = (context, source)
        assert kind is None, where  # not unfinished, vanished or obsolete
        assert len(texts) == (2 if numerus else 1), where  # German: singular and plural
        for text in texts:
            assert text.strip(), where
            assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), where
            # One accelerator where the English has one (and none where it has none).
            assert len(re.findall(r"&[^&\s]", text)) == len(re.findall(r"&[^&\s]", source)), where
            assert text.endswith("…") == source.endswith("…"), where
            assert Counter(re.findall(r"</?\w+>", text)) == Counter(
                re.findall(r"</?\w+>", source)
            ), where
            for key in re.findall(r"\((?:[A-Z]|F\d+)\)", source):
                assert key in text, where


@pytest.mark.skipif(not QTBASE_DE.is_file(), reason="this Qt ships no qtbase_de.qm")
def test_keyboard_hints_read_as_the_german_menus_show_them(german) -> None:
    for context, source, _numerus, texts, _kind in _messages():
        for hint in HINT.findall(source):
            native = QKeySequence(hint).toString(QKeySequence.SequenceFormat.NativeText)
            assert native != hint, "qtbase_de names the modifier keys"
            assert all(native in text for text in texts), (context, source, native)


def test_the_ts_holds_every_string_of_the_code_and_the_qm_is_its_compilation() -> None:
    # lupdate on the current sources into a copy: nothing added or dropped; lrelease: the
    # shipped .qm is byte for byte the compiled .ts (no stale binary).
    assert i18n_update.problems("de") == []
    assert i18n_update.problems("en") == []


def test_the_ts_compiles_and_translates(tmp_path: Path) -> None:
    target = tmp_path / "mtlint_de.qm"
    i18n_update.lrelease(TS, target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("CountsLine", "%Ln finding(s)", "", 1) == "%Ln Befund"
    assert translator.translate("CountsLine", "%Ln finding(s)", "", 5) == "%Ln Befunde"
    assert target.read_bytes() == QM.read_bytes()


def _text_calls() -> list[tuple[Path, ast.Call, str]]:
    calls = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
                    calls.append((path, node, name))
    return calls


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_lupdate_can_see_every_text() -> None:
    """Texts must be literals (no f-strings, variables or sums) for lupdate to extract them."""
    calls = _text_calls()
    assert len(calls) > 200
    for path, call, name in calls:
        where = f"{path.relative_to(REPO)}:{call.lineno}: {ast.unparse(call)}"
        if name in ("tr", "QT_TR_NOOP"):
            assert call.args and _literal(call.args[0]), where
            continue
        assert len(call.args) >= 2 and _literal(call.args[0]), where
        # lupdate marks only self.tr(text, "", n) as a plural, never translate(..., n).
        assert len(call.args) < 4 and not call.keywords, where
        term_lookup = path.name == "i18n.py" and call.args[0].value in i18n.KNOWN_TERMS
        assert _literal(call.args[1]) or term_lookup, where


def test_every_engine_term_shown_is_declared() -> None:
    assert set(FAMILY_NAMES) <= set(i18n.KNOWN_TERMS["RuleFamily"])
    assert {str(s) for s in Severity} == set(i18n.KNOWN_TERMS["Severity"])
    assert {str(a) for a in Applicability} == set(i18n.KNOWN_TERMS["Applicability"])


# --- choosing the language -----------------------------------------------------------------------
def test_the_setting_and_the_dialog(qtbot, settings, monkeypatch) -> None:
    monkeypatch.delenv(i18n.ENV, raising=False)
    assert settings.ui_language == ""
    assert i18n.resolve(settings.ui_language) == i18n.system_language()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.ui_language
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0].startswith("System default (") and items[1:] == ["English", "Deutsch"]
    assert not dialog.restart_note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.restart_note.isVisibleTo(dialog)
    assert "restart" in dialog.restart_note.text()
    dialog.accept()
    assert settings.ui_language == "de"
    assert i18n.resolve(settings.ui_language) == "de"
    monkeypatch.setenv(i18n.ENV, "en")
    assert i18n.resolve(settings.ui_language) == "en"  # the override wins
    monkeypatch.setenv(i18n.ENV, "xx")
    assert i18n.resolve(settings.ui_language) == "de"  # unknown: ignored


HARNESS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from mtlint.desktop import app
from mtlint.desktop.main_window import MainWindow

qt = QApplication(sys.argv[:1])

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print("|".join(action.text() for action in window.menuBar().actions()))
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Save)
    print(box.button(QMessageBox.StandardButton.Save).text())
    qt.quit()

QTimer.singleShot(0, report)
sys.exit(app.main([]))
"""
GERMAN = "&Datei|&Bearbeiten|&Gehe zu|&Ansicht|E&xtras|&Hilfe"
ENGLISH = "&File|&Edit|&Go|&View|&Tools|&Help"


@pytest.mark.parametrize(
    ("setting", "lang", "override", "menus"),
    [
        ("de", "C.UTF-8", None, GERMAN),  # the setting
        ("", "de_DE.UTF-8", None, GERMAN),  # system default: a German system
        ("", "fr_FR.UTF-8", None, ENGLISH),  # system default: no French UI, so English
        ("en", "de_DE.UTF-8", None, ENGLISH),  # the setting beats the system
        ("en", "C.UTF-8", "de", GERMAN),  # $MTLINT_UI_LANGUAGE beats the setting
    ],
)
def test_mtlint_gui_starts_in_the_chosen_language(
    tmp_path: Path, setting: str, lang: str, override: str | None, menus: str
) -> None:
    config = tmp_path / "config"
    (config / "mtlint").mkdir(parents=True)
    (config / "mtlint" / "mtlint.conf").write_text(f"[ui]\nlanguage={setting}\n", "utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", i18n.ENV)
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(tmp_path / "data"),
        LANG=lang,
    )
    if override:
        env[i18n.ENV] = override
    result = subprocess.run(
        [sys.executable, "-c", HARNESS],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == menus
    if menus == GERMAN and QTBASE_DE.is_file():
        assert lines[1] == "Speichern"
