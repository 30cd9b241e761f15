"""Evidence that a single word belongs to another language (MT504).

Two kinds of word are told apart by data, never by guessing:
- a lower-case content word the document's language does not know at all (absent from
  wordfreq's list of it: "partenopei", "17enne" in English) that a source language of machine
  translation knows well (wordfreq's Zipf frequency there at or above a bar). Which languages
  are asked, and the bar, come from the casing table (``foreign_word_sources``,
  ``foreign_word_zipf`` in resources/casing/<lang>.json);
- a one-letter function word of a source language ("Y" = and, "O" = the), from the table's
  ``foreign_letters``: where it stands decides (between two words, or opening a sentence before
  a common word of the document's language).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mtlint.checks.wordlists import frequency_dict, zipf

# A candidate token: optional digits glued to lower-case letters ("17enne", "partenopei").
_TOKEN = re.compile(r"(\d{0,3})([^\W\d_]{4,})")
# Punctuation a chunk may carry around its word.
_STRIP = "\"'“”‘’«»()[]{},.;:!?…*"


@dataclass(frozen=True)
class ForeignTable:
    sources: tuple[str, ...] = ()
    min_zipf: float = 3.0
    # Below this Zipf frequency in the document's language a word counts as unknown there.
    own_max_zipf: float = 1.0
    # A word the document's language knows a little (under ``own_ceiling``: "también" occurs
    # in English web text) is foreign when a source language uses it this much more (Zipf
    # points: a thousand times).
    margin: float = 3.0
    own_ceiling: float = 2.5
    # letter → {"language", "means", "where", optional "not_after", "not_before"}
    letters: tuple[tuple[str, dict], ...] = ()
    # Endings of the document's language: "immediates" is "immediate" + "s", an own word.
    inflections: tuple[str, ...] = ()
    # The word list holds the inflected forms too: a word missing from it is a name or foreign.
    names_from_unknown_words: bool = False


@lru_cache(maxsize=32)
def foreign_table(code: str) -> ForeignTable:
    path = resources.files("mtlint.resources") / "casing" / f"{code}.json"
    if not path.is_file():
        return ForeignTable()
    own = json.loads(path.read_text(encoding="utf-8"))
    return ForeignTable(
        sources=tuple(own.get("foreign_word_sources", ())),
        min_zipf=float(own.get("foreign_word_zipf", 3.0)),
        own_max_zipf=float(own.get("own_word_max_zipf", 1.0)),
        margin=float(own.get("foreign_word_margin", 3.0)),
        own_ceiling=float(own.get("own_word_ceiling", 2.5)),
        letters=tuple(sorted(own.get("foreign_letters", {}).items())),
        inflections=tuple(own.get("own_inflections", ())),
        names_from_unknown_words=bool(own.get("names_from_unknown_words", False)),
    )


@dataclass(frozen=True)
class ForeignWord:
    word: str
    language: str
    zipf: float


def _lookup_form(digits: str, letters: str) -> str:
    # wordfreq keeps a digit run as zeros ("17enne" is counted as "00enne").
    return "0" * len(digits) + letters


def foreign_word(token: str, code: str, table: ForeignTable) -> ForeignWord | None:
    """``token`` (a lower-case chunk without its punctuation) when the document's language does
    not know it and a source language knows it well; the best such language."""
    match = _TOKEN.fullmatch(token)
    if not match or not token.islower() or not table.sources:
        return None
    digits, letters = match.groups()
    if digits and len(letters) > 6:  # "2019th"-like glue is MT101's, a suffix is short
        return None
    form = _lookup_form(digits, letters)
    own_zipf = zipf(form, code)
    if own_zipf >= table.own_ceiling:
        return None
    # Known a little in the document's language: only a far more common foreign word counts.
    bar = table.min_zipf if own_zipf < table.own_max_zipf else own_zipf + table.margin
    if not digits and made_of_own_words(letters, code, table):
        return None
    best: ForeignWord | None = None
    for language in table.sources:
        frequency = zipf(form, language)
        if frequency >= bar and (best is None or frequency > best.zipf):
            best = ForeignWord(token, language, round(frequency, 2))
    return best


# A part of a compound must be at least this common in the document's language ("mode" +
# "line"), so that two rare fragments never explain a foreign word away.
_PART_ZIPF = 3.5


def made_of_own_words(word: str, code: str, table: ForeignTable) -> bool:
    """The word is an inflected form of a word of the document's language ("immediates") or a
    compound of two of its common words ("modeline"): jargon, not a foreign word."""
    for ending in table.inflections:
        if word.endswith(ending) and zipf(word[: -len(ending)], code) >= 3.0:
            return True
    for cut in range(3, len(word) - 2):
        if zipf(word[:cut], code) >= _PART_ZIPF and zipf(word[cut:], code) >= _PART_ZIPF:
            return True
    return False


def foreign_words(chunks: Iterable[str], code: str) -> dict[str, ForeignWord]:
    """The distinct chunks' words that belong to a source language, by word."""
    table = foreign_table(code)
    if not table.sources:
        return {}
    own = frequency_dict(code)
    found: dict[str, ForeignWord] = {}
    for chunk in chunks:
        token = chunk.strip(_STRIP)
        # Most chunks are words of the document's language: one dictionary test each.
        if len(token) < 4 or token in own or token in found or not token.islower():
            continue
        word = foreign_word(token, code, table)
        if word is not None:
            found[token] = word
    return found


@dataclass(frozen=True)
class ForeignLetter:
    start: int
    letter: str
    language: str
    # The meaning in the document's language, capitalised where the letter opens a sentence.
    means: str


def _letter_pattern(letter: str, where: str) -> re.Pattern[str]:
    if where == "between":
        # "Carthaginian Y Heredian": after a word of three or more letters, before another.
        return re.compile(rf"(?<=[^\W\d_]{{3}}) ({re.escape(letter)}) (?=[^\W\d_]{{3}})")
    # "O Secretary General …": opening a paragraph or a sentence, before a capitalised word.
    return re.compile(
        rf"(?:^|(?<=[.!?] )|(?<=\n))({re.escape(letter)}) (?=[A-Z][a-z]+\b)", re.MULTILINE
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)([-‐]?)")


def foreign_letters(text: str, code: str) -> Iterator[ForeignLetter]:
    """One-letter function words of a source language where the document's language has none."""
    table = foreign_table(code)
    for letter, spec in table.letters:
        if f" {letter} " not in text and f"{letter} " not in text:
            continue
        where = spec.get("where", "between")
        not_after = frozenset(spec.get("not_after", ()))
        not_before = frozenset(spec.get("not_before", ()))
        for match in _letter_pattern(letter, where).finditer(text):
            start = match.start(1)
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            after = _WORD_AFTER.match(text, match.end(1))
            previous = before.group(1) if before and where == "between" else ""
            following = after.group(1) if after else ""
            if not following or (after and after.group(2)):  # "Y-axis", "O-ring"
                continue
            if previous.lower() in not_after or following.lower() in not_before:
                continue
            if where == "between" and letter.islower() and previous[:1].isupper():
                continue  # "Ortega y Gasset", "Santiago Ramón y Cajal": a name
            if where == "sentence_start" and zipf(following, code) < spec.get("min_zipf", 4.0):
                continue  # "O Globo", "O Canada" … the next word is no common word
            means = spec["means"]
            if where == "sentence_start":
                means = means[:1].upper() + means[1:]
            yield ForeignLetter(start, letter, spec["language"], means)
