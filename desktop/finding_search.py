"""What the findings' search box looks in, per finding: made in the load worker.

The first search of 100,000 findings made each row's text on the GUI thread (0.1 s): the
load worker now makes them with the session (``session.finish_session``) and the findings
model takes them as they are (h22gui). Pure Python, no Qt."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.checks.model import Finding


def search_text(finding: Finding, text: str) -> str:
    """Code, name, message and the preferred fix's title or its edits (the text replaced and
    the replacement), lower-cased.

    The search once looked in each fix's description (``'Putinwho' → 'Putin who'``): describing
    35,000 fixes cost the GUI thread 0.1 s, and the description is only quotes and arrows around
    these same texts, so the search reads them as they are."""
    parts = [finding.code, finding.name, finding.message]
    fix = finding.preferred_fix
    if fix is not None and fix.title:
        parts.append(fix.title)
    elif fix is not None:
        for edit in fix.edits:
            parts += (text[edit.start : edit.end], edit.replacement)
    return " ".join(parts).lower()


def search_texts(findings: Sequence[Finding], text: str) -> list[str]:
    return [search_text(finding, text) for finding in findings]
