"""Background jobs: QRunnable workers on a QThreadPool, reporting through a signals QObject.

Every job gets an id. A "channel" (load, backtranslate, batch …) keeps only its newest job: when
a newer one starts, the older one is cancelled and whatever it reports later is dropped as stale,
so a slow check of a file the user has already left can never overwrite the current view.
Work functions receive ``progress(done, total, message="", item=None)`` and ``cancelled() -> bool``;
an ``item`` is a partial result (a batch's FileReport) delivered to the GUI as it arrives.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from mtlint.checks.errors import Cancelled, MtlintError, one_line
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Channel(StrEnum):
    """The job channels: each keeps only its newest job."""

    LOAD = "load"
    BACKTRANSLATE = "backtranslate"
    BATCH = "batch"
    # The editor's background re-checks (text, segment grid): no busy indicator for these.
    RECHECK = "recheck"
    RECHECK_GRID = "recheck-grid"


# Channels whose work the status bar shows as busy.
BUSY_CHANNELS = (Channel.LOAD, Channel.BACKTRANSLATE, Channel.BATCH)


Progress = Callable[..., None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class JobCancelledError(Cancelled):
    """Raised inside a work function to stop early; reported as ``cancelled``."""


class JobSignals(QObject):
    progress = Signal(int, int, int, str)  # job id, done, total, message
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, one-line message
    cancelled = Signal(int)
    item = Signal(int, object)  # job id, a partial result


_HUB: JobSignals | None = None


def _hub() -> JobSignals:
    """One signals object for the whole process, never deleted: a worker that outlives the
    window (or runner) that started it must never emit on a deleted QObject. Runners connect to
    it and keep only the reports of their own job ids (ids are unique per process)."""
    global _HUB
    if _HUB is None:
        _HUB = JobSignals()
    return _HUB


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Work, signals: JobSignals, cancel: threading.Event):
        super().__init__()
        self.job_id = job_id
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        def progress(done: int, total: int, message: str = "", item: object = None) -> None:
            if not self.cancel.is_set():
                if item is not None:
                    self.signals.item.emit(self.job_id, item)
                self.signals.progress.emit(self.job_id, int(done), int(total), message)

        try:
            result = self.work(progress, self.cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit(self.job_id)
            return
        except Exception as error:
            message = one_line(error)
            if not _is_user_error(error):
                traceback.print_exc()  # a bug: keep the trace on stderr for the developer
                message = f"{type(error).__name__}: {message}"
            self.signals.failed.emit(self.job_id, message)
            return
        if self.cancel.is_set():
            self.signals.cancelled.emit(self.job_id)
        else:
            self.signals.finished.emit(self.job_id, result)


def _is_user_error(error: Exception) -> bool:
    # mtlint's own errors (checks.errors) are one line written for the user; so are OS errors.
    # Anything else is a bug and keeps its type name.
    return isinstance(error, (MtlintError, OSError))


class JobRunner(QObject):
    """Starts jobs and forwards only the reports of each channel's current job."""

    progress = Signal(str, int, int, str)  # channel, done, total, message
    finished = Signal(str, object)  # channel, result
    failed = Signal(str, str)  # channel, message
    cancelled = Signal(str)
    started = Signal(str)
    item = Signal(str, object)  # channel, partial result

    _ids = itertools.count(1)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._current: dict[str, tuple[int, threading.Event]] = {}
        self._signals = _hub()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.item.connect(self._on_item)
        self._channel_of: dict[int, str] = {}

    def start(self, channel: str, work: Work) -> int:
        """Run ``work`` off the GUI thread; an older job on the same channel is cancelled."""
        self.cancel(channel)
        job_id = next(self._ids)
        cancel = threading.Event()
        self._current[channel] = (job_id, cancel)
        self._channel_of[job_id] = channel
        self.pool.start(_Job(job_id, work, self._signals, cancel))
        self.started.emit(channel)
        return job_id

    def cancel(self, channel: str) -> None:
        current = self._current.pop(channel, None)
        if current is not None:
            current[1].set()
            self.cancelled.emit(channel)

    def is_running(self, channel: str) -> bool:
        return channel in self._current

    def current_id(self, channel: str) -> int | None:
        current = self._current.get(channel)
        return current[0] if current else None

    def _channel(self, job_id: int) -> str | None:
        """The channel if ``job_id`` is still its current job; None for stale reports."""
        channel = self._channel_of.get(job_id)
        if channel is None:
            return None
        current = self._current.get(channel)
        return channel if current is not None and current[0] == job_id else None

    def _on_progress(self, job_id: int, done: int, total: int, message: str) -> None:
        channel = self._channel(job_id)
        if channel is not None:
            self.progress.emit(channel, done, total, message)

    def _on_item(self, job_id: int, item: object) -> None:
        channel = self._channel(job_id)
        if channel is not None:
            self.item.emit(channel, item)

    def _finish(self, job_id: int) -> str | None:
        channel = self._channel(job_id)
        self._channel_of.pop(job_id, None)
        if channel is not None:
            del self._current[channel]
        return channel

    def _on_finished(self, job_id: int, result: object) -> None:
        channel = self._finish(job_id)
        if channel is not None:
            self.finished.emit(channel, result)

    def _on_failed(self, job_id: int, message: str) -> None:
        channel = self._finish(job_id)
        if channel is not None:
            self.failed.emit(channel, message)

    def _on_cancelled(self, job_id: int) -> None:
        # Cancelled from outside: already reported by cancel(); cancelled from inside: report now.
        channel = self._finish(job_id)
        if channel is not None:
            self.cancelled.emit(channel)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
