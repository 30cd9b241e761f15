"""Checking in a child process, so the GUI thread never waits for the GIL and a check can be
stopped for real.

Rules spend long stretches inside C code (regular expressions over a whole text) that holds the
GIL; in a worker *thread* that can starve the GUI thread on a loaded machine. A single long-lived
child process does the loading and checking; the worker thread only waits for its answer, which
releases the GIL. Cancelling a check (opening another file while a big one is still being
checked) ends the child, so the next check does not queue behind stale work; a fresh child starts
on the next request. Nothing here imports Qt: the child imports only ``checks``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mtlint.checks import pipeline
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.errors import Cancelled
from mtlint.checks.pipeline import CheckedFile

# How often a waiting request looks at its cancel flag (seconds).
POLL_INTERVAL = 0.05


class CheckCancelledError(Cancelled):
    """The check was cancelled before it finished (the job runner reports it as cancelled)."""


class _ChildDiedError(Exception):
    pass


class _AnsweredError(Exception):
    """The child answered with an error (bad input …): raised as it is, not retried here."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _check_in_child(path: Path | None, text: str | Document | None, config: Config) -> CheckedFile:
    if isinstance(text, Document):  # text under edit, with its structure (the live re-check)
        checked = pipeline.check_loaded(text, config, path=path)
        # The asker has this text already: send the findings back without it (unpickling a
        # large text holds the GIL in one go, a gap the GUI thread would feel).
        return dataclasses.replace(checked, document=Document(text="", language=text.language))
    elif text is None:
        assert path is not None
        checked = pipeline.check_path(path, config)
    else:
        document = Document(text=text, language=config.language, path=path)
        checked = pipeline.check_loaded(document, config, path=path)
    # Sentences and paragraphs travel with the document: the GUI needs them, the child has them.
    _ = checked.document.paragraphs
    return checked


def _serve(connection: Any) -> None:
    """The child's loop: one request at a time, answered with ("ok", result) or ("error", e)."""
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, object] = ("ok", _check_in_child(*request))
        except Exception as error:  # InputError and the like travel back to be raised there
            answer = ("error", error)
        try:
            connection.send(answer)
        except Exception as error:  # an unpicklable result or error: say so in one line
            connection.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))


class _Child:
    """One child process and the pipe to it."""

    def __init__(self) -> None:
        # forkserver: the child starts clean, without the GUI's threads or Qt state.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end,), daemon=True)
        self.process.start()
        child_end.close()

    def ask(self, request: tuple, cancelled: Callable[[], bool]) -> CheckedFile:
        self.connection.send(request)
        while not self.connection.poll(POLL_INTERVAL):
            if cancelled():
                raise CheckCancelledError("the check was cancelled")
            if not self.process.is_alive():
                raise _ChildDiedError
        try:
            status, value = self.connection.recv()
        except (EOFError, OSError):
            raise _ChildDiedError from None
        if status == "error":
            raise _AnsweredError(value)  # type: ignore[arg-type]
        return value  # type: ignore[return-value]

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.close()
        self.process.terminate()
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)


# One request at a time: a new check waits here while a cancelled one stops its child.
_lock = threading.Lock()
_child: _Child | None = None
# Set while the app shuts down: a check whose child is ended then is cancelled, not redone here.
_closing = False


def load_and_check(
    path: Path | None,
    config: Config,
    *,
    text: str | Document | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CheckedFile:
    """Load (unless ``text`` is given) and check a document in the child process.

    A ``text`` given as a Document (the editor's live re-check) comes back with the findings
    and an empty document: the caller puts its own back (``with_document``).

    Raises the child's InputError for bad input, and CheckCancelledError when ``cancelled()`` turns
    true before the answer came (the child is then stopped). Falls back to this process if no
    child can run (``MTLINT_IN_PROCESS=1`` forces that).
    """
    if os.environ.get("MTLINT_IN_PROCESS") == "1":
        return _check_in_child(path, text, config)
    global _child
    with _lock:
        if cancelled():
            raise CheckCancelledError("the check was cancelled")
        try:
            if _child is None:
                _child = _Child()
            return _child.ask((path, text, config), cancelled)
        except _AnsweredError as answered:
            raise answered.error from None
        except CheckCancelledError:
            _child.stop()  # type: ignore[union-attr]
            _child = None
            raise
        except (_ChildDiedError, OSError, EOFError, RuntimeError):
            # The child died (killed, out of memory) or cannot start: start afresh next
            # time, answer from here now (unless the app is closing and ended it).
            if _child is not None:
                _child.stop()
                _child = None
            if _closing:
                raise CheckCancelledError("the app is closing") from None
    return _check_in_child(path, text, config)


def child_process() -> multiprocessing.process.BaseProcess | None:
    """The child process now serving checks (None before the first check or after a cancel)."""
    child = _child
    return child.process if child is not None else None


def is_busy() -> bool:
    """Whether a check is being answered right now."""
    return _lock.locked()


def shutdown() -> None:
    """End the child at once, even in the middle of a check (the waiting check is cancelled),
    so quitting never waits for a long check to finish."""
    global _child, _closing
    _closing = True
    try:
        child = _child
        if child is not None:
            # Only the process, not the pipe a waiting check may be reading: that check sees
            # the end of the pipe, is cancelled, and lets go of the lock.
            child.process.terminate()
        with _lock:
            if _child is not None:
                _child.stop()
            _child = None
    finally:
        _closing = False


def with_document(checked: CheckedFile, document: Document) -> CheckedFile:
    """A live re-check's answer with the document that was sent (see ``load_and_check``)."""
    return dataclasses.replace(checked, document=document)
