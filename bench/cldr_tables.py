"""The tail the CLDR table builders share (bench/build_count_forms.py,
bench/build_magnitude_forms.py): one entry per language, the languages without one left out,
written as the JSON table under resources/ that the rules read instead of Babel."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def per_language(languages: Iterable[str], entry: Callable[[str], Any]) -> dict[str, Any]:
    """``entry(language)`` for each language, in the order given, where it is not empty."""
    table = {language: entry(language) for language in languages}
    return {language: value for language, value in table.items() if value}


def write_table(out: Path, table: dict[str, Any]) -> None:
    """The table as the shipped JSON (one-space indent, UTF-8, a final newline), and one line."""
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(table)} languages")
