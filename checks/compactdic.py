"""A hunspell ``.dic`` held compactly under spylls' lookup (MT930's dictionaries).

spylls reads a ``.dic`` into one Python ``Word`` object a stem, each with its own set of
flags, dict of data tags and list of alternative spellings, plus two indexes of lists: en_US
(79,000 stems) costs ~62 MB, pl_PL (308,000) ~270 MB, held for the whole process. Its lookup
reads the stems alone through ``Dic.homonyms`` and ``Dic.has_flag``, and of each ``Word`` only
``stem``, ``flags`` and ``captype``. ``CompactDic`` answers those two methods from

- a MARISA trie of the distinct stems (a stem's key id),
- per entry, grouped by stem in the file's order: the id of its flag set (en_US has 821
  distinct sets) and its capitalisation type, in arrays,
- a second trie of spylls' lower-case index keys, each with its entries in the file's order
  (spylls files an all-lower-case stem under each of its letters: "level" under "l" twice;
  kept as is, so the answers stay spylls' own),

and builds the ``Word`` objects a call returns when it is asked: ~3 MB for en_US. The ``.dic``
is read by spylls' own reader a few thousand lines at a time, so the full ``Dic`` never exists
and every stem's parsing, casing and flags are spylls'; the ``ph:`` patterns the reader adds to
the ``.aff``'s REP table (which lookup reads under CHECKCOMPOUNDREP) are kept with the compact
form. ``compact_lookup`` returns spylls' ``Lookup`` over it: the same verdict for every word
(tests/checks/test_compactdic.py compares the two on the dictionaries of the machine).

Built once (~1 s for en_US) and kept in the word-list cache folder (checks/wordstore.py:
``platformdirs.user_cache_dir("mtlint")/wordlists``, or ``MTLINT_WORDLIST_CACHE``), named by a
hash of the ``.aff`` and ``.dic`` bytes, this module's source and spylls' version and written
atomically; read back in ~10 ms, so a batch's worker processes do not parse the ``.dic`` again.
A cache that cannot be read or written is rebuilt in memory, with the same answers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
import time
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

_FORMAT = b"mtlint-compactdic 1\n"
# Lines of the .dic spylls parses at a time (the transient Words of one batch only).
_BATCH = 4096
# Each compact dictionary this process loaded: (the .dic, "cache" or "built", CPU seconds),
# for the benchmark's memory mode (bench/bench_engine.py --memory): a built one peaks higher.
LOADED: list[tuple[str, str, float]] = []


class CompactDic:
    """spylls' ``Dic`` query methods (``homonyms``, ``has_flag``) over compact arrays."""

    def __init__(self, parts: dict) -> None:
        import marisa_trie

        self._stems = marisa_trie.Trie().frombytes(parts["stems"])
        self._lower = marisa_trie.Trie().frombytes(parts["lower"])
        self._starts = parts["starts"]  # key id → first entry (one more: the end)
        self._flag_ids = parts["flag_ids"]  # entry → flag set id
        self._captypes = parts["captypes"]  # entry → CapType value
        self._lower_starts = parts["lower_starts"]  # lower key id → first place in lower_entries
        self._lower_entries = parts["lower_entries"]  # entries, in the file's order per key
        self._flag_sets = parts["flag_sets"]  # id → frozenset of flags
        from spylls.hunspell.algo.capitalization import Type
        from spylls.hunspell.data.dic import Word

        self._types = {member.value: member for member in Type}
        self._make = Word

    def __len__(self) -> int:
        return len(self._flag_ids)

    def homonyms(self, stem: str, *, ignorecase: bool = False) -> list:
        """Every entry of ``stem`` (of its lower-case form with ``ignorecase``), as spylls'."""
        if ignorecase:
            key = self._lower.get(stem)
            if key is None:
                return []
            first, end = self._lower_starts[key], self._lower_starts[key + 1]
            return [self._word(entry) for entry in self._lower_entries[first:end]]
        key = self._stems.get(stem)
        if key is None:
            return []
        first, end = self._starts[key], self._starts[key + 1]
        return [self._word(entry, stem) for entry in range(first, end)]

    def has_flag(self, stem: str, flag: str, *, for_all: bool = False) -> bool:
        homonyms = self.homonyms(stem)
        if not homonyms:
            return False
        if for_all:
            return all(flag in homonym.flags for homonym in homonyms)
        return any(flag in homonym.flags for homonym in homonyms)

    def _word(self, entry: int, stem: str | None = None):
        if stem is None:
            stem = self._stems.restore_key(bisect_right(self._starts, entry) - 1)
        return self._make(
            stem=stem,
            flags=self._flag_sets[self._flag_ids[entry]],
            data={},
            alt_spellings=[],
            captype=self._types[self._captypes[entry]],
        )


def compact_lookup(path: Path):
    """spylls' ``Lookup`` (call it with a word) over the compact form of the dictionary whose
    ``.dic`` is ``path`` (its ``.aff`` beside it); None when a stem cannot go into a trie (a
    byte the file's encoding does not hold): the caller reads it with spylls alone."""
    from spylls.hunspell import readers
    from spylls.hunspell.algo.lookup import Lookup
    from spylls.hunspell.data.aff import RepPattern
    from spylls.hunspell.readers.file_reader import FileReader

    started = time.process_time()
    aff_path = path.with_suffix(".aff")
    aff, context = readers.read_aff(FileReader(str(aff_path)))
    key = _cache_key(aff_path, path)
    parts = _read_cached(key)
    dic = _checked(parts) if parts is not None else None
    if dic is None:
        try:
            parts = _build(path, aff, context)
        except UnicodeEncodeError:
            return None
        _write_cached(key, parts)
        dic, source = CompactDic(parts), "built"
    else:
        aff.REP.extend(RepPattern(pattern, replacement) for pattern, replacement in parts["rep"])
        source = "cache"
    lookup = Lookup(aff, dic)
    LOADED.append((str(path), source, time.process_time() - started))
    return lookup


def _checked(parts: dict) -> CompactDic | None:
    """The compact dictionary of cached ``parts`` when they fit together, else None (a damaged
    file of the right length: rebuilt rather than answering from it)."""
    try:
        dic = CompactDic(parts)
    except RuntimeError:  # marisa: not a trie
        return None
    entries = len(dic._flag_ids)
    fits = (
        len(dic._starts) == len(dic._stems) + 1
        and dic._starts[-1] == entries == len(dic._captypes)
        and len(dic._lower_starts) == len(dic._lower) + 1
        and dic._lower_starts[-1] == len(dic._lower_entries)
        and max(dic._flag_ids, default=-1) < len(dic._flag_sets)
        and max(dic._lower_entries, default=-1) < entries
        and set(dic._captypes) <= set(dic._types)
    )
    return dic if fits else None


def _batches(reader) -> Iterator[list]:
    while batch := list(islice(reader, _BATCH)):
        yield batch


def _build(path: Path, aff, context) -> dict:
    """The compact parts of the ``.dic``, parsed by spylls' reader a batch at a time (the
    ``ph:`` patterns it adds to ``aff.REP`` are added and listed under "rep")."""
    import marisa_trie
    from spylls.hunspell.readers.dic import read_dic
    from spylls.hunspell.readers.file_reader import FileReader

    rep_before = len(aff.REP)
    stems: list[str] = []
    flag_ids = array("I")
    captypes = array("B")
    flag_numbers: dict[frozenset, int] = {}
    lower: dict[str, array] = {}
    reader = FileReader(str(path), encoding=context.encoding)
    for batch in _batches(reader):
        part = read_dic(iter(batch), aff=aff, context=context)
        offset = len(stems)
        numbers = {id(word): offset + place for place, word in enumerate(part.words)}
        for word in part.words:
            stems.append(word.stem)
            flags = frozenset(word.flags)
            flag_ids.append(flag_numbers.setdefault(flags, len(flag_numbers)))
            captypes.append(word.captype.value)
        for form, words in part.lowercase_index.items():
            lower.setdefault(form, array("I")).extend(numbers[id(word)] for word in words)
    trie = marisa_trie.Trie(stems)
    order = sorted(range(len(stems)), key=lambda entry: (trie[stems[entry]], entry))
    renumbered = array("I", bytes(4 * len(order)))
    for new, old in enumerate(order):
        renumbered[old] = new
    starts = array("I", bytes(4 * (len(trie) + 1)))
    for old in order:
        starts[trie[stems[old]] + 1] += 1
    for key in range(len(trie)):
        starts[key + 1] += starts[key]
    lower_trie = marisa_trie.Trie(lower)
    lower_starts, lower_entries = array("I", [0]), array("I")
    for key in range(len(lower_trie)):
        lower_entries.extend(renumbered[old] for old in lower[lower_trie.restore_key(key)])
        lower_starts.append(len(lower_entries))
    sets = sorted(flag_numbers, key=flag_numbers.__getitem__)
    return {
        "stems": trie.tobytes(),
        "lower": lower_trie.tobytes(),
        "starts": starts,
        "flag_ids": array("I", (flag_ids[old] for old in order)),
        "captypes": array("B", (captypes[old] for old in order)),
        "lower_starts": lower_starts,
        "lower_entries": lower_entries,
        "flag_sets": [frozenset(flags) for flags in sets],
        "rep": [(rep.pattern, rep.replacement) for rep in aff.REP[rep_before:]],
    }


# The blobs of a cached file, in order, after its JSON header line.
_BLOBS = ("stems", "lower", "starts", "flag_ids", "captypes", "lower_starts", "lower_entries")


def _to_bytes(parts: dict) -> bytes:
    blobs = [
        parts[name] if isinstance(parts[name], bytes) else parts[name].tobytes() for name in _BLOBS
    ]
    header = {
        "sizes": [len(blob) for blob in blobs],
        "flag_sets": [sorted(flags) for flags in parts["flag_sets"]],
        "rep": parts["rep"],
    }
    return b"".join((_FORMAT, json.dumps(header).encode() + b"\n", *blobs))


def _from_bytes(data: bytes) -> dict:
    if not data.startswith(_FORMAT):
        raise ValueError("not a compact dictionary")
    end = data.index(b"\n", len(_FORMAT))
    header = json.loads(data[len(_FORMAT) : end])
    parts: dict = {
        "flag_sets": [frozenset(flags) for flags in header["flag_sets"]],
        "rep": [tuple(pair) for pair in header["rep"]],
    }
    place = end + 1
    for name, size in zip(_BLOBS, header["sizes"], strict=True):
        blob = data[place : place + size]
        if len(blob) != size:
            raise ValueError("a compact dictionary cut short")
        place += size
        if name in ("stems", "lower"):
            parts[name] = blob
        else:
            parts[name] = array("B" if name == "captypes" else "I", blob)
    if place != len(data):
        raise ValueError("a compact dictionary with trailing bytes")
    return parts


def _cache_key(aff_path: Path, dic_path: Path) -> str:
    import spylls

    digest = hashlib.sha256(_FORMAT)
    version = getattr(spylls, "__version__", "")
    digest.update(repr((version, sys.version, sys.byteorder, unicodedata.unidata_version)).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(aff_path.read_bytes())
    digest.update(dic_path.read_bytes())
    name = re.sub(r"[^\w.-]", "_", dic_path.stem)
    return f"hunspell.{name}.{digest.hexdigest()[:40]}.compact"


def _read_cached(key: str) -> dict | None:
    from mtlint.checks.wordstore import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    try:
        return _from_bytes((folder / key).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None  # absent or damaged: built again


def _write_cached(key: str, parts: dict) -> None:
    from mtlint.checks.wordstore import cache_folder, prune_siblings, save_atomically

    folder = cache_folder()
    if folder is None:
        return
    with contextlib.suppress(UnicodeEncodeError):  # a flag the JSON header cannot hold
        save_atomically(folder / key, _to_bytes(parts))
        name = key.rsplit(".", 2)[0]
        prune_siblings(
            folder, re.compile(re.escape(name) + r"\.[0-9a-f]{40}\.compact"), keep=folder / key
        )
