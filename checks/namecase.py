"""Which case a name takes, for the rules that compare a word's spellings in one document (MT307
acronyms in title case, MT334 names in capitals): the gazetteer's title-case names that are no
acronym, and the document's more frequent spelling of two."""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingtables import read_json
from mtlint.checks.entitycase import local_names
from mtlint.checks.textscan import find_words


@lru_cache(maxsize=1)
def english_acronyms() -> frozenset[str]:
    """The English gazetteer's names written in capitals (NATO, UNESCO, FIFA): acronyms in
    origin, whatever another language's house style writes ("Nato", "Unesco")."""
    return frozenset(
        written
        for written in local_names("en", include_ambiguous=True).values()
        if written.isupper() and written.isalpha()
    )


@lru_cache(maxsize=1)
def names_from_acronyms() -> frozenset[str]:
    """Names the English gazetteer writes in title case that are acronyms or blends of initials
    in origin, written in capitals by their owners (MERCOSUR, INTERPOL):
    names_from_acronyms in resources/casing/entity/en.json."""
    raw = read_json("entity", "en") or {}
    return frozenset(str(name).upper() for name in raw.get("names_from_acronyms", ()))


# Shorter words in capitals may be acronyms that a language writes in title case ("Otan").
_NAME_LETTERS = 5


def title_name(capitals: str, code: str) -> str | None:
    """The gazetteer's one-word name for a word in capitals when it writes it in title case and
    it is no acronym in origin ("MOSCOW" → "Moscow"; not "NATO" or "OTAN", whatever the
    language; not "MERCOSUR", a blend of initials its owners write in capitals)."""
    if len(capitals) < _NAME_LETTERS or capitals in english_acronyms():
        return None  # "OTAN", "ONU": acronyms some languages write in title case
    if capitals in names_from_acronyms():
        return None
    written = local_names(code, include_ambiguous=True).get(casing_data(code).lower(capitals))
    if written is None or written.isupper() or " " in written:
        return None
    return written


def more_often(text: str, first: str, second: str) -> bool:
    """``first`` stands as a word more often than ``second`` in ``text``."""
    spans = find_words(text, (first, second))
    return len(spans.get(first, ())) > len(spans.get(second, ()))
