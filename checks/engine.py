"""The engine: runs the selected rules over a prepared Document; a crashing rule is reported, the
run goes on.

This is the "run rules" stage of ``checks.pipeline``; ``check_document`` and ``check_text`` are
the short ways in for code that has a Document or a string (tests, benchmarks, rule authors) and
go through the pipeline too.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.language import choose_language
from mtlint.checks.model import Finding, RuleFailure
from mtlint.checks.registry import Rule, all_rules, select_rules


@dataclass(frozen=True)
class CheckResult:
    document: Document
    findings: tuple[Finding, ...]
    failures: tuple[RuleFailure, ...] = ()
    rules_run: tuple[str, ...] = field(default=(), compare=False)


def prepare_document(
    document: Document, language: str | None = None, *, prior: str | None = None
) -> Document:
    """The document with its language settled (override > declared > detected; short text that
    cannot be identified falls back to ``prior``, else the default language) and its data tables
    attached: a new Document unless it was already so. How the language was chosen is kept in
    ``language_reason`` for the reports."""
    if language:
        chosen, reason = language, "given"
    elif document.language:
        chosen, reason = document.language, document.language_reason or "declared"
    else:
        choice = choose_language(document.text, prior)
        chosen, reason = choice.code, choice.reason
    data = load_language_data(chosen)
    if (chosen, reason) == (document.language, document.language_reason) and (
        data is document.lang_data
    ):
        return document
    return replace(document, language=chosen, language_reason=reason, lang_data=data)


def rules_for(config: Config, language: str | None) -> list[Rule]:
    candidates = all_rules()
    if config.checklist:  # issue 14: the project's checklist entries, selected like any rule
        from mtlint.checks.checklist import checklist_rules

        candidates += checklist_rules(config.checklist)
    rules = select_rules(candidates, config.select, config.ignore, config.extend_select)
    return [rule for rule in rules if rule.serves(language)]


# A rule pass allocates millions of objects (chunks, spans, matches) that live until it ends,
# and the word lists it loads are dicts and sets of hundreds of thousands of entries. Python's
# cyclic collector then runs full collections that traverse all of them, several per large text
# (0.2-0.3 s of a 50 MB pass) and find almost nothing: reference counting frees the pass's
# garbage, and the young collections still catch new cycles. During a pass the oldest
# generation is collected only after this many young collections (from 10; restored after).
_FULL_COLLECTION_AFTER = 1000
_passes = 0
_passes_lock = threading.Lock()
_saved_threshold: tuple[int, ...] = ()


@contextmanager
def few_full_collections() -> Iterator[None]:
    """Raise the collector's oldest-generation threshold while a pass runs (passes in
    several threads share one setting: the first to start raises it, the last to end restores
    it)."""
    global _passes, _saved_threshold
    with _passes_lock:
        if _passes == 0:
            _saved_threshold = gc.get_threshold()
            young, middle, old = _saved_threshold
            gc.set_threshold(young, middle, max(old, _FULL_COLLECTION_AFTER))
        _passes += 1
    try:
        yield
    finally:
        with _passes_lock:
            _passes -= 1
            if _passes == 0:
                gc.set_threshold(*_saved_threshold)


def run_rules(
    document: Document, rules: Iterable[Rule]
) -> tuple[list[Finding], tuple[RuleFailure, ...]]:
    """Every finding the rules report (unfiltered, unordered) and the rules that crashed.

    A finding outside the text counts as its rule crashing; findings in protected spans (code,
    URLs in markup) are not prose and are dropped here, and so are findings inside or cutting a
    catalogue's placeholder ("{{name}}", "$1"), unless the rule reads placeholders itself.
    """
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    length = len(document.text)
    protected = document.is_protected if document.protected else None
    for rule in rules:
        placeholder = (
            document.in_placeholder
            if document.placeholders and not rule.reads_placeholders
            else None
        )
        try:
            for finding in rule.check(document):
                if not (0 <= finding.start <= finding.end <= length):
                    raise ValueError(f"span {finding.start}..{finding.end} outside the text")
                if protected is not None and protected(finding.start, finding.end):
                    continue
                if placeholder is not None and placeholder(finding.start, finding.end):
                    continue
                findings.append(finding)
        except Exception as error:  # one broken rule must not stop the run
            failures.append(_failure(rule, error))
    return findings, tuple(failures)


def _failure(rule: Rule, error: Exception) -> RuleFailure:
    where = traceback.extract_tb(error.__traceback__)[-1]
    place = f"{where.filename.rsplit('/', 1)[-1]}:{where.lineno}"
    return RuleFailure(rule.code, f"{type(error).__name__}: {error} ({place})")


def ordered_unique(findings: list[Finding]) -> tuple[Finding, ...]:
    """Findings sorted by (start, end, code), one per (code, start, end): the last one reported.

    Two stable in-place sorts (by code, then by position packed into one int) instead of a dict
    and a sort keyed by tuples: on a 50 MB text with 230,000 findings the tuple keys alone cost
    tens of MB at the run's memory peak.
    """
    findings.sort(key=_code)
    findings.sort(key=_position)
    kept: list[Finding] = []
    previous: Finding | None = None
    for finding in findings:
        if (
            previous is not None
            and finding.span.start == previous.span.start
            and finding.span.end == previous.span.end
            and finding.code == previous.code
        ):
            kept[-1] = finding  # a duplicate: the later report wins, as it always has
        else:
            kept.append(finding)
        previous = finding
    return tuple(kept)


def _code(finding: Finding) -> str:
    return finding.code


def _position(finding: Finding) -> int:
    return (finding.span.start << 32) | finding.span.end


def check_document(
    document: Document, config: Config | None = None, *, rules: Iterable[Rule] | None = None
) -> CheckResult:
    """Check a Document with ``config`` (no ignore file: there is no project to look in)."""
    from mtlint.checks.pipeline import check_loaded

    return check_loaded(document, config or Config(), rules=rules).result


def check_text(
    text: str, *, language: str | None = None, config: Config | None = None
) -> CheckResult:
    """Check a string (the simplest entry point)."""
    config = config or Config()
    return check_document(Document(text=text, language=language or config.language), config)
