"""Evidence for MT325 (checks/rules/casing_halves.py): an institution's name written by halves
in a language whose names are in title case — one common word of the name left in lower case
between its capitals ("China Sewing machine Association") or at its start before a
conjunction ("the industrial and Technical Bureau"). Heads, joiners and the words that stand
between a name and an institution in good text: resources/casing/institutions/<lang>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingscan import mid_capital_matches, next_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import read_json, table_names
from mtlint.checks.textscan import language_data, trie_pattern, unique_chunks
from mtlint.checks.wordlists import zipf

# A lower-case word must be at least this common to be a word of the name, not a rare name.
_LOWER_ZIPF = 3.0
# The words before a head, on its line: letters, hyphens and apostrophes, or "&".
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|&")


@dataclass(frozen=True, eq=False)
class InstitutionTable:
    heads: frozenset[str]
    joiners: frozenset[str]
    adjective_endings: tuple[str, ...]
    not_inside: frozenset[str]
    coordinators: frozenset[str] = frozenset()
    article_names: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    modifier_followers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class HalfCased:
    start: int
    end: int
    written: str
    confidence: float


def institution_languages() -> frozenset[str]:
    return table_names("casing/institutions")


@lru_cache(maxsize=8)
def institution_table(code: str) -> InstitutionTable | None:
    if code not in institution_languages():
        return None
    raw = read_json("casing/institutions", f"{code}.json")
    return InstitutionTable(
        heads=frozenset(raw.get("heads", ())),
        joiners=frozenset(raw.get("joiners", ())),
        adjective_endings=tuple(raw.get("adjective_endings", ())),
        not_inside=frozenset(raw.get("not_inside", ())),
        coordinators=frozenset(raw.get("coordinators", ())),
        article_names=frozenset(raw.get("article_names", ())),
        articles=frozenset(raw.get("articles", ())),
        modifier_followers=frozenset(raw.get("modifier_followers", ())),
    )


@lru_cache(maxsize=8)
def _head_pattern(code: str, heads: frozenset[str]) -> re.Pattern[str]:
    """A head after a space (tried only where a capital follows a word: the casing rules'
    shared positions, casingscan.mid_capital_matches)."""
    table = casing_data(code)
    return re.compile(f" ({trie_pattern(frozenset(map(table.capitalise, heads)))})\\b")


class _Word(NamedTuple):
    """A word before a head and where it starts (read like a match: group, start, end)."""

    begin: int
    text: str

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.begin + len(self.text)


def _words_before(text: str, start: int) -> list[_Word]:
    """The words right before ``start`` on its line, nearest first, up to the first mark (a
    slice split at spaces: a regex per head cost ~0.05 s per 10 MB)."""
    low = max(0, start - 80)
    end = start - 1  # the space before the head
    segment = text[low:end]
    cut = segment.rfind("\n")
    whole = cut >= 0 or low == 0
    parts = segment[cut + 1 :].split(" ")
    words: list[_Word] = []
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if (index == 0 and not whole) or not part:
            break  # the slice may have cut the first word
        if not (part.isalpha() or part == "&" or _WORD.fullmatch(part)):
            break
        end -= len(part)
        words.append(_Word(end, part))
        end -= 1
        if len(words) == 5:
            break
    return words


def half_cased_institutions(document: Document, code: str) -> Iterator[HalfCased]:
    """One lower-case common word inside an institution's name in title case."""
    itable = institution_table(code)
    if itable is None:
        return
    table = casing_data(code)
    chunks = unique_chunks(document)
    heads = frozenset(h for h in itable.heads if table.capitalise(h) in chunks)
    if not heads:
        return
    text = document.text
    small = table.function_words | table.stop_words | itable.joiners
    followers = language_data(document).word_set("name_followers")
    names = local_names(code, include_ambiguous=True)

    def plain(word: str) -> bool:
        """A common lower-case word that may be a word of the name."""
        return (
            word.isalpha()
            and word.islower()
            and len(word) > 2
            and word not in small
            and word not in followers
            and word not in itable.not_inside
            and not word.endswith(table.verb_endings)
            and word not in names
            and zipf(word, code) >= _LOWER_ZIPF
        )

    def capital(word: str) -> bool:
        return word[:1].isupper() and word[1:].islower() and word.lower() not in small

    for head in mid_capital_matches(document, _head_pattern(code, heads)):
        words = _words_before(text, head.start(1))
        # "met Board members", "urges Department staff", "Office 365": a head before such a
        # noun or a number is a body or product named alone as a modifier; the lower-case
        # words before it are the sentence's own.
        if next_word(text, head.end()) in itable.modifier_followers or _DIGIT.match(
            text, head.end()
        ):
            continue
        found = _inside(words, plain, capital) or _first_before_and(
            words, plain, capital, itable, small
        )
        if found is not None:
            yield HalfCased(found.start(), found.end(), table.capitalise(found.group()), 0.6)
            continue
        pair = _lower_pair(words, plain, itable)
        if pair is not None:
            first, last = pair
            shown = text[first.start() : last.end()]
            written = " ".join(w if w in small else table.capitalise(w) for w in shown.split(" "))
            yield HalfCased(first.start(), last.end(), written, 0.55)


_DIGIT = re.compile(r" \d")


def _inside(words, plain, capital) -> re.Match[str] | None:
    """ "China Sewing machine Association": capitals (none or more) before the head, one plain
    lower-case word, and two capitals before it, or an acronym that opens the name ("WCU nano
    Research Center", with at least one capital between the word and the head)."""
    for index, word in enumerate(words):
        if capital(word.group()):
            continue
        before = words[index + 1 : index + 3]
        if not plain(word.group()):
            return None
        if len(before) == 2 and all(capital(w.group()) for w in before):
            return word
        if index and before and _ACRONYM.fullmatch(before[0].group()):
            return word
        return None
    return None


# An acronym that opens a name ("WCU", "KAIST"): two to six capitals.
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _first_before_and(
    words, plain, capital, itable: InstitutionTable, small: frozenset[str]
) -> re.Match[str] | None:
    """ "the industrial and Technical Bureau": capitals before the head, a conjunction, and an
    adjective in lower case that cannot stand without its noun, after a small word."""
    index = 0
    while index < len(words) and capital(words[index].group()):
        index += 1
    if index == 0 or index + 2 >= len(words):
        return None
    joiner, adjective, before = words[index], words[index + 1], words[index + 2]
    if joiner.group() not in ("and", "&") or not adjective.group().endswith(
        itable.adjective_endings
    ):
        return None
    if not plain(adjective.group()) or before.group() not in small:
        return None
    if index + 3 < len(words) and words[index + 3].group().lower() in itable.coordinators:
        return None  # "between the presidential and Foreign Office camps": two modifiers
    return adjective


def _lower_pair(
    words, plain, itable: InstitutionTable
) -> tuple[re.Match[str], re.Match[str]] | None:
    """ "the municipal agricultural and rural Bureau", "Jiangmen agriculture and rural Bureau":
    two common words joined by a conjunction, both in lower case, the one before the head an
    adjective, before a capitalised head: the name's words lost their capitals and its head
    kept one ("both federal and state Bureau officials" coordinates two names: not taken)."""
    if len(words) < 3:
        return None
    last, joiner, first = words[0], words[1], words[2]
    if joiner.group() not in ("and", "&") or not last.group().endswith(itable.adjective_endings):
        return None
    if len(words) > 3 and words[3].group() in itable.coordinators:
        return None
    if not (plain(first.group()) and plain(last.group())):
        return None
    return first, last


def joiners_before_heads(document: Document, code: str) -> Iterator[tuple[int, str]]:
    """MT321: "the Chongqing Ecology And Environment Bureau": a capitalised joiner between two
    capitals of a name that ends in an institution's head (after the head, "Ministry Of
    Health", checks/casingdict.py finds it). Found from the joiners (rare capitals) forward."""
    itable = institution_table(code)
    if itable is None:
        return
    table = casing_data(code)
    joiners = {table.capitalise(j) for j in itable.joiners if j.isalpha()}
    if not joiners & unique_chunks(document):
        return
    text = document.text
    for match in mid_capital_matches(document, _joiner_pattern(code, frozenset(joiners))):
        before = text[max(0, match.start() - 30) : match.start()].rsplit(" ", 1)[-1]
        if not (before.istitle() and before.isalpha()) or before in joiners:
            continue
        if _head_ahead(text, match.end(), table, itable):
            yield match.start(1), match.group(1)


@lru_cache(maxsize=8)
def _joiner_pattern(code: str, joiners: frozenset[str]) -> re.Pattern[str]:
    return re.compile(f" ({'|'.join(sorted(joiners))}) (?=[A-Z])")


def _head_ahead(text: str, start: int, table, itable: InstitutionTable) -> bool:
    """Capitalised words from ``start`` run on to an institution's head (four at most)."""
    for word in text[start : start + 80].split(" ")[:4]:
        bare = word.rstrip(",.;:)")
        if not (bare.istitle() and bare.isalpha()):
            return False
        if table.lower(bare) in itable.heads:
            return True
        if bare != word:
            return False
    return False


# A capitalised word, or a small word inside a name, after a space.
_NEXT = re.compile(r" ([^\W\d_][\w'’\-]*)")


def article_before_head(text: str, end: int, word: str, code: str) -> bool:
    """ "March 30, The Yuecheng District Civil Affairs Bureau held", "said The Ministry of
    Health": a capitalised article before a run of capitals that ends in an institution's head
    (the table's heads): institutions take "the" in lower case mid-sentence, so the capital is
    a stray one, not the first word of a title ("The Hague", "The Economist").
    Names that keep a capital "The" are left alone: a known place or name first ("The Ohio
    State University", "The Hague Academy": the gazetteer and the table's article_names), or
    one word before the head ("The Law Society", "The Open University"). Known false
    positives: "The University of Texas", "The Metropolitan Opera Association" (MT301 offers
    the lower case only, at 0.55)."""
    itable = institution_table(code)
    table = casing_data(code)
    if itable is None or table.lower(word) not in itable.articles:
        return False
    at, capitals = end, 0
    for _ in range(7):
        match = _NEXT.match(text, at)
        if match is None:
            return False
        following = match.group(1)
        lower = table.lower(following)
        if following[:1].isupper() and not following.isupper():
            capitals += 1
            if capitals == 1 and (lower in itable.article_names or lower in local_names(code)):
                return False
            if lower in itable.heads:
                return capitals != 2
        elif following not in itable.joiners or not capitals:
            return False
        at = match.end()
    return False
