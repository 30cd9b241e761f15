"""Unicode scripts: which writing system a character belongs to, as regex character classes.

The standard library's ``re`` has no ``\\p{Script=…}``; the table below covers the letters of the
scripts MT output actually mixes up (blocks, not every assigned code point). Rules build one
whole-text regex from it, so English text is scanned at C speed and matches are rare.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Script name → character ranges of its letters (Unicode script names, as in the language tables).
SCRIPT_RANGES: dict[str, str] = {
    "Latin": "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f"
    "\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Armenian": "\u0531-\u058f",
    "Hebrew": "\u0591-\u05f4\ufb1d-\ufb4f",
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe",
    "Syriac": "\u0700-\u074f",
    "Thaana": "\u0780-\u07bf",
    "Devanagari": "\u0900-\u097f\ua8e0-\ua8ff",
    "Bengali": "\u0980-\u09ff",
    "Gurmukhi": "\u0a00-\u0a7f",
    "Gujarati": "\u0a80-\u0aff",
    "Tamil": "\u0b80-\u0bff",
    "Telugu": "\u0c00-\u0c7f",
    "Kannada": "\u0c80-\u0cff",
    "Malayalam": "\u0d00-\u0d7f",
    "Sinhala": "\u0d80-\u0dff",
    "Thai": "\u0e00-\u0e7f",
    "Lao": "\u0e80-\u0eff",
    "Tibetan": "\u0f00-\u0fff",
    "Myanmar": "\u1000-\u109f",
    "Georgian": "\u10a0-\u10ff\u2d00-\u2d2f",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Ethiopic": "\u1200-\u139f",
    "Khmer": "\u1780-\u17ff",
    "Hiragana": "\u3041-\u309f",
    "Katakana": "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f",
}

# Scripts whose text legitimately uses zero-width joiners/non-joiners or bidi marks.
JOINING_SCRIPTS: frozenset[str] = frozenset(
    {
        "Arabic",
        "Syriac",
        "Hebrew",
        "Devanagari",
        "Bengali",
        "Gurmukhi",
        "Gujarati",
        "Tamil",
        "Telugu",
        "Kannada",
        "Malayalam",
        "Sinhala",
        "Thai",
        "Lao",
        "Khmer",
        "Myanmar",
        "Tibetan",
    }
)
RIGHT_TO_LEFT: frozenset[str] = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana"})
# Latin names, brands and URLs turn up in text of every script; never "foreign".
ALWAYS_ALLOWED: frozenset[str] = frozenset({"Latin"})


@lru_cache(maxsize=1)
def _script_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """One character class per script, compiled on first use (4 ms; most runs never ask)."""
    return [(name, re.compile(f"[{ranges}]")) for name, ranges in SCRIPT_RANGES.items()]


def script_of(char: str) -> str | None:
    """The script of one character, or None for digits, punctuation, symbols and unknown blocks."""
    for name, pattern in _script_patterns():
        if pattern.match(char):
            return name
    return None


def character_class(scripts: frozenset[str] | set[str] | list[str]) -> str:
    """The body of a regex character class matching the letters of these scripts."""
    return "".join(SCRIPT_RANGES[s] for s in sorted(scripts) if s in SCRIPT_RANGES)


@lru_cache(maxsize=64)
def foreign_run_pattern(allowed: frozenset[str]) -> re.Pattern[str] | None:
    """A regex matching runs of letters from scripts outside ``allowed`` (words of one run may be
    separated by single spaces, hyphens or middle dots)."""
    foreign = character_class(frozenset(SCRIPT_RANGES) - allowed - ALWAYS_ALLOWED)
    if not foreign:
        return None
    # The katakana middle dot and double hyphen (U+30FB, U+30A0) sit in the katakana block but
    # are punctuation: a run never starts with one. Alone they are no foreign word: "・" as a
    # list bullet of a Japanese page's English text is layout (realmt-en22's labelling notes;
    # h26prec: 2 wrong at 0.9 on pool-prec26); between kana they stay part of the run.
    letter = f"(?![\u30a0\u30fb])[{foreign}]"
    # Combining marks (U+0300–036F) are part of words in several scripts.
    word = f"{letter}(?:[{foreign}\u0300-\u036f\u200c\u200d\u30fc]*)"
    return re.compile(f"{word}(?:[ \\-\u00b7\u30fb]{word})*")


def dominant_script(text: str, sample_chars: int = 20000) -> str | None:
    """The script most letters of a sample of ``text`` belong to (None without letters)."""
    sample = text[:sample_chars]
    best, best_count = None, 0
    for name, ranges in SCRIPT_RANGES.items():
        count = len(re.findall(f"[{ranges}]", sample))
        if count > best_count:
            best, best_count = name, count
    return best


def scripts_in(text: str) -> set[str]:
    """Every script with at least one letter in ``text``."""
    return {name for name, pattern in _script_patterns() if pattern.search(text)}


# Letters of other scripts drawn exactly like a Latin letter: the usual homoglyph swaps (OCR,
# keyboard-layout slips, MT copying a Cyrillic "Р" into "Рutin").
TO_LATIN: dict[str, str] = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "а": "a", "е": "e", "о": "o", "р": "p",
    "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}  # fmt: skip
# The other way: Latin letters drawn like a letter of the script (for non-Latin documents).
FROM_LATIN: dict[str, dict[str, str]] = {
    "Cyrillic": {
        "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С",
        "T": "Т", "X": "Х", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х",
        "i": "і",
    },
    "Greek": {
        "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
        "O": "Ο", "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ", "o": "ο", "v": "ν",
    },
}  # fmt: skip


def swap_lookalikes(run: str, table: dict[str, str]) -> str | None:
    """``run`` with every letter replaced by its look-alike, or None if one has none."""
    swapped = [table.get(char) for char in run]
    return None if None in swapped else "".join(swapped)  # type: ignore[arg-type]


@lru_cache(maxsize=16)
def latin_inside_pattern(scripts: frozenset[str]) -> re.Pattern[str] | None:
    """Latin letters glued to letters of ``scripts`` (a Latin "o" inside a Cyrillic word)."""
    home = character_class(scripts - {"Latin"})
    if not home:
        return None
    return re.compile(f"(?<=[{home}])[A-Za-z]+|[A-Za-z]+(?=[{home}])")


# How many Latin characters one character of a dense script stands for in running text, so the
# lengths of a source and its translation can be compared across scripts. Fitted on real pairs:
# Chinese → English TED sentences (../shared/data/mqm-ted21-zhen: median 3.3 English characters
# per Han character) and English → Japanese/Chinese news (clean-native-dev).
LENGTH_WEIGHTS: dict[str, float] = {"Han": 3.3, "Hiragana": 2.0, "Katakana": 2.0, "Hangul": 2.0}


@lru_cache(maxsize=1)
def _dense_patterns() -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple(
        (re.compile(f"[{SCRIPT_RANGES[name]}]"), weight) for name, weight in LENGTH_WEIGHTS.items()
    )


def latin_equivalent_length(text: str) -> float:
    """``len(text)`` with each character of a dense script (Han, kana, Hangul) counted as the
    number of Latin characters it typically stands for."""
    length = float(len(text))
    for pattern, weight in _dense_patterns():
        count = len(pattern.findall(text))
        length += count * (weight - 1.0)
    return length
