"""Finding the files to check and checking them, one file at a time or in a process pool.

``check_file`` is the per-file unit of work (also what the process pool and, through
checks/dask_cluster.py, Dask workers run); it never raises for bad input: a file that cannot be
checked comes back as a FileReport with ``error`` set.

Parallel runs send files to workers in small chunks and keep only a bounded window of chunks in
flight; results are yielded in path order as soon as the chunk at the head of the window is done,
so memory stays flat however many files there are, and the output is the same for any ``jobs``.

The steps of a parallel run are public so that every scheduler (the process pool here, Dask in
checks/dask_cluster.py) shares them: ``plan_paths`` lists the files, ``path_chunks`` and
``chunk_size`` cut them into units of work, ``check_chunk`` is what a worker runs,
``in_path_order`` keeps a window of chunks in flight and yields reports in path order, and
``with_progress`` reports each file as it is yielded.
"""

from __future__ import annotations

import contextlib
import fnmatch
import glob
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtlint.checks import consistency_project, pipeline
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError, wanted_in_folder
from mtlint.checks.pipeline import BacktranslationRequest
from mtlint.checks.results import FileReport

if TYPE_CHECKING:  # concurrent.futures (and logging) only when a pool runs
    from concurrent.futures import Future

# Called after each file: (files done, files in total, the report just finished).
Progress = Callable[[int, int, FileReport], None]

# Extensions batch-checking picks up in folders (explicitly named files are always checked).
DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")


def check_file(
    path: str | Path,
    config: Config | None = None,
    *,
    keep_text: bool = False,
    backtranslation: BacktranslationRequest | None = None,
) -> FileReport:
    """Check one file through the pipeline; bad input becomes a report with ``error`` set, never
    an exception. Findings the project's ignore file dismisses are left out."""
    config = config or Config()
    try:
        checked = pipeline.check_path(path, config, backtranslation=backtranslation)
    except InputError as error:
        return FileReport(path=str(path), error=_with_path(str(error), path))
    except MemoryError:
        return FileReport(path=str(path), error=f"{path}: out of memory while checking")
    except RecursionError:
        return FileReport(path=str(path), error=f"{path}: too deeply nested to check")
    report = replace(checked.report(keep_text=keep_text), path=str(path))
    # Issue 14: the units the project pass compares.
    return consistency_project.with_units(report, checked.document, config)


# A report checked away from its project (a Dask worker's copy) gets the ignore file here.
apply_ignores = pipeline.apply_ignore_file


def _with_path(message: str, path: str | Path) -> str:
    return message if message.startswith(str(path)) else f"{path}: {message}"


def check_chunk(paths: list[str], config: Config, keep_text: bool) -> list[FileReport]:
    """The unit of work a pool worker or a Dask worker runs: a few files, checked in order."""
    reports = []
    for path in paths:
        try:
            reports.append(check_file(path, config, keep_text=keep_text))
        except Exception as error:
            reports.append(
                FileReport(
                    path=path, error=f"{path}: internal error ({type(error).__name__}: {error})"
                )
            )
    return reports


def expand_paths(
    paths: Iterable[str | Path],
    *,
    exclude: Iterable[str] = (),
    extensions: Iterable[str] | None = None,
    pattern: str | None = None,
) -> Iterator[tuple[Path, str | None]]:
    """Files to check, with an error line for paths that do not exist or cannot be listed.

    Folders are walked recursively (symlinked folders are not followed, so loops cannot trap the
    walk); globs are expanded; explicitly named files are always included.
    """
    exclude = list(exclude)
    wanted = tuple(extensions) if extensions is not None else _folder_extensions()
    seen: set[str] = set()

    def excluded(path: Path) -> bool:
        text = str(path)
        return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(path.name, p) for p in exclude)

    for raw in paths:
        raw = str(raw)
        candidates = [Path(raw)]
        if any(ch in raw for ch in "*?[") and not Path(raw).exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Path(raw), f"{raw}: no files match"
                continue
            candidates = [Path(m) for m in matches]
        for candidate in candidates:
            try:
                is_folder = candidate.is_dir()
                exists = is_folder or candidate.exists()
            except OSError as error:  # inside a folder we may not look into
                yield candidate, f"{candidate}: cannot read ({error.strerror or error})"
                continue
            if is_folder:
                errors: list[OSError] = []
                for folder, dirnames, filenames in os.walk(candidate, onerror=errors.append):
                    dirnames.sort()
                    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                    for name in sorted(filenames):
                        file_path = Path(folder) / name
                        if name.startswith(".") or excluded(file_path):
                            continue
                        if pattern and not fnmatch.fnmatch(name, pattern):
                            continue
                        if file_path.suffix.lower() not in wanted:
                            continue
                        if extensions is None and not wanted_in_folder(file_path):
                            continue  # a .json or .xml that is no message catalogue
                        key = os.path.realpath(file_path)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield file_path, None
                for error in errors:
                    yield (
                        Path(error.filename or str(candidate)),
                        (f"{error.filename}: cannot list folder ({error.strerror})"),
                    )
            elif exists:
                key = os.path.realpath(candidate)
                if key not in seen and not excluded(candidate):
                    seen.add(key)
                    yield candidate, None
            else:
                yield candidate, f"{candidate}: no such file or folder"


def _folder_extensions() -> tuple[str, ...]:
    from mtlint.checks.documents import supported_extensions

    return tuple(sorted(set(DEFAULT_EXTENSIONS) | {e for e in supported_extensions() if e}))


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def plan_paths(
    paths: Iterable[str | Path], config: Config, pattern: str | None
) -> list[tuple[str, str | None]]:
    """Every file to check as (path, None), or (path, error line) for a path that cannot be
    listed; ``config.exclude`` and ``pattern`` applied."""
    # Only the paths are listed up front (cheap), so progress knows the total.
    return [(str(p), e) for p, e in expand_paths(paths, exclude=config.exclude, pattern=pattern)]


def path_chunks(
    plan: list[tuple[str, str | None]], size: int
) -> Iterator[tuple[list[str], list[FileReport]]]:
    """Runs of checkable paths, each with the error reports of unlistable paths before it.

    Yields (paths to check, error reports that come before them) so output order is path order.
    """
    pending_errors: list[FileReport] = []
    chunk: list[str] = []
    for path, error in plan:
        if error is not None:
            if chunk:
                yield chunk, pending_errors
                chunk, pending_errors = [], []
            pending_errors.append(FileReport(path=path, error=error))
            continue
        chunk.append(path)
        if len(chunk) >= size:
            yield chunk, pending_errors
            chunk, pending_errors = [], []
    if chunk or pending_errors:
        yield chunk, pending_errors


def chunk_size(total: int, workers: int) -> int:
    """Files per chunk for ``total`` files shared among ``workers``."""
    # Enough chunks to balance the load, few enough that per-task overhead stays small.
    return max(1, min(64, total // (workers * 8) or 1))


def check_paths(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    jobs: int | None = 1,
    keep_text: bool = False,
    pattern: str | None = None,
    progress: Progress | None = None,
    start_method: str | None = None,
    backtranslation: BacktranslationRequest | None = None,
) -> Iterator[FileReport]:
    """Check every file under ``paths``; results stream in path order.

    ``jobs`` > 1 checks files in that many worker processes (``None``: one per core); a file that
    fails is reported and the batch goes on; a worker that dies is replaced. ``start_method``
    chooses how workers start (``"fork"``, the default on Linux, lets them share what the parent
    has loaded; a GUI with running threads should pass ``"forkserver"`` or ``"spawn"``).
    With ``backtranslation`` files are checked one at a time here, so the translation models
    load once.
    """
    config = config or Config()
    # Issue 14: the per-file work collects units; the project pass (below) compares them.
    project_config, config = config, consistency_project.for_workers(config)
    plan = plan_paths(paths, config, pattern)
    total = len(plan)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    checkable = sum(1 for _, e in plan if e is None)
    if jobs == 1 or checkable <= 1 or backtranslation is not None:
        reports: Iterator[FileReport] = (
            FileReport(path=p, error=e)
            if e is not None
            else check_file(p, config, keep_text=keep_text, backtranslation=backtranslation)
            for p, e in plan
        )
    else:
        reports = _run_pool(plan, config, keep_text, min(jobs, checkable), start_method)
    # Issue 14: the consistency reduce over the whole batch (a no-op without bilingual files).
    return consistency_project.project_pass(with_progress(reports, total, progress), project_config)


def with_progress(
    reports: Iterator[FileReport], total: int, progress: Progress | None
) -> Iterator[FileReport]:
    """``reports`` unchanged, calling ``progress`` (when given) after each one."""
    for done, report in enumerate(reports, 1):
        if progress is not None:
            progress(done, total, report)
        yield report


def _run_pool(
    plan: list[tuple[str, str | None]],
    config: Config,
    keep_text: bool,
    workers: int,
    start_method: str | None = None,
) -> Iterator[FileReport]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = path_chunks(plan, chunk_size(len(plan), workers))
    context = multiprocessing.get_context(start_method) if start_method else None
    if context is None or context.get_start_method() == "fork":
        _warm_up(config)

    def new_executor() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context)

    executor = new_executor()

    def submit(paths: list[str]) -> Future:
        return executor.submit(check_chunk, paths, config, keep_text)

    def results(paths: list[str], future: Future, in_flight: deque) -> list[FileReport]:
        nonlocal executor
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): its files are reported, the rest go on in
            # a fresh pool.
            executor.shutdown(wait=False, cancel_futures=True)
            executor = new_executor()
            resubmitted = [(p, e, submit(p) if p else None) for p, e, _ in in_flight]
            in_flight.clear()
            in_flight.extend(resubmitted)
            return [
                FileReport(path=path, error=f"{path}: the worker checking it died")
                for path in paths
            ]

    try:
        yield from in_path_order(chunks, workers * 4, submit, results)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def in_path_order(
    chunks: Iterator[tuple[list[str], list[FileReport]]],
    window: int,
    submit: Callable[[list[str]], Any],
    results: Callable[[list[str], Any, deque], list[FileReport]],
    abandon: Callable[[Any], object] | None = None,
) -> Iterator[FileReport]:
    """Keep up to ``window`` chunks in flight (``submit`` starts one, returning its future) and
    yield their reports in path order (``results`` waits for one; it may resubmit what is still
    in flight). Futures still in flight when the caller stops are handed to ``abandon``."""
    in_flight: deque = deque()
    try:
        while True:
            while len(in_flight) < window:
                item = next(chunks, None)
                if item is None:
                    break
                paths, errors = item
                in_flight.append((paths, errors, submit(paths) if paths else None))
            if not in_flight:
                return
            paths, errors, future = in_flight.popleft()
            yield from errors
            if future is not None:
                yield from results(paths, future, in_flight)
    finally:
        if abandon is not None:
            for _, _, future in in_flight:
                if future is not None:
                    abandon(future)


_WARM_TEXT = (
    "The minister arrived in the capital on Sunday. She met the president, and they said "
    "the talks had gone well; a statement followed."
)


def _warm_up(config: Config) -> None:
    """Load word lists, language data and the language detector once, before the pool forks,
    so every worker inherits them instead of loading its own copy on its first file."""
    from mtlint.checks.documents.base import Document

    with contextlib.suppress(Exception):  # warming is an optimisation only
        pipeline.check_loaded(Document(text=_WARM_TEXT), config)


class TerminalProgress:
    """A one-line progress bar on a terminal (stderr); redrawn at most ten times a second."""

    def __init__(self, stream, *, width: int = 30) -> None:
        import time

        self.stream = stream
        self.width = width
        self._clock = time.monotonic
        self._started = self._clock()
        self._last = 0.0
        self.errors = 0

    def __call__(self, done: int, total: int, report: FileReport) -> None:
        self.errors += report.error is not None
        now = self._clock()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        fraction = done / total if total else 1.0
        filled = int(self.width * fraction)
        rate = done / max(now - self._started, 1e-6)
        errors = f", {self.errors} unreadable" if self.errors else ""
        line = (
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} files"
            f" ({rate:.0f}/s{errors})"
        )
        self.stream.write(line)
        if done >= total:
            self.stream.write("\r" + " " * len(line) + "\r")
        self.stream.flush()


def progress_for(stream, *, output_is_terminal: bool) -> Progress | None:
    """A progress bar when ``stream`` is a terminal the report does not also write to."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty() or output_is_terminal:
        return None
    return TerminalProgress(stream)
