"""The frozen data every part of mtlint shares: spans, edits, fixes, findings.

Offsets are Python string indices (code points) into a Document's ``text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for sorting and thresholds."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Applicability(StrEnum):
    """How far a fix can be trusted; decided per match, not per rule."""

    SAFE = "safe"  # applied by `mtlint fix` and "accept all safe"
    UNSAFE = "unsafe"  # plausible, needs a human look; applied only with --unsafe
    DISPLAY_ONLY = "display-only"  # shown as a hint, never applied automatically


def _reduce_by_fields(self: object) -> tuple[type, tuple[object, ...]]:
    """Pickle a frozen slotted dataclass as a constructor call. The dataclass default (a
    Python-level ``__setstate__`` per object) made pickling a batch's findings between worker
    processes about twice as slow."""
    return type(self), tuple([getattr(self, name) for name in self.__match_args__])  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    __reduce__ = _reduce_by_fields

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        if self.start == self.end or other.start == other.end:
            # An insertion point overlaps a span that strictly contains it.
            point, span = (self, other) if self.start == self.end else (other, self)
            return span.start < point.start < span.end or (point.start == span.start == span.end)
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str

    __reduce__ = _reduce_by_fields

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    title: str = ""

    __reduce__ = _reduce_by_fields

    @property
    def span(self) -> Span:
        return Span(min(e.start for e in self.edits), max(e.end for e in self.edits))

    def describe(self, text: str) -> str:
        """A short human description, e.g. ``'Putinwho' → 'Putin who'``."""
        if self.title:
            return self.title
        parts = []
        for e in self.edits:
            parts.append(f"{text[e.start : e.end]!r} → {e.replacement!r}")
        return "; ".join(parts)


# The key of Finding.data under which a bilingual rule (MT701, MT703) names the source's items
# the target lacks, as the source writes them: read by checks/bilingual_context.py, which must
# not parse a message's wording.
MISSING_ITEMS = "missing"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    message: str
    span: Span
    severity: Severity = Severity.WARNING
    confidence: float = 0.8
    fixes: tuple[Fix, ...] = ()
    family: str = ""
    # Free-form, JSON-serialisable extras (e.g. back-translation scores).
    data: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    __reduce__ = _reduce_by_fields

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def preferred_fix(self) -> Fix | None:
        return self.fixes[0] if self.fixes else None


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """A rule raised: the run goes on, and the failure is reported."""

    code: str
    error: str


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE_OR_INPUT_ERROR = 2
