"""Settings page: the languages mtlint has data for and the rules that serve each (read-only).

Everything shown is asked of the engine: the rule registry's per-rule ``languages``, the
language tables (checks.langdata), the casing tables (checks.casingdata) and the other data
folders under ``resources/``. Reading the tables and pycountry's names takes longer than the GUI
may wait (about 0.1 s), so it runs off the GUI thread and the page fills in when it is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from mtlint.checks.casingdata import casing_languages
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.registry import Rule, all_rules, rule_by_code
from mtlint.desktop.jobs import JobRunner
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

COVERAGE_CHANNEL = "language-coverage"
# Per-language data folders under resources/ besides lang/ and casing/ (files named <code>.*).
_DATA_FOLDERS = ("typography", "repetition")


@dataclass(frozen=True)
class LanguageCoverage:
    """One language: its code, its name in the UI language, which data tables it has and
    which rules serve it (language-specific ones first)."""

    code: str
    name: str
    tables: tuple[str, ...]
    specific_rules: tuple[str, ...]
    general_rules: tuple[str, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        return self.specific_rules + self.general_rules


def _folder_languages(folder: str) -> set[str]:
    root = resources.files("mtlint.resources") / folder
    if not root.is_dir():
        return set()
    return {p.name.split(".")[0] for p in root.iterdir() if p.is_file()}


def language_independent_rules(rules: list[Rule] | None = None) -> tuple[str, ...]:
    """Codes of the rules that run whatever the document's language."""
    return tuple(r.code for r in (rules if rules is not None else all_rules()) if not r.languages)


def language_coverage() -> list[LanguageCoverage]:
    """Every language mtlint has data or rules for, by name. Slow (reads every table and
    pycountry's names): call it off the GUI thread."""
    from mtlint.desktop import i18n
    from mtlint.desktop.session import language_name

    rules = all_rules()
    with_table = set(available_languages())
    with_casing = set(casing_languages())
    folders = {folder: _folder_languages(folder) for folder in _DATA_FOLDERS}
    codes = with_table | with_casing | set().union(*(r.languages for r in rules))
    codes |= set().union(*folders.values()) & (with_table | with_casing)
    general = language_independent_rules(rules)
    rows = []
    for code in codes:
        tables = []
        if code in with_table:
            tables.append("language")
        if code in with_casing:
            tables.append("casing")
        if load_language_data(code).gazetteer:
            tables.append("gazetteer")
        tables += [folder for folder, found in folders.items() if code in found]
        specific = tuple(r.code for r in rules if r.languages and r.serves(code))
        english = language_name(code)
        name = i18n.language_name(english) if english != code else code
        rows.append(LanguageCoverage(code, name, tuple(tables), specific, general))
    return sorted(rows, key=lambda row: row.name.casefold())


class LanguageCoveragePage(QWidget):
    """A read-only tree: one row per language (name, data tables, rules); its children are the
    rules that serve it. The last row is every other language: the language-independent rules."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Language"), self.tr("Data"), self.tr("Rules")])
        self.tree.setColumnWidth(0, 270)
        self.tree.setColumnWidth(1, 190)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.loading = QTreeWidgetItem(self.tree, [self.tr("Reading the language tables…")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        general = language_independent_rules()
        self.note.setText(
            self.tr(
                "%1 rules run in every language (the last row lists them); the others need a "
                "language's data and run only for the languages shown with them."
            ).replace("%1", str(len(general)))
        )
        self.note.setToolTip(", ".join(general))
        self.rows: list[LanguageCoverage] = []
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.start(COVERAGE_CHANNEL, lambda _progress, _cancelled: language_coverage())

    def _table_label(self, key: str) -> str:
        labels = {
            "language": self.tr("language table"),
            "casing": self.tr("casing"),
            "gazetteer": self.tr("gazetteer"),
            "typography": self.tr("typography"),
            "repetition": self.tr("repetition"),
        }
        return labels.get(key, key)

    def _on_failed(self, channel: str, message: str) -> None:
        if channel == COVERAGE_CHANNEL:
            self.loading.setText(0, message)

    def _on_finished(self, channel: str, rows: object) -> None:
        if channel != COVERAGE_CHANNEL:
            return
        assert isinstance(rows, list)
        self.rows = rows
        self.tree.clear()
        every = self.tr("every language")
        general = language_independent_rules()
        for row in rows:
            tables = ", ".join(self._table_label(key) for key in row.tables)
            label = f"{row.name} ({row.code})"
            item = QTreeWidgetItem(self.tree, [label, tables, self._summary(row.specific_rules)])
            item.setToolTip(1, tables)
            item.setToolTip(2, ", ".join(row.rules))
            for code in row.rules:
                scope = every if code in row.general_rules else self.tr("this language")
                QTreeWidgetItem(item, [_rule_label(code), "", scope])
        other = QTreeWidgetItem(self.tree, [self.tr("Any other language"), "", self._summary(())])
        for code in general:
            QTreeWidgetItem(other, [_rule_label(code), "", every])
        self.ready.emit()

    def _summary(self, specific: tuple[str, ...]) -> str:
        count = str(len(language_independent_rules()))
        if not specific:
            return self.tr("only the %1 for every language").replace("%1", count)
        return (
            self.tr("%1 + %2 for every language")
            .replace("%1", ", ".join(specific))
            .replace("%2", count)
        )

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        """The top-level row of a language code (for tests and keyboard users' searches)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(0).endswith(f"({code})"):
                return item
        return None


def _rule_label(code: str) -> str:
    rule = rule_by_code(code)
    return f"{code} {rule.name}" if rule is not None else code
