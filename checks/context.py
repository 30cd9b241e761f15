"""Findings judged in their context, at one place after the rules ran: what is not prose
(``checks/structure.py``) and what a bilingual unit's source already has
(``checks/bilingual_context.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.structure import filter_structure


def apply_context(document: Document, findings: Sequence[Finding], config: Config) -> list[Finding]:
    kept = filter_structure(document, findings)
    if document.units:
        from mtlint.checks.bilingual_context import filter_bilingual

        kept = filter_bilingual(document, kept, config)
    return kept
