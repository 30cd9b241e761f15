"""A compact, read-only word → frequency store for wordfreq's lists (``WordStore``).

A wordfreq list read into a dict costs ~80 bytes a word (the str, its hash slot, the float):
the large English list alone held 24.7 MB and the small lists MT504 reads another 30 MB, on a
50 MB pass whose peak stood at the 300 MB limit. A ``WordStore`` holds the same mapping as a
MARISA trie (the words, ~2.5 bytes each), the frequency bucket of each word (two bytes), and
the words once more as one UTF-8 string in their list order, for iteration: ~15 bytes a word.

It is a ``Mapping`` with the dict's answers: the same keys in the same order, the same float
values, ``get``/``in``/``[]`` by the trie (a look-up costs ~0.4 µs against ~0.1 µs for a dict;
the rules ask about a document's distinct words, tens of thousands on 50 MB). Iterating keys,
values or items reads the ordered copy at C speed.

Building a trie costs ~0.15 s for the large English list, so each store is built once and kept
as a file in the user cache folder (``platformdirs.user_cache_dir("mtlint")/wordlists``), named
by the source file's name, size and modification time and this format's version; a cache that
cannot be read or written (a read-only home, a damaged file) is rebuilt in memory each process,
with the same answers. ``MTLINT_WORDLIST_CACHE`` names another folder; "" keeps nothing on disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
import time
import unicodedata
from array import array
from collections.abc import Callable, ItemsView, Iterator, Mapping, Sequence, ValuesView
from functools import lru_cache
from pathlib import Path
from typing import Any

_FORMAT = b"mtlint-wordstore 1\n"
# Word separator in the ordered copy: wordfreq's words never hold a NUL (checked when built).
_SEP = "\x00"
# Bytes of the ordered copy decoded at a time when iterating.
_PIECE = 1 << 16


def _bucket_values(count: int) -> tuple[float, ...]:
    """The frequency of each bucket index, as ``wordlists._read_wordlist`` computes it."""
    return tuple(10 ** (-index / 100) for index in range(count))


class WordStore(Mapping):
    """Word → frequency, read-only, in the order and with the values of the dict it stores.
    ``raw``: keys are UTF-8 bytes (as ``_read_wordlist(raw=True)`` gives them)."""

    __slots__ = ("_by_id", "_key", "_order_buckets", "_ordered", "_raw", "_trie", "_values")

    def __init__(
        self,
        trie: Any,
        by_id: array,
        ordered: bytes,
        order_buckets: array,
        raw: bool,
        buckets: int | None = None,
    ):
        self._trie = trie
        self._by_id = by_id  # bucket index of each trie key id
        self._ordered = ordered  # the words in list order, UTF-8, NUL between
        self._order_buckets = order_buckets  # bucket index of each word in list order
        # ``buckets``: how many bucket values there are (the highest index + 1), when known:
        # the file's header says, so reading a store back never scans its buckets (~5 ms).
        if buckets is None:
            buckets = max(order_buckets, default=-1) + 1
        self._values = _bucket_values(buckets)
        self._raw = raw
        self._key = bytes if raw else str

    # Look-ups -----------------------------------------------------------------------------
    def get(self, word: object, default: Any = None) -> Any:
        if type(word) is not self._key:  # a dict of str never holds bytes, nor the reverse
            return default
        index = self._trie.get(word)
        if index is None:
            return default
        return self._values[self._by_id[index]]

    def __getitem__(self, word: object) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return type(word) is self._key and self._trie.get(word) is not None

    def __len__(self) -> int:
        return len(self._order_buckets)

    # Iteration, in list order: lazy, a piece of the ordered copy at a time, so a reader
    # that stops after the first thousands of words (most do: the list runs from the most
    # frequent word down) decodes no more than those.
    def _words(self) -> Iterator:
        if not self._order_buckets:
            return
        data, separator = self._ordered, b"\x00"
        start = 0
        while True:
            cut = data.find(separator, start + _PIECE) if start + _PIECE < len(data) else -1
            piece = data[start:] if cut < 0 else data[start:cut]
            # A NUL byte is never part of another character's UTF-8 bytes: a safe cut.
            yield from piece.split(separator) if self._raw else piece.decode().split(_SEP)
            if cut < 0:
                return
            start = cut + 1

    def __iter__(self) -> Iterator:
        return self._words()

    def values(self) -> ValuesView:
        return _Values(self)

    def items(self) -> ItemsView:
        return _Items(self)

    def _value_iter(self) -> Iterator[float]:
        return map(self._values.__getitem__, self._order_buckets)

    def frequencies(self) -> Sequence[float]:
        """The values in list order as a sequence (``list(values())`` without the list)."""
        return _Frequencies(self._values, self._order_buckets)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and dict(self.items()) == dict(other.items())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<WordStore of {len(self)} words>"

    # Persistence --------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        trie = self._trie.tobytes()
        header = {
            "raw": self._raw,
            "trie": len(trie),
            "by_id": len(self._by_id),
            "words": len(self._order_buckets),
            "ordered": len(self._ordered),
            "buckets": len(self._values),
        }
        return b"".join(
            (
                _FORMAT,
                json.dumps(header).encode() + b"\n",
                trie,
                self._by_id.tobytes(),
                self._order_buckets.tobytes(),
                self._ordered,
            )
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> WordStore:
        import marisa_trie

        if not data.startswith(_FORMAT):
            raise ValueError("not a word store")
        start = len(_FORMAT)
        end = data.index(b"\n", start)
        header = json.loads(data[start:end])
        view = memoryview(data)
        place = end + 1
        trie_end = place + header["trie"]
        trie = marisa_trie.Trie().frombytes(bytes(view[place:trie_end]))
        by_id, order_buckets = array("H"), array("H")
        ids_end = trie_end + 2 * header["by_id"]
        by_id.frombytes(view[trie_end:ids_end])
        order_end = ids_end + 2 * header["words"]
        order_buckets.frombytes(view[ids_end:order_end])
        ordered = bytes(view[order_end : order_end + header["ordered"]])
        if len(ordered) != header["ordered"] or len(trie) != header["by_id"]:
            raise ValueError("a truncated word store")
        buckets = header.get("buckets")
        if buckets is not None and not (type(buckets) is int and 0 <= buckets <= 65536):
            raise ValueError("a damaged word store")
        return cls(trie, by_id, ordered, order_buckets, bool(header["raw"]), buckets)

    @classmethod
    def from_dict(cls, words: dict, *, raw: bool = False) -> WordStore | None:
        """The store of ``words`` (a dict read by ``_read_wordlist``: each value one bucket's
        frequency); None when it cannot hold them exactly (a value of no bucket, a NUL in a
        word, a key of the other type)."""
        import marisa_trie

        values = list(words.values())
        count = 1 + max((_bucket_of(value) for value in set(values)), default=-1)
        if count > 65535:
            return None
        buckets = _bucket_values(count)
        index_of = {value: index for index, value in enumerate(buckets)}
        if len(index_of) != count or any(value not in index_of for value in set(values)):
            return None
        keys = list(words)
        key_type = bytes if raw else str
        if any(type(key) is not key_type for key in keys):
            return None
        texts = [key.decode("utf-8") for key in keys] if raw else keys
        if any(_SEP in text for text in texts):
            return None
        trie = marisa_trie.Trie(texts)
        if len(trie) != len(texts):  # two keys the trie cannot tell apart
            return None
        by_id = array("H", bytes(2 * len(trie)))
        order_buckets = array("H", map(index_of.__getitem__, values))
        for text, bucket in zip(texts, order_buckets, strict=True):
            by_id[trie[text]] = bucket
        ordered = _SEP.join(texts).encode("utf-8")
        return cls(trie, by_id, ordered, order_buckets, raw)


def _bucket_of(value: float) -> int:
    """The bucket index whose frequency ``value`` should be (checked exactly by the caller)."""
    import math

    if not value > 0:
        return 1 << 20
    return round(-100 * math.log10(value))


class _Values(ValuesView):
    def __iter__(self) -> Iterator[float]:
        return self._mapping._value_iter()


class _Items(ItemsView):
    def __iter__(self) -> Iterator[tuple[Any, float]]:
        store = self._mapping
        return zip(store._words(), store._value_iter(), strict=True)


class _Frequencies(Sequence):
    __slots__ = ("_buckets", "_values")

    def __init__(self, values: tuple[float, ...], buckets: array):
        self._values, self._buckets = values, buckets

    def __len__(self) -> int:
        return len(self._buckets)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self._values[bucket] for bucket in self._buckets[index]]
        return self._values[self._buckets[index]]


def cache_folder() -> Path | None:
    """Where stores are kept: ``$MTLINT_WORDLIST_CACHE`` when set ("" for nowhere), else the
    user cache folder's ``wordlists``."""
    chosen = os.environ.get("MTLINT_WORDLIST_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return Path(user_cache_dir("mtlint", appauthor=False)) / "wordlists"


def stored_wordlist(path: Path, reader: Any, *, raw: bool = False, tag: str = "") -> Mapping:
    """``reader(path, raw=raw)`` (a dict) as a ``WordStore``, from the cache when it has it,
    else built and saved there; the dict itself when it cannot be stored (no marisa-trie, a
    list it cannot hold exactly)."""
    try:
        import marisa_trie  # noqa: F401
    except ImportError:  # pragma: no cover - marisa-trie is a dependency
        return reader(path, raw=raw)
    stat = path.stat()
    name = f"{path.name}.{tag or 'all'}.{'raw' if raw else 'str'}.{stat.st_size}.{stat.st_mtime_ns}"
    folder = cache_folder()
    cached = folder / (name + ".store") if folder is not None else None
    if cached is not None:
        try:
            return WordStore.from_bytes(cached.read_bytes())
        except (OSError, ValueError, KeyError, TypeError):
            pass  # absent or damaged: built again below
    words = reader(path, raw=raw)
    store = WordStore.from_dict(words, raw=raw)
    if store is None:
        return words
    if cached is not None:
        save_atomically(cached, store.to_bytes())
        prefix = name.rsplit(".", 2)[0] + "."
        prune_siblings(folder, re.compile(re.escape(prefix) + r"\d+\.\d+\.store"), keep=cached)
    return store


def save_atomically(path: Path, data: bytes) -> None:
    """Written whole under a temporary name and renamed: a reader never sees half a file."""
    # A name of this process and thread: two writers never share a temporary file.
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


# A file of the same list or set made from an older source (another wordfreq version, an
# edited table, older code) is never read again; one a month old is deleted when its successor
# is written. A younger one may still serve another install sharing the cache folder.
STALE_AFTER_SECONDS = 30 * 24 * 3600


def prune_siblings(folder: Path, sibling: re.Pattern[str], *, keep: Path) -> None:
    """Delete the month-old files of the cache folder whose whole name ``sibling`` matches."""
    now = time.time()
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path == keep or not sibling.fullmatch(path.name):
                continue
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > STALE_AFTER_SECONDS:
                    path.unlink()


# Derived word sets ----------------------------------------------------------------------------
# A set or a word → frequency dict derived from word lists and tables (MT504's common source
# words, their accent-less spellings …): ~0.1–0.3 s to derive at a process's first check, ~5 ms
# to read back. Kept in the same folder, under a name that is the hash of everything the set
# is made of — the source of the modules deriving it, the identity (name, size, modification
# time) of every list it reads, its parameters, the Python and Unicode versions — so a change
# to any of them names another file and a stale set is never read.
_DERIVED_FORMAT = b"mtlint-derived 1\n"


@lru_cache(maxsize=32)
def _source_digest(path: str) -> bytes:
    import hashlib  # at first use: hashlib loads OpenSSL (~3 MB)

    return hashlib.sha256(Path(path).read_bytes()).digest()


def derived_key(
    name: str, inputs: object, code_files: Sequence[str], list_files: Sequence[Path]
) -> str:
    """The cache name of a derived set: ``name`` and a hash of what it is derived from."""
    import hashlib

    digest = hashlib.sha256(_DERIVED_FORMAT)
    digest.update(repr((name, inputs, sys.version, unicodedata.unidata_version)).encode())
    for path in code_files:
        digest.update(_source_digest(str(path)))
    for path in list_files:
        try:
            stat = path.stat()
            identity = (str(path), stat.st_size, stat.st_mtime_ns)
        except OSError:
            identity = (str(path), None, None)
        digest.update(repr(identity).encode())
    return f"{name}.{digest.hexdigest()[:40]}.derived"


def derived_words(key: str, build: Callable[[], Any]) -> Any:
    """``build()`` (a frozenset of str, or a dict of str → float), read from the cache under
    ``key`` (``derived_key``) when it holds it, else built and saved there. What cannot be
    saved exactly (a word holding a line break) is returned as built."""
    folder = cache_folder()
    cached = folder / key if folder is not None else None
    if cached is not None:
        try:
            return _derived_from_bytes(cached.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            pass  # absent or damaged: built again below
    built = build()
    if cached is not None:
        data = _derived_to_bytes(built)
        if data is not None:
            save_atomically(cached, data)
            name = key.rsplit(".", 2)[0]
            prune_siblings(
                folder, re.compile(re.escape(name) + r"\.[0-9a-f]{40}\.derived"), keep=cached
            )
    return built


def _derived_to_bytes(built: Any) -> bytes | None:
    words = list(built)
    if any(type(word) is not str or "\n" in word for word in words):
        return None
    if isinstance(built, frozenset):
        kind, values = "set", b""
    elif type(built) is dict and all(type(value) is float for value in built.values()):
        kind, values = "dict", array("d", built.values()).tobytes()
    else:
        return None
    text = "\n".join(words).encode("utf-8")
    header = {"kind": kind, "words": len(words), "text": len(text), "values": len(values)}
    return b"".join((_DERIVED_FORMAT, json.dumps(header).encode() + b"\n", text, values))


def _derived_from_bytes(data: bytes) -> Any:
    if not data.startswith(_DERIVED_FORMAT):
        raise ValueError("not a derived set")
    start = len(_DERIVED_FORMAT)
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    text_end = end + 1 + header["text"]
    if len(data) != text_end + header["values"]:
        raise ValueError("a truncated derived set")
    words = data[end + 1 : text_end].decode("utf-8").split("\n") if header["words"] else []
    if len(words) != header["words"]:
        raise ValueError("a damaged derived set")
    if header["kind"] == "set":
        return frozenset(words)
    values = array("d")
    values.frombytes(data[text_end:])
    if len(values) != len(words):
        raise ValueError("a damaged derived set")
    return dict(zip(words, values, strict=True))
