"""MT101's sentence-initial glue: a capitalised function word glued to the common word after it
("Lesdeux", "Nousavons", "Cetteannée"), the shape a line break lost in extraction or a link
boundary leaves at the start of a sentence. Separate from the lower-case leading glue of
``lower_split`` ("leministre"), since a capitalised token is most often a name: only the
language's ``capital_glue_words`` (resources/typography/<lang>.json: pronouns, plural
articles, demonstratives — words that seldom begin a surname, unlike French "Le", "La", "Du",
"Des") count, the token must be (nearly) unknown to the word frequencies, and the second
part a common word of four letters or more, not a function word. ``accentless_prefix`` keeps
the lower-case leading glue ("de" + word) off words whose prefix lost its accent.
"""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.glue_shapes import zipf
from mtlint.checks.langdata import load_language_data
from mtlint.checks.typography import word_set

Split = tuple[str, str, str, float, float] | None

# The second part: at least this long and this well known ("deux", "avons", "année").
_SUFFIX_LENGTH = 4
_SUFFIX_ZIPF = 4.0
_CONFIDENCE = 0.7
# The token itself: rarer than this (web text glues "nousavons" now and then).
_TOKEN_ZIPF = 1.5


@lru_cache(maxsize=64)
def capital_glue_words(language: str) -> frozenset[str]:
    """The language's capital_glue_words (lower case), empty for most languages."""
    return word_set(load_language_data(language), "capital_glue_words")


@lru_cache(maxsize=64)
def _function_words(language: str) -> frozenset[str]:
    return load_language_data(language).function_words


# A first part that an accented prefix spells without its accent ("de" for "dé": "deplacé",
# "desactive", "deshabiller" are "déplacé", "désactive", "déshabiller" misspelled, not glued).
_ACCENTED = {"de": "dé", "des": "dés"}
_ACCENTED_ZIPF = 1.5


def accentless_prefix(prefix: str, suffix: str, language: str) -> bool:
    """Whether the token is a word whose accented prefix was written without its accent, or
    a "des-" word of its own ("desserrer", "dessaisir": "des" + "s…")."""
    accented = _ACCENTED.get(prefix)
    if accented is None:
        return False
    if prefix == "des" and suffix[:1] in ("s", "h"):
        return True
    return (
        zipf(accented + suffix, language) >= _ACCENTED_ZIPF
        or zipf(prefix + suffix.replace("e", "é", 1), language) >= _ACCENTED_ZIPF
    )


def capital_leading_split(token: str, language: str) -> Split:
    """(token, function word, word, its zipf, the word's zipf) for an unknown capitalised
    token that starts with a listed function word and ends in a common word, or None."""
    words = capital_glue_words(language)
    if not words or zipf(token, language) >= _TOKEN_ZIPF:
        return None
    best: Split = None
    for cut in range(2, min(9, len(token) - _SUFFIX_LENGTH + 1)):
        prefix = token[:cut]
        if prefix.lower() not in words:
            continue
        suffix = token[cut:]
        if suffix.lower() in _function_words(language):  # "Lestelle", "Lestant" are names
            continue
        suffix_zipf = zipf(suffix, language)
        if suffix_zipf >= _SUFFIX_ZIPF and (best is None or suffix_zipf > best[4]):
            best = (token, prefix, suffix, zipf(prefix, language), suffix_zipf)
    return best


def is_capital_leading(token: str, prefix: str, language: str) -> bool:
    """Whether a split is capital_leading_split's (its own confidence, no name context)."""
    return token[:1].isupper() and prefix.lower() in capital_glue_words(language)


CONFIDENCE = _CONFIDENCE
