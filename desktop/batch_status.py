"""What the Batch tab tells in the window's status bar, and each file's languages (h25gui).

The status bar said "No document" (or the counts of a document opened in another tab) while the
Batch tab was shown. It now says what the batch is doing (listing, "3 of 10 files", the summary
when done) and which languages the files were checked in (issue 11 item 4, issue 12 item 5:
"en 8 files, de 2 files"); each row's status begins with its file's language(s)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from mtlint.checks.results import FileReport
from mtlint.desktop import i18n
from PySide6.QtCore import QCoreApplication, QObject


def file_languages(report: FileReport) -> str:
    """ "en", or "en + de" when paragraphs were checked in their own language; "" unknown."""
    if not report.language:
        return ""
    others = dict.fromkeys(code for code, *_ in report.language_regions if code != report.language)
    return " + ".join([report.language, *others])


def file_languages_tip(report: FileReport) -> str:
    """The language, why it was chosen, and the lines checked in another language."""
    from mtlint.desktop.language_status import reason_text

    if not report.language:
        return ""
    reason = reason_text(report.language_reason)
    text = f"{report.language}, {reason}" if reason else report.language
    for code, _start, _end, first, last in report.language_regions:
        where = (
            QCoreApplication.translate("LanguageStatus", "%1 (line %2)")
            if first == last
            else QCoreApplication.translate("LanguageStatus", "%1 (lines %2–%3)")
        )
        text += "; " + where.replace("%1", code).replace("%2", str(first)).replace("%3", str(last))
    return text


class BatchStatus(QObject):
    """The status bar's two texts for the Batch tab; a QObject for ``self.tr`` with plurals."""

    def languages(self, reports: Sequence[FileReport]) -> str:
        """ "Languages: en 8 files, de 2 files" (each checked file's main language)."""
        counts = Counter(r.language for r in reports if r.language and not r.error)
        if not counts:
            return ""
        parts = []
        for code, count in counts.most_common():
            parts.append(code + " " + self.tr("%Ln file(s)", "", count))
        text = self.tr("Languages: %1").replace("%1", ", ".join(parts))
        mixed = sum(1 for r in reports if r.language_regions and not r.error)
        if mixed:
            text += " · " + self.tr("%Ln with paragraphs in another language", "", mixed)
        return text

    def idle(self) -> str:
        return self.tr("No folder checked yet: choose one (Browse…) and press Check folder.")

    def running(self, folder: str, done: int, total: int) -> str:
        if total <= 0:
            return self.tr("Listing the files of %1…").replace("%1", folder)
        return (
            self.tr("Checking %1: %2 of %Ln file(s)", "", total)
            .replace("%1", folder)
            .replace("%2", i18n.number(done))
        )
