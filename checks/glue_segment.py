"""MT101's segmentation of a lower-case word that is several common words run together
("yearswerealsodiscussed" → "years were also discussed"), and of a past form with the
one-letter article glued after it ("signeda" → "signed a"), by word frequencies alone.

Where the two-word splits (glue_lower.lower_split, short_split) find no pair, a text that lost
every space of a phrase still reads as a chain of common words. The chain is found by dynamic
programming over the word's cuts (the best chain maximises its least-known part, then has the
fewest parts), in every language whose table sets ``short_content_glue_zipf`` (the same switch
as the short glue: languages that write no solid compounds of common words). Its parts, each
judged as short_split judges a part:

- three letters or less: a glue word of the language (``glue_words``, ``leading_glue_words``),
  or a word at least ``short_glue_part_zipf`` well known where the table sets it (English "are",
  "in");
- longer: a word at least ``short_content_glue_zipf`` well known; one part of six letters or
  more may be one zipf less known ("outlined"), as long rare words are seldom chance splits;
- never a word-forming prefix (``word_prefixes``), an inflection (``glue_inflections``) or a
  derivation's tail (``glue_compound_tails``).

Three parts at least (two are short_split's), one of them a function word of three letters or
more (running prose carries them; a chain of content words alone is an identifier, a user name
or a password written so on purpose: "familyroomrouter", "googlecloudstorage"), the whole
unknown to wordfreq in the language and in the borrowing one, ending in none of the language's
``glue_derivational_endings`` ("localisable" is no "local is able"), and no known word inflected
or one slip from a frequent word.

The one-letter article: an unknown lower-case word that is a past form (``-ed`` or
``past_forms``) of six letters or more with the language's ``glue_letters`` letter ("a") run on;
in context (in_context) a lower-case word must follow, as an article's noun does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from mtlint.checks.glue_lower import word_or_slip
from mtlint.checks.glue_shapes import zipf

if TYPE_CHECKING:
    from mtlint.checks.glue import GlueTables, Split

# Three parts at least: two are short_split's.
_LEAST_PARTS = 3
# A part this long may be this much less known than short_content_glue_zipf (one per chain).
_LONG_PART = 6
_LONG_PART_SLACK = 1.0
# The longest part tried (wordfreq's common words are shorter).
_LONGEST_PART = 16
# The function word a chain holds is this long ("are", "also", "the"; two letters stand
# inside most long words by chance, so they would screen nothing out).
_FUNCTION_LENGTH = 3
# Parts this long are words, not chance letters; two parts known this well make a compound.
_SHORT = 4
_KNOWN = 2.0
# The one-letter article after a past form: the form this long and this well known.
_LETTER_VERB = (6, 3.5)


def _part_zipf(part: str, tables: GlueTables, language: str) -> float:
    """The part's zipf if it may stand in a chain (0.0: it may not)."""
    if part in tables.word_prefixes or part in tables.inflections:
        return 0.0
    if part in tables.compound_tails or part.rstrip("s") in tables.compound_tails:
        return 0.0
    found = zipf(part, language)
    if len(part) <= 3:
        glue = (part in tables.glue and part not in tables.particles) or part in tables.leading_glue
        if not glue and not (tables.short_part_zipf and found >= tables.short_part_zipf):
            return 0.0
        return found
    if found >= tables.short_glue_zipf:
        return found
    if len(part) >= _LONG_PART and found >= tables.short_glue_zipf - _LONG_PART_SLACK:
        return -found  # allowed once per chain: marked by its sign
    return 0.0


def segment_split(token: str, tables: GlueTables, language: str) -> Split:
    """An unknown lower-case word read as three or more common words: the split (token, first
    word, the rest with its spaces, first zipf, least zipf of the rest), or None."""
    if not tables.short_glue_zipf or len(token) < 8 or not token.isalpha():
        return None
    # Running prose carries function words; a chain of content words alone is an identifier, a
    # user name or a password written so on purpose ("familyroomrouter", "googlecloudstorage").
    function_word, endings = _shapes(tables)
    if function_word is None or not function_word.search(token) or token.endswith(endings):
        return None  # a derivation the word list lacks: "localisable", "serialisable"
    if zipf(token, language) or (tables.borrowing and zipf(token, tables.borrowing)):
        return None
    size = len(token)
    # best[i]: (least zipf, -parts, slack used, cuts) of the best chain covering token[:i].
    best: list[tuple[float, int, bool, tuple[int, ...]] | None] = [None] * (size + 1)
    best[0] = (99.0, 0, False, ())
    for end in range(2, size + 1):
        for start in range(max(0, end - _LONGEST_PART), end - 1):
            head = best[start]
            if head is None:
                continue
            found = _part_zipf(token[start:end], tables, language)
            if not found or (found < 0 and head[2]):
                continue
            chain = (min(head[0], abs(found)), head[1] - 1, head[2] or found < 0, (*head[3], end))
            if best[end] is None or chain[:2] > best[end][:2]:  # type: ignore[index]
                best[end] = chain
    chain = best[size]
    if chain is None or -chain[1] < _LEAST_PARTS:
        return None
    cuts = (0, *chain[3])
    parts = [token[a:b] for a, b in pairwise(cuts)]
    # Mostly real words: a first word and one more of four letters or more, at most one of
    # two letters ("le|on|da|me", "design|at|us" are chance).
    if len(parts[0]) < _SHORT or sum(len(part) >= _SHORT for part in parts) < 2:
        return None
    if sum(len(part) <= 2 for part in parts) > 1 or _two_known_words(token, language):
        return None
    if not any(len(part) >= _FUNCTION_LENGTH and part in _function_words(tables) for part in parts):
        return None
    if tables.word_endings and word_or_slip(token, tables, language):
        return None
    rest = " ".join(parts[1:])
    return (token, parts[0], rest, zipf(parts[0], language), chain[0])


def _function_words(tables: GlueTables) -> frozenset[str]:
    """The function words a chain must hold one of: the glue words (not name particles) and
    the leading glue words."""
    return (tables.glue - tables.particles) | tables.leading_glue


@lru_cache(maxsize=64)
def _shapes(tables: GlueTables) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """(a screen that finds any function word of three letters or more inside a token, the
    derivational endings no chain ends in), per language."""
    words = sorted(
        (w for w in _function_words(tables) if len(w) >= _FUNCTION_LENGTH), key=len, reverse=True
    )
    screen = re.compile("|".join(map(re.escape, words))) if words else None
    return screen, tables.derivational_endings


def _two_known_words(token: str, language: str) -> bool:
    """Whether the token is two words wordfreq knows, however rarely: a compound or a prefixed
    word ("кіно|екранізацією", "nie|przerywanie") or two words short_split judged ("larger|
    format"), never a chain of three."""
    return any(
        zipf(token[:cut], language) >= _KNOWN and zipf(token[cut:], language) >= _KNOWN
        for cut in range(_SHORT, len(token) - 2)
    )


def article_split(token: str, tables: GlueTables, language: str) -> Split:
    """A past form with a one-letter article run on ("delivereda" → "delivered a"): the
    split, whose second part's zipf is the article's (a content split, judged in context)."""
    letter = token[-1]
    if letter not in tables.glue_letters or not token.islower():
        return None
    verb = token[:-1]
    least_length, least_zipf = _LETTER_VERB
    if len(verb) < least_length or not (verb.endswith("ed") or verb in tables.past_forms):
        return None
    verb_zipf = zipf(verb, language)
    if verb_zipf < least_zipf or zipf(token, language):
        return None
    if tables.borrowing and zipf(token, tables.borrowing):
        return None
    return (token, verb, letter, verb_zipf, zipf(letter, language))


def run_together(token: str, tables: GlueTables, language: str) -> Split:
    """A lower-case word that is a chain of common words, or a past form with an article."""
    return segment_split(token, tables, language) or article_split(token, tables, language)


def run_on(suffix: str, suffix_zipf: float) -> bool:
    """Whether a split's second part is a chain of words or a one-letter article: a split
    of this module's, whose first part standing alone elsewhere proves nothing."""
    return " " in suffix or (bool(suffix_zipf) and len(suffix) == 1)
