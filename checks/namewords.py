"""Evidence for entity case by mechanism (MT348–MT351, checks/rules/casing_namewords.py).

- ``name_word_drift``: a word of an institution's, assembly's or event's name left in lower case
  next to its head ("the Ministry of foreign Affairs", "the Provincial people's Committee",
  "the fourth Session"), or a whole name so written ("the municipal party committee"), when the
  document writes the same words capitalised elsewhere;
- ``romanised_places``: a word no English word list knows, in lower case before a place noun
  ("the hallim stream", "panan county");
- ``name_part_case``: odd case inside a person's name: a romanised syllable in lower case after
  an East Asian surname ("Kim jong Un", "Lee do-woon"), a hyphenated given name the document
  writes in another case ("Dong-Hoon" beside "Dong-hoon"), a capital S after an apostrophe
  ("McDonald'S").
Data: resources/casing/namewords/<lang>.json (English only today)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mtlint.checks.casingdict import common_only_words
from mtlint.checks.documents.base import Document
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import unique_chunks
from mtlint.checks.wordlists import zipf

_WORD = r"[A-Za-z][\w’'\-]*"


@dataclass(frozen=True)
class NameWord:
    start: int
    end: int
    written: str
    confidence: float
    reason: str


@dataclass(frozen=True)
class NameTable:
    heads: frozenset[str]
    joiners: frozenset[str]
    place_heads: frozenset[str]
    surnames: frozenset[str]
    syllable: re.Pattern[str]
    head_pattern: re.Pattern[str]
    place_pattern: re.Pattern[str]


@cache
def name_table(code: str) -> NameTable | None:
    try:
        raw = resource_json("casing/namewords", f"{code}.json")
    except FileNotFoundError:
        return None
    heads = frozenset(raw["heads"])
    places = frozenset(raw["place_heads"])
    pinyin = resource_json("gazetteer", "pinyin_names.json")
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return NameTable(
        heads=heads,
        joiners=frozenset(raw["joiners"]),
        place_heads=places,
        surnames=frozenset(raw["surnames"]) | frozenset(pinyin["surnames"]),
        syllable=re.compile(raw["syllable"]),
        # A head in either case, as a whole word ("Committee", "committee").
        head_pattern=re.compile(rf"\b(?i:{alternatives})\b"),
        place_pattern=re.compile(
            r"\b([a-z]{3,}) (?:" + "|".join(sorted(places, key=len, reverse=True)) + r")\b"
        ),
    )


def namewords_languages() -> frozenset[str]:
    return frozenset({"en"})


def _words_before(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` word spans right before ``start``, nearest last, within one clause."""
    spans: list[tuple[int, int]] = []
    end = start
    while len(spans) < count:
        match = re.search(rf"({_WORD}) +$", text[max(0, end - 40) : end])
        if not match:
            break
        offset = max(0, end - 40)
        spans.append((offset + match.start(1), offset + match.end(1)))
        end = offset + match.start(1)
    return spans[::-1]


def _words_after(text: str, end: int, count: int) -> list[tuple[int, int]]:
    return [
        (end + m.start(1), end + m.end(1))
        for m in re.finditer(rf" +({_WORD})", text[end : end + 60])
    ][:count]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _window(text: str, start: int, end: int, joiners: frozenset[str]) -> list[tuple[int, int]]:
    """The name around a head at ``start:end``: up to three words before it and "of (the) X
    (and Y)" after it, cut where a word is neither a joiner nor part of a name."""
    before = _words_before(text, start, 3)
    # Cut at a sentence mark between words.
    while before and re.search(r"[.!?;:,()\"“”]", text[before[0][1] : start]):
        before.pop(0)
    while before and text[before[0][0] : before[0][1]].lower() in joiners:
        before.pop(0)
    after: list[tuple[int, int]] = []
    following = _words_after(text, end, 4)
    if following and text[following[0][0] : following[0][1]] == "of":
        taken = [following[0]]
        for span in following[1:]:
            if re.search(r"[.!?;:,()\"“”]", text[taken[-1][1] : span[0]]):
                break
            taken.append(span)
        while taken and text[taken[-1][0] : taken[-1][1]].lower() in joiners:
            taken.pop()
        after = taken
    return [*before, (start, end), *after]


def name_word_drift(document: Document, code: str) -> Iterator[NameWord]:
    """Words of a name in lower case that the document writes capitalised in that name."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    chunks = unique_chunks(document)
    # A name with a capitalised head at all, and a head in lower case or a word before one.
    if not any(_cap(head) in chunks for head in table.heads):
        return
    seen: set[int] = set()
    for match in table.head_pattern.finditer(text):
        window = _window(text, match.start(), match.end(), table.joiners)
        yield from _judge_window(text, window, table, seen)


def _judge_window(
    text: str, window: list[tuple[int, int]], table: NameTable, seen: set[int]
) -> Iterator[NameWord]:
    words = [text[a:b] for a, b in window]
    content = [i for i, w in enumerate(words) if w.lower() not in table.joiners]
    lower = [i for i in content if words[i][:1].islower()]
    if not lower or len(content) < 2 or any(window[i][0] in seen for i in lower):
        return
    capitalised = [i for i in content if words[i][:1].isupper()]
    # Trim lower-case words before the name's first capital or head that carry no evidence
    # ("the plan of the Ministry"): the name written as the document writes it elsewhere.
    if not capitalised:
        return  # a whole name in lower case: MT308's (checks/rules/casing_entities.py)
    for i in lower:
        word = words[i]
        if len(word) < 3 or (not word.isalpha() and "'" not in word and "’" not in word):
            continue
        evidence = _evidence(text, window, words, i, table)
        if evidence is None:
            continue
        seen.add(window[i][0])
        yield NameWord(window[i][0], window[i][1], _cap(word), *evidence)


def _evidence(
    text: str, window: list[tuple[int, int]], words: list[str], i: int, table: NameTable
) -> tuple[float, str] | None:
    """Why ``words[i]`` belongs capitalised: the text writes it capitalised beside the same
    neighbour (a word of the name, not a joiner) elsewhere; a name's first word only where it
    starts a name there too when it is a place noun ("Datong County CPPCC" is no evidence for
    "the county CPPCC"; "Ha Tinh Provincial Party Committee" is for "the provincial Party
    Committee")."""
    word = _cap(words[i])
    first = all(w.lower() in table.joiners for w in words[:i])
    pairs = []
    if i > 0 and words[i - 1].lower() not in table.joiners:
        pairs.append(f"{words[i - 1]} {word}")
    if i + 1 < len(words) and words[i + 1].lower() not in table.joiners:
        pairs.append(f"{word} {words[i + 1]}")
    # A place noun capitalised after a place's name is the place's ("Datong County").
    place = first and words[i].lower() in table.place_heads
    for pair in pairs:
        if _mid_sentence(text, pair, starts_name=place and pair.startswith(word)):
            return 0.8, f"the text writes '{pair}' elsewhere"
    return None


def _mid_sentence(text: str, phrase: str, starts_name: bool = False) -> bool:
    """``phrase`` occurs in ``text`` after a word or a comma (not only at a sentence start);
    with ``starts_name``, after a word in lower case (not inside a longer name)."""
    at = text.find(phrase)
    while at != -1:
        if at > 1 and text[at - 1] == " " and text[at - 2] not in '.!?\n"“':
            before = text[max(0, at - 30) : at - 1].rsplit(None, 1)[-1:]
            if not starts_name or not before or not before[0][:1].isupper():
                return True
        at = text.find(phrase, at + 1)
    return False


def romanised_places(document: Document, code: str) -> Iterator[NameWord]:
    """A word English does not know, in lower case, before a place noun."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    for match in table.place_pattern.finditer(text):
        word = match.group(1)
        if zipf(word, "en") >= 1.0 or (match.start() and text[match.start() - 1] in "-/@#._"):
            continue
        yield NameWord(
            match.start(1), match.end(1), _cap(word), 0.5, "no English word list knows it"
        )


_HYPHENATED = re.compile(r"\b([A-Z][a-z]+)-([A-Za-z][a-z]+)\b")
_APOSTROPHE_S = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*['’]S\b(?!['’])")


def name_part_case(document: Document, code: str) -> Iterator[NameWord]:
    """Odd case inside a person's name."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    for match in _APOSTROPHE_S.finditer(text):
        end = match.end()
        yield NameWord(end - 1, end, "s", 0.8, "a possessive 's is in lower case")
    yield from _hyphenated_drift(text, table.syllable)
    yield from _after_surname(text, table)


def _hyphenated_drift(text: str, syllable: re.Pattern[str]) -> Iterator[NameWord]:
    """ "Dong-Hoon" beside "Dong-hoon": the minority writing, when one writing is commoner."""
    forms: dict[str, list[re.Match[str]]] = {}
    for match in _HYPHENATED.finditer(text):
        forms.setdefault(match.group(0).lower(), []).append(match)
    for matches in forms.values():
        spellings: dict[str, list[re.Match[str]]] = {}
        for match in matches:
            spellings.setdefault(match.group(0), []).append(match)
        if len(spellings) != 2:
            continue
        (major, more), (minor, fewer) = sorted(spellings.items(), key=lambda kv: -len(kv[1]))
        if len(more) == len(fewer):
            # A tie: romanised syllables write the part after the hyphen in lower case
            # ("Gil-dong"); other names ("Jean-Pierre", "Coca-Cola") are not judged.
            if not all(map(syllable.match, major.lower().split("-"))):
                continue
            if major.split("-")[1][:1].isupper():
                major, minor, more, fewer = minor, major, fewer, more
            if major.split("-")[1][:1].isupper():
                continue
        for match in fewer:
            yield NameWord(
                match.start(2), match.end(), major.split("-", 1)[1], 0.6,
                f"the text writes '{major}' elsewhere",
            )  # fmt: skip


def _after_surname(text: str, table: NameTable) -> Iterator[NameWord]:
    """ "Kim jong Un", "Lee do-woon": romanised syllables in lower case after a surname."""
    pattern = re.compile(r"\b([A-Z][a-z]+) ([a-z]+(?:-[a-z]+)?)(?= [A-Z][a-z]+\b|[ ,.;])")
    for match in pattern.finditer(text):
        if match.group(1).lower() not in table.surnames:
            continue
        given = match.group(2)
        parts = given.split("-")
        if not all(table.syllable.match(part) for part in parts):
            continue
        hyphenated = len(parts) == 2
        followed = re.match(r" [A-Z][a-z]+\b", text[match.end() :]) is not None
        if not hyphenated and not followed:
            continue  # "Park said": a verb or a word, not a given name
        if not hyphenated and zipf(given, "en") >= 4.0:
            continue  # "Lee and Kim"
        yield NameWord(
            match.start(2), match.end(2), _cap(given), 0.55,
            "a given name after a surname is capitalised",
        )  # fmt: skip


_PUNCT = "\"'“”‘’()[]{}<>,.;:!?…*"


def lower_acronyms(document: Document, code: str) -> Iterator[NameWord]:
    """An acronym the text writes in capitals, here in lower case ("the county cppcc" beside
    "CPPCC"; "kcna's report" beside "KCNA"), possessive, plural or hyphenated too."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    upper = {
        token
        for chunk in filter(str.isupper, unique_chunks(document))
        for token in re.split(r"[-/]", chunk.strip(_PUNCT).removesuffix("'S").removesuffix("’S"))
        if 3 <= len(token) <= 6 and token.isalpha() and token.isascii()
    }
    common = common_only_words(code)
    candidates = {
        token.lower(): token
        for token in upper
        if token.lower() not in common and zipf(token, "en") < 3.0
    }
    if not candidates:
        return
    pattern = re.compile(r"(?<![\w@#/.])(" + "|".join(sorted(candidates)) + r")(?:s|['’]s)?\b")
    counts: dict[str, int] = {}
    found = []
    for match in pattern.finditer(text):
        if (
            text[match.end() : match.end() + 2][:1] == "."
            and text[match.end() + 1 : match.end() + 2].isalnum()
        ):
            continue  # a domain ("cppcc.gov")
        found.append(match)
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    for match in found:
        lower = match.group(1)
        written = candidates[lower]
        if counts[lower] > text.count(written):
            continue  # the text's own writing
        yield NameWord(
            match.start(1), match.end(1), written, 0.7,
            f"the text writes '{written}' elsewhere",
        )  # fmt: skip
