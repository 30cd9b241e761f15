"""Entity case in any language: the names a language capitalises (its gazetteer plus pycountry's
country names in that language), inflected forms matched by stem, and the lower-case word after
a stray ellipsis where link text was cut. Used by MT303 (checks/rules/casing.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import CasingData, casing_data, localised_country_names, stem_match
from mtlint.checks.langdata import load_language_data
from mtlint.checks.wordlists import proper_nouns, zipf

# A lower-case word (any cased script) after "…" or "...", optionally a possessive.
_AFTER_ELLIPSIS = (
    re.compile(r"… ([^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)*)(?:['’]s)?\b"),
    re.compile(r"\.\.\. ([^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)*)(?:['’]s)?\b"),
)
_NEXT = re.compile(r" ([^\W\d_][^\W\d_\-]*)")


@lru_cache(maxsize=64)
def local_names(code: str, include_ambiguous: bool = False) -> dict[str, str]:
    """Lower-cased name → written form: the gazetteer (``proper_nouns``) and, for a language
    other than English, pycountry's country names translated into it; the casing table's
    ambiguous names (a name that is also a common word, such as Polish "polska") only when
    asked for."""
    data = load_language_data(code)
    names = dict(proper_nouns(data, include_ambiguous=include_ambiguous))
    if data.code != "en":
        table = casing_data(data.code)
        ambiguous = table.ambiguous_names
        if table.upper_map:  # Turkish "İstanbul" is "istanbul" in lower case, not "i̇stanbul"
            names = {table.lower(written): written for written in names.values()}
        for name in localised_country_names(data.code):
            key = table.lower(name)
            if key != name and (include_ambiguous or key not in ambiguous):
                names.setdefault(key, name)
        if not include_ambiguous:
            for key in ambiguous:
                names.pop(key, None)
    return names


@dataclass(frozen=True)
class EllipsisName:
    start: int
    # The capitalised spellings to offer, most likely first, each with the end of its span.
    choices: tuple[tuple[int, str], ...]
    confidence: float


def ellipsis_names(
    text: str, code: str, boundaries: frozenset[int] | set[int]
) -> Iterator[EllipsisName]:
    """Lower-case words right after a stray ellipsis that follows a preposition ("of…
    masujiro's", "в… владивостоком") or sits at a link boundary: most likely cut link text."""
    table = casing_data(code)
    names = local_names(code, include_ambiguous=True)
    matches = [m for pattern in _AFTER_ELLIPSIS for m in pattern.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        word = match.group(1)
        if not word[0].islower() or not text[match.start() - 1 : match.start()].isalpha():
            continue
        before = text[max(0, match.start() - 40) : match.start()].split()
        previous = table.lower(before[-1]).strip("\"'“”‘’(") if before else ""
        at_boundary = any(b in boundaries for b in range(match.start() - 1, match.start(1) + 1))
        if previous not in table.link_lead_words and not at_boundary:
            continue
        found = _name_choices(text, match.start(1), word, table, names, code)
        if found is not None:
            yield found


def _name_choices(
    text: str, start: int, word: str, table: CasingData, names: dict[str, str], code: str
) -> EllipsisName | None:
    end = start + len(word)
    nxt = _NEXT.match(text, end, end + 60)
    second = nxt.group(1) if nxt else ""
    pair_end = nxt.end() if nxt else end
    if second and f"{word} {second}" in names:
        return EllipsisName(start, ((pair_end, names[f"{word} {second}"]),), 0.75)
    known = stem_match(word, names, table)
    if known is not None:
        choices: tuple[tuple[int, str], ...] = ((end, known),)
        if _may_continue_name(second, table):  # "asia central": the name may go on
            choices += ((pair_end, f"{known} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, 0.75)
    if len(word) < 3 or word in table.function_words or word in table.stop_words:
        return None
    if word in table.sentence_starters or word in table.link_lead_words:
        return None
    single = (end, table.capitalise(word))
    if table.nouns_capitalised:
        # Every noun is capitalised: a lower-case word after the cut is the error unless a
        # capitalised word follows it (then it is an adjective or article before its noun).
        if second[:1].isupper():
            return None
        choices = (single,)
        if _may_continue_name(second, table):
            choices += ((pair_end, f"{single[1]} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, 0.6)
    frequency = zipf(word, code)
    if frequency >= table.name_zipf_ceiling:
        return None
    confidence = 0.65 if frequency < 3.0 else 0.55
    if not _surname_like(second, table, code):
        choices = (single,)
        if _may_continue_name(second, table):
            choices += ((pair_end, f"{single[1]} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, confidence)
    # "simon whitlock", "albert einstein": a less common second word is the surname.
    pair = (pair_end, f"{single[1]} {table.capitalise(second)}")
    return EllipsisName(start, (pair, single), confidence)


def _surname_like(second: str, table: CasingData, code: str) -> bool:
    return (
        len(second) > 2
        and second[0].islower()
        and zipf(second, code) < 4.0
        # "nintento unveiled": a verb or adverb form goes on with the sentence.
        and not second.endswith(table.verb_endings or ("\0",))
    )


def _may_continue_name(second: str, table: CasingData) -> bool:
    """A second lower-case word that may belong to the name ("asia central"): offered as an
    alternative, never preferred."""
    return (
        table.code != "en"
        and len(second) > 2
        and second[0].islower()
        and second not in table.function_words
        and second not in table.stop_words
        and second not in table.link_lead_words
    )


@lru_cache(maxsize=16)
def local_heads(code: str) -> dict[str, tuple[str, ...]]:
    """First word (lower case) of each name of ``local_names`` → the names starting with it,
    longest first."""
    heads: dict[str, list[str]] = {}
    for key in local_names(code):
        heads.setdefault(key.split(" ", 1)[0], []).append(key)
    return {head: tuple(sorted(keys, key=len, reverse=True)) for head, keys in heads.items()}


def inflected_names(code: str, lower_words: set[str]) -> dict[str, str]:
    """Lower-case words of the text that are case forms of a one-word name ("w paryżu",
    "в россии") → the written form; empty for a language without case endings."""
    table = casing_data(code)
    if not table.inflection_endings:
        return {}
    curated = curated_names(code)
    # Names that are also common words (pycountry's "Того" is Togo) are not stems to match.
    names = {k: v for k, v in local_names(code).items() if k in curated or zipf(k, code) < 3.0}
    found: dict[str, str] = {}
    for word in lower_words:
        if word in names or len(word) < 5 or not word.isalpha():
            continue
        written = stem_match(word, names, table)
        if written is not None:
            found[word] = written
    return found


@lru_cache(maxsize=64)
def curated_names(code: str) -> frozenset[str]:
    """The lower-cased names of the hand-made gazetteer (resources/gazetteer/<lang>.txt and the
    language table), as opposed to pycountry's translations, some of which are also common
    words ("Того", "Komory")."""
    table = casing_data(code)
    return frozenset(table.lower(w) for w in proper_nouns(load_language_data(code)).values())
