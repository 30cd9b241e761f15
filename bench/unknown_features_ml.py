"""The features of a fitted score of an unknown word beyond English (h24unkml; measured, not
shipped: 17 real non-words in de/fr/es are too few for a fit, and the pooled model learnt only
the planted link glue MT101 already reports — BENCHMARKS.md "h24unkml"): the
features of ``unknown_score`` (frequency, splits, slips, case, place, the document's evidence)
and what the language's own data adds — the lexicon of inflected forms, a compound of two known
words (German: "Bundesregierung" is a word, "Putinder" a name with an article run on), a word
one accent from a known one ("etait"), a function word run on (MT998's glue reading), the
language itself (one model may be fitted on several languages' tokens, each a feature).

``bench/unknown_tokens.py fit --lang de,fr,es --write`` writes the trees and the bins'
precisions to ``bench/out/`` for study; no rule reads them (MT998 keeps its bands).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from mtlint.checks.lexicon import known_form
from mtlint.checks.unknown_score import EXPLAINED, Model, Place, features
from mtlint.checks.unknown_words import derived_word
from mtlint.checks.unknown_words_ml import (
    accent_variant,
    bare_word,
    compound,
    compound_links,
    glue_reading,
    slip_reading,
)
from mtlint.checks.wordlists import frequency_dict

# The languages a pooled model may be fitted on: each one a feature (``lang_<code>``).
POOLED = ("de", "es", "fr")


def _bare_known(word: str, language: str) -> bool:
    """The word without its accents is a word the language writes ("électricite" →
    "electricite" no; "tambien" for "también" is the other way: ``accent_variant``)."""
    bare = bare_word(word)
    return bare != word and bool(frequency_dict(language).get(bare))


@lru_cache(maxsize=16384)
def ml_word_features(word: str, language: str) -> tuple[tuple[str, float], ...]:
    """What the language's lexicon, compounds and accents say about the word itself."""
    lowered = word.casefold()
    glued = glue_reading(lowered, language)
    compounds = compound_links(language) is not None
    return (
        ("lexicon", float(known_form(lowered, language))),
        ("compound", float(compounds and compound(lowered, language))),
        ("derived_ml", float(derived_word(lowered, language, prefixed=False))),
        ("accent_variant", float(accent_variant(lowered, language))),
        ("accent_dropped", float(_bare_known(lowered, language))),
        ("glued_ml", float(glued is not None)),
        ("glued_ml_sure", float(glued is not None and glued.band == "glued-sure")),
        ("typo_ml", float(slip_reading(lowered, language, False) is not None)),
        ("compounding", float(compounds)),
        *((f"lang_{code}", float(code == language)) for code in POOLED),
    )


@lru_cache(maxsize=16384)
def glue_read(word: str, language: str) -> bool:
    """MT998's glue reading explains the word (two known words, in German and Dutch one of
    them a short function word). The rule scores only such words: the model is fitted on
    every candidate, but no other token of the labelled sets reached the one bin shown (the
    top, 34 tokens out of fold, h24unkml), and the features of every unknown word (a one-edit
    search each) doubled MT998's time on German text."""
    return glue_reading(word.casefold(), language) is not None


def ml_features(
    word: str, language: str, place: Place, names: AbstractSet[str], inflected: bool = False
) -> dict[str, float]:
    """Every feature of ``word`` at its ``place`` for a language beyond English; ``inflected``:
    the text writes the word one to three letters shorter, or a longer word starting with it
    (MT998's gate: the same word inflected, ``inflected_written``)."""
    found = features(word, language, place, names)
    found.update(ml_word_features(word, language))
    found["inflected"] = float(inflected)
    return found


def inflected_written(word: str, folded: AbstractSet[str], ordered: list[str]) -> bool:
    """The text writes a word this one starts with, one to three letters shorter, or one that
    starts with it: the same word inflected, a term of the text's subject. ``ordered``: the
    folded words sorted (words starting with this one found by bisection)."""
    if any(word[:-size] in folded for size in (1, 2, 3)):
        return True
    at = bisect_left(ordered, word)
    if at < len(ordered) and ordered[at] == word:
        at += 1
    return at < len(ordered) and ordered[at].startswith(word)


# Each feature of the languages' own data as the finding's explanation says it.
EXPLAINED_ML = {
    **EXPLAINED,
    "lexicon": "a form the lexicon knows",
    "compound": "a compound of two known words",
    "derived_ml": "a known word's derivation",
    "accent_variant": "a known word with an accent left out",
    "accent_dropped": "a known word's accents added",
    "glued_ml": "a known word with a function word run on",
    "glued_ml_sure": "two common words run together",
    "typo_ml": "one edit from a frequent word",
    "inflected": "the text writes it inflected",
    "unseen": "the web does not know it",
    "foreign_letters": "letters the language does not write",
    "unpronounceable": "no word of the language starts so",
}


def strongest_ml(found: Mapping[str, float], model: Model, count: int = 3) -> list[str]:
    """The features that raised the score most (the finding's explanation)."""
    pulls = sorted(
        (pull, name) for name, pull in model.pulls(found).items() if found.get(name, 0.0)
    )
    pulls.reverse()
    return [
        EXPLAINED_ML.get(name, name)
        for pull, name in pulls[:count]
        if pull > 0 and not name.startswith("lang_")
    ]
