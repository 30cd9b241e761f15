"""Cached word lists: word frequencies (wordfreq, offline data) and known proper nouns.

``wordfreq.zipf_frequency`` tokenises and normalises on every call, which is far too slow for a
rule pass at megabytes per second; the frequency dictionary is loaded once per language instead
and looked up directly. Rules ask about *unique* tokens, never every token.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

from checks.langdata import LanguageData, load_language_data


@lru_cache(maxsize=16)
def frequency_dict(language: str) -> Mapping[str, float]:
    """Lower-cased word → frequency (0..1) for a language; empty when wordfreq has no data."""
    try:
        import wordfreq

        return wordfreq.get_frequency_dict(language)
    except (ImportError, LookupError, OSError, ValueError):
        return {}


def zipf(word: str, language: str = "en") -> float:
    """Zipf frequency (log10 per billion words) of a word; 0.0 for unknown words.

    Typical English: "the" ≈ 7.7, "earth" ≈ 5, "Putin" ≈ 4.1, a rare name ≈ 2, unknown 0.
    """
    frequency = frequency_dict(language).get(word.lower())
    if not frequency:
        return 0.0
    return math.log10(frequency * 1e9)


def _country_names() -> set[str]:
    """Country names as written in running English (pycountry, common names preferred)."""
    names: set[str] = set()
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return names
    for country in pycountry.countries:
        for attribute in ("common_name", "name"):
            value = getattr(country, attribute, None)
            # "Korea, Republic of" and "Bolivia, Plurinational State of" are index forms.
            if value and "," not in value and "(" not in value:
                names.add(value)
    return names


def proper_nouns(data: LanguageData, *, include_ambiguous: bool = False) -> dict[str, str]:
    """Lower-cased proper noun (one or more words) → its written form.

    Built from pycountry (for English) and the language's gazetteer; ambiguous names
    ("turkey", "china") are left out, because their lower-case form is an ordinary word, unless
    asked for (when the context already says "a name was here", such as a stray ellipsis).
    """
    return _proper_nouns(data.code, include_ambiguous)


@lru_cache(maxsize=32)
def _proper_nouns(code: str, include_ambiguous: bool = False) -> dict[str, str]:
    data = load_language_data(code)
    names = set(data.gazetteer)
    if data.code == "en":
        names |= _country_names()
    table: dict[str, str] = {}
    for name in names:
        key = name.lower()
        if key in data.ambiguous_names and not include_ambiguous:
            continue
        # Only names that carry capitals can drift to lower case.
        if name == key:
            continue
        table[key] = name
    return table


def proper_noun_heads(data: LanguageData) -> dict[str, tuple[str, ...]]:
    """First word (lower case) of each known proper noun → the lower-case names starting with it,
    longest first, so a text's unique tokens can be intersected with the heads cheaply."""
    return _proper_noun_heads(data.code)


@lru_cache(maxsize=16)
def _proper_noun_heads(code: str) -> dict[str, tuple[str, ...]]:
    heads: dict[str, list[str]] = {}
    for key in _proper_nouns(code):
        heads.setdefault(key.split(" ", 1)[0], []).append(key)
    return {head: tuple(sorted(keys, key=len, reverse=True)) for head, keys in heads.items()}
