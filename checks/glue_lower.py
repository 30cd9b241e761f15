"""MT101's lower-case glue (glue.py calls it): an unknown lower-case word split into a function
word and a word ("ofdeveloping", "thetwo") or into two long well-known words
("strategicpartnership"), where the language looks for either (leading_glue_words,
content_glue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtlint.checks.glue_romance import accentless_prefix
from mtlint.checks.glue_shapes import zipf

if TYPE_CHECKING:
    from mtlint.checks.glue import GlueTables, Split

# An unknown lower-case word: the word after a function word, and each of two content words.
_LOWER_SUFFIX_ZIPF = 3.5
# wordfreq knows some glued forms from the web ("thetwo" 1.05): rarer than this is no word.
_LOWER_TOKEN_ZIPF = 1.5
LOWER_FREQUENCY = 10 ** (_LOWER_TOKEN_ZIPF - 9.0)
_LOWER_PARTS_ZIPF = 3.5
# Both parts that long: closed compounds are made of short words ("breakrooms", "mouthpart").
LOWER_PART_LENGTH = 6


def lower_split(token: str, tables: GlueTables, language: str) -> Split:
    """An unknown lower-case word split into a function word and a word ("ofdeveloping",
    "thetwo") or into two well-known words of six letters or more ("strategicpartnership");
    the best-known pair. Not in a compounding language, where such words are normal. Only the
    cuts that can qualify are tried (after a leading glue word; both parts long)."""
    if tables.compounds or not (tables.leading_glue or tables.content_glue):
        return None
    token_zipf = zipf(token, language)
    if token_zipf >= _LOWER_TOKEN_ZIPF:
        return None
    cuts = [k for k in range(2, 6) if token[:k] in tables.leading_glue]
    if tables.content_glue and not token_zipf:
        cuts += range(LOWER_PART_LENGTH, len(token) - LOWER_PART_LENGTH + 1)
    best: Split = None
    for cut in cuts:
        prefix, suffix = token[:cut], token[cut:]
        leading = prefix in tables.leading_glue
        # "thetwo", "ofregion"; not "atend" or "aslee" (misspellings, two short parts).
        if leading and (len(suffix) < 3 or (len(prefix) < 3 and len(suffix) < 5)):
            continue
        suffix_zipf = zipf(suffix, language)
        if suffix_zipf < (_LOWER_SUFFIX_ZIPF if leading else _LOWER_PARTS_ZIPF):
            continue
        if leading and accentless_prefix(prefix, suffix, language):
            continue
        prefix_zipf = zipf(prefix, language)
        if not leading and prefix_zipf < _LOWER_PARTS_ZIPF:
            continue
        if best is None or min(prefix_zipf, suffix_zipf) > min(best[3], best[4]):
            best = (token, prefix, suffix, prefix_zipf, suffix_zipf)
    return best
