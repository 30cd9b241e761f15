"""Persistent ignores: findings a reviewer dismissed, kept in a per-project file.

The file (``.mtlint-ignore`` next to the config file, or the path in ``ignore-file`` of the
config) is plain UTF-8 text, meant to be read and edited by hand::

    # mtlint ignore file: one dismissed finding a line: CODE<TAB>context
    # The context is the flagged text in [brackets] with up to two words either side,
    # whitespace collapsed; '*' in a context matches anything (MT101<TAB>*[iPhone]*).
    MT101	President Vladimir [Putinwho] is making
    MT305	* [Which] *

A finding is ignored when its code and its normalised context match a line. The context survives
edits elsewhere in the file, and the same artefact in another sentence is still reported.
The CLI honours the file; the GUI calls ``add_ignore`` when the user dismisses a finding "for
good" and ``is_ignored`` to filter.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path

from mtlint.checks.retired import successor

IGNORE_FILE_NAME = ".mtlint-ignore"
HEADER = (
    "# mtlint ignore file: one dismissed finding a line: CODE<TAB>context\n"
    "# The context is the flagged text in [brackets] with up to two words either side;\n"
    "# '*' in a context matches anything. Lines starting with '#' are comments.\n"
)
CONTEXT_WORDS = 2
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class IgnoreSet:
    path: Path | None = None
    exact: frozenset[tuple[str, str]] = frozenset()
    patterns: tuple[tuple[str, str], ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.exact or self.patterns)

    def __len__(self) -> int:
        return len(self.exact) + len(self.patterns)


def normalise_context(context: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", context)).strip()


def finding_context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> str:
    """The flagged text in brackets with up to ``words`` whole words on either side (same line)."""
    # Both searches stay within 200 characters: unbounded, each finding of a long text without
    # line breaks scanned back to its start (a 1 MB line with 27,000 findings took minutes).
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200, 0)
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end == -1 else line_end
    # Split off only the words kept (same words as a full split; this runs once per finding).
    before = " ".join(text[line_start:start].rsplit(None, words)[-words:]) if words else ""
    after = " ".join(text[end:line_end].split(None, words)[:words]) if words else ""
    # Keep whether the span was glued to its neighbours: "[Putin]who" is not "[Putin] who".
    if before and text[start - 1 : start].isspace():
        before += " "
    if after and text[end : end + 1].isspace():
        after = " " + after
    return normalise_context(f"{before}[{text[start:end]}]{after}")


def parse_ignores(text: str, path: Path | None = None) -> IgnoreSet:
    exact = set()
    patterns = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, _, context = line.partition("\t")
        if not _:
            code, _, context = line.strip().partition(" ")
        # A line written for a retired code matches its successor's finding on the same span.
        code = successor(code.strip()).upper()
        context = normalise_context(context)
        if not code:
            continue
        if "*" in context or "*" in code:
            patterns.append((code, context or "*"))
        else:
            exact.add((code, context))
    return IgnoreSet(path, frozenset(exact), tuple(patterns))


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime: float, size: int) -> IgnoreSet:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return IgnoreSet(Path(path))
    return parse_ignores(text, Path(path))


def load_ignores(path: str | Path | None) -> IgnoreSet:
    """The ignore set in ``path``; an empty set when there is no such file."""
    if path is None:
        return IgnoreSet()
    try:
        stat = os.stat(path)
    except OSError:
        return IgnoreSet(Path(path))
    return _load_cached(os.fspath(path), stat.st_mtime, stat.st_size)


def is_ignored(ignores: IgnoreSet, code: str, context: str) -> bool:
    if not ignores:
        return False
    context = normalise_context(context)
    if (code, context) in ignores.exact:
        return True
    return any(fnmatchcase(code, c) and fnmatchcase(context, p) for c, p in ignores.patterns)


def add_ignore(path: str | Path, code: str, context: str) -> None:
    """Append a dismissed finding to the ignore file (created with a header when missing)."""
    path = Path(path)
    line = f"{code.upper()}\t{normalise_context(context)}\n"
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if line in existing.splitlines(keepends=True):
        return
    with open(path, "a", encoding="utf-8", newline="\n") as handle:
        if not existing:
            handle.write(HEADER)
        elif not existing.endswith("\n"):
            handle.write("\n")
        handle.write(line)


def ignore_file_for(config, anchor: str | Path | None = None) -> Path | None:
    """Where the project's ignore file is: the config's ``ignore-file``, else ``.mtlint-ignore``
    beside the config file, else the nearest ``.mtlint-ignore`` at or above ``anchor``."""
    source = getattr(config, "source", None)
    named = getattr(config, "ignore_file", None)
    if named:
        path = Path(named).expanduser()
        if not path.is_absolute():
            path = (Path(source).parent if source else Path.cwd()) / path
        return path
    if source is not None:
        return Path(source).parent / IGNORE_FILE_NAME
    if anchor is not None:
        # Cached per folder: a batch asks once for each of thousands of files in a few folders.
        return _search_upward(os.path.dirname(os.path.abspath(anchor)))
    return None


@lru_cache(maxsize=256)
def _search_upward(start: str) -> Path | None:
    folder = Path(start)
    for candidate in (folder, *folder.parents):
        path = candidate / IGNORE_FILE_NAME
        if path.is_file():
            return path
    return None
