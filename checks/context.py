"""Findings judged in their context, at one place after the rules ran: what is not prose
(``checks/structure.py``), what a bilingual unit's source already has
(``checks/bilingual_context.py``), and two rules saying the same thing about the same span
(the more specific one is kept)."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.structure import filter_structure

# (specific, generic): when both flag exactly the same span, the generic finding is dropped. An
# Arabic comma in Hebrew is foreign punctuation (MT205, with the right mark as its fix), not an
# untranslated Arabic word (MT501). MT113–MT115 (glue at a case boundary, an elision or a
# one-letter word, any script) say again what MT101/MT102 say about a token they split. A lost
# drop cap (MT976) is more than a lower-case sentence start (MT304); a garbled name (MT971) more
# than a one-letter slip (MT974). MT607–MT609 (diacritics, from the language's own word list)
# name the damage MT978 (a mark or letter lost) reports more broadly.
SUPERSEDES = frozenset(
    {
        ("MT607", "MT978"),
        ("MT608", "MT978"),
        ("MT609", "MT978"),
        ("MT205", "MT501"),
        ("MT101", "MT113"),
        ("MT102", "MT113"),
        ("MT101", "MT114"),
        ("MT102", "MT114"),
        ("MT101", "MT115"),
        ("MT976", "MT304"),
        ("MT971", "MT974"),
    }
)
_GENERIC = frozenset(generic for _specific, generic in SUPERSEDES)


def without_superseded(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` less each generic finding whose span a more specific rule flagged too."""
    if not any(f.code in _GENERIC for f in findings):
        return list(findings)
    at = {(f.start, f.end, f.code) for f in findings}
    return [
        f
        for f in findings
        if not any(
            generic == f.code and (f.start, f.end, specific) in at
            for specific, generic in SUPERSEDES
        )
    ]


def apply_context(document: Document, findings: Sequence[Finding], config: Config) -> list[Finding]:
    kept = without_superseded(filter_structure(document, findings))
    if document.units:
        from mtlint.checks.bilingual_context import filter_bilingual

        kept = filter_bilingual(document, kept, config)
    return kept
