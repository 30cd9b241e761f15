"""A Dask scheduler and workers started as separate processes on loopback, as a user starts
them (``dask scheduler``, ``dask worker``), for the tests and bench/bench_batch.py.

``hide``: a folder the workers must not see; they run in their own mount namespace with an
empty tmpfs over it (``unshare --mount``, as root), like workers on other machines.
``env``: extra environment for the workers (e.g. a PYTHONPATH that shadows mtlint's version).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


class Cluster:
    """A ``dask scheduler`` and a ``dask worker`` (``workers`` processes) on loopback, started
    from ``home``."""

    def __init__(
        self,
        home: Path,
        *,
        workers: int = 2,
        hide: Path | None = None,
        env: dict | None = None,
    ):
        home.mkdir(parents=True, exist_ok=True)
        self.scheduler_file = home / "scheduler.json"
        environ = {**os.environ, **(env or {})}
        self.scheduler = subprocess.Popen(
            [
                *(sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1"),
                *("--port", "0", "--no-dashboard", "--scheduler-file", str(self.scheduler_file)),
            ],
            cwd=home,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        worker = [sys.executable, "-m", "distributed.cli.dask_worker"]
        worker += ["--scheduler-file", str(self.scheduler_file), "--nworkers", str(workers)]
        worker += ["--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"]
        if hide is not None:  # an empty tmpfs over the client's folder, in the worker's namespace
            script = f'mount -t tmpfs none "{hide}" && exec "$@"'
            worker = ["unshare", "--mount", "sh", "-c", script, "sh", *worker]
        self.worker = subprocess.Popen(
            worker, cwd=home, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.workers = workers
        self.address = self._wait()

    def _wait(self) -> str:
        from distributed import Client

        deadline = time.monotonic() + 60
        while not self.scheduler_file.exists():
            if time.monotonic() > deadline or self.scheduler.poll() is not None:
                self.close()
                raise RuntimeError("the dask scheduler did not start")
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written whole before the scheduler listens
        address = json.loads(self.scheduler_file.read_text())["address"]
        with Client(address, set_as_default=False, timeout="30s") as client:
            client.wait_for_workers(self.workers, timeout=60)
        return address

    def close(self) -> None:
        for process in (self.worker, self.scheduler):
            process.terminate()
        for process in (self.worker, self.scheduler):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
