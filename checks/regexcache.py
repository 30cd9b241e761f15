"""Compiled regular expressions kept across processes (first use of the rule pass).

A process's first check compiles ~900 regular expressions of the rules (at import and at
their first use): ~0.3–0.5 s CPU of pure-Python parsing and code generation in ``re``, the
largest part of a fresh process's first check. The result of that work is a list of small
integers (the pattern's code for the C matcher) with its group tables; ``_sre.compile`` turns
it into the ``Pattern`` in microseconds. Here the code of each pattern compiled from mtlint's
checks modules (the engine, the rules) is kept in the user cache folder (the word stores' folder,
``wordstore.cache_folder``), in one file named by the Python build, ``_sre``'s code format and
the Unicode version: a later process builds the same ``Pattern`` objects (equal under
``Pattern.__eq__``, which compares their code) from it.

``install()`` replaces ``re._compiler.compile`` (what ``re`` calls on a miss of its own cache)
with ``_compile``: the stored code when the file holds the pattern, else the standard
compilation, whose code is kept. The replacement runs CPython's own steps (``_parser.parse``,
``_compiler._code``) and is checked against the original on sample patterns when installed;
where they differ (another Python), nothing is installed. Patterns compiled from other code
than mtlint's pass through to the original compilation, unkept. ``save()`` writes the file
once a process (after its first check) when it compiled ``_WORTH_SAVING`` patterns or more the
file lacked: the patterns it used, and those of earlier processes unused for fewer than
``_KEPT_PROCESSES`` writes (a pattern built from one document's words is dropped again; the
file stays bounded).
``MTLINT_WORDLIST_CACHE=""`` keeps nothing on disk.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
import unicodedata
from array import array
from pathlib import Path
from typing import Any

try:  # CPython 3.11+: the compiler is re._compiler
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: nothing is installed
    _compiler = None

_FORMAT = "mtlint-regex 2"
_OWN = str(Path(__file__).resolve().parent) + os.sep  # mtlint's checks/ folder
# A kept pattern no process used in this many writes of the file is dropped.
_KEPT_PROCESSES = 8
# The file is written when a process compiled at least this many patterns it lacked (~0.3 ms
# each; writing the ~1.5 MB file costs ~30 ms): the few patterns built from one document's
# words (~10 a document) never rewrite it.
_WORTH_SAVING = 32
_STDLIB_RE = str(Path(re.__file__).resolve().parent)
_lock = threading.Lock()
_entries: dict[tuple, tuple] = {}  # (pattern, flags) → the arguments of _sre.compile
_ages: dict[tuple, int] = {}  # (pattern, flags) → writes since a process last used it
_used: set[tuple] = set()
_state: dict[str, Any] = {"installed": False, "original": None, "new": 0, "file": None}
# Checked at install: named and numbered groups, flags set inline and given, bytes, Unicode.
_SAMPLES = (
    (r"(?P<word>[^\W\d_]+)(?:'s)?\s+(\d{1,3})", 0),
    (r"(?i)straße|ÉCOLE|[a-zà-ÿ]{2,}?", 0),
    (rb"\x00(ab)+\Z", 0),
    (r"^\w+$", re.MULTILINE),
)


def _replica(pattern: str | bytes, flags: int) -> tuple[Any, tuple]:
    """``re._compiler.compile(pattern, flags)`` step by step (CPython 3.11's), with the
    arguments of ``_sre.compile`` that make the Pattern: what the file keeps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (
        flags | parsed.state.flags,
        array("I", code).tobytes(),  # held as bytes: a list of ints costs ~5 times the memory
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )
    return _sre.compile(pattern, flags | parsed.state.flags, code, *entry[2:]), entry


def _pattern(pattern: str | bytes, entry: tuple) -> Any:
    """The Pattern of a kept entry (``_sre.compile`` validates the code it is given)."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _ours(frame: Any) -> bool:
    """The compilation was asked for by mtlint's code (not the user's, not a library's)."""
    while frame is not None and frame.f_code.co_filename.startswith(_STDLIB_RE):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_filename.startswith(_OWN)


def _compile(pattern: Any, flags: int = 0) -> Any:
    original = _state["original"]
    flags = int(flags)
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return original(pattern, flags)
    key = (pattern, flags)
    entry = _entries.get(key)
    if entry is not None:
        try:
            compiled = _pattern(pattern, entry)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry: compiled anew
            _entries.pop(key, None)
        else:
            _used.add(key)
            return compiled
    if not _ours(sys._getframe(1)):
        return original(pattern, flags)
    compiled, entry = _replica(pattern, flags)
    with _lock:
        _entries[key] = entry
        _used.add(key)
        _state["new"] += 1
    return compiled


def _file() -> Path | None:
    import hashlib  # at first use: hashlib loads OpenSSL (~3 MB)

    from mtlint.checks.wordstore import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    build = repr((_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, unicodedata.unidata_version))
    return folder / f"regex.{hashlib.sha256(build.encode()).hexdigest()[:32]}.marshal"


def install() -> bool:
    """Route ``re``'s compilations through the kept code (once per process); False where this
    Python's compiler is not the one replicated."""
    with _lock:
        if _state["installed"]:
            return True
        if _compiler is None or array("I").itemsize != _sre.CODESIZE or not _faithful():
            return False
        path = _file()
        if path is not None:
            try:
                loaded = marshal.loads(path.read_bytes())
                for key, (age, entry) in loaded.items():
                    _entries[key], _ages[key] = entry, age
            except (OSError, EOFError, ValueError, TypeError, AttributeError):
                pass  # absent or damaged: patterns are compiled and kept anew
        _state.update(installed=True, original=_compiler.compile, file=path)
        _compiler.compile = _compile
        return True


def _faithful() -> bool:
    """The replica builds patterns equal (same code, flags, groups) to the original's."""
    try:
        for pattern, flags in _SAMPLES:
            copy, _ = _replica(pattern, flags)
            original = _compiler.compile(pattern, flags)
            if copy != original or copy.groupindex != original.groupindex:
                return False
            if copy.groups != original.groups:
                return False
    except Exception:  # any difference means: not installed
        return False
    return True


def save() -> None:
    """Write the kept code once, when this process compiled enough patterns the file lacked."""
    path = _state["file"]
    if _state["new"] < _WORTH_SAVING or path is None or _state.get("saved"):
        return
    from mtlint.checks.wordstore import _save

    with _lock:
        kept = {}
        for key, entry in _entries.items():
            age = 0 if key in _used else _ages.get(key, 0) + 1
            if age < _KEPT_PROCESSES:
                kept[key] = (age, entry)
        _state["saved"] = True
        try:
            data = marshal.dumps(kept)
        except ValueError:  # pragma: no cover - every part is a str, bytes, int, list, dict
            return
    _save(path, data)
