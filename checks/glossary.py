"""Glossaries for the bilingual checks: required and forbidden target terms, from a TSV file.

Format (UTF-8, tab-separated, one entry a line; ``#`` starts a comment; an optional header row
``source<TAB>target…`` is skipped)::

    # source term   target term     [status]     [replacement]
    Kremlin         Kreml
    prime minister  Premierminister
                    Ministerpräsident   forbidden   Premierminister

``status`` is ``required`` (the default: when the source segment contains the source term, the
target must contain the target term) or ``forbidden`` (the target term must not appear; the
optional fourth column is the term to use instead). Matching is case-insensitive, on word edges.

The engine loads the file named by ``Config.glossary`` once and attaches it to the Document, so the
rules stay pure.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mtlint.checks.documents.base import InputError


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    source: str
    target: str
    status: str = "required"  # or "forbidden"
    replacement: str = ""

    @property
    def forbidden(self) -> bool:
        return self.status == "forbidden"


def term_pattern(term: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a term on word edges, any run of spaces between words."""
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def parse_glossary(text: str, name: str = "glossary") -> tuple[GlossaryEntry, ...]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = [c.strip() for c in line.split("\t")]
        if number == 1 and [c.lower() for c in columns[:2]] == ["source", "target"]:
            continue
        columns += [""] * (4 - len(columns))
        source, target, status, replacement = columns[:4]
        status = (status or "required").lower()
        if status not in ("required", "forbidden"):
            raise InputError(
                f"{name}:{number}: status must be 'required' or 'forbidden', not '{status}'"
            )
        if not target or (status == "required" and not source):
            raise InputError(
                f"{name}:{number}: needs a source and a target term separated by a tab"
            )
        entries.append(GlossaryEntry(source, target, status, replacement))
    return tuple(entries)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime: float) -> tuple[GlossaryEntry, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path}: cannot read the glossary ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: the glossary is not UTF-8") from None
    return parse_glossary(text, path)


def load_glossary(path: str | Path) -> tuple[GlossaryEntry, ...]:
    path = os.fspath(path)
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        raise InputError(f"{path}: no such glossary file") from None
    return _load_cached(path, mtime)


def glossary_path(config) -> Path | None:
    """The glossary named in the config, relative to the config file's folder."""
    if not getattr(config, "glossary", None):
        return None
    path = Path(config.glossary).expanduser()
    if not path.is_absolute() and config.source is not None:
        path = Path(config.source).parent / path
    return path
