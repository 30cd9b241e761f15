"""Per-file results, ready for reports: findings located in the file (offsets, line, column).

These are plain frozen data so that they cross process boundaries (batch, Dask) cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mtlint.checks.documents.base import Document
from mtlint.checks.engine import CheckResult
from mtlint.checks.model import Edit, Finding, Fix, RuleFailure
from mtlint.checks.segment import word_count


@dataclass(frozen=True)
class LocatedFinding:
    finding: Finding
    # Code-point offsets into the file's decoded text, and 1-based line/column there.
    file_start: int
    file_end: int
    line: int
    column: int
    excerpt: str
    # The finding's fixes with edits in file offsets (identical to text offsets for plain text).
    file_fixes: tuple[Fix, ...]
    fix_descriptions: tuple[str, ...] = ()
    # The flagged text in [brackets] with a few words either side: what the ignore file matches.
    context: str = ""


@dataclass(frozen=True)
class DiffOp:
    """One step of the word alignment of an original sentence and its round trip."""

    op: str  # equal | delete (only in the original) | insert (only in the round trip) | replace
    original: str
    roundtrip: str

    def to_json(self) -> dict[str, str]:
        return {"op": self.op, "original": self.original, "roundtrip": self.roundtrip}


@dataclass(frozen=True)
class ContentIssue:
    """A name, number, date or negation in the original but not in the round trip ("lost"), or
    the other way round ("added")."""

    kind: str  # name | number | date | negation | words
    text: str
    change: str  # lost | added
    message: str

    def to_json(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "text": self.text,
            "change": self.change,
            "message": self.message,
        }


@dataclass(frozen=True)
class PivotScore:
    """One pivot's round trip of a sentence, when several pivots are used."""

    pivot: str
    pivot_text: str
    roundtrip: str
    chrf: float
    bleu: float
    ter: float

    def to_json(self) -> dict[str, Any]:
        return {
            "pivot": self.pivot,
            "pivot_text": self.pivot_text,
            "roundtrip": self.roundtrip,
            "chrf": round(self.chrf, 2),
            "bleu": round(self.bleu, 2),
            "ter": round(self.ter, 2),
        }


@dataclass(frozen=True)
class SentenceScore:
    """One sentence's back-translation (filled by checks.backtranslation)."""

    start: int
    end: int
    text: str
    roundtrip: str
    chrf: float
    bleu: float
    ter: float
    semantic: float | None = None
    source: str | None = None
    forward: str | None = None
    forward_chrf: float | None = None
    forward_bleu: float | None = None
    line: int = 0
    column: int = 0
    # The text in the pivot language (None in the bilingual comparison, which has no pivot step).
    pivot_text: str | None = None
    # Word alignment of the reference (the sentence, or its source) and the round trip.
    diff: tuple[DiffOp, ...] = ()
    # Names, numbers, dates, negations lost or added on the way (agreed by every pivot).
    content: tuple[ContentIssue, ...] = ()
    # Per-pivot round trips when more than one pivot is used.
    pivots: tuple[PivotScore, ...] = ()
    # Whether the sentence is flagged (low score, or content lost on every pivot's round trip).
    flagged: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SentenceScore:
        """The inverse of ``dataclasses.asdict`` (the result cache stores sentences that way)."""
        values = dict(data)
        values["diff"] = tuple(DiffOp(**d) for d in values.get("diff") or ())
        values["content"] = tuple(ContentIssue(**c) for c in values.get("content") or ())
        values["pivots"] = tuple(PivotScore(**p) for p in values.get("pivots") or ())
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data = {
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "roundtrip": self.roundtrip,
            "chrf": round(self.chrf, 2),
            "bleu": round(self.bleu, 2),
            "ter": round(self.ter, 2),
            "semantic": None if self.semantic is None else round(self.semantic, 4),
        }
        if self.source is not None:
            data.update(
                source=self.source,
                forward=self.forward,
                forward_chrf=None if self.forward_chrf is None else round(self.forward_chrf, 2),
                forward_bleu=None if self.forward_bleu is None else round(self.forward_bleu, 2),
            )
        data.update(
            pivot_text=self.pivot_text,
            diff=[d.to_json() for d in self.diff],
            content=[c.to_json() for c in self.content],
            flagged=self.flagged,
        )
        if self.pivots:
            data["pivots"] = [p.to_json() for p in self.pivots]
        return data


@dataclass(frozen=True)
class FileReport:
    path: str
    language: str | None = None
    # How ``language`` was chosen: "given", "declared", "detected" or "fallback".
    language_reason: str | None = None
    # The paragraphs checked in another language (checks.language.LanguageRegion), in file
    # terms: (language, file start, file end, first line, last line); empty when monolingual.
    language_regions: tuple[tuple[str, int, int, int, int], ...] = ()
    words: int = 0
    findings: tuple[LocatedFinding, ...] = ()
    failures: tuple[RuleFailure, ...] = ()
    # A file that could not be checked: the one-line reason.
    error: str | None = None
    # How the file was read, when the user should know (Document.notes).
    notes: tuple[str, ...] = ()
    backtranslation: tuple[SentenceScore, ...] | None = None
    document_scores: dict[str, float] = field(default_factory=dict)
    # The checked text (for markup and bilingual files the visible/target text, which findings'
    # start and end index), kept only when a report shows it (HTML).
    text: str | None = None
    # The file's bilingual units (checks.consistency.UnitRecord), carried from the worker to the
    # project consistency pass, which empties it again.
    units: tuple = ()
    # The length of the decoded file text (the shares in ``languages`` are of it).
    text_length: int = 0
    # Findings under this confidence are doubtful: reported because the user asked for them
    # (``show-doubtful``), marked, and left out of the quality score (0: none was asked for).
    doubtful_below: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    def is_doubtful(self, finding: Finding) -> bool:
        """Reported only because doubtful findings were asked for (under the user's bar)."""
        return finding.confidence < self.doubtful_below

    def counts_by_family(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for located in self.findings:
            family = located.finding.family or "other"
            counts[family] = counts.get(family, 0) + 1
        return counts

    @property
    def languages(self) -> tuple[tuple[str, float], ...]:
        """Each language the file was checked in with its share of the text, main first."""
        if not self.language:
            return ()
        shares: dict[str, float] = {}
        length = self.text_length or 1
        for code, start, end, _, _ in self.language_regions:
            shares[code] = shares.get(code, 0.0) + (end - start) / length
        main = max(0.0, 1.0 - sum(shares.values()))
        ranked = sorted(shares.items(), key=lambda item: -item[1])
        return ((self.language, round(main, 3)), *((c, round(v, 3)) for c, v in ranked))

    @property
    def per_thousand_words(self) -> float:
        return 1000.0 * len(self.findings) / self.words if self.words else 0.0


def locate(document: Document, finding: Finding) -> LocatedFinding:
    file_start = document.to_file_offset(finding.start)
    file_end = (
        document.to_file_offset(finding.end, is_end=True)
        if finding.end > finding.start
        else file_start
    )
    line, column = document.file_line_col(file_start)
    if document.offset_map is None:
        file_fixes = finding.fixes
    else:
        from mtlint.checks.writeback import to_file_edits

        file_fixes = tuple(
            Fix(tuple(to_file_edits(document, [fix])), fix.applicability, fix.title)
            for fix in finding.fixes
        )
    descriptions = tuple(fix.describe(document.text) for fix in finding.fixes)
    from mtlint.checks.ignorefile import finding_context

    return LocatedFinding(
        finding,
        file_start,
        max(file_start, file_end),
        line,
        column,
        document.text[finding.start : finding.end],
        file_fixes,
        descriptions,
        finding_context(document.text, finding.start, finding.end),
    )


def located_regions(document: Document) -> tuple[tuple[str, int, int, int, int], ...]:
    """The document's language regions in file offsets and lines."""
    located = []
    for region in document.language_regions:
        start = document.to_file_offset(region.start)
        end = document.to_file_offset(region.end, is_end=True)
        first = document.file_line_col(start)[0]
        last = document.file_line_col(max(start, end - 1))[0]
        located.append((region.code, start, end, first, last))
    return tuple(located)


def file_report(path: str, result: CheckResult, *, keep_text: bool = False) -> FileReport:
    document = result.document
    return FileReport(
        path=path,
        language=document.language,
        language_reason=getattr(document, "language_reason", None),
        language_regions=located_regions(document),
        text_length=len(document.file_text),
        words=word_count(document.text),
        findings=tuple(locate(document, f) for f in result.findings),
        failures=result.failures,
        text=document.text if keep_text else None,
        notes=document.notes,
    )


def edit_to_json(edit: Edit) -> dict[str, Any]:
    return {"start": edit.start, "end": edit.end, "replacement": edit.replacement}
