"""Derived word sets kept in the user cache (checks/wordstore.py ``derived_words``) and the
first-use shortcuts that must answer exactly as the code they replace."""

from __future__ import annotations

import json
import os

import pytest
from mtlint.checks import foreignwords, spelling
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordstore import (
    _FORMAT,
    WordStore,
    derived_key,
    derived_words,
)


def _builder(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


@pytest.mark.parametrize(
    "value",
    [
        frozenset({"tavolo", "mesa", "ł", "東京", "o'clock"}),
        frozenset(),
        frozenset({""}),
        {"divulgacao": 1e-05, "estacion": 3.1622776601683795e-06, "ano": 0.001},
        {},
    ],
)
def test_a_derived_set_is_built_once_then_read_back_the_same(tmp_path, monkeypatch, value):
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    build, calls = _builder(value)
    first = derived_words("invented.key", build)
    again = derived_words("invented.key", build)
    assert first == value and again == value and type(again) is type(value)
    if isinstance(value, dict):
        assert list(again.items()) == list(value.items())  # order and exact floats
    assert len(calls) == 1


def test_a_damaged_or_truncated_derived_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    value = {"uno": 0.01, "dos": 0.001}
    build, calls = _builder(value)
    derived_words("k", build)
    saved = (tmp_path / "k").read_bytes()
    for damaged in (saved[:-3], b"nonsense", saved.replace(b'"dict"', b'"set"')[:-8]):
        (tmp_path / "k").write_bytes(damaged)
        assert derived_words("k", build) == value
    assert len(calls) == 4


def test_what_cannot_be_saved_is_given_as_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    value = frozenset({"two\nlines", "word"})
    build, calls = _builder(value)
    assert derived_words("k", build) == value and derived_words("k", build) == value
    assert len(calls) == 2 and not list(tmp_path.iterdir())
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", "")  # nothing kept on disk
    assert derived_words("k", _builder(frozenset({"a"}))[0]) == {"a"}


def test_the_key_changes_with_the_code_the_lists_and_the_inputs(tmp_path):
    code, listed = tmp_path / "derive.py", tmp_path / "small_xx.msgpack.gz"
    code.write_text("A = 1\n")
    listed.write_bytes(b"words")
    key = derived_key("quick", ("en", 3.0), [str(code)], [listed])
    assert key == derived_key("quick", ("en", 3.0), [str(code)], [listed])
    assert key != derived_key("quick", ("en", 3.5), [str(code)], [listed])
    assert key != derived_key("plain", ("en", 3.0), [str(code)], [listed])
    listed.write_bytes(b"more words")  # another size
    assert key != derived_key("quick", ("en", 3.0), [str(code)], [listed])
    listed.write_bytes(b"words")
    os.utime(listed, ns=(1, 1))  # another modification time
    assert key != derived_key("quick", ("en", 3.0), [str(code)], [listed])
    other = tmp_path / "derive2.py"
    other.write_text("A = 2\n")  # the deriving code changed
    assert derived_key("q", (), [str(code)], []) != derived_key("q", (), [str(other)], [])


@pytest.mark.parametrize("code", ["en", "de"])
def test_mt504_sets_from_the_cache_equal_the_derived_ones(tmp_path, monkeypatch, code):
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(tmp_path))
    table = foreignwords.foreign_table(code)
    decides = foreignwords._lists_decide(table)
    floor = table.min_zipf if decides else table.own_max_zipf + table.margin
    least = 10 ** (max(floor, foreignwords._SMALL_FLOOR) - 9)
    sources = tuple(s for s in table.sources if not s.endswith("-Latn"))
    for _ in range(2):  # built into the cache, then read from it
        for cached in (foreignwords._quick_words, foreignwords._plain_list):
            cached.cache_clear()
        foreignwords._international_words.cache_clear()
        assert foreignwords._quick_words(code) == foreignwords._derive_quick_words(table, least)
        assert foreignwords._international_words(
            code, sources
        ) == foreignwords._derive_international_words(code, sources)
        for source in sources:
            plain = foreignwords._plain_list(source)
            assert list(plain.items()) == list(foreignwords._derive_plain_list(source).items())
    assert len(list(tmp_path.glob("*.derived"))) == 2 + len(sources)


def test_a_store_file_without_its_bucket_count_is_read_the_same():
    words = {"the": 1.0, "of": 0.1, "café": 10 ** (-250 / 100)}
    data = WordStore.from_dict(words).to_bytes()
    start = len(_FORMAT)
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    assert header.pop("buckets") == 251
    older = data[:start] + json.dumps(header).encode() + data[end:]
    for store in (WordStore.from_bytes(data), WordStore.from_bytes(older)):
        assert list(store.items()) == list(words.items())
    header["buckets"] = -4
    with pytest.raises(ValueError):
        WordStore.from_bytes(data[:start] + json.dumps(header).encode() + data[end:])


@pytest.mark.parametrize("language", ["en", "de", "ru", "pl"])
def test_frequent_words_and_alphabet_as_the_plain_loops(language):
    bar = 10 ** (spelling.spelling_table(language).frequent_zipf - 9)
    found = []
    for word, frequency in frequency_dict(language).items():
        if frequency < bar:
            break
        if word.isalpha():
            found.append(word)
    assert spelling.frequent_words(language) == frozenset(found)
    counts: dict[str, int] = {}
    for word in found:
        for letter in set(word):
            counts[letter] = counts.get(letter, 0) + 1
    letters = "".join(sorted(letter for letter, n in counts.items() if n >= 20))
    assert spelling.alphabet(language) == letters
