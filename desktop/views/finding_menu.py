"""The menu on a marked span: each finding's message, its fixes (safe first), ignore, explain."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.checks.model import Applicability, Finding, Fix
from mtlint.desktop import i18n
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

_ORDER = {Applicability.SAFE: 0, Applicability.UNSAFE: 1, Applicability.DISPLAY_ONLY: 2}


def fixes_safe_first(finding: Finding) -> list[Fix]:
    return sorted(finding.fixes, key=lambda fix: _ORDER.get(fix.applicability, 3))


class FindingMenu(QMenu):
    """Built for the findings under one point of the text; the caller connects the signals."""

    apply_fix = Signal(object)  # Fix
    ignore_here = Signal(object)  # Finding
    ignore_for_good = Signal(object)  # Finding
    explain = Signal(str)  # rule code

    def __init__(
        self,
        findings: Sequence[Finding],
        text: str,
        *,
        can_edit: bool,
        can_ignore_for_good: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingMenu")
        for number, finding in enumerate(findings):
            if number:
                self.addSeparator()
            self._add_finding(finding, text, can_edit, can_ignore_for_good)

    def _add_finding(
        self, finding: Finding, text: str, can_edit: bool, can_ignore_for_good: bool
    ) -> None:
        title = self.addAction(f"{finding.code} {finding.name}")
        title.setEnabled(False)
        message = self.addAction(_shorten(finding.message))
        message.setEnabled(False)
        message.setToolTip(finding.message)
        for fix in fixes_safe_first(finding):
            label = (
                self.tr("Apply: %1 (%2)")
                .replace("%1", _shorten(fix.describe(text), 70))
                .replace("%2", i18n.applicability_label(fix.applicability))
            )
            action = self.addAction(label)
            action.setEnabled(can_edit and fix.applicability is not Applicability.DISPLAY_ONLY)
            action.triggered.connect(lambda _=False, f=fix: self.apply_fix.emit(f))
        if not finding.fixes:
            none = self.addAction(self.tr("(no automatic fix)"))
            none.setEnabled(False)
        self._item(self.tr("Ignore &here"), lambda: self.ignore_here.emit(finding))
        good = self._item(self.tr("Ignore for &good"), lambda: self.ignore_for_good.emit(finding))
        good.setEnabled(can_ignore_for_good)
        self._item(self.tr("&Explain rule…"), lambda: self.explain.emit(finding.code))

    def _item(self, text: str, slot: object) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(slot)
        return action

    def fix_actions(self) -> list[QAction]:
        prefix = self.tr("Apply: %1 (%2)").split("%1")[0]
        return [a for a in self.actions() if a.text().startswith(prefix)]


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
