"""Rules: the declared unit of checking, and the table of stable codes.

A rule is a small class with a stable code (``MT101``), a name (``glued-word``), a summary, the
languages it serves (empty = every language), a severity, a doc text (what it finds / why it
matters / fix safety / known false positives) and examples that double as its tests. Its
``check`` is pure: a Document in, Findings out.

Codes are never reused: a retired rule's code goes into ``checks/retired.py`` (``RETIRED_CODES``
here), with the code that took its findings; selecting a retired code selects its successor.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Fix, Severity, Span
from mtlint.checks.retired import RETIRED_RULES, successor

FAMILIES: dict[str, str] = {
    "MT1": "spacing",
    "MT2": "punctuation",
    "MT3": "casing",
    "MT4": "repetition",
    "MT5": "language",
    "MT6": "encoding",
    "MT7": "bilingual",
    "MT8": "backtranslation",
    # Issue 14: project consistency (MT90x), locale formats (MT95x, a longer prefix wins),
    # a team's checklist patterns (MTC-<id>, codes from the checklist file).
    "MT9": "consistency",
    "MT95": "locale",
    "MT960": "locale",  # the last of the locale range MT951–MT960
    # The source's notation: MT941–MT944 rules/number_units.py, MT945–MT949 locale_forms.py.
    "MT94": "locale",
    # Page residue inside the text (MT96x) and names garbled once (MT97x).
    "MT96": "residue",
    "MT97": "garble",
    "MTC": "checklist",
}

RETIRED_CODES: frozenset[str] = frozenset(RETIRED_RULES)


@dataclass(frozen=True)
class Example:
    """``bad`` text is flagged and, with each finding's preferred fix applied, becomes ``fixed``.
    With ``fixed=None`` the text is good and the rule must stay quiet on it."""

    bad: str
    fixed: str | None = None
    language: str = "en"
    # Bilingual examples: the source segment (the example becomes a one-unit bilingual document),
    # its language, and glossary rows (source, target, status, replacement).
    source: str | None = None
    source_language: str | None = None
    glossary: tuple[tuple[str, ...], ...] = ()

    @property
    def is_good(self) -> bool:
        return self.fixed is None


def good(text: str, language: str = "en") -> Example:
    return Example(text, None, language)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    # Empty: every language. Otherwise the ISO 639-1 codes the rule serves.
    languages: ClassVar[frozenset[str]] = frozenset()
    severity: ClassVar[Severity] = Severity.WARNING
    doc: ClassVar[str] = ""
    examples: ClassVar[tuple[Example, ...]] = ()
    # Rules that need more than the text (a source, a model) are off unless asked for.
    default_enabled: ClassVar[bool] = True
    # Rules that compare placeholders themselves (MT703): their findings on a catalogue's
    # placeholder are about it, and are kept (Document.placeholders drops everyone else's).
    reads_placeholders: ClassVar[bool] = False

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:4]) or FAMILIES.get(self.code[:3], "other")

    def serves(self, language: str | None) -> bool:
        if not self.languages:
            return True
        return (language or "").split("-")[0] in self.languages

    def check(self, document: Document) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        *,
        fixes: Iterable[Fix] = (),
        confidence: float = 0.8,
        severity: Severity | None = None,
        data: tuple[tuple[str, object], ...] = (),
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            message=message,
            span=Span(start, end),
            severity=severity or self.severity,
            confidence=round(confidence, 3),
            fixes=tuple(fixes),
            family=self.family,
            data=data,
        )


_RULES: dict[str, type[Rule]] = {}


def register(rule_class: type[Rule]) -> type[Rule]:
    code = rule_class.code
    if code in RETIRED_CODES:
        raise ValueError(f"{code} is retired and may not be reused")
    existing = _RULES.get(code)
    if existing is not None and existing.__qualname__ != rule_class.__qualname__:
        raise ValueError(
            f"duplicate rule code {code}: {existing.__name__} and {rule_class.__name__}"
        )
    _RULES[code] = rule_class
    return rule_class


_loaded = False


_load_lock = threading.RLock()


def _load_rule_modules() -> None:
    global _loaded
    if _loaded:
        return
    # A lock, and the flag set only when done: a second thread (a Dask worker's) must never see a
    # half-filled rule table.
    with _load_lock:
        if _loaded:
            return
        import mtlint.checks.rules as package

        for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if not module.name.startswith("_"):
                importlib.import_module(f"mtlint.checks.rules.{module.name}")
        _loaded = True


def all_rules() -> list[Rule]:
    """One instance of every registered rule, sorted by code."""
    _load_rule_modules()
    return [_RULES[code]() for code in sorted(_RULES)]


def rule_by_code(code: str) -> Rule | None:
    _load_rule_modules()
    for candidate in (code.upper(), code):
        if candidate in _RULES:
            return _RULES[candidate]()
    for rule_class in _RULES.values():
        if rule_class.name == code:
            return rule_class()
    return None


def _matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    if not selector:
        return False
    if selector.upper() == "ALL":
        return True
    selector = successor(selector)  # a retired code stands for the rule that took its findings
    if selector.lower() in (rule.family, rule.name):
        return True
    return rule.code.startswith(selector.upper())


def select_rules(
    rules: Iterable[Rule],
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
) -> list[Rule]:
    """ruff-style selection: by code prefix (``MT1``, ``MT101``), family or rule name.

    No ``select`` means the default-enabled rules; ``extend_select`` adds to that set.
    """
    select = [s for s in select if s.strip()]
    ignore = [s for s in ignore if s.strip()]
    extend_select = [s for s in extend_select if s.strip()]
    chosen = []
    for rule in rules:
        wanted = any(_matches(rule, s) for s in select) if select else rule.default_enabled
        wanted = wanted or any(_matches(rule, s) for s in extend_select)
        if wanted and not any(_matches(rule, s) for s in ignore):
            chosen.append(rule)
    return chosen


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    rules = all_rules()
    return [
        s
        for s in selectors
        if s.strip()
        and not any(_matches(rule, s) for rule in rules)
        # Checklist codes come from the config, not the registry (checks/checklist.py).
        and not s.strip().upper().startswith("MTC")
        and s.strip().lower() != "checklist"
    ]
