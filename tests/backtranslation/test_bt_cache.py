"""The translation cache stays bounded: least recently used rows go first, old files migrate."""

from __future__ import annotations

import sqlite3

from mtlint.checks.backtranslation.cache import TranslationCache


def _count(path, table="translations") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_rows_beyond_the_bound_are_evicted_least_recently_used_first(tmp_path):
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path, max_rows=20)
    cache.put_many("pkg", "en-de", {f"old {n}": f"alt {n}" for n in range(10)})
    cache.put_many("pkg", "en-de", {f"mid {n}": f"mitte {n}" for n in range(10)})
    # Reading the old rows makes them recent again: the middle batch is now the oldest.
    assert len(cache.get_many("pkg", "en-de", [f"old {n}" for n in range(10)])) == 10
    cache.put_many("pkg", "en-de", {f"new {n}": f"neu {n}" for n in range(10)})
    assert _count(path) <= 20
    assert cache.get_many("pkg", "en-de", ["old 3", "new 3"]) == {
        "old 3": "alt 3",
        "new 3": "neu 3",
    }
    assert cache.get_many("pkg", "en-de", [f"mid {n}" for n in range(10)]) == {}


def test_results_are_bounded_too(tmp_path):
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path, max_rows=5)
    for n in range(4):
        cache.put_results("scores", {f"{n}-{k}": {"chrf": k} for k in range(3)})
    # Checked every max_rows rows written (at most 2,000): 12 written, some evicted.
    assert _count(path, "results") < 12
    assert cache.get_results("scores", ["3-1"]) == {"3-1": {"chrf": 1}}


def test_a_cache_file_from_before_eviction_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "CREATE TABLE translations (key BLOB PRIMARY KEY, package TEXT NOT NULL, "
            "direction TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL) WITHOUT ROWID;"
            "CREATE TABLE results (key BLOB PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
        )
    cache = TranslationCache(path, max_rows=100)
    cache.put_many("pkg", "en-de", {"Hello.": "Hallo."})
    assert cache.get_many("pkg", "en-de", ["Hello."]) == {"Hello.": "Hallo."}
    assert not cache.broken


def test_the_bound_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MTLINT_CACHE_MAX_ROWS", "7")
    assert TranslationCache(tmp_path / "a.sqlite3").max_rows == 7
    monkeypatch.setenv("MTLINT_CACHE_MAX_ROWS", "lots")
    assert TranslationCache(tmp_path / "b.sqlite3").max_rows == 200_000
