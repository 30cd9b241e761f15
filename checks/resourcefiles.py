"""The one reader of the data tables under resources/ (layout: docs/architecture.md, "Data
tables").

Every table is a JSON object (or a text word list) read lazily, the first time a document in
its language needs it, and never changed in place (rules are pure). Two ways to read one:

- ``resource_json(folder, name)``: parsed once per process and shared by every caller (a table
  several functions or modules read: residue.json, calendar.json, a language's casing table);
- ``read_json(folder, name)``: parsed each call, for a caller that builds its own typed table
  from it and caches that (the raw parse is then not held twice: accent_forms.json is 650 KB).

A table that is not valid JSON, or not an object, raises ``ResourceError`` with one line naming
the file. ``read_text`` reads a word list; ``optional_json`` / ``optional_text`` return None
where a language has no table; ``table_names`` lists a folder's tables (the languages that have
one), read once per process. ``folder`` may hold slashes ("casing/midsentence").
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from mtlint.checks.errors import ResourceError


def _joined(*parts: str) -> Traversable:
    path = resources.files("mtlint.resources")
    for part in parts:
        path = path / part
    return path


def resource_path(folder: str, name: str) -> Traversable:
    """``resources/<folder>/<name>`` (it may not exist)."""
    return _joined(*folder.split("/"), name)


def _shown(folder: str, name: str) -> str:
    return f"resources/{folder}/{name}"


def read_json(folder: str, name: str) -> dict[str, Any]:
    """The parsed table ``resources/<folder>/<name>``, read now (not cached)."""
    path = resource_path(folder, name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(f"{_shown(folder, name)}: cannot read the table ({error})") from None
    try:
        table = json.loads(text)
    except json.JSONDecodeError as error:
        raise ResourceError(
            f"{_shown(folder, name)}: malformed JSON table (line {error.lineno}, "
            f"column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(table, dict):
        raise ResourceError(
            f"{_shown(folder, name)}: a table must be a JSON object, not {type(table).__name__}"
        )
    return table


@cache
def resource_json(folder: str, name: str) -> dict[str, Any]:
    """The parsed table ``resources/<folder>/<name>``, read once per process (shared: callers
    only read it)."""
    return read_json(folder, name)


def optional_json(folder: str, name: str) -> dict[str, Any] | None:
    """``read_json``, or None where the table does not exist (a language without one)."""
    if not resource_path(folder, name).is_file():
        return None
    return read_json(folder, name)


def read_text(folder: str, name: str) -> str:
    """The text of ``resources/<folder>/<name>`` (a word list), read now (not cached)."""
    try:
        return resource_path(folder, name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(f"{_shown(folder, name)}: cannot read the list ({error})") from None


def optional_text(folder: str, name: str) -> str | None:
    """``read_text``, or None where the list does not exist (a language without one)."""
    if not resource_path(folder, name).is_file():
        return None
    return read_text(folder, name)


@cache
def table_names(folder: str, suffix: str = ".json") -> frozenset[str]:
    """The names (less ``suffix``) of the tables in ``resources/<folder>``: the languages that have
    one. Read once per process."""
    return frozenset(
        entry.name.removesuffix(suffix)
        for entry in _joined(*folder.split("/")).iterdir()
        if entry.name.endswith(suffix)
    )
