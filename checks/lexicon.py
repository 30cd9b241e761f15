"""A language's word forms with their inflections (resources/lexicon/<code>.txt.xz, built by
bench/build_lexicons.py from hunspell dictionaries), for MT998: a rare form of a known word
("accomplissaient", "verschwiegenen", "выпускавшихся") is no unknown word.

A file is a sorted list of lower-case forms; it is read on first use, per language, into one
byte string and a table of where each form starts (about 14 MB for a million forms, where a
set of strings would take six times that), and a form is looked up by binary search. Forms
made of a prefix of the language (``spelling.word_prefixes``) and a known form are not in the
file (the build leaves them out) and are accepted here."""

from __future__ import annotations

import lzma
import re
from array import array
from collections.abc import Container, Mapping
from functools import cache
from pathlib import Path

from mtlint.checks.resourcefiles import resource_path
from mtlint.checks.spelling import spelling_table
from mtlint.checks.wordlists import frequency_dict

# The forms kept: this many letters ...
MIN_LETTERS = 4
MAX_LETTERS = 30
# ... that wordfreq knows below this Zipf value (commoner words are never MT998's candidates).
SKIP_ZIPF = 2.5
# A prefix's rest has at least this many letters.
_REST_LETTERS = 4
_LINE_BREAK = re.compile(rb"\n")


def lexicon_path(code: str) -> Path:
    """Where the language's file lives in the source tree (the build writes it there)."""
    return Path(__file__).resolve().parents[1] / "resources" / "lexicon" / f"{code}.txt.xz"


class Lexicon:
    """A sorted list of UTF-8 forms in one byte string; ``word in lexicon`` by binary search."""

    def __init__(self, data: bytes) -> None:
        self._blob = data
        # starts[i] is where form i begins; the last entry is one past the end. Built from the
        # line breaks' places, never a list of the forms (millions of objects while loading).
        self._starts = array("I", [0])
        if data:
            self._starts.extend(found.end() for found in _LINE_BREAK.finditer(data))
            self._starts.append(len(data) + 1)
        self.size = len(self._starts) - 1

    def _form(self, index: int) -> bytes:
        return self._blob[self._starts[index] : self._starts[index + 1] - 1]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode("utf-8")
        low, high = 0, self.size
        while low < high:
            middle = (low + high) // 2
            if self._form(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low < self.size and self._form(low) == key


@cache
def lexicon(code: str) -> Lexicon | None:
    """The language's lexicon, or None when mtlint ships none for it."""
    source = resource_path("lexicon", f"{code}.txt.xz")
    if not source.is_file():
        return None
    return Lexicon(lzma.decompress(source.read_bytes()))


def prefixed(
    word: str,
    prefixes: tuple[str, ...],
    forms: Container[str],
    frequencies: Mapping[str, float],
) -> bool:
    """The word is one of ``prefixes`` before a form the lexicon (``forms``) or wordfreq (at
    ``SKIP_ZIPF``) knows, or before such a prefixed form ("riorganizzassero")."""
    bar = 10 ** (SKIP_ZIPF - 9)
    for prefix in _by_first_letter(prefixes).get(word[:1], ()):
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < _REST_LETTERS:
            continue
        if rest in forms or frequencies.get(rest, 0.0) >= bar:
            return True
        if prefixed(rest, prefixes, forms, frequencies):
            return True
    return False


@cache
def _by_first_letter(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prefixes by their first letter (a word is tried only with those it can start with)."""
    table: dict[str, list[str]] = {}
    for prefix in prefixes:
        table.setdefault(prefix[:1], []).append(prefix)
    return {letter: tuple(group) for letter, group in table.items()}


def known_form(word: str, code: str) -> bool:
    """The lower-case ``word`` is a form of the language: in its lexicon, or a prefix of the
    language before one. False where mtlint ships no lexicon for the language."""
    forms = lexicon(code)
    if forms is None:
        return False
    if word in forms:
        return True
    return prefixed(word, spelling_table(code).word_prefixes, forms, frequency_dict(code))


def dictionary_path(code: str) -> Path:
    """Where the language's dictionary words live in the source tree (the build writes it)."""
    return (
        Path(__file__).resolve().parents[1] / "resources" / "spelling" / f"{code}_dictionary.txt.xz"
    )


@cache
def dictionary(code: str) -> Lexicon | None:
    """The words the language's hunspell dictionary accepts that wordfreq knows below MT994's
    candidate floor, in the case the dictionary writes them ("tiramisu", "Tbilisi";
    resources/spelling/<code>_dictionary.txt.xz, built by bench/build_dictionary_words.py), or
    None where mtlint ships none. Read on first use only (a text without a candidate never
    loads it): one byte string searched by bisection."""
    source = resource_path("spelling", f"{code}_dictionary.txt.xz")
    if not source.is_file():
        return None
    return Lexicon(lzma.decompress(source.read_bytes()))


def has_lexicon(code: str) -> bool:
    return resource_path("lexicon", f"{code}.txt.xz").is_file()
