"""Per-language tables of the spacing, punctuation and repetition rules (MT1, MT2, MT4).

They live in resources/typography/<lang>.json: glue words for languages that have no shared
table yet, whether the language writes compounds as one word, and each language's typographic
conventions (which marks take a space before them, which quotation marks are native and which
are foreign). A key there wins over the same key of resources/lang/<lang>.json; a language
with neither gets the neutral defaults (and every mechanism that needs no table).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.langdata import LanguageData
from mtlint.checks.resourcefiles import optional_json, table_names


@lru_cache(maxsize=64)
def typography(code: str) -> dict[str, object]:
    """The typography table of a language code ("fr"), empty when it has none."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    if not base:
        return {}
    return optional_json("typography", f"{base}.json") or {}


def languages_with_table(key: str) -> frozenset[str]:
    """The language codes whose typography file holds ``key`` (a rule's languages, from data:
    adding a language means adding its table)."""
    return frozenset(code for code in table_names("typography") if key in typography(code))


def table(data: LanguageData, key: str, default: object = None) -> object:
    """A table of the language: its typography file first, then its language data."""
    value = typography(data.code).get(key)
    if value is None:
        value = data.tables.get(key, default)
    return value


@lru_cache(maxsize=1024)
def _words(code: str, key: str, data: LanguageData) -> frozenset[str]:
    value = typography(code).get(key)
    if value is None:
        return data.word_set(key)
    return frozenset(str(v).lower() for v in value) if isinstance(value, list) else frozenset()


def word_set(data: LanguageData, key: str) -> frozenset[str]:
    """A list-valued table as a set of lower-case words (empty when absent)."""
    return _words(data.code, key, data)


def quote_counting(data: LanguageData) -> tuple[str, re.Pattern[str] | None]:
    """How MT203 counts a language's double quotes: the marks whose direction it leaves open
    (``parity_quotes``: Arabic and Hebrew type ”…“ and “…” alike, so only their number per
    paragraph is judged) and the marks used as letters (``quote_as_letter``: Hebrew gershayim,
    צה"ל), or None."""
    parity = str(table(data, "parity_quotes", "") or "")
    letter = table(data, "quote_as_letter")
    return parity, _compiled(letter) if isinstance(letter, str) else None


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def counted_quotes(content: str, marks: str, letter: re.Pattern[str] | None) -> list[int]:
    """The offsets of ``marks`` in ``content`` that stand for quotation marks."""
    positions = [m.start() for m in re.finditer(f"[{marks}]", content)]
    if letter is None:
        return positions
    acronyms = {m.start() for m in letter.finditer(content)}
    return [p for p in positions if p not in acronyms]
