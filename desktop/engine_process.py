"""Checking in a child process, so the GUI thread never waits for the GIL.

Rules spend long stretches inside C code (regular expressions over a whole text) that holds the
GIL; in a worker *thread* that can starve the GUI thread on a loaded machine. A single long-lived
child process does the loading and checking; the worker thread only waits for its answer, which
releases the GIL. Nothing here imports Qt: the child imports only ``checks``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from checks.config import Config
from checks.documents import load_document
from checks.documents.base import Document
from checks.engine import CheckResult, check_document

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _check_in_child(path: Path | None, text: str | None, config: Config) -> CheckResult:
    if text is None:
        assert path is not None
        document = load_document(path, language=config.language)
    else:
        document = Document(text=text, language=config.language, path=path)
    result = check_document(document, config)
    # Sentences and paragraphs travel with the document: the GUI needs them, the child has them.
    _ = document.paragraphs
    return result


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # forkserver: the child starts clean, without the GUI's threads or Qt state.
            methods = multiprocessing.get_all_start_methods()
            method = "forkserver" if "forkserver" in methods else "spawn"
            context = multiprocessing.get_context(method)
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return _pool


def load_and_check(path: Path | None, config: Config, *, text: str | None = None) -> CheckResult:
    """Load (unless ``text`` is given) and check a document in the child process.

    Raises the child's InputError for bad input. Falls back to this process if no child can run
    (``MTLINT_IN_PROCESS=1`` forces that).
    """
    if os.environ.get("MTLINT_IN_PROCESS") == "1":
        return _check_in_child(path, text, config)
    global _pool
    try:
        future: Future[CheckResult] = _executor().submit(_check_in_child, path, text, config)
        return future.result()
    except BrokenProcessPool:
        # The child died (killed, out of memory): start afresh next time, answer from here now.
        with _lock:
            _pool = None
        return _check_in_child(path, text, config)
    except (OSError, RuntimeError):
        return _check_in_child(path, text, config)


def shutdown() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None
