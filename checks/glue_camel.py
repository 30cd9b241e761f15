"""Glue at a capital that needs knowledge of names (used by MT102 and MT108): a known place
glued to the name after it ("RussiaVladimir Putin"), a name particle glued to the name it
introduces ("Hospital delSur", "deMadrid"), a known organisation's acronym glued to a name
("the UNGuterres"). Each split needs evidence beyond its shape: a known name (the gazetteer,
pycountry), the next word capitalised (the name goes on) or a part standing alone elsewhere
in the document. The tables are the language's: ``name_particles`` and ``camel_particles``
(particles of other languages' names: Portuguese "do", "dos"; resources/typography) and its
gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.langdata import LanguageData
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import proper_nouns, zipf

# "RussiaVladimir", "GermanyOlaf": a capitalised name, then a capitalised word.
_PLACE_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})")
# "deMadrid", "delSur": a lower-case particle, then a capitalised word.
_PARTICLE_NAME = re.compile(r"([a-z]{2,4})([A-Z][a-z]{2,})")
# The word after a token: capitalised means a multi-word name goes on ("… Putin").
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")

# The second part of a place + name: at least this well known (a given name), and below the
# common words that make brands with a place ("QatarEnergy", "IndiaToday", "ChinaDaily").
_GIVEN_NAME_ZIPF = (2.0, 4.0)
# The word after a particle ("del|Sur", "de|Madrid"): a known name, or this well known
# ("deGrom", "deGrasse" are names written so).
_AFTER_PARTICLE_ZIPF = 3.0


@lru_cache(maxsize=32)
def _tables(data: LanguageData) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known one-word names in lower case, name particles, known acronyms)."""
    names = frozenset(name for name in proper_nouns(data) if " " not in name)
    acronyms = frozenset(
        name for name in data.gazetteer if name.isupper() and name.isalpha() and len(name) <= 5
    )
    particles = word_set(data, "name_particles") | word_set(data, "camel_particles")
    return names, particles, acronyms


def known_acronym(acronym: str, data: LanguageData) -> bool:
    """Whether the gazetteer lists the acronym as an organisation ("UN", "NATO")."""
    return acronym in _tables(data)[2]


def place_name_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A known place glued to a given name or another capitalised word ("RussiaVladimir"):
    (place, word), context still to be checked (see place_name_in_context)."""
    match = _PLACE_NAME.fullmatch(core)
    if not match or zipf(core, language):
        return None
    head, tail = match.groups()
    names = _tables(data)[0]
    if head.lower() not in names:
        return None
    least, most = _GIVEN_NAME_ZIPF
    tail_zipf = zipf(tail, language)
    if tail.lower() not in names and not least <= tail_zipf < most:
        return None
    return head, tail


def place_name_in_context(text: str, end: int, tail: str, words: set[str]) -> bool:
    """Whether a multi-word name goes on after the token ("RussiaVladimir Putin") or its
    second part stands alone elsewhere in the document."""
    after = _NEXT_WORD.match(text, end, end + 40)
    return bool(after and after.group(1)[0].isupper()) or tail in words


def particle_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A name particle glued to the capitalised name after it ("delSur", "deMadrid"): the
    name known, or well known as a word."""
    match = _PARTICLE_NAME.fullmatch(core)
    if not match or zipf(core, language):
        return None
    head, tail = match.groups()
    names, particles, _ = _tables(data)
    if head not in particles:
        return None
    if tail.lower() not in names and zipf(tail, language) < _AFTER_PARTICLE_ZIPF:
        return None
    return head, tail
