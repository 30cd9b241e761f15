"""Helpers shared by the tests (``tests/`` is on ``sys.path`` under pytest: ``from helpers
import …``).

- ``code_findings`` / ``code_fixed``: one rule's findings in a text, and the text with their
  first fixes applied (written out alike in four rule test files before session 18).
- ``dictionaries_only_from``: MT930's dictionaries from one test folder alone.
- ``among_all_findings`` / ``among_all_fixed``: the same with every rule run at every confidence
  (a rule's findings as the user sees them beside the others; the locale judges' tests).
- ``glued_findings`` / ``glued_session``: a long document made of one line repeated, each copy
  holding "Putinwho" with a safe fix inserting the lost space (the GUI tests' large documents).
"""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.checks.pipeline import CheckedFile


def code_findings(text: str, code: str, language: str = "en") -> list:
    """The findings of rule ``code`` alone in ``text``."""
    result = check_document(Document(text=text, language=language), Config(select=(code,)))
    return [f for f in result.findings if f.code == code]


def code_fixed(text: str, code: str, language: str = "en") -> str:
    """``text`` with the first fix of each of rule ``code``'s findings applied (it must find)."""
    found = code_findings(text, code, language)
    assert found, f"{code} found nothing in {text!r}"
    return apply_edits(text, [edit for f in found for edit in f.fixes[0].edits])


def among_all_findings(text: str, code: str, language: str) -> list:
    """Rule ``code``'s findings in ``text`` with every rule run, at every confidence."""
    result = check_text(text, language=language, config=Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == code]


def among_all_fixed(text: str, code: str, language: str) -> str:
    """``text`` with the first fix of rule ``code``'s one finding applied (every rule run)."""
    found = among_all_findings(text, code, language)
    assert len(found) == 1, found
    edit = found[0].fixes[0].edits[0]
    return text[: edit.start] + edit.replacement + text[edit.end :]


def dictionaries_only_from(folder: Path, monkeypatch, user_folder: Path) -> None:
    """MT930's hunspell dictionaries from ``folder`` alone: no system, office or user folder
    (``user_folder`` stands for the user's, empty)."""
    from mtlint.checks import hunspelldicts

    monkeypatch.setenv(hunspelldicts.FOLDERS_VARIABLE, str(folder))
    monkeypatch.setattr(hunspelldicts, "_SYSTEM_FOLDERS", ())
    monkeypatch.setattr(hunspelldicts, "_OFFICE_GLOBS", ())
    monkeypatch.setattr(hunspelldicts, "_user_folder", lambda: user_folder)


def rule_findings(text: str, code: str, language: str = "en", minimum: float = 0.5) -> list:
    """The findings of rule ``code`` run alone (no other rule's context) at ``minimum``."""
    from mtlint.checks.registry import rule_by_code

    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=minimum), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return list(result.findings)


def rule_fixed(text: str, code: str) -> str:
    """``text`` with the first fix of rule ``code``'s one finding applied."""
    (finding,) = rule_findings(text, code)
    return apply_edits(text, finding.fixes[0].edits)


def glued_findings(line: str, copies: int) -> tuple[Finding, ...]:
    """In ``line * copies``: one MT101 finding per copy over "Putinwho", its fix a safe
    insertion of the space after "Putin"."""
    at = line.index("Putinwho") + len("Putin")
    return tuple(
        Finding(
            "MT101",
            "glued-word",
            "glued",
            Span(n * len(line) + at - 5, n * len(line) + at + 3),
            fixes=(Fix((Edit(n * len(line) + at, n * len(line) + at, " "),)),),
        )
        for n in range(copies)
    )


def glued_checked(line: str, copies: int) -> CheckedFile:
    """``line * copies`` checked as English, with ``glued_findings``."""
    text = line * copies
    return CheckedFile(Document(text=text, language="en"), glued_findings(line, copies))


def glued_session(line: str, copies: int, path: Path | None = None):
    """``glued_checked`` as the app's DocumentSession (``path``: the file it says it is)."""
    from mtlint.desktop.session import finish_session

    return finish_session(path, glued_checked(line, copies), Config())


def fix_threads(monkeypatch) -> list[tuple[str, int]]:
    """From now on, (thread name, length of the text) of every time the review applies fixes
    (``review_state.apply_fixes``): which thread built a preview of the whole text."""
    import threading

    from mtlint.desktop import review_state

    applied_on: list[tuple[str, int]] = []
    real_apply = review_state.apply_fixes

    def apply_fixes(text, fixes):
        applied_on.append((threading.current_thread().name, len(text)))
        return real_apply(text, fixes)

    monkeypatch.setattr(review_state, "apply_fixes", apply_fixes)
    return applied_on


def random_text(rng, pieces: list[str], gaps: list[str], size: int) -> str:
    """Random pieces, each followed by a random gap, until the text holds ``size`` characters
    (the speed tests' large invented texts; ``rng`` a ``random.Random``)."""
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(pieces) + rng.choice(gaps)
        parts.append(part)
        length += len(part)
    return "".join(parts)
