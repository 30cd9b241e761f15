"""Broad, calibrated evidence for a common word capitalised mid-sentence (MT346, MT347;
checks/rules/casing_broad.py).

The precise casing rules (MT301, MT302, MT304, MT305, MT320) fire only on strong evidence; this
module takes every capitalised word inside a sentence whose lower-case form is a frequent word
of the language (wordfreq), that the document capitalises nowhere else mid-sentence, that is no
known name (gazetteer, the cased dictionary's name list) and does not stand in a title-case run,
after a colon, a quote or a list mark, or in a headline. What is left is sorted into *shapes* by
the words around it, and each shape carries the precision measured for it on the dev sets
(``resources/casing/broad.json``: the bands, with the measurement that set them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.casingdict import dictionary_table
from mtlint.checks.casingmid import mid_table
from mtlint.checks.casingscan import LayoutSkip, mid_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.textscan import chunk_text, find_words_upto, trie_pattern, unique_chunks
from mtlint.checks.wordlists import zipf


@dataclass(frozen=True)
class BroadCapital:
    start: int
    word: str
    # The shape: "fn" (a function word) or "word", then where it stands: "l" / "c" for the
    # word before (lower case, capitalised), "l" / "c" / "m" for the word after (or a mark).
    kind: str
    confidence: float


@dataclass(frozen=True)
class BroadTable:
    code: str
    zipf_floor: float
    # shape → confidence (the measured precision of its band); shapes not listed are dropped.
    bands: dict[str, float]
    # Words after which a capital is a name or a title ("said", "company", "mr").
    before_names: frozenset[str]
    # Words before which a capital run goes on into a name or a title ("of", "for", "and").
    name_links: frozenset[str]
    possessives: frozenset[str]
    # Words the cased dictionary's table lists for house style, not as names ("government",
    # "visit" before a link): judged, in shapes of their own ("h").
    house: frozenset[str]
    # Common words that are names too ("trump", "chase"): not judged after a small word.
    name_like: frozenset[str]
    # Function words that are content words too ("stato" in Italian, "plus" in French).
    not_function: frozenset[str]
    # The function words, articles and determiners (less ``not_function``): MT347's words.
    function: frozenset[str]
    # Whether any content-word shape is reported (English): else only function words are read.
    content: bool = False


@lru_cache(maxsize=1)
def _raw() -> dict:
    path = resources.files("mtlint.resources") / "casing" / "broad.json"
    return json.loads(path.read_text(encoding="utf-8"))


def broad_languages(content: bool = False) -> frozenset[str]:
    """The languages with bands (``content``: with a content-word shape, MT346's)."""
    return frozenset(
        code
        for code, raw in _raw()["languages"].items()
        if not content or any(not shape.startswith("fn") for shape in raw["bands"])
    )


@lru_cache(maxsize=32)
def broad_table(code: str) -> BroadTable | None:
    raw = _raw()["languages"].get(code)
    if raw is None:
        return None
    dictionary = dictionary_table(code)
    data = casing_data(code)
    before = set(raw.get("before_names", ()))
    links = set(raw.get("name_links", ()))
    if dictionary is not None:
        before |= dictionary.before_names
        links |= dictionary.name_links
    return BroadTable(
        code=code,
        zipf_floor=float(raw.get("zipf_floor", 3.0)),
        bands=dict(raw["bands"]),
        before_names=frozenset(before),
        name_links=frozenset(links),
        possessives=frozenset(raw.get("possessives", ()))
        | (dictionary.possessives if dictionary is not None else frozenset()),
        house=_house_words(code),
        name_like=dictionary.name_like if dictionary is not None else frozenset(),
        not_function=frozenset(raw.get("not_function", ())),
        function=frozenset(
            (data.function_words | data.stop_words | data.determiners)
            - set(raw.get("not_function", ()))
        ),
        content=any(not shape.startswith("fn") for shape in raw["bands"]),
    )


def _house_words(code: str) -> frozenset[str]:
    data = casing_data(code)
    house = mid_table(code)
    dictionary = dictionary_table(code)
    raw_house: set[str] = set()
    if dictionary is not None:
        path = resources.files("mtlint.resources") / "casing" / "dictionary" / f"{code}.json"
        raw_house = set(json.loads(path.read_text(encoding="utf-8")).get("house_style", ()))
    return frozenset(
        raw_house
        | data.link_lead_words
        | data.sentence_starters
        | data.comma_openers
        | data.title_nouns
        | house.institution_words
        | house.person_titles
        | house.house_style_words
    )


_WORD = r"[^\W\d_]"


def _capital_chunk_pattern() -> re.Pattern[str]:
    # A capitalised word as a chunk of its own or before , . ; : ) in the distinct chunks.
    return re.compile(f"\\n([{UPPER_CLASS}]{_WORD}+)[,.;:)]?(?=\\n|$)")


_CHUNK = _capital_chunk_pattern()


def _candidate_words(document: Document, code: str, table: BroadTable) -> set[str]:
    names = local_names(code, include_ambiguous=True)
    dictionary = dictionary_table(code)
    listed = dictionary.maybe_names if dictionary is not None else frozenset()
    data = casing_data(code)
    function = table.function
    words = set()
    for word in set(_CHUNK.findall(chunk_text(document))):
        if not word[1:].islower() or not word[0].isupper():
            continue
        lower = word.lower()
        if lower in names or lower in data.capitalised_ok or lower in data.calendar_words:
            continue
        if lower in function:
            words.add(word)
            continue
        if len(word) < 3 or data.nouns_capitalised or not table.content:
            continue
        if (lower in listed and lower not in table.house) or zipf(lower, code) < table.zipf_floor:
            continue
        words.add(word)
    return words


@lru_cache(maxsize=64)
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(f" ({trie_pattern(words)})(?=[ ,.;:!?)]|$)")


def _word_before(text: str, space: int) -> str:
    lo = max(0, space - 40)
    return text[max(text.rfind(" ", lo, space), text.rfind("\n", lo, space)) + 1 : space]


def _word_after(text: str, end: int) -> tuple[str, str]:
    """(the next token, the mark right after the word if any)."""
    mark = text[end : end + 1]
    if mark and mark != " ":
        return "", mark
    stop = end + 1
    while stop < len(text) and stop < end + 40 and not text[stop].isspace():
        stop += 1
    return text[end + 1 : stop], ""


def _before_shape(
    text: str,
    space: int,
    previous: str,
    function: frozenset[str],
    determiners: frozenset[str],
    possessives: frozenset[str],
) -> str:
    """How the word before stands: "c" capitalised, "l" a lower-case content word (or a
    number), "p" a possessive ("his Visit to"), "d" another article or determiner, "s" another
    small word; "" when a small word
    follows a capital (inside a name or a title: "Ministry of Health", "Oil and Gas")."""
    if previous[:1].isupper() and previous[1:].islower():
        return "c"
    if previous.isdigit():
        return "l"
    if not previous.islower():
        return ""
    if previous not in function:
        return "l"
    earlier = _word_before(text, space - len(previous) - 1)
    if not earlier or earlier[:1].isupper() or not earlier[-1:].isalnum():
        return ""
    if previous in possessives:
        return "p"
    return "d" if previous in determiners else "s"


def _function_then_lower(text: str, end: int, following: str, function: frozenset[str]) -> bool:
    """ "a clip of Difficulties The waste": the next word is a capitalised function word and
    the one after it is in lower case (a second stray capital or a lost full stop after the
    word, not a name running on)."""
    if following.lower() not in function or not following[1:].islower():
        return False
    return _word_after(text, end + 1 + len(following))[0][:1].islower()


def broad_capitals(document: Document, code: str) -> Iterator[BroadCapital]:
    table = broad_table(code)
    if table is None:
        return
    words = _candidate_words(document, code, table)
    if not words:
        return
    text = document.text
    data = casing_data(code)
    function = table.function
    pattern = _pattern(frozenset(words))
    skip = LayoutSkip(document)
    found: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    for match in mid_capital_matches(document, pattern):
        word = match.group(1)
        start = match.start(1)
        previous = _word_before(text, match.start())
        if not previous or not previous[-1].isalnum():
            continue
        seen[word] = seen.get(word, 0) + 1
        if previous.lower() in table.before_names:
            continue
        before = _before_shape(
            text, match.start(), previous, function, data.determiners, table.possessives
        )
        if not before:
            continue
        following, mark = _word_after(text, match.end(1))
        if mark:
            after = "m"
        elif following[:1].isupper():
            after = "f" if _function_then_lower(text, match.end(1), following, function) else "c"
        elif following[:1].islower():
            after = "l"
        else:
            after = "m"
        if before == "c" and after == "c" and not table.bands.get("fncc"):
            continue  # a title-case run: a headline, a title, an organisation
        if after == "l" and (
            following in table.name_links or (following in function and not data.nouns_capitalised)
        ):
            nxt = _word_after(text, match.end(1) + 1 + len(following))[0]
            if nxt[:1].isupper():
                continue  # "Ministry of Health", "Hall of Fame", "Life on Mars"
        if before == "s" and word.lower() in table.name_like:
            continue  # "after Trump had": a common word that is a surname too
        if skip(start, start + len(word)):
            continue
        lower = word.lower()
        head = "fn" if lower in function else ("house" if lower in table.house else "word")
        kind = head + before + after
        found.append((start, word, kind))
    if not found:
        return
    chunks = unique_chunks(document)
    # A content word the text capitalises anywhere else (a heading, a line's start: "Sphinx",
    # "Python") is its own usage; a function word, only when it is capitalised mid-sentence
    # more than once (every sentence may start with "The").
    content = {word for _, word, kind in found if not kind.startswith("fn")}
    counts = find_words_upto(text, dict.fromkeys(content, 2)) if content else {}
    for start, word, kind in found:
        if seen.get(word, 0) > 1 or len(counts.get(word, ())) > 1:
            continue
        lower = word.lower()
        evidence = "e" if (lower in chunks or f"{lower}," in chunks) else ""
        shape = kind + evidence
        confidence = table.bands.get(shape, table.bands.get(kind))
        if confidence is None:
            continue
        yield BroadCapital(start, word, shape, confidence)
