"""The status bar's language: which language the open document is checked as, and why."""

from __future__ import annotations

from mtlint.desktop import i18n
from mtlint.desktop.session import DocumentSession
from PySide6.QtCore import QCoreApplication


def reason_text(reason: str | None) -> str:
    """Why the engine chose the language (checks.language.LanguageChoice.reason), in words."""
    reasons = {
        "given": QCoreApplication.translate(
            "LanguageStatus", "set in Settings or the project file"
        ),
        "declared": QCoreApplication.translate("LanguageStatus", "declared by the file"),
        "detected": QCoreApplication.translate("LanguageStatus", "detected"),
        "fallback": QCoreApplication.translate(
            "LanguageStatus", "default: too little text to identify"
        ),
    }
    return reasons.get(reason or "", "")


def is_bilingual(session: DocumentSession) -> bool:
    document = session.document
    return bool(document.units) or document.source_text is not None


def language_status(session: DocumentSession) -> str:
    """ "Language: German (de), detected"; for bilingual files "Target language: …"."""
    code = session.language
    name = i18n.language_name(session.language_name) or code
    reason = reason_text(session.document.language_reason)
    if is_bilingual(session):
        text = (
            QCoreApplication.translate("LanguageStatus", "Target language: %1 (%2), %3")
            if reason
            else QCoreApplication.translate("LanguageStatus", "Target language: %1 (%2)")
        )
    else:
        text = (
            QCoreApplication.translate("LanguageStatus", "Language: %1 (%2), %3")
            if reason
            else QCoreApplication.translate("LanguageStatus", "Language: %1 (%2)")
        )
    text = text.replace("%1", name).replace("%2", code).replace("%3", reason)
    return text + regions_status(session)


def regions_status(session: DocumentSession) -> str:
    """ " · also de (lines 5–9), fr (line 12)": paragraphs checked in their own language."""
    document = session.document
    # As the engine found them (sent back with the document): never computed on the GUI thread.
    regions = document.analysis.peek("language_regions", ())
    if not regions:
        return ""
    parts = []
    for region in regions:
        first = document.line_col(region.start)[0]
        last = document.line_col(max(region.start, region.end - 1))[0]
        if first == last:
            where = QCoreApplication.translate("LanguageStatus", "%1 (line %2)")
        else:
            where = QCoreApplication.translate("LanguageStatus", "%1 (lines %2–%3)")
        parts.append(
            where.replace("%1", region.code).replace("%2", str(first)).replace("%3", str(last))
        )
    also = QCoreApplication.translate("LanguageStatus", " · also checked as %1")
    return also.replace("%1", ", ".join(parts))
