"""Unknown words beyond English (MT998, ``checks/rules/spelling_unknown_ml.py``): a lower-case
word that neither wordfreq nor the language's lexicon of inflected forms knows
(``checks/lexicon.py``), read as what it most likely is:

- *glued*: two words the language knows run together ("partitodella", "вэтом"); in a language
  that writes compounds as one word (German, Dutch: ``compound_links`` in the typography
  table) only when one part is a short function word ("mitder"), since two content words
  joined are a compound there ("Hafenverwaltung");
- *typo*: one edit from a frequent word of the language (``spelling.one_edit_words``);
- anything else stays quiet: a word left in another language, a rare term, a name.

Known, and never read: wordfreq's words of the language or English at ``SCARCE_ZIPF`` (the
candidates are ``spelling.scarce_words``), the lexicon's forms, a prefix of the language before
a known form (``lexicon.prefixed``), and in a compounding language a compound of two known
words with or without a link ("Verwaltungsreform"). The English detector (MT994,
``unknown_words.py``) reads English; this one shares its split (``glued_split``) and typo
search, with the lexicon in front.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from math import log10

from mtlint.checks.glue_tables import glue_tables
from mtlint.checks.langdata import load_language_data
from mtlint.checks.lexicon import known_form
from mtlint.checks.spelling import alphabet, one_edit_words, spelling_table
from mtlint.checks.spelling_search import ranked_corrections
from mtlint.checks.unknown_words import derived_word, glued_split
from mtlint.checks.wordlists import frequency_dict

# Letters: a candidate has at least this many.
MIN_LETTERS = 5
MAX_LETTERS = 30
# A compound's parts: the head at least this many letters, the tail at least this many ...
COMPOUND_HEAD = 3
COMPOUND_TAIL = 4
# ... each known to wordfreq at this Zipf value or to the lexicon.
COMPOUND_PART_ZIPF = 2.0
# In a compounding language a glued word's function word has this many letters (a shorter one
# is an ending as often: Dutch "verwaarloosd|en") and at least this Zipf value ("mit", "der",
# "und", "van", "het").
GLUE_FUNCTION_LETTERS = (3, 4)
GLUE_FUNCTION_ZIPF = 5.5
# Both parts of a glued word at least this common (Zipf) ...
GLUE_PART_ZIPF = 3.5
# ... and at least this: the surer band.
GLUE_SURE_ZIPF = 4.0
# A part the web writes this much more often in English than in the language is an English
# word the language's list picked up ("table" in "constatable"), no part of a glued word.
ENGLISH_PART_GAP = 1.0
# A word with one accent added is a known word at this Zipf value, or in the lexicon.
UNKNOWN_VARIANT_ZIPF = 1.0
# A typo's correction at least this common (Zipf).
TYPO_ZIPF = 4.0


@dataclass(frozen=True)
class Reading:
    """``kind`` (glued, typo), the band its confidence comes from, the corrections."""

    kind: str
    band: str
    fixes: tuple[str, ...] = ()


def _zipf(word: str, language: str) -> float:
    frequency = frequency_dict(language).get(word, 0.0)
    return log10(frequency) + 9 if frequency else 0.0


@cache
def compound_links(language: str) -> tuple[str, ...] | None:
    """The links a compound of the language may hold ("s", "en"), "" first; None: the language
    writes no compounds as one word."""
    links = glue_tables(load_language_data(language)).compound_links
    return ("", *links) if links else None


def _known_part(part: str, language: str) -> bool:
    return _zipf(part, language) >= COMPOUND_PART_ZIPF or known_form(part, language)


def compound(word: str, language: str) -> bool:
    """A compound of two known words, with one of the language's links between them or none
    ("verwaltungsreform": "verwaltung" + "s" + "reform"); the tail may be one itself."""
    links = compound_links(language)
    if links is None:
        return False
    for cut in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1):
        tail = word[cut:]
        if not _known_part(tail, language) and not _tail_compound(tail, language):
            continue
        head = word[:cut]
        for link in links:
            stem = head[: len(head) - len(link)]
            if head.endswith(link) and len(stem) >= COMPOUND_HEAD and _known_part(stem, language):
                return True
    return False


def _tail_compound(tail: str, language: str) -> bool:
    return len(tail) >= 2 * COMPOUND_TAIL and compound(tail, language)


def known(word: str, language: str) -> bool:
    """The lower-case ``word`` is a form of the language (lexicon, prefix, compound), or a
    regular derivation of a known word (``spelling.derivation_suffixes``: the Romance adverbs
    in "-mente", "humilhantemente", that no dictionary lists one by one)."""
    return (
        known_form(word, language)
        or compound(word, language)
        or derived_word(word, language, prefixed=False)
    )


def glue_reading(word: str, language: str) -> Reading | None:
    split = glued_split(word, language)
    if split is None:
        return None
    left, right, low = split
    if low < GLUE_PART_ZIPF or any(_english(part, language) for part in (left, right)):
        return None
    if compound_links(language) is not None:
        short = min((left, right), key=len)
        fewest, most = GLUE_FUNCTION_LETTERS
        if not fewest <= len(short) <= most or _zipf(short, language) < GLUE_FUNCTION_ZIPF:
            return None
    band = "glued-sure" if low >= GLUE_SURE_ZIPF else "glued"
    return Reading("glued", band, (f"{left} {right}",))


def _english(part: str, language: str) -> bool:
    return _zipf(part, "en") > _zipf(part, language) + ENGLISH_PART_GAP


def bare_word(word: str) -> str:
    """The word without its accents: a form that differs from a word by an accent only
    ("destockage", "déstockage") is a spelling the web uses, not a slip."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@cache
def _accented(language: str) -> dict[str, tuple[str, ...]]:
    """The language's accented letters by their bare letter ("e": "é", "è", "ê")."""
    table: dict[str, list[str]] = {}
    for letter in alphabet(language):
        if bare_word(letter) != letter:
            table.setdefault(bare_word(letter), []).append(letter)
    return {bare: tuple(letters) for bare, letters in table.items()}


def accent_variant(word: str, language: str) -> bool:
    """The word is a known word written with one accent left out ("destockage" for
    "déstockage"): a spelling the web uses, no glue nor slip (MT5xx read lost accents)."""
    accented = _accented(language)
    for i, letter in enumerate(word):
        for other in accented.get(letter, ()):
            variant = word[:i] + other + word[i + 1 :]
            if _zipf(variant, language) >= UNKNOWN_VARIANT_ZIPF or known(variant, language):
                return True
    return False


def slip_reading(word: str, language: str, indexed: bool) -> Reading | None:
    keep_end = spelling_table(language).keep_end
    corrected = one_edit_words(word, language, keep_end, True, indexed)
    ranked = [
        fix
        for fix in ranked_corrections(word, corrected, language, frozenset(), True)
        if _zipf(fix, language) >= TYPO_ZIPF and bare_word(fix) != bare_word(word)
    ]
    return Reading("typo", "typo", tuple(ranked)) if ranked else None


@lru_cache(maxsize=8192)
def read_word(word: str, language: str, indexed: bool = False) -> Reading | None:
    """The reading of the lower-case ``word`` (letters only, rare to wordfreq), or None: the
    word is known, or nothing explains it. ``indexed``: look for one-edit neighbours through
    the shared deletion index (the caller has many words to read, as MT980 does)."""
    if not MIN_LETTERS <= len(word) <= MAX_LETTERS:
        return None
    if not set(alphabet(language)).issuperset(word) or known(word, language):
        return None
    if accent_variant(word, language):
        return None
    return glue_reading(word, language) or slip_reading(word, language, indexed)
