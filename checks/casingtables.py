"""One typed loader for the casing rules' per-language JSON tables (resources/casing/<folder>/
<code>.json): a frozen dataclass declares the fields, and each field is read from the JSON key of
the same name by its declared type, so a new field is one line in the dataclass and one key in
the file (no hand-written reader per key).

- ``frozenset[str]``: the words in lower case;
- ``tuple[str, ...]``: the words in lower case, longest first (then alphabetical), as
  alternations and suffix tests want them;
- ``bool``: the value as written (default where the key is missing);
- any other field (``code``) is left to the caller.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any, TypeVar, get_type_hints

from mtlint.checks.resourcefiles import optional_json

T = TypeVar("T")


def read_json(folder: str, code: str) -> dict[str, Any] | None:
    """The raw table resources/casing/<folder>/<code>.json, or None where the language has none."""
    return optional_json(f"casing/{folder}", f"{code}.json")


@lru_cache(maxsize=16)
def _word_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, "set", "tuple" or "bool") for the dataclass's table fields."""
    hints = get_type_hints(cls)
    found = []
    for field in dataclasses.fields(cls):
        shown = str(hints[field.name])
        if shown.startswith("frozenset[str]"):
            found.append((field.name, "set"))
        elif shown.startswith("tuple[str, ...]"):
            found.append((field.name, "tuple"))
        elif shown == "<class 'bool'>":
            found.append((field.name, "bool"))
    return tuple(found)


def typed_table(cls: type[T], raw: dict[str, Any], **given: Any) -> T:
    """An instance of the frozen dataclass ``cls`` from ``raw``: every word (and flag) field read
    from the key of its name (missing keys give the field's default), ``given`` for the rest."""
    values: dict[str, Any] = dict(given)
    for name, kind in _word_fields(cls):
        if name not in raw or name in given:
            continue
        if kind == "bool":
            values[name] = bool(raw[name])
            continue
        words = {str(word).lower() for word in raw[name]}
        if kind == "set":
            values[name] = frozenset(words)
        else:
            values[name] = tuple(sorted(words, key=lambda word: (-len(word), word)))
    return cls(**values)
