"""The translation cache: SQLite under the user cache folder (platformdirs, "mtlint").

Keyed by (package id + version, direction, sentence), so a re-check translates only what changed
and an upgraded model never serves stale output. Safe to share between threads and processes
(one connection per thread, WAL journal); a cache that cannot be opened is simply not used.

Bounded: each table keeps about ``max_rows`` rows (``MTLINT_CACHE_MAX_ROWS``, default 200,000
— some 60 MB of sentences; the size is checked every 2,000 rows written, so it may run over by
that much in between); past that, the rows used longest ago go first.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key BLOB PRIMARY KEY,
    package TEXT NOT NULL,
    direction TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (
    key BLOB PRIMARY KEY,
    value TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""
_TABLES = ("translations", "results")
DEFAULT_MAX_ROWS = 200_000
# Rows written between two size checks (counting rows is a table scan).
_CHECK_EVERY = 2_000


def default_cache_path() -> Path:
    override = os.environ.get("MTLINT_CACHE_DIR")
    if override:
        return Path(override) / "translations.sqlite3"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mtlint", appauthor=False)) / "translations.sqlite3"


def _key(package: str, direction: str, sentence: str) -> bytes:
    return hashlib.blake2b(
        "\x1f".join((package, direction, sentence)).encode("utf-8"), digest_size=20
    ).digest()


def _max_rows_from_environment() -> int:
    try:
        return max(1, int(os.environ.get("MTLINT_CACHE_MAX_ROWS", DEFAULT_MAX_ROWS)))
    except ValueError:
        return DEFAULT_MAX_ROWS


class TranslationCache:
    def __init__(self, path: Path | None = None, *, max_rows: int | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.max_rows = max_rows if max_rows is not None else _max_rows_from_environment()
        self._written_since_check = dict.fromkeys(_TABLES, _CHECK_EVERY)  # check on first write
        self._local = threading.local()
        self.broken = False
        # The last few whole results, as objects: a re-check in the same process (the GUI's
        # Re-check, a batch revisiting a file) skips even decoding them from SQLite.
        self._recent: OrderedDict[str, Any] = OrderedDict()
        self._recent_lock = threading.Lock()

    def recall(self, key: str) -> Any | None:
        with self._recent_lock:
            value = self._recent.get(key)
            if value is not None:
                self._recent.move_to_end(key)
            return value

    def forget_recent(self) -> None:
        """Drop the in-memory tier (as a new process starts); the SQLite file stays."""
        with self._recent_lock:
            self._recent.clear()

    def remember(self, key: str, value: Any, *, keep: int = 16) -> None:
        with self._recent_lock:
            self._recent[key] = value
            self._recent.move_to_end(key)
            while len(self._recent) > keep:
                self._recent.popitem(last=False)

    def _connection(self) -> sqlite3.Connection | None:
        if self.broken:
            return None
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            return connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(_SCHEMA)
            for table in _TABLES:  # a cache file from before eviction: add the column
                columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
                if "used" not in columns:
                    connection.execute(
                        f"ALTER TABLE {table} ADD COLUMN used INTEGER NOT NULL DEFAULT 0"
                    )
                connection.execute(f"CREATE INDEX IF NOT EXISTS {table}_used ON {table}(used)")
        except (OSError, sqlite3.Error):
            # A read-only or corrupt cache must not stop a check: run uncached.
            self.broken = True
            return None
        self._local.connection = connection
        return connection

    def get_many(self, package: str, direction: str, sentences: Iterable[str]) -> dict[str, str]:
        connection = self._connection()
        wanted = list(dict.fromkeys(sentences))
        if connection is None or not wanted:
            return {}
        keys = {_key(package, direction, s): s for s in wanted}
        found: dict[str, str] = {}
        key_list = list(keys)
        try:
            # SQLite limits bound parameters; 500 at a time is far below every limit.
            for i in range(0, len(key_list), 500):
                chunk = key_list[i : i + 500]
                marks = ",".join("?" * len(chunk))
                hits = connection.execute(
                    f"SELECT key, target FROM translations WHERE key IN ({marks})", chunk
                ).fetchall()
                for key, target in hits:
                    found[keys[key]] = target
                self._touch(connection, "translations", [key for key, _ in hits])
        except sqlite3.Error:
            return {}
        return found

    def _touch(self, connection: sqlite3.Connection, table: str, keys: list[bytes]) -> None:
        """Mark rows as just used, so eviction keeps them (best effort: a busy cache skips it)."""
        if not keys:
            return
        now = time.time_ns()
        try:
            with connection:
                connection.execute("BEGIN")
                connection.executemany(
                    f"UPDATE {table} SET used = ? WHERE key = ?", [(now, key) for key in keys]
                )
        except sqlite3.Error:
            pass

    def _evict(self, connection: sqlite3.Connection, table: str, written: int) -> None:
        """After every few thousand rows written, drop the least recently used rows beyond
        ``max_rows`` (and a tenth more, so that the next writes do not evict again at once)."""
        self._written_since_check[table] += written
        if self._written_since_check[table] < min(_CHECK_EVERY, self.max_rows):
            return
        self._written_since_check[table] = 0
        (rows,) = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        if rows <= self.max_rows:
            return
        excess = rows - self.max_rows + self.max_rows // 10
        with connection:
            connection.execute("BEGIN")
            connection.execute(
                f"DELETE FROM {table} WHERE key IN (SELECT key FROM {table} ORDER BY used LIMIT ?)",
                (excess,),
            )

    def put_many(self, package: str, direction: str, pairs: dict[str, str]) -> None:
        connection = self._connection()
        if connection is None or not pairs:
            return
        now = time.time_ns()
        rows = [
            (_key(package, direction, s), package, direction, s, t, now) for s, t in pairs.items()
        ]
        try:
            with connection:
                connection.execute("BEGIN")
                connection.executemany(
                    "INSERT OR REPLACE INTO translations "
                    "(key, package, direction, source, target, used) VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
            self._evict(connection, "translations", len(rows))
        except sqlite3.Error:
            pass

    # Scores are cached too: on a re-check of an unchanged text, scoring (sacrebleu's TER
    # especially) would otherwise cost more than the cached translations save.
    def get_results(self, namespace: str, keys: Iterable[str]) -> dict[str, Any]:
        connection = self._connection()
        wanted = list(dict.fromkeys(keys))
        if connection is None or not wanted:
            return {}
        hashed = {_key(namespace, "", k): k for k in wanted}
        hashed_keys = list(hashed)
        found: dict[str, Any] = {}
        try:
            for i in range(0, len(hashed_keys), 500):
                chunk = hashed_keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                hits = connection.execute(
                    f"SELECT key, value FROM results WHERE key IN ({marks})", chunk
                ).fetchall()
                for key, value in hits:
                    found[hashed[key]] = json.loads(value)
                self._touch(connection, "results", [key for key, _ in hits])
        except (sqlite3.Error, ValueError):
            return {}
        return found

    def put_results(self, namespace: str, values: dict[str, Any]) -> None:
        connection = self._connection()
        if connection is None or not values:
            return
        now = time.time_ns()
        rows = [(_key(namespace, "", k), json.dumps(v), now) for k, v in values.items()]
        try:
            with connection:
                connection.execute("BEGIN")
                connection.executemany(
                    "INSERT OR REPLACE INTO results (key, value, used) VALUES (?, ?, ?)", rows
                )
            self._evict(connection, "results", len(rows))
        except sqlite3.Error:
            pass

    def clear(self) -> None:
        connection = self._connection()
        if connection is not None:
            connection.execute("DELETE FROM translations")
            connection.execute("DELETE FROM results")

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


_shared: dict[Path, TranslationCache] = {}
_shared_lock = threading.Lock()


def shared_cache() -> TranslationCache:
    """One cache object per cache file in this process."""
    path = default_cache_path()
    with _shared_lock:
        cache = _shared.get(path)
        if cache is None:
            cache = _shared[path] = TranslationCache(path)
        return cache
