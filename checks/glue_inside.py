"""Names that MT101 must never split (its glued-word findings on a capitalised token are
dropped here): a token inside a multi-word name whose letters only happen to end in a glue
word or a common word — Malay "Sultan Hassanal Bolkiah", Chinese "Zheng Xianglong", Thai
"Wat Phrathat Pha Ngao".

The evidence, each kind from data or the document, never from the token's shape alone:

- **wordfreq has seen the token** as a word of the language or of the borrowing one (at zipf
  ``_SEEN_ZIPF``, below MT101's "known word" bar) and the name goes on after it (a capitalised
  word follows on the same line): "Hassanal Bolkiah". A glued word wordfreq never saw
  ("Mohammedbin Salman") stays a finding, and so does a word that links two names glued on
  ("Millerand Richard": wordfreq knows the French president, "and" is glued);
- **a romanised Chinese given name** (the token splits wholly into one or two pinyin
  syllables, ``resources/gazetteer/pinyin_names.json``) right after a common Chinese surname
  or right before one: "Zheng Xianglong", "Xianglong Zheng" (glue_names' tables);
- **a word glued on that never links two names**: between a capitalised word before and one
  after, on the same line, a glue word that is no preposition, article, particle or
  ``glue_words_between_names`` entry (English "and", "or") — "Phra|that Pha" — is the
  name's own letters. Only where the language lists ``glue_words_between_names``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from mtlint.checks import glue_names
from mtlint.checks.langdata import LanguageData
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import zipf

if TYPE_CHECKING:
    from mtlint.checks.glue import GlueTables

# wordfreq learnt rare names from the web at about this frequency ("hassanal" 1.39).
_SEEN_ZIPF = 1.0
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# Given names of one or two syllables (glue_names' reading of a pinyin name).
_GIVEN_SYLLABLES = (1, 2)


@lru_cache(maxsize=16)
def _between_names(data: LanguageData) -> frozenset[str]:
    return word_set(data, "glue_words_between_names")


def inside_name(
    text: str, span: tuple[int, int], split: tuple[str, str], tables: GlueTables, data: LanguageData
) -> bool:
    """Whether the capitalised token at ``span``, read as ``split`` (first part, glued word),
    is a word of a multi-word name rather than two words glued."""
    start, end = span
    token = text[start:end]
    if not token[:1].isupper():
        return False
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end, end + 40)
    previous = before.group(1) if before else ""
    following = after.group(1) if after else ""
    name_goes_on = following[:1].isupper()
    lower = token.lower()
    glued = split[1].lower()
    # A word that links two names ("Millerand Richard": "and") is glued on even to a token
    # wordfreq has seen ("millerand").
    links = glued in _between_names(data) or glued in tables.before_noun
    if name_goes_on and not links and _seen(lower, tables):
        return True
    pinyin = token.isascii() and glue_names.syllable_count(lower) in _GIVEN_SYLLABLES
    if pinyin and (glue_names.is_surname(previous) or glue_names.is_surname(following)):
        return True
    linking = _between_names(data)
    if not linking or not (name_goes_on and previous[:1].isupper()):
        return False
    if " " in glued or glued not in tables.glue:
        return False
    return not (links or glued in tables.particles)


def _seen(lower: str, tables: GlueTables) -> bool:
    if zipf(lower, tables.language) >= _SEEN_ZIPF:
        return True
    return bool(tables.borrowing) and zipf(lower, tables.borrowing) >= _SEEN_ZIPF
