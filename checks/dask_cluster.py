"""Checking on a Dask cluster whose scheduler and workers were started on their own.

The per-file work is the batch's (``batch.check_file``); what this module adds is what a real
cluster needs and a ``LocalCluster`` in the same folder hides:

* **Paths leave the client absolute.** A worker resolves a relative path against its own working
  directory; reports still show each path as the user gave it.
* **Files the workers cannot see travel with their tasks.** With a shared file system the workers
  read the files themselves; without one (``send_files=True``, or found by probing one worker for
  one file) the client sends each file's bytes with its task, a bounded window of chunks at a
  time, so memory stays flat on both sides.
* **Workers must run the client's mtlint.** At connect time every worker reports its mtlint
  version and a fingerprint of its language data; a mismatch is one clear error before any work
  is sent.

Results stream back in path order, identical to the local pool's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from mtlint.checks import batch, consistency_project
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError, read_bytes
from mtlint.checks.results import FileReport

# How long to keep trying to reach a Dask scheduler before giving up with one clear line.
CONNECT_TIMEOUT = "10s"
# Files sent in one task when the workers cannot read the client's files: at most this many
# bytes (one larger file still goes alone), so a window of tasks bounds the client's memory.
SEND_CHUNK_BYTES = 4 << 20
# The language data whose fingerprint must match between client and workers.
_DATA_FOLDERS = ("lang", "gazetteer", "repetition")

Notify = Callable[[str], None]


# --- the environment every worker must share with the client ---------------------------------


@lru_cache(maxsize=1)
def environment() -> dict[str, str]:
    """This process's mtlint version and a fingerprint of its language data."""
    try:
        version = metadata.version("mtlint")
    except metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256()
    root = resources.files("mtlint.resources")
    for folder in _DATA_FOLDERS:
        entries = sorted((e for e in (root / folder).iterdir() if e.is_file()), key=str)
        for entry in entries:
            digest.update(f"{folder}/{entry.name}\0".encode())
            digest.update(entry.read_bytes())
    return {"mtlint": version, "data": digest.hexdigest()[:12]}


def _worker_environment() -> dict[str, str]:
    # Run on each worker by ``client.run``: a fresh call, never a value cached from the client.
    environment.cache_clear()
    return environment()


def check_workers(client: Any) -> int:
    """The cluster's thread count, after checking every worker runs the client's mtlint.

    Raises ``InputError`` (one line) when there are no workers or one differs.
    """
    threads = client.nthreads()
    if not threads:
        raise InputError(f"the Dask scheduler at {client.scheduler.address} has no workers")
    mine = environment()
    for worker, theirs in sorted(client.run(_worker_environment).items()):
        if theirs != mine:
            raise InputError(
                f"Dask worker {worker} runs mtlint {theirs.get('mtlint')} (language data "
                f"{theirs.get('data')}), this client mtlint {mine['mtlint']} (language data "
                f"{mine['data']}): install the same mtlint on every worker"
            )
    return max(1, sum(threads.values()))


# --- what the workers run -----------------------------------------------------------------------


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):  # run outside a worker (tests call the functions directly)
        return "this process"


def _relabel(report: FileReport, shown: str, checked: str) -> FileReport:
    """The report under the path the user gave, whatever path the worker checked."""
    error = report.error
    if error is not None and checked != shown:
        error = error.replace(checked, shown)
    return dataclasses.replace(report, path=shown, error=error)


def check_shared_chunk(
    items: list[tuple[str, str]], config: Config, keep_text: bool
) -> list[FileReport]:
    """A worker's task when it shares the client's files: (shown path, absolute path) pairs."""
    reports = []
    for shown, absolute in items:
        if not os.path.exists(absolute):
            reports.append(
                FileReport(
                    path=shown,
                    error=f"{shown}: not readable on Dask worker {_worker_address()} "
                    f"(no such file there: {absolute}; do the workers share this file system? "
                    "if not, use --dask-send-files)",
                )
            )
            continue
        (report,) = batch.check_chunk([absolute], config, keep_text)
        reports.append(_relabel(report, shown, absolute))
    return reports


def check_sent_chunk(
    items: list[tuple[str, bytes]], config: Config, keep_text: bool, glossary: bytes | None
) -> list[FileReport]:
    """A worker's task when the client sent the files: (shown path, content) pairs.

    Each file is checked from a private temporary copy under its own name (the format is chosen
    by extension); the project's ignore file stays on the client, which applies it.
    """
    reports = []
    with tempfile.TemporaryDirectory(prefix="mtlint-dask-") as folder:
        config = dataclasses.replace(config, ignore_file=os.devnull, source=None)
        if glossary is not None:
            glossary_file = Path(folder) / "glossary.tsv"
            glossary_file.write_bytes(glossary)
            config = dataclasses.replace(config, glossary=str(glossary_file))
        for index, (shown, content) in enumerate(items):
            copy = Path(folder) / str(index) / (Path(shown).name or "file")
            copy.parent.mkdir()
            copy.write_bytes(content)
            (report,) = batch.check_chunk([str(copy)], config, keep_text)
            reports.append(_relabel(report, shown, str(copy)))
            copy.unlink()
    return reports


def probe_file(absolute: str, size: int) -> bool:
    """Run on a worker: whether it sees the client's file (same path, same size)."""
    try:
        return os.stat(absolute).st_size == size
    except OSError:
        return False


# --- the client side ----------------------------------------------------------------------------


def _portable(config: Config) -> Config:
    """The config with every path in it absolute, so a worker elsewhere finds the same files."""
    source = Path(config.source).resolve() if config.source is not None else None
    base = source.parent if source is not None else Path.cwd()

    def absolute(value: str | None) -> str | None:
        if not value:
            return value
        path = Path(value).expanduser()
        return str(path if path.is_absolute() else (base / path).resolve())

    return dataclasses.replace(
        config,
        source=source,
        ignore_file=absolute(config.ignore_file),
        glossary=absolute(config.glossary),
    )


def _glossary_bytes(config: Config) -> bytes | None:
    from mtlint.checks.glossary import glossary_path

    path = glossary_path(config)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the glossary ({error.strerror or error})") from None


def _byte_chunks(
    chunks: Iterator[tuple[list[str], list[FileReport]]],
) -> Iterator[tuple[list[str], list[FileReport]]]:
    """The batch's chunks cut further so no task carries more than ``SEND_CHUNK_BYTES``."""
    for paths, errors in chunks:
        piece: list[str] = []
        size = 0
        for path in paths:
            try:
                length = os.stat(path).st_size
            except OSError:
                length = 0
            if piece and size + length > SEND_CHUNK_BYTES:
                yield piece, errors
                piece, size, errors = [], 0, []
            piece.append(path)
            size += length
        if piece or errors:
            yield piece, errors


def _should_send(client: Any, plan: list[tuple[str, str | None]]) -> bool:
    """Probe one worker for the first checkable file: send files when it cannot see it."""
    for path, error in plan:
        if error is None:
            absolute = os.path.abspath(path)
            size = os.stat(absolute).st_size
            return not client.submit(probe_file, absolute, size, pure=False).result()
    return False


def _read_for_sending(path: str) -> tuple[str, bytes] | FileReport:
    try:
        return path, read_bytes(Path(path))
    except InputError as error:
        return FileReport(path=path, error=str(error))


def check_paths_dask(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    address: str | object,
    keep_text: bool = False,
    pattern: str | None = None,
    progress: batch.Progress | None = None,
    window: int | None = None,
    send_files: bool | None = None,
    notify: Notify | None = None,
) -> Iterator[FileReport]:
    """The batch's per-file work on a Dask cluster (``address`` of its scheduler, or a Client).

    Connects and checks the workers before returning (a bad address or a mismatched worker is
    an ``InputError`` at once). ``send_files``: True sends every file's bytes with its task,
    False lets the workers read the files (at their absolute paths), None decides by probing one
    worker for one file (``notify`` hears the decision). Results stream in path order,
    identical to ``batch.check_paths``.
    """
    config = config or Config()
    project_config, config = config, consistency_project.for_workers(config)  # issue 14
    plan = batch.plan_paths(paths, config, pattern)
    client, own_client = _connect(address)
    try:
        workers = check_workers(client)
        if send_files is None:
            send_files = _should_send(client, plan)
            if send_files and notify is not None:
                notify(
                    "the Dask workers cannot read this machine's files: sending each file's "
                    "content with its task"
                )
    except BaseException:
        if own_client:
            client.close()
        raise
    reports = _run(client, own_client, plan, config, keep_text, workers, window, send_files)
    # Issue 14: the same consistency reduce as the process pool's, on the client.
    return consistency_project.project_pass(
        batch.with_progress(reports, len(plan), progress), project_config
    )


def _connect(address: str | object) -> tuple[Any, bool]:
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - dask is an optional extra
        raise InputError("--dask needs dask.distributed (pip install 'mtlint[dask]')") from error
    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False), True
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({error})") from None


def _run(
    client: Any,
    own_client: bool,
    plan: list[tuple[str, str | None]],
    config: Config,
    keep_text: bool,
    workers: int,
    window: int | None,
    send_files: bool,
) -> Iterator[FileReport]:
    chunks = batch.path_chunks(plan, batch.chunk_size(len(plan), workers))
    portable = _portable(config)
    if send_files:
        chunks = _byte_chunks(chunks)
        glossary = _glossary_bytes(config)
    unreadable: dict[str, FileReport] = {}

    def submit(paths: list[str]) -> Any:
        if not send_files:
            items = [(path, os.path.abspath(path)) for path in paths]
            return client.submit(check_shared_chunk, items, portable, keep_text, pure=False)
        # Read only when the task is submitted: the window bounds the bytes held here.
        items = []
        for path in paths:
            read = _read_for_sending(path)
            if isinstance(read, FileReport):
                unreadable[path] = read
            else:
                items.append(read)
        return client.submit(check_sent_chunk, items, config, keep_text, glossary, pure=False)

    def results(paths: list[str], future: Any, in_flight: deque) -> list[FileReport]:
        try:
            reports = {report.path: report for report in future.result()}
        except Exception as error:
            message = f"Dask task failed ({type(error).__name__}: {error})"
            reports = {path: FileReport(path=path, error=f"{path}: {message}") for path in paths}
        finally:
            future.release()
        ordered = [unreadable.pop(path, None) or reports[path] for path in paths]
        if send_files:  # the ignore file lives with the client's files
            ordered = [batch.apply_ignores(report, config) for report in ordered]
        return ordered

    try:
        yield from batch.in_path_order(
            chunks, window or workers * 4, submit, results, lambda future: future.cancel()
        )
    finally:
        if own_client:
            client.close()
