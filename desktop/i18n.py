"""Counted strings: both English forms go through Qt's translator (no .qm is shipped yet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(context: str, n: int, one: str, many: str) -> str:
    """``counted("MainWindow", 3, "%n finding", "%n findings")`` → "3 findings"."""
    text = QCoreApplication.translate(context, one if n == 1 else many)
    return text.replace("%n", f"{n:,}")
