"""The review tab's first showing prepared off the GUI thread.

Showing the review of a 20 MB file held the GUI thread ~1.8 s (h21gui): every fix was applied to
build the preview and both panes laid 20 MB of text into blocks (``setPlainText``). A long text
is now prepared by a job: the ReviewState, the corrected text with its changes located, its
UTF-16 spans and the fixes' footprints; the view shows a placeholder meanwhile. When the job
reports, both panes' QTextDocuments are laid in on the GUI thread in slices (``text_document``:
no QObject is made in a worker, h24gui) and the view swaps them in. The decision
store is SQLite bound to the GUI thread: its decisions are read there (one query) and handed to
the job as plain data; the store is attached to the state when it comes back. A short text is
prepared on the GUI thread at once, which costs a few milliseconds.

A decision on many fixes at once ("Accept all safe", "Reject all", undoing them) rebuilds the
preview the same way (h22gui): a copy of the decisions goes to a job (channel
``review-preview``) that applies the fixes, then the new preview is laid into a QTextDocument as
above; a newer decision restarts it and a stale result is dropped. The changes' marks are put in
text order in the job too (``ChangeRanges``): sorting 37,000 changes was a tenth of the swap-in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mtlint.desktop.decisions import Decision, DecisionStore
from mtlint.desktop.jobs import JobRunner
from mtlint.desktop.review_patch import Footprints
from mtlint.desktop.review_state import FixedText, ReviewState
from mtlint.desktop.session import DocumentSession
from mtlint.desktop.text_document import DocumentBuilder
from mtlint.desktop.textspans import TextSpans, display_text
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

CHANNEL = "review-load"
PREVIEW_CHANNEL = "review-preview"
# Texts shorter than this (characters) are prepared on the GUI thread.
PREPARE_AT_ONCE_BELOW = 100_000


@dataclass(frozen=True)
class ChangeRanges:
    """One pane's changes as (Python start, end, pending), in text order, and the longest: what
    the pane's marks (``MarkRanges``) need, made where the preview is made."""

    ranges: list[tuple[int, int, bool]]
    starts: list[int]
    longest: int


def change_ranges(fixed: FixedText) -> tuple[ChangeRanges, ChangeRanges]:
    """The original pane's ranges and the fixed pane's."""
    sides = []
    for old in (True, False):
        if old:
            ranges = [(c.old_start, c.old_end, c.pending) for c in fixed.changes]
        else:
            ranges = [(c.new_start, c.new_end, c.pending) for c in fixed.changes]
        ranges.sort(key=lambda r: r[0])
        longest = max((end - start for start, end, _ in ranges), default=0) + 1
        sides.append(ChangeRanges(ranges, [r[0] for r in ranges], longest))
    return sides[0], sides[1]


@dataclass
class PreparedPreview:
    """The preview after a bulk decision: the text, its spans, its marks, its document."""

    state: ReviewState  # the view's state (the job worked on a copy)
    fixed: FixedText
    fixed_spans: TextSpans
    ranges: tuple[ChangeRanges, ChangeRanges]
    document: Any = None  # laid in on the GUI thread after the job (None: the view sets it)


def prepare_preview(state: ReviewState, copy: ReviewState) -> PreparedPreview:
    """The preview of ``copy`` (``state``'s decisions copied: the GUI thread may go on)."""
    fixed = copy.fixed(include_pending=True)
    return PreparedPreview(state, fixed, TextSpans(fixed.text), change_ranges(fixed))


@dataclass
class PreparedReview:
    session: DocumentSession
    state: ReviewState
    fixed: FixedText  # the preview: accepted fixes and pending ones
    fixed_spans: TextSpans
    footprints: Footprints
    ranges: tuple[ChangeRanges, ChangeRanges]
    original: Any = None  # QTextDocuments laid in after the job (None: the view sets the text)
    preview: Any = None


def saved_decisions(store: DecisionStore | None, session: DocumentSession) -> dict[str, Decision]:
    """The session's saved decisions, read on the GUI thread (the store's thread)."""
    if store is None or session.path is None:
        return {}
    return store.load(session.path, session.digest)


def prepare_review(session: DocumentSession, saved: dict[str, Decision]) -> PreparedReview:
    """Everything the review's first showing needs but the documents; no store, no QObject:
    runs in a job."""
    state = ReviewState(
        session.document.text,
        session.findings,
        path=session.path,
        digest=session.digest,
        doubtful_below=session.doubtful_below,
        saved=saved,
    )
    fixed = state.fixed(include_pending=True)
    return PreparedReview(
        session, state, fixed, TextSpans(fixed.text), Footprints(state), change_ranges(fixed)
    )


class ReviewLoader(QObject):
    """Prepares a session's review, in a job when its text is long; ``ready(prepared)`` is
    called on the GUI thread with the newest session's result only."""

    def __init__(
        self,
        runner: JobRunner | None,
        ready: Callable[[PreparedReview], None],
        parent: QObject | None = None,
        preview_ready: Callable[[PreparedPreview], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ready = ready
        self.preview_ready = preview_ready
        self._waiting_for: DocumentSession | None = None
        # A result handed to ``ready`` that the view is still swapping in (``done`` ends it).
        self._delivered: PreparedReview | None = None
        self._preview_for: ReviewState | None = None
        self._preview_rtl = False
        self.builder = DocumentBuilder(self)  # the panes' documents, after the jobs
        if runner is not None:
            runner.finished.connect(self._on_finished)

    def load(self, session: DocumentSession, store: DecisionStore | None) -> bool:
        """Prepare ``session``'s review; True when it comes later (a job), False when
        ``ready`` has already been called."""
        self.cancel()
        saved = saved_decisions(store, session)
        if self.runner is None or len(session.display) < PREPARE_AT_ONCE_BELOW:
            self.ready(prepare_review(session, saved))
            return False
        self._waiting_for = session

        def work(progress: Any, cancelled: Any) -> PreparedReview:
            return prepare_review(session, saved)

        self.runner.start(CHANNEL, work)
        return True

    def rebuild(self, state: ReviewState, session: DocumentSession) -> bool:
        """Rebuild ``state``'s preview, in a job when the text is long; True when it comes
        later, False when ``preview_ready`` has already been called."""
        assert self.preview_ready is not None
        self.cancel_preview()
        copy = state.snapshot()
        if self.runner is None or len(session.display) < PREPARE_AT_ONCE_BELOW:
            self.preview_ready(prepare_preview(state, copy))
            return False
        self._preview_for = state
        self._preview_rtl = session.is_rtl

        def work(progress: Any, cancelled: Any) -> PreparedPreview:
            return prepare_preview(state, copy)

        self.runner.start(PREVIEW_CHANNEL, work)
        return True

    def cancel(self) -> None:
        if self.runner is not None and self._waiting_for is not None:
            self.runner.cancel(CHANNEL)
        self.builder.cancel(CHANNEL)
        self._waiting_for = None
        self._delivered = None
        self.cancel_preview()

    def cancel_preview(self) -> None:
        if self.runner is not None and self._preview_for is not None:
            self.runner.cancel(PREVIEW_CHANNEL)
        self.builder.cancel(PREVIEW_CHANNEL)
        self._preview_for = None

    def pending(self) -> bool:
        return self._waiting_for is not None

    def preview_pending(self) -> bool:
        return self._preview_for is not None

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel == PREVIEW_CHANNEL:
            if isinstance(result, PreparedPreview) and result.state is self._preview_for:
                self._lay_in_preview(result)
            return
        if channel != CHANNEL or self._waiting_for is None:
            return
        if not isinstance(result, PreparedReview) or result.session is not self._waiting_for:
            return  # a result for a session the view has left
        rtl = result.session.is_rtl

        def preview_laid_in(document: QTextDocument) -> None:
            result.preview = document
            # Pending until the view has swapped it all in (``done``): two long documents are
            # swapped in two turns of the event loop.
            self._delivered = result
            self.ready(result)

        def original_laid_in(document: QTextDocument) -> None:
            result.original = document
            self.builder.build(CHANNEL, display_text(result.fixed.text), rtl, preview_laid_in)

        # A newer load or ``cancel`` cancels the build: its ``done`` never comes.
        self.builder.build(CHANNEL, result.session.display, rtl, original_laid_in)

    def _lay_in_preview(self, result: PreparedPreview) -> None:
        def laid_in(document: QTextDocument) -> None:
            result.document = document
            self._preview_for = None
            assert self.preview_ready is not None
            self.preview_ready(result)

        text = display_text(result.fixed.text)
        self.builder.build(PREVIEW_CHANNEL, text, self._preview_rtl, laid_in)

    def delivered(self, prepared: PreparedReview) -> bool:
        """``prepared`` is the newest result and the view is still swapping it in."""
        return prepared is self._delivered

    def done(self, prepared: PreparedReview) -> None:
        """The view has shown ``prepared``: the review is ready."""
        if prepared is self._delivered:
            self._delivered = None
            self._waiting_for = None
