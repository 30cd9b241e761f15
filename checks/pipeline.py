"""The one pipeline from a file to findings to fixes; every entry point goes through it.

    load ─► prepare ─► run rules ─► back-translation (optional) ─► filter ─► order
         └───────────── CheckedFile (document + findings + failures + ignores) ─────────┘
                                 ├─► report (FileReport: check, batch, Dask, GUI batch)
                                 └─► resolve fixes ─► write (checks/fixloop.py: fix --write;
                                                      checks/writeback.py: GUI review save)

``mtlint check`` and the batch (process pool, Dask) call ``check_path`` per file; the GUI's
child process calls ``check_path``/``check_loaded``; ``mtlint fix`` runs it in passes
(``checks.fixloop``); back-translation joins as a finding source before the filters. Each filter —
rule selection (select/ignore), ``min-confidence`` and the project's ignore file — is applied
in ``FindingFilter.apply`` and nowhere else, after every finding source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.checks import engine
from mtlint.checks.config import Config
from mtlint.checks.context import apply_context
from mtlint.checks.documents import load_document
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import CheckResult
from mtlint.checks.ignorefile import (
    IGNORE_FILE_NAME,
    IgnoreSet,
    finding_context,
    ignore_file_for,
    is_ignored,
    load_ignores,
)
from mtlint.checks.model import Finding, RuleFailure
from mtlint.checks.registry import Rule, rule_by_code, select_rules
from mtlint.checks.results import FileReport, file_report

if TYPE_CHECKING:
    from mtlint.checks.backtranslation import BacktranslationResult
    from mtlint.checks.langdata import LanguageData
    from mtlint.checks.language import LanguageRegion


@dataclass(frozen=True)
class BacktranslationRequest:
    """Ask for back-translation findings (MT801/MT802) as one more finding source."""

    pivot: str | None = None
    source_path: Path | None = None
    source_language: str | None = None
    use_cache: bool = True
    progress: Callable[..., None] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclass(frozen=True)
class CheckedFile:
    """One checked file (or text): the document and everything the pipeline found in it."""

    document: Document
    findings: tuple[Finding, ...]
    failures: tuple[RuleFailure, ...] = ()
    rules_run: tuple[str, ...] = ()
    path: Path | None = None
    # The project's ignore file (it may not exist yet) and how many findings it dismissed.
    ignore_path: Path | None = None
    ignored: int = 0
    backtranslation: BacktranslationResult | None = None
    # Findings under this confidence are reported only because doubtful ones were asked for.
    doubtful_below: float = 0.0

    @property
    def result(self) -> CheckResult:
        return CheckResult(self.document, self.findings, self.failures, self.rules_run)

    def report(self, *, keep_text: bool = False) -> FileReport:
        report = file_report(str(self.path or ""), self.result, keep_text=keep_text)
        if self.doubtful_below:
            report = replace(report, doubtful_below=self.doubtful_below)
        if self.backtranslation is None:
            return report
        document = self.document
        sentences = tuple(
            replace(
                s,
                start=document.to_file_offset(s.start),
                end=document.to_file_offset(s.end, is_end=True),
            )
            for s in self.backtranslation.sentences
        )
        return replace(
            report,
            backtranslation=sentences,
            document_scores=dict(self.backtranslation.document_scores),
        )


# --- the stages -------------------------------------------------------------------------------


def load(path: str | Path, config: Config) -> Document:
    """Read and decode a file (raises InputError with one line for bad input)."""
    return load_document(Path(path), language=config.language, source=config.catalogue_source)


def prepare(document: Document, config: Config) -> Document:
    """Settle the language, attach its data tables and the glossary; once per document."""
    document = engine.prepare_document(document, config.language)
    if config.glossary and not document.glossary:
        from mtlint.checks.glossary import glossary_path, load_glossary

        document = replace(document, glossary=load_glossary(glossary_path(config)))
    return document


def rules_for(config: Config, language: str | None) -> tuple[Rule, ...]:
    """The rules a config selects for a language (cached: selecting costs more than checking a
    small file). Keyed on ``engine.rules_for`` too, so a replaced selector is honoured at once."""
    select = engine.rules_for
    try:
        return _cached_rules(select, config, language)
    except TypeError:  # a config with unhashable settings: select afresh
        return tuple(select(config, language))


@functools.lru_cache(maxsize=64)
def _cached_rules(select: Callable, config: Config, language: str | None) -> tuple[Rule, ...]:
    return tuple(select(config, language))


def backtranslate(
    document: Document, config: Config, request: BacktranslationRequest
) -> BacktranslationResult:
    """Round-trip the (loaded, prepared) document; raises BacktranslationError (no model …)."""
    from mtlint.checks.backtranslation import BacktranslationError, backtranslate_document
    from mtlint.checks.documents import InputError

    source_text, source_language = None, request.source_language
    if request.source_path is not None:
        try:
            source = load_document(Path(request.source_path))
        except InputError as error:
            raise BacktranslationError(str(error)) from None
        source_text = source.text
        source_language = source_language or source.language
    return backtranslate_document(
        document,
        pivot=request.pivot or config.pivot,
        source_text=source_text,
        source_language=source_language,
        use_cache=request.use_cache,
        progress=request.progress,
        cancelled=request.cancelled,
        threshold=config.roundtrip_threshold,
    )


@dataclass(frozen=True)
class FindingFilter:
    """What the user asked to see: selected codes, a minimum confidence, the ignore file."""

    selected: frozenset[str]
    ignore: tuple[str, ...]
    min_confidence: float
    ignores: IgnoreSet
    ignore_path: Path | None = None

    def wants_code(self, code: str) -> bool:
        if code in self.selected:
            return True
        # A finding source asked for explicitly (back-translation's MT8xx rules are off by
        # default): kept unless the user's ignore names it.
        rule = rule_by_code(code)
        if rule is None:
            return True
        return bool(select_rules([rule], ignore=self.ignore, extend_select=("ALL",)))

    def apply(self, document: Document, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings kept, and how many the ignore file dismissed."""
        minimum = self.min_confidence
        wanted: dict[str, bool] = {}
        kept = []
        for finding in findings:
            code = finding.code
            if code not in wanted:
                wanted[code] = self.wants_code(code)
            if wanted[code] and finding.confidence >= minimum:
                kept.append(finding)
        if not self.ignores:
            return kept, 0
        text = document.text
        ignores = self.ignores
        shown = [
            f
            for f in kept
            if not is_ignored(ignores, f.code, finding_context(text, f.start, f.end))
        ]
        return shown, len(kept) - len(shown)


def finding_filter(
    config: Config, rules: Sequence[Rule], path: Path | None = None
) -> FindingFilter:
    """The filter for a file: ``path`` locates the project's ignore file (none without a path)."""
    ignore_path = find_ignore_file(config, path) if path is not None else None
    return FindingFilter(
        frozenset(rule.code for rule in rules),
        tuple(config.ignore),
        config.reporting_floor,
        load_ignores(ignore_path),
        ignore_path,
    )


def find_ignore_file(config: Config, path: Path) -> Path | None:
    """The project's ignore file for ``path``; else ``.mtlint-ignore`` beside it if there is one
    (the upward search is cached per folder; a GUI may just have created that file)."""
    found = ignore_file_for(config, path)
    if found is None:
        beside = Path(path).resolve().parent / IGNORE_FILE_NAME
        if beside.is_file():
            return beside
    return found


# --- the whole run ----------------------------------------------------------------------------


def check_loaded(
    document: Document,
    config: Config,
    *,
    path: Path | None = None,
    rules: Iterable[Rule] | None = None,
    backtranslation: BacktranslationRequest | None = None,
) -> CheckedFile:
    """Prepare, run the rules (and back-translation when asked), filter, order."""
    with engine.few_full_collections():
        return _check_loaded(document, config, path, rules, backtranslation)


def _check_loaded(
    document: Document,
    config: Config,
    path: Path | None,
    rules: Iterable[Rule] | None,
    backtranslation: BacktranslationRequest | None,
) -> CheckedFile:
    document = prepare(document, config)
    chosen = tuple(rules) if rules is not None else rules_for(config, document.language)
    findings, failures = engine.run_rules(document, chosen)
    if document.language_regions:  # paragraphs in another language: checked in their own
        findings, failures, chosen = check_regions(
            document, config, chosen, findings, failures, explicit=rules is not None
        )
    # What is not prose, and what a bilingual unit's source has too (checks/context.py).
    findings = apply_context(document, findings, config)
    scores = None
    if backtranslation is not None:
        scores = backtranslate(document, config, backtranslation)
        findings.extend(scores.findings)
    keep = finding_filter(config, chosen, path)
    kept, ignored = keep.apply(document, findings)
    return CheckedFile(
        document,
        engine.ordered_unique(kept),
        failures,
        tuple(rule.code for rule in chosen),
        path,
        keep.ignore_path,
        ignored,
        scores,
        config.doubtful_below,
    )


# Findings about text in another language than the document's (a foreign script, an untranslated
# sentence, a page label of another language): judged against the document's language, so a
# region keeps the main pass's ones and does not run these rules again in its own language.
FOREIGN_TEXT_CODES = frozenset({"MT501", "MT502", "MT509", "MT516", "MT517", "MT522", "MT523"})


def check_regions(
    document: Document,
    config: Config,
    chosen: tuple[Rule, ...],
    findings: list[Finding],
    failures: tuple[RuleFailure, ...],
    *,
    explicit: bool = False,
) -> tuple[list[Finding], tuple[RuleFailure, ...], tuple[Rule, ...]]:
    """Each language region checked with its own language's rules and data, as a document of
    its own whose findings are moved back to the document's offsets; the main pass's findings
    inside a region (made with the wrong language's data) are dropped, except those about
    foreign text. ``chosen`` are the main pass's rules; when ``explicit`` (the caller named the
    rules) a region runs those of them that serve its language, else the config's selection
    for its language. Returns the findings, the failures and every rule that ran."""
    from mtlint.checks.langdata import load_language_data

    regions = tuple(_unquoted(document, region) for region in document.language_regions)
    starts = [region.start for region in regions]
    kept = [f for f in findings if f.code in FOREIGN_TEXT_CODES or not _inside(f, regions, starts)]
    ran = {rule.code: rule for rule in chosen}
    failed = {failure.code: failure for failure in failures}
    for region in regions:
        if explicit:
            region_rules = tuple(rule for rule in chosen if rule.serves(region.code))
        else:
            region_rules = rules_for(config, region.code)
        region_rules = tuple(r for r in region_rules if r.code not in FOREIGN_TEXT_CODES)
        part = _region_document(document, region, load_language_data(region.code))
        found, crashed = engine.run_rules(part, region_rules)
        kept.extend(_moved(finding, region.start) for finding in found)
        failed.update((failure.code, failure) for failure in crashed)
        ran.update((rule.code, rule) for rule in region_rules)
    return kept, tuple(failed.values()), tuple(ran.values())


def _unquoted(document: Document, region: LanguageRegion) -> LanguageRegion:
    """A region that is a quotation in the document's own marks («…» around an English
    sentence in a French text): the marks are the document's, so the region pass reads what
    they enclose (English would call « » foreign) and the main pass keeps the marks."""
    from mtlint.checks.typography import table

    if document.lang_data is None:
        return region
    text = document.text
    start, end = region.start, region.end
    while start < end and text[start] in " \t\u00a0\u202f":
        start += 1
    while end > start and text[end - 1] in " \t\n\u00a0\u202f.":
        end -= 1
    opening = str(table(document.lang_data, "opening_quotes", "“"))
    closing = str(table(document.lang_data, "closing_quotes", "”"))
    if end - start < 3 or text[start] not in opening or text[end - 1] not in closing:
        return region
    return replace(region, start=start + 1, end=end - 1)


def _inside(finding: Finding, regions: Sequence[LanguageRegion], starts: list[int]) -> bool:
    import bisect

    index = bisect.bisect_right(starts, finding.start) - 1
    return index >= 0 and finding.end <= regions[index].end


def _region_document(document: Document, region: LanguageRegion, data: LanguageData) -> Document:
    """The region's text as a document in the region's language (markup facts moved along)."""
    start, end = region.start, region.end

    def within(offsets: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(offset - start for offset in offsets if start <= offset <= end)

    return Document(
        text=document.text[start:end],
        language=region.code,
        language_reason="detected",
        lang_data=data,
        path=document.path,
        format=document.format,
        boundaries=within(document.boundaries),
        fragments=within(document.fragments),
        protected=tuple(
            (max(s, start) - start, min(e, end) - start)
            for s, e in document.protected
            if s < end and start < e
        ),
        placeholders=tuple(
            (max(s, start) - start, min(e, end) - start)
            for s, e in document.placeholders
            if s < end and start < e
        ),
        glossary=document.glossary,
    )


def _moved(finding: Finding, by: int) -> Finding:
    """A region's finding at the document's offsets (its span and its fixes' edits)."""
    fixes = tuple(
        replace(fix, edits=tuple(replace(e, start=e.start + by, end=e.end + by) for e in fix.edits))
        for fix in finding.fixes
    )
    span = replace(finding.span, start=finding.span.start + by, end=finding.span.end + by)
    return replace(finding, span=span, fixes=fixes)


def check_path(
    path: str | Path,
    config: Config,
    *,
    rules: Iterable[Rule] | None = None,
    backtranslation: BacktranslationRequest | None = None,
) -> CheckedFile:
    """Load a file and check it; raises InputError for a file that cannot be checked."""
    path = Path(path)
    return check_loaded(
        load(path, config), config, path=path, rules=rules, backtranslation=backtranslation
    )


def filter_backtranslation(
    result: BacktranslationResult, document: Document, config: Config, path: Path | None
) -> BacktranslationResult:
    """A back-translation run on its own (the GUI's panel): its findings through the filter."""
    keep = finding_filter(config, (), path)
    kept, _ = keep.apply(document, result.findings)
    return replace(result, findings=tuple(kept))


def backtranslate_report(
    report: FileReport, config: Config, request: BacktranslationRequest
) -> FileReport:
    """A batch report with back-translation added afterwards (the GUI's batch view): the file is
    loaded again (a report keeps no document) and only MT8xx findings are added, filtered."""
    from mtlint.checks.backtranslation import BacktranslationError
    from mtlint.checks.documents import InputError

    path = Path(report.path)
    try:
        document = prepare(load(path, config.merged(language=report.language)), config)
    except InputError as error:
        raise BacktranslationError(str(error)) from None
    result = filter_backtranslation(
        backtranslate(document, config, request), document, config, path
    )
    checked = CheckedFile(document, result.findings, path=path, backtranslation=result)
    added = checked.report()
    return replace(
        report,
        findings=report.findings + added.findings,
        backtranslation=added.backtranslation,
        document_scores=added.document_scores,
    )


def apply_ignore_file(report: FileReport, config: Config) -> FileReport:
    """The ignore-file filter for a report checked where the project's ignore file is not (a
    Dask worker checking a copy it was sent): applied by the client, the same test as above."""
    ignores = load_ignores(find_ignore_file(config, Path(report.path)))
    if not ignores or not report.findings:
        return report
    kept = tuple(f for f in report.findings if not is_ignored(ignores, f.finding.code, f.context))
    return report if len(kept) == len(report.findings) else replace(report, findings=kept)
