"""One cached reader for the JSON tables under resources/ that several modules read.

residue/residue.json was parsed by five modules (one of them once per language asked), and
language/calendar.json by two: each module had its own cached loader of the same file. The
table is read once per process here; callers only read it (rules are pure: a table is never
changed in place)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def resource_json(folder: str, name: str) -> Any:
    """The parsed ``resources/<folder>/<name>``."""
    path = resources.files("mtlint.resources") / folder / name
    return json.loads(path.read_text(encoding="utf-8"))
