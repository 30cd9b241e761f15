"""The menu on a marked span: each finding's message, its fixes (safe first), ignore, explain.

Findings that say the same thing (same rule, message and fixes: four double spaces in one grid
row) are one entry with a count; its fix applies at every place and its ignore covers them all.
"""

from __future__ import annotations

import itertools
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
    ignore_here = Signal(object)  # Finding (once per finding of an entry)
    ignore_for_good = Signal(object)  # list[Finding]: an entry's findings, written at once
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
        for number, group in enumerate(same_findings(findings, text)):
            if number:
                self.addSeparator()
            self._add_group(group, text, can_edit, can_ignore_for_good)

    def _add_group(
        self, group: list[Finding], text: str, can_edit: bool, can_ignore_for_good: bool
    ) -> None:
        finding = group[0]
        heading = f"{finding.code} {finding.name}"
        if len(group) > 1:
            heading += " " + self.tr("(%n places)", "", len(group))
        title = self.addAction(heading)
        title.setEnabled(False)
        message = self.addAction(_shorten(finding.message))
        message.setEnabled(False)
        message.setToolTip(finding.message)
        for number, fix in enumerate(fixes_safe_first(finding)):
            merged = merged_fix([fixes_safe_first(f)[number] for f in group])
            label = (
                self.tr("Apply: %1 (%2)")
                .replace("%1", _shorten(fix.describe(text), 70))
                .replace("%2", i18n.applicability_label(fix.applicability))
            )
            if len(group) > 1:
                label += " " + self.tr("at all %n", "", len(group))
            action = self.addAction(label)
            action.setEnabled(
                can_edit
                and merged is not None
                and fix.applicability is not Applicability.DISPLAY_ONLY
            )
            action.triggered.connect(lambda _=False, f=merged: self.apply_fix.emit(f))
        if not finding.fixes:
            none = self.addAction(self.tr("(no automatic fix)"))
            none.setEnabled(False)

        def ignore_each() -> None:
            for each in group:
                self.ignore_here.emit(each)

        self._item(self.tr("Ignore &here"), ignore_each)
        good = self._item(self.tr("Ignore for &good"), lambda: self.ignore_for_good.emit(group))
        good.setEnabled(can_ignore_for_good)
        self._item(self.tr("&Explain rule…"), lambda: self.explain.emit(finding.code))

    def _item(self, text: str, slot: object) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(slot)
        return action

    def fix_actions(self) -> list[QAction]:
        prefix = self.tr("Apply: %1 (%2)").split("%1")[0]
        return [a for a in self.actions() if a.text().startswith(prefix)]


def same_findings(findings: Sequence[Finding], text: str) -> list[list[Finding]]:
    """Findings grouped by what the user reads: rule, message and fixes (in first-seen order)."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        key = (
            finding.code,
            finding.message,
            tuple((fix.describe(text), fix.applicability) for fix in fixes_safe_first(finding)),
        )
        groups.setdefault(key, []).append(finding)
    return list(groups.values())


def merged_fix(fixes: Sequence[Fix]) -> Fix | None:
    """One fix doing every place's edits, or None when two places' edits overlap."""
    if len(fixes) == 1:
        return fixes[0]
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: (e.start, e.end))
    if any(b.start < a.end for a, b in itertools.pairwise(edits)):
        return None
    return Fix(tuple(edits), fixes[0].applicability, fixes[0].title)


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
