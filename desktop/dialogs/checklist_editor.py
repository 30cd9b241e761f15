"""The checklist in Settings: the user's own ``[[checklist]]`` entries (the same TOML as a
checklist file, see checks/checklist.py), added from a template, edited, validated on every
change (one line naming the line and the problem) and tested on the open document."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from mtlint.checks.checklist import ChecklistEntry, checklist_rules, parse_checklist_tables
from mtlint.checks.config import ConfigError
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TEMPLATE = """
[[checklist]]
id = "new-entry"
message = "What the reviewer should know"
target = "pattern"
regex = true
ignore-case = false
whole-word = true
severity = "warning"
"""
# Test results shown at most (the count is always exact).
SHOWN = 200


def parse_checklist_text(text: str) -> tuple[ChecklistEntry, ...]:
    """Entries from the editor's TOML; raises ConfigError with one line ("line N: …")."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML ({error})") from None
    return parse_checklist_tables(data.get("checklist", []), text=text, name="line")


class ChecklistEditor(QWidget):
    """Edit, validate and test the checklist kept in the app's settings."""

    def __init__(self, text: str, document: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistEditor")
        self.document = document
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("checklistText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlaceholderText(self.tr("No checklist entries: press Add entry."))
        self.editor.setPlainText(text)
        self.status = QLabel()
        self.status.setObjectName("checklistStatus")
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add entry"))
        self.test_button = QPushButton(self.tr("&Test on the open document"))
        self.test_button.setEnabled(document is not None)
        if document is None:
            self.test_button.setToolTip(self.tr("Open a document to test the patterns on it"))
        self.results = QListWidget()
        self.results.setObjectName("checklistResults")
        self.results.setMaximumHeight(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.add_button.clicked.connect(self.add_entry)
        self.test_button.clicked.connect(self.test)
        self.editor.textChanged.connect(self.validate)
        self.validate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def add_entry(self) -> None:
        current = self.text().rstrip()
        self.editor.setPlainText((current + "\n" if current else "") + TEMPLATE.lstrip("\n"))

    def validate(self) -> tuple[ChecklistEntry, ...] | None:
        """The entries, or None with the one-line problem shown."""
        try:
            entries = parse_checklist_text(self.text())
        except ConfigError as error:
            message = re.sub(r"^line:(\d+):", r"line \1:", str(error))
            self.status.setText(self.tr("Problem: %1").replace("%1", message))
            return None
        self.status.setText(self.tr("%Ln entry(ies), all valid", "", len(entries)))
        return entries

    def test(self) -> int:
        """Run the entries on the open document; list what they find. Returns the count."""
        self.results.clear()
        entries = self.validate()
        if entries is None or self.document is None:
            return 0
        count = 0
        for rule in checklist_rules(entries):
            for finding in rule.check(self.document):
                count += 1
                if count <= SHOWN:
                    excerpt = self.document.text[finding.start : finding.end][:80]
                    self.results.addItem(f"{rule.code}  «{excerpt}»  {finding.message}")
        self.status.setText(self.tr("%Ln match(es) in the open document", "", count))
        return count
