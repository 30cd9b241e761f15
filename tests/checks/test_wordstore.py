"""The compact word-list store against the dicts it stands for (checks/wordstore.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from mtlint.checks import foreignwords, wordlists, wordstore
from mtlint.checks.wordstore import WordStore, stored_wordlist


def _bucketed(words: list[str], first: int = 0) -> dict[str, float]:
    """An invented list in wordfreq's shape: a word per bucket, frequencies falling."""
    return {word: 10 ** (-(first + index) / 100) for index, word in enumerate(words)}


_WORDS = ["the", "of", "café", "naïve", "straße", "москва", "東京", "o'clock", "x-ray", "a"]


def _same(store: object, expected: dict) -> None:
    assert isinstance(store, WordStore)
    assert len(store) == len(expected)
    assert list(store) == list(expected)
    assert list(store.keys()) == list(expected.keys())
    assert list(store.values()) == list(expected.values())
    assert list(store.items()) == list(expected.items())
    assert store == expected and expected == dict(store.items())
    for word, value in expected.items():
        assert store[word] == value and store.get(word) == value and word in store


def test_a_store_answers_as_its_dict() -> None:
    expected = _bucketed(_WORDS, first=300)
    store = WordStore.from_dict(expected)
    _same(store, expected)
    for absent in ("", "th", "thee", "Café", "zz", b"the", None, 3):
        assert absent not in store
        assert store.get(absent) is None and store.get(absent, 0.5) == 0.5
    with pytest.raises(KeyError):
        store["thee"]


def test_a_word_keeps_its_first_place_and_the_value_given_last() -> None:
    # A dict built from buckets in turn: "of" stands in two, first place and last value kept.
    pairs = [("the", 1e-2), ("of", 10**-0.03), ("and", 10**-0.05), ("of", 10**-0.05)]
    expected = dict(pairs)
    store = WordStore.from_dict(expected)
    _same(store, expected)
    assert list(store.items()) == [("the", 1e-2), ("of", 10**-0.05), ("and", 10**-0.05)]


def test_a_raw_store_is_keyed_by_bytes() -> None:
    words = _bucketed(_WORDS)
    expected = {word.encode(): value for word, value in words.items()}
    store = WordStore.from_dict(expected, raw=True)
    _same(store, expected)
    assert "the" not in store and store.get("москва") is None
    assert store.get("москва".encode()) == words["москва"]


def test_what_a_store_cannot_hold_exactly_is_refused() -> None:
    assert WordStore.from_dict({"a\x00b": 1e-3}) is None  # the separator
    assert WordStore.from_dict({"a": 0.5}) is None  # a value of no bucket
    assert WordStore.from_dict({b"a": 1e-3}) is None  # bytes where str was asked
    assert len(WordStore.from_dict({})) == 0 and list(WordStore.from_dict({})) == []


def test_a_store_survives_its_file() -> None:
    expected = _bucketed(_WORDS, first=250)
    store = WordStore.from_dict(expected)
    _same(WordStore.from_bytes(store.to_bytes()), expected)
    with pytest.raises(ValueError):
        WordStore.from_bytes(b"not a store")
    with pytest.raises(ValueError):
        WordStore.from_bytes(store.to_bytes()[:-3])


def _reader(words: dict):
    calls = []

    def read(path: Path, *, raw: bool = False) -> dict:
        calls.append(path)
        return dict(words)

    return read, calls


def test_a_list_is_built_once_and_then_read_from_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "small_xx.msgpack.gz"
    source.write_bytes(b"invented")
    expected = _bucketed(_WORDS, first=400)
    read, calls = _reader(expected)
    _same(stored_wordlist(source, read), expected)
    _same(stored_wordlist(source, read), expected)
    assert len(calls) == 1
    assert len(list((tmp_path / "cache").glob("*.store"))) == 1
    # A damaged cache file is built again, with the same answers.
    next((tmp_path / "cache").glob("*.store")).write_bytes(b"mtlint-wordstore 1\n{}\n")
    _same(stored_wordlist(source, read), expected)
    assert len(calls) == 2


def test_no_cache_folder_still_gives_a_store(tmp_path, monkeypatch) -> None:
    source = tmp_path / "small_xx.msgpack.gz"
    source.write_bytes(b"invented")
    expected = _bucketed(_WORDS)
    read, calls = _reader(expected)
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", "")  # nothing kept on disk
    _same(stored_wordlist(source, read), expected)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(blocked / "below"))  # cannot be written
    _same(stored_wordlist(source, read), expected)
    assert len(calls) == 2 and not list(tmp_path.glob("**/*.tmp"))


def test_a_list_it_cannot_hold_is_given_as_read(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    source = tmp_path / "odd.msgpack.gz"
    source.write_bytes(b"invented")
    read, _ = _reader({"a": 0.5})
    assert stored_wordlist(source, read) == {"a": 0.5}


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_shipped_lists_are_stored_exactly(language: str) -> None:
    path = wordlists._wordlist_file(language)
    assert path is not None  # wordfreq ships these lists
    expected = wordlists._read_wordlist(path)
    _same(wordlists.frequency_dict(language), expected)
    small = path.with_name(f"small_{language}.msgpack.gz")
    for raw in (False, True):
        _same(
            foreignwords._read_small_list(language, raw=raw),
            wordlists._read_wordlist(small, raw=raw),
        )


def test_the_cache_folder_follows_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    assert wordstore.cache_folder() == tmp_path
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", "")
    assert wordstore.cache_folder() is None
    monkeypatch.delenv("MTLINT_WORDLIST_CACHE")
    assert wordstore.cache_folder().name == "wordlists"


def test_a_long_store_is_read_piece_by_piece_and_stopped_early() -> None:
    # ~40,000 invented words (~300 KB): iteration crosses several pieces of the ordered copy;
    # an empty word and multi-byte letters sit at any cut.
    words = [f"w{index}é" if index % 7 else f"ж{index}" for index in range(40_000)] + [""]
    expected = {word: 10 ** (-(index // 100) / 100) for index, word in enumerate(words)}
    store = WordStore.from_dict(expected)
    _same(store, expected)
    raw = WordStore.from_dict({word.encode(): value for word, value in expected.items()}, raw=True)
    assert list(raw) == [word.encode() for word in expected]
    head = iter(store.items())
    assert [next(head) for _ in range(3)] == list(expected.items())[:3]
    frequencies = store.frequencies()
    assert len(frequencies) == len(expected) and list(frequencies) == list(expected.values())
    assert frequencies[12_345] == list(expected.values())[12_345]
    assert frequencies[5:9] == list(expected.values())[5:9]


def test_frequent_prefix_reads_a_store_as_its_dict() -> None:
    floor = 10 ** (3.5 - 9)
    dict_words = wordlists._read_wordlist(wordlists._wordlist_file("en"))
    expected = frozenset(word for word, value in dict_words.items() if value >= floor)
    assert wordlists.frequent_prefix("en", floor) == expected


def test_a_month_old_store_of_an_older_source_is_deleted_when_its_successor_is_written(
    tmp_path, monkeypatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(cache))
    cache.mkdir()
    source = tmp_path / "small_xx.msgpack.gz"
    source.write_bytes(b"invented")
    old_month = cache / "small_xx.msgpack.gz.all.str.5.1700000000000000000.store"
    old_week = cache / "small_xx.msgpack.gz.all.str.6.1710000000000000000.store"
    other_list = cache / "large_xx.msgpack.gz.all.str.5.1700000000000000000.store"
    other_form = cache / "small_xx.msgpack.gz.all.raw.5.1700000000000000000.store"
    month_ago = time.time() - wordstore.STALE_AFTER_SECONDS - 3600
    for path in (old_month, old_week, other_list, other_form):
        path.write_bytes(b"an older store")
        os.utime(path, (month_ago, month_ago))
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(old_week, (week_ago, week_ago))
    read, _ = _reader(_bucketed(_WORDS))
    stored_wordlist(source, read)
    assert not old_month.exists()  # the same list and form from an older source, a month old
    assert old_week.exists()  # young: another install sharing the folder may still read it
    assert other_list.exists() and other_form.exists()  # another list, another form
    assert len(list(cache.glob("small_xx.msgpack.gz.all.str.*.store"))) == 2


def test_a_month_old_derived_set_of_older_code_is_deleted_with_its_successor(
    tmp_path, monkeypatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(cache))
    cache.mkdir()
    stale = cache / ("quick-xx." + "0" * 40 + ".derived")
    other = cache / ("quick-xx-plain." + "0" * 40 + ".derived")
    month_ago = time.time() - wordstore.STALE_AFTER_SECONDS - 3600
    for path in (stale, other):
        path.write_bytes(b"an older set")
        os.utime(path, (month_ago, month_ago))
    key = "quick-xx." + "1" * 40 + ".derived"
    assert wordstore.derived_words(key, lambda: frozenset({"café"})) == frozenset({"café"})
    assert (cache / key).exists() and not stale.exists() and other.exists()
