"""Settings: rules on/off by family and code, thresholds, default pivot, language override."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import ConfigError, load_config
from mtlint.checks.registry import FAMILIES, all_rules
from mtlint.desktop import i18n
from mtlint.desktop.settings import Settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

LANGUAGES = (
    "",
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "ru",
    "uk",
    "pl",
    "tr",
    "ar",
    "he",
    "fa",
    "zh",
    "ja",
    "ko",
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        project_anchor: Path | None = None,
        parent: QWidget | None = None,
        *,
        document: object = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("mtlint settings"))
        self.resize(820, 600)

        self._build_rule_tree(settings)
        self._build_fields(settings)
        ui_row = self._build_ui_language(settings)
        form = self._build_form(ui_row)
        rules_box = QGroupBox(self.tr("Rules"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self._with_language_page(self.tree))
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box, 1)
        layout.addWidget(self._build_checklist(settings, document), 1)  # issue 14
        layout.addLayout(form)

        self._build_project_note(project_anchor)
        layout.addWidget(self.project_note)
        layout.addLayout(self._build_buttons())

    def _build_rule_tree(self, settings: Settings) -> None:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Rule"), self.tr("Summary")])
        self.tree.setColumnWidth(0, 290)
        disabled = set(settings.disabled_rules)
        families: dict[str, QTreeWidgetItem] = {}
        for prefix, family in FAMILIES.items():
            item = QTreeWidgetItem(self.tree, [f"{i18n.family_label(family)} ({prefix}xx)", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, family)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            families[family] = item
        for rule in all_rules():
            parent_item = families.get(rule.family)
            if parent_item is None:
                continue
            child = QTreeWidgetItem(parent_item, [f"{rule.code} {rule.name}", rule.summary])
            child.setData(0, Qt.ItemDataRole.UserRole, rule.code)
            child.setToolTip(1, rule.summary)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            off = (
                rule.code in disabled
                or rule.family in disabled
                or (not rule.default_enabled and rule.code not in set(settings.enabled_rules))
            )
            child.setData(1, Qt.ItemDataRole.UserRole, rule.default_enabled)
            child.setCheckState(0, Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
        for family, item in families.items():
            if item.childCount() == 0:
                item.setCheckState(
                    0, Qt.CheckState.Unchecked if family in disabled else Qt.CheckState.Checked
                )
        self.tree.expandAll()

    def _build_fields(self, settings: Settings) -> None:
        self.min_confidence = QDoubleSpinBox()
        self.min_confidence.setRange(0.0, 1.0)
        self.min_confidence.setSingleStep(0.05)
        self.min_confidence.setValue(settings.min_confidence)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setSingleStep(5.0)
        self.threshold.setValue(settings.roundtrip_threshold)
        self.pivot = self._pivot_choice(settings.pivot)
        self.language = QComboBox()
        self.language.setEditable(True)
        for code in LANGUAGES:
            self.language.addItem(code or self.tr("Detect automatically"), code)
        index = self.language.findData(settings.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(settings.language)

    def _build_ui_language(self, settings: Settings) -> QHBoxLayout:
        # The UI language: the system's by default; takes effect at the next start.
        self.ui_language = QComboBox()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.ui_language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(settings.ui_language)))
        self.ui_language.setToolTip(
            self.tr("The language of menus, buttons and messages (MTLINT_UI_LANGUAGE overrides it)")
        )
        self.restart_note = QLabel(self.tr("Takes effect when mtlint is restarted."))
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setVisible(False)
        self.ui_language.currentIndexChanged.connect(
            lambda _index: self.restart_note.setVisible(
                self.ui_language.currentData() != settings.ui_language
            )
        )
        ui_row = QHBoxLayout()
        ui_row.addWidget(self.ui_language)
        ui_row.addWidget(self.restart_note, 1)
        return ui_row

    def _build_form(self, ui_row: QHBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Hide findings below &confidence:"), self.min_confidence)
        form.addRow(self.tr("Round-trip chrF &threshold:"), self.threshold)
        form.addRow(self.tr("Default &pivot language:"), self.pivot)
        form.addRow(self.tr("Document &language:"), self.language)
        ui_label = QLabel(self.tr("&User interface language:"))
        ui_label.setBuddy(self.ui_language)
        form.addRow(ui_label, ui_row)
        return form

    def _build_project_note(self, project_anchor: Path | None) -> None:
        self.project_note = QLabel()
        self.project_note.setWordWrap(True)
        self.project_note.setObjectName("projectNote")
        if project_anchor is not None:
            try:
                project = load_config(project_anchor)
                if project.source is not None:
                    self.project_note.setText(
                        self.tr(
                            "The project file %1 wins over these settings for every value it sets."
                        ).replace("%1", str(project.source))
                    )
            except ConfigError as error:
                self.project_note.setText(str(error))
        self.project_note.setVisible(bool(self.project_note.text()))

    def _with_language_page(self, rule_tree: QWidget) -> QTabWidget:
        """The rule switches, and beside them the languages with the rules serving each."""
        from mtlint.desktop.dialogs.language_coverage import LanguageCoveragePage

        self.language_page = LanguageCoveragePage()
        self.language_page.ready.connect(self._name_languages)
        tabs = QTabWidget()
        tabs.addTab(rule_tree, self.tr("By &family"))
        tabs.addTab(self.language_page, self.tr("By l&anguage"))
        return tabs

    def _name_languages(self) -> None:
        """The document languages by name, every one mtlint has data or rules for (the page
        beside the rules reads them off the GUI thread): the list offered codes alone, and
        missed Czech, Swedish, Romanian and five more (h22gui)."""
        rows = self.language_page.rows
        if not rows:
            return
        chosen = self.language.currentData()
        text = self.language.currentText()
        index = self.language.currentIndex()
        typed = index < 0 or text != self.language.itemText(index)
        self.language.clear()
        self.language.addItem(self.tr("Detect automatically"), "")
        for row in rows:
            label = row.name if row.name == row.code else f"{row.name} ({row.code})"
            self.language.addItem(label, row.code)
        found = self.language.findData(chosen)
        if typed or found < 0:
            self.language.setEditText(text)
        else:
            self.language.setCurrentIndex(found)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        row = QHBoxLayout()
        row.addWidget(buttons)
        return row

    def _pivot_choice(self, pivot: str) -> QComboBox:
        """The default pivot as the Back-translation tab offers it: "Automatic" (mtlint picks
        the pivot whose models are installed) and the common pivots; any code, or two ("de,fr"),
        may be typed. The list was a blank first line and six bare codes (h31tidy)."""
        from mtlint.desktop.views.backtranslation import COMMON_PIVOTS

        combo = QComboBox()
        combo.setEditable(True)
        combo.setToolTip(
            self.tr("Language(s) to translate through and back (ISO 639-1; de,fr for two)")
        )
        combo.addItem(self.tr("Automatic"), "")
        for code in COMMON_PIVOTS:
            combo.addItem(code, code)
        index = combo.findData(pivot)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentText(pivot)
        return combo

    def restore_defaults(self) -> None:
        from mtlint.checks.config import Config

        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Checked)
        self.min_confidence.setValue(Config.min_confidence)
        self.threshold.setValue(Config.roundtrip_threshold)
        self.pivot.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self.ui_language.setCurrentIndex(0)

    def disabled(self) -> list[str]:
        """Families switched off entirely, plus single codes switched off in the others."""
        off: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            family_item = self.tree.topLevelItem(i)
            family = family_item.data(0, Qt.ItemDataRole.UserRole)
            if family_item.checkState(0) == Qt.CheckState.Unchecked:
                off.append(family)
                continue
            for j in range(family_item.childCount()):
                child = family_item.child(j)
                if child.checkState(0) == Qt.CheckState.Unchecked:
                    off.append(child.data(0, Qt.ItemDataRole.UserRole))
        return off

    def enabled(self) -> list[str]:
        """Rules that are off by default but switched on here."""
        on: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            family_item = self.tree.topLevelItem(i)
            for j in range(family_item.childCount()):
                child = family_item.child(j)
                if child.checkState(0) == Qt.CheckState.Checked and not child.data(
                    1, Qt.ItemDataRole.UserRole
                ):
                    on.append(child.data(0, Qt.ItemDataRole.UserRole))
        return on

    def _build_checklist(self, settings: Settings, document: object) -> QGroupBox:
        from mtlint.desktop.dialogs.checklist_editor import ChecklistEditor

        box = QGroupBox(self.tr("Checklist (your own patterns, codes MTC-…)"))
        self.checklist = ChecklistEditor(settings.checklist_toml, document, box)
        QVBoxLayout(box).addWidget(self.checklist)
        return box

    def accept(self) -> None:
        if self.checklist.validate() is None:  # issue 14: never store a broken checklist
            self.checklist.editor.setFocus()
            return
        self.settings.checklist_toml = self.checklist.text()
        self.settings.disabled_rules = self.disabled()
        self.settings.enabled_rules = self.enabled()
        self.settings.min_confidence = self.min_confidence.value()
        self.settings.roundtrip_threshold = self.threshold.value()
        self.settings.pivot = _chosen(self.pivot)
        self.settings.language = _chosen(self.language)
        self.settings.ui_language = str(self.ui_language.currentData() or "")
        self.settings.sync()
        super().accept()


def _chosen(combo: QComboBox) -> str:
    """An editable list's value: the chosen item's data, or the text typed over it."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index >= 0 and text == combo.itemText(index):
        return str(combo.currentData() or "")
    return text
