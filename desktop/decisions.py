"""Review decisions, persisted in SQLite in the user data folder.

Keyed by the file's resolved path + a hash of its text + the finding (code and span), so a
decision comes back when the same file is reopened unchanged and never applies to different
text. A reviewer's decision (fewer than ``WRITE_LATER_FROM`` at once) is committed the moment it
is made: a crash loses none. A bulk decision is one transaction, written by the store's writer
thread ("Accept all safe" on 36,667 fixes no longer holds the GUI thread for the write, 0.3 s):
it is durable a moment after the call returns, so a crash or a kill in that moment loses it
whole (never half of it). Every other use of the store waits for the writes queued before it,
so the order holds; closing the window and the end of the program wait for them too. A write
that fails on the writer thread is reported to ``on_failed`` (the window shows it in its status
bar), not only printed.
"""

from __future__ import annotations

import atexit
import hashlib
import queue
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mtlint.checks.model import Finding
from platformdirs import user_data_dir


class Status(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Decision:
    status: Status = Status.PENDING
    # Which of the finding's fixes (alternatives) was chosen.
    choice: int = 0
    # The corrected stretch typed by hand (see ReviewState.stretch), or None.
    replacement: str | None = None


def default_database() -> Path:
    return Path(user_data_dir("mtlint", appauthor=False)) / "review.sqlite3"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def finding_key(finding: Finding) -> str:
    return f"{finding.code}:{finding.start}:{finding.end}"


# Decisions written together from this many on go to the writer thread; fewer are written at
# once (one reviewer's decision is durable before the next key press).
WRITE_LATER_FROM = 100


class DecisionStore:
    # The one connection serves the writer thread and the GUI thread: every method that touches
    # ``_db`` outside ``_write`` must call ``flush()`` first, so the two never overlap.
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_database()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit: every write is durable on its own.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            """CREATE TABLE IF NOT EXISTS decisions (
                   path TEXT NOT NULL, hash TEXT NOT NULL, key TEXT NOT NULL,
                   status TEXT NOT NULL, choice INTEGER NOT NULL DEFAULT 0,
                   replacement TEXT, updated REAL NOT NULL,
                   PRIMARY KEY (path, hash, key))"""
        )
        self._writes: queue.Queue[tuple[str | Path, str, list[tuple[str, Decision]]] | None] = (
            queue.Queue()
        )
        # Called on the writer thread with a message when a queued write fails (the window
        # passes a Qt signal's emit, which crosses to the GUI thread); the failures are kept.
        self.on_failed: Callable[[str], None] | None = None
        self.failures: list[str] = []
        self._writer = threading.Thread(target=self._write_all, name="decisions", daemon=True)
        self._writer.start()
        atexit.register(self.flush)  # the last decisions reach the disk when the app quits

    @staticmethod
    def _path_key(path: str | Path) -> str:
        return str(Path(path).resolve())

    def load(self, path: str | Path, digest: str) -> dict[str, Decision]:
        self.flush()
        rows = self._db.execute(
            "SELECT key, status, choice, replacement FROM decisions WHERE path=? AND hash=?",
            (self._path_key(path), digest),
        )
        return {key: Decision(Status(status), choice, repl) for key, status, choice, repl in rows}

    def save(self, path: str | Path, digest: str, key: str, decision: Decision) -> None:
        self.save_many(path, digest, [(key, decision)])

    def save_many(
        self, path: str | Path, digest: str, decisions: list[tuple[str, Decision]]
    ) -> None:
        """Write decisions (key, decision) in one transaction, on the writer thread: "Accept
        all safe" on 36,667 fixes took 108 s as 36,667 commits (each a WAL sync) on the GUI
        thread (h22gui)."""
        if len(decisions) >= WRITE_LATER_FROM and self._writer.is_alive():
            self._writes.put((path, digest, list(decisions)))
        elif decisions:
            self.flush()  # after the bulk writes queued before it
            self._write(path, digest, decisions)

    def flush(self) -> None:
        """Wait until every decision saved so far is written."""
        if self._writer.is_alive():
            self._writes.join()

    def _write_all(self) -> None:
        while (job := self._writes.get()) is not None:
            try:
                self._write(*job)
            except Exception as error:  # a failed write must not stop the ones after it
                traceback.print_exc()
                self._failed(len(job[2]), error)
            finally:
                self._writes.task_done()
        self._writes.task_done()

    def _failed(self, count: int, error: Exception) -> None:
        message = f"{count} review decisions could not be saved: {error}"
        self.failures.append(message)
        if self.on_failed is not None:
            try:
                self.on_failed(message)
            except Exception:  # the report must not stop the writer
                traceback.print_exc()

    def _write(self, path: str | Path, digest: str, decisions: list[tuple[str, Decision]]) -> None:
        where = self._path_key(path)
        now = time.time()
        dropped = [(where, digest, key) for key, decision in decisions if decision == Decision()]
        kept = [
            (where, digest, key, str(d.status), d.choice, d.replacement, now)
            for key, d in decisions
            if d != Decision()
        ]
        with self._db:  # one transaction: all of a bulk decision is durable, or none of it
            self._db.execute("BEGIN")
            if dropped:
                self._db.executemany(
                    "DELETE FROM decisions WHERE path=? AND hash=? AND key=?", dropped
                )
            if kept:
                self._db.executemany(
                    "INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?)", kept
                )

    def close(self) -> None:
        if self._writer.is_alive():
            self._writes.put(None)
            self._writer.join()
        atexit.unregister(self.flush)
        self._db.close()
