"""MT101's evidence: what the document itself says about a split (its first part standing
alone elsewhere, "Dendias … Dendiasin"), and which of a token's splits that evidence picks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat

_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*_"
_TECHNICAL = re.compile(r"@|#|://|/|\\|\.\w")
_HYPHEN = re.compile("-")
Split = tuple[str, str, str, float, float] | None


@lru_cache(maxsize=4)
def standing_alone(chunks: frozenset[str]) -> frozenset[str]:
    """The words that stand alone somewhere in the text: every chunk with its punctuation
    stripped (a possessive is looked up with its "'s"), and the parts of hyphenated words
    ("Dendias-led"). Kept for the last few documents: MT101 and MT102 both ask."""
    words = set(map(str.strip, chunks, repeat(_STRIP)))
    for chunk in filter(_HYPHEN.search, chunks):
        token = chunk.strip(_STRIP)
        if token.endswith(("'s", "’s")):
            token = token[:-2]
        if not _TECHNICAL.search(token):
            words.update(token.split("-"))
    return frozenset(words)


def stands_alone(prefix: str, words: frozenset[str]) -> bool:
    """Whether the first part of a split stands alone (or with a possessive) in the text."""
    return prefix in words or prefix + "'s" in words or prefix + "’s" in words


def choose_splits(
    candidates: Iterable[tuple[Split, Split]], words: frozenset[str]
) -> list[tuple[str, str, str, float, float]]:
    """Per candidate, its split judged alone, or the evidence split when only that one's
    evidence part stands alone in the text; in a stable order."""
    chosen = set()
    for split, fallback in candidates:
        if (
            fallback is not None
            and (split is None or not stands_alone(split[1], words))
            and evidenced(fallback, words)
        ):
            split = fallback
        if split is not None:
            chosen.add(split)
    return sorted(chosen)


def evidenced(split: tuple[str, str, str, float, float], words: frozenset[str]) -> bool:
    """Whether the text stands a split's evidence part alone: its first part, or, in a
    lower-case word of two words (glue_lower.short_evidence_split), its less known part,
    since a very common word ("porta", "mille", "tire") stands alone anywhere: no proof
    ("mille euros … millepattes"). A lower-case part may start a sentence elsewhere
    ("Контракты … контрактыимеют"); a short tail ("akim|at") is never split (short_split
    wants four letters)."""
    token, prefix, suffix, prefix_zipf, suffix_zipf = split
    if not token.islower() or not suffix_zipf:  # a name, or a glue word (zipf 0) after it
        return stands_alone(prefix, words)
    part = prefix if prefix_zipf <= suffix_zipf else suffix
    return stands_alone(part, words) or part.capitalize() in words
