"""Help → Rules: every rule with its code, name, family, languages, severity, the full explain
text and its examples; search; a rule switched on or off is written to the app's settings, or to
the project's config file when the open document has one."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mtlint.checks.registry import Rule, _matches, all_rules, select_rules
from mtlint.desktop import i18n
from mtlint.desktop.settings import Settings
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def toggled(
    rules: Sequence[Rule], code: str, enabled: bool, ignore: Iterable[str], extend: Iterable[str]
) -> tuple[list[str], list[str]]:
    """New ``ignore`` and ``extend-select`` lists with one rule switched on or off.

    A broader selector that would still switch the rule off (``MT1``, ``spacing``) is replaced
    by the codes it covers, less this one.
    """
    ignore, extend = list(ignore), [s for s in extend if s.upper() != code]
    rule = next(r for r in rules if r.code == code)
    if not enabled:
        return sorted({*ignore, code}), extend
    kept = []
    for selector in ignore:
        if not _matches(rule, selector):
            kept.append(selector)
        elif selector.upper() != code:
            kept.extend(r.code for r in rules if _matches(r, selector) and r.code != code)
    if not rule.default_enabled:
        extend.append(code)
    return sorted(set(kept)), sorted(set(extend))


class ProjectRules:
    """``ignore``/``extend-select`` in a project's mtlint.toml or pyproject.toml [tool.mtlint]."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _table(self, document: Any) -> Any:
        if self.path.name == "pyproject.toml":
            return document["tool"]["mtlint"]
        return document

    def read(self) -> tuple[list[str], list[str]]:
        import tomlkit

        table = self._table(tomlkit.parse(self.path.read_text(encoding="utf-8")))
        return list(table.get("ignore", [])), list(table.get("extend-select", []))

    def write(self, ignore: list[str], extend: list[str]) -> None:
        import tomlkit
        from mtlint.checks.writeback import write_atomically

        document = tomlkit.parse(self.path.read_text(encoding="utf-8"))
        table = self._table(document)
        for key, values in (("ignore", ignore), ("extend-select", extend)):
            if values:
                table[key] = values
            elif key in table:
                del table[key]
        write_atomically(self.path, tomlkit.dumps(document).encode("utf-8"))


class RulesModel(QAbstractTableModel):
    CODE, NAME, FAMILY, LANGUAGES, SEVERITY = range(5)
    toggled = Signal(str, bool)

    def __init__(self, rules: list[Rule], enabled: set[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.enabled = enabled

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Family"),
                self.tr("Languages"),
                self.tr("Severity"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rule = self.rules[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CODE:
            on = rule.code in self.enabled
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                rule.code,
                rule.name,
                i18n.family_label(rule.family),
                ", ".join(sorted(rule.languages)) or self.tr("all"),
                i18n.severity_label(rule.severity),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return rule.summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.CODE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.CODE:
            return False
        code = self.rules[index.row()].code
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.enabled.add if on else self.enabled.discard)(code)
        self.dataChanged.emit(index, index)
        self.toggled.emit(code, on)
        return True


class RuleFilter(QSortFilterProxyModel):
    """Matches the search words against a rule's code, name, family, summary and doc."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()  # Qt ≥ 6.10: invalidateFilter() is deprecated
        self.words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        rule = self.sourceModel().rules[row]  # type: ignore[attr-defined]
        haystack = " ".join(
            (rule.code, rule.name, rule.family, rule.summary, rule.doc, *rule.languages)
        ).lower()
        return all(word in haystack for word in self.words)


class RuleBrowser(QDialog):
    """The rule browser; ``changed`` fires after a rule was switched on or off."""

    changed = Signal()

    def __init__(
        self, settings: Settings, project: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rules"))
        self.setObjectName("ruleBrowser")
        self.resize(980, 640)
        self.settings = settings
        self.project = ProjectRules(project) if project is not None else None
        self.rules = all_rules()
        ignore, extend = self._lists()
        enabled = {r.code for r in select_rules(self.rules, (), ignore, extend)}
        self.model = RulesModel(self.rules, enabled, self)
        self.proxy = RuleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search rules (code, name, family, text)"))
        self.search.setClearButtonEnabled(True)
        self.table = self._build_table()
        self.details = QTextBrowser()
        self.details.setObjectName("ruleDetails")
        where = (
            self.tr("Switching a rule on or off writes %1.").replace("%1", str(project))
            if project is not None
            else self.tr("Switching a rule on or off writes the app's settings.")
        )
        note = QLabel(where)
        note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.toggled.connect(self._toggle)
        self.show_rule(self.rules[0].code if self.rules else "")

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("rulesTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(RulesModel.CODE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RulesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(RulesModel.CODE, 90)
        return table

    def _lists(self) -> tuple[list[str], list[str]]:
        if self.project is not None:
            return self.project.read()
        return self.settings.disabled_rules, self.settings.enabled_rules

    def _toggle(self, code: str, enabled: bool) -> None:
        ignore, extend = toggled(self.rules, code, enabled, *self._lists())
        if self.project is not None:
            self.project.write(ignore, extend)
        else:
            self.settings.disabled_rules = ignore
            self.settings.enabled_rules = extend
        self.changed.emit()

    def show_rule(self, code: str) -> None:
        """Select a rule (clearing a search that hides it) and show its explanation."""
        rows = [i for i, r in enumerate(self.rules) if r.code == code]
        if not rows:
            return
        index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.details.setHtml(rule_html(self.rules[rows[0]]))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setHtml(rule_html(self.rules[self.proxy.mapToSource(current).row()]))


def rule_html(rule: Rule) -> str:
    """The full explanation of a rule, as ``mtlint explain`` prints it, in HTML."""
    words = {
        "all": QCoreApplication.translate("RuleBrowser", "all languages"),
        "source": QCoreApplication.translate("RuleBrowser", "source"),
        "fine": QCoreApplication.translate("RuleBrowser", "fine"),
        "bad": QCoreApplication.translate("RuleBrowser", "bad"),
        "fixed": QCoreApplication.translate("RuleBrowser", "fixed"),
        "examples": QCoreApplication.translate("RuleBrowser", "Examples"),
    }
    e = {key: html.escape(value) for key, value in words.items()}
    languages = ", ".join(sorted(rule.languages)) or words["all"]
    head = (
        f"<h3>{html.escape(rule.code)} {html.escape(rule.name)}</h3><p>"
        f"{html.escape(i18n.family_label(rule.family))} · "
        f"{html.escape(i18n.severity_label(rule.severity))} · {html.escape(languages)}</p>"
        f"<p><b>{html.escape(rule.summary)}</b></p>"
    )
    doc = _doc_html(rule)
    examples = []
    for example in rule.examples:
        source = ""
        if example.source is not None:
            source = f"<br/><span style='color:gray'>{e['source']}: {html.escape(example.source)}"
            source += "</span>"
        if example.is_good:
            body = f"{e['fine']}: <code>{html.escape(example.bad)}</code>"
        else:
            body = (
                f"{e['bad']}: <code>{html.escape(example.bad)}</code><br/>"
                f"{e['fixed']}: <code>{html.escape(str(example.fixed))}</code>"
            )
        examples.append(f"<li>{body}{source}</li>")
    listing = f"<h4>{e['examples']}</h4><ul>{''.join(examples)}</ul>" if examples else ""
    return head + doc + listing


def _doc_html(rule: Rule) -> str:
    """The doc text under its headings (what it finds, why it matters, fix safety, false
    positives), each a paragraph of its own."""
    from mtlint.desktop.session import rule_doc_sections

    sections = rule_doc_sections(rule.code)
    if not sections:
        return "".join(
            f"<p>{html.escape(paragraph)}</p>"
            for paragraph in textwrap.dedent(rule.doc).strip().split("\n\n")
            if paragraph.strip()
        )
    headings = {
        "what it finds": QCoreApplication.translate("RuleBrowser", "What it finds"),
        "why it matters": QCoreApplication.translate("RuleBrowser", "Why it matters"),
        "fix safety": QCoreApplication.translate("RuleBrowser", "Fix safety"),
        "known false positives": QCoreApplication.translate("RuleBrowser", "Known false positives"),
    }
    return "".join(
        f"<p><b>{html.escape(headings.get(key, key))}:</b> {html.escape(body)}</p>"
        for key, body in sections.items()
    )
