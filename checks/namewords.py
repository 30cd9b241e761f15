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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from mtlint.checks.casingdict import common_only_words
from mtlint.checks.casingscan import mid_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import scarce_words
from mtlint.checks.textscan import alnum_gate, chunk_text, find_all, unique_chunks
from mtlint.checks.wordgate import overlaps_itself
from mtlint.checks.wordlists import zipf

if TYPE_CHECKING:
    from mtlint.checks.registry import Rule
    from mtlint.checks.wordgate import WordGate

_WORD = r"[A-Za-z][\w’'\-]*"


@dataclass(frozen=True)
class NameWord:
    start: int
    end: int
    written: str
    confidence: float
    reason: str


def name_word_findings(
    rule: Rule, document: Document, words: Iterable[NameWord], skip: Callable[[int, int], bool]
) -> Iterator[Finding]:
    """Each word's finding (MT348–MT351, MT361–MT363): the name's writing as an unsafe fix,
    unless ``skip`` says the word stands in a headline, a title-case line or a URL."""
    text = document.text
    for word in words:
        if skip(word.start, word.end):
            continue
        shown = text[word.start : word.end]
        yield rule.finding(
            word.start,
            word.end,
            f"'{shown}' should be '{word.written}': {word.reason}",
            fixes=[
                Fix(
                    (Edit(word.start, word.end, word.written),),
                    Applicability.UNSAFE,
                    f"write '{word.written}'",
                )
            ],
            confidence=word.confidence,
        )


@dataclass(frozen=True)
class NameTable:
    heads: frozenset[str]
    joiners: frozenset[str]
    place_heads: frozenset[str]
    surnames: frozenset[str]
    capital_surnames: tuple[str, ...]
    syllable: re.Pattern[str]
    romanised: re.Pattern[str]
    head_pattern: re.Pattern[str]
    chunk_heads: re.Pattern[str]
    romanised_after: re.Pattern[str]
    openers: frozenset[str]
    lower_heads: frozenset[str]
    free_modifiers: frozenset[str]
    followers: frozenset[str]
    # Heads of campaigns and events ("Month", "Week", "Fair"): judged only with the text's
    # evidence, never by the shape without it ("the second Week" is a stray capital).
    evidence_heads: frozenset[str] = frozenset()


@cache
def name_table(code: str) -> NameTable | None:
    try:
        raw = resource_json("casing/namewords", f"{code}.json")
    except FileNotFoundError:
        return None
    # A head as the table writes it: "Committee" capitalised, "CPPCC" in capitals.
    evidence_heads = frozenset(raw.get("evidence_heads", ()))
    written = {
        head.lower(): head if head.isupper() else _cap(head)
        for head in (*raw["heads"], *evidence_heads)
    }
    heads = frozenset(written)
    places = frozenset(raw["place_heads"])
    pinyin = resource_json("gazetteer", "pinyin_names.json")
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return NameTable(
        heads=heads,
        joiners=frozenset(raw["joiners"]),
        place_heads=places,
        surnames=frozenset(raw["surnames"]) | frozenset(pinyin["surnames"]),
        capital_surnames=tuple(
            sorted({_cap(name) for name in (*raw["surnames"], *pinyin["surnames"])})
        ),
        syllable=re.compile(raw["syllable"]),
        # A word made of romanised syllables ("hallim", "panan"): the syllable's pattern
        # without its anchors, repeated.
        romanised=re.compile("(?:" + raw["syllable"].strip("^$") + ")+"),
        # A head in either case, as a whole word ("Committee", "committee").
        head_pattern=re.compile(rf"\b(?i:{alternatives})\b"),
        chunk_heads=re.compile(
            r"(?<=[\n\"“(])(" + "|".join(sorted(written.values(), key=len, reverse=True)) + r")\b"
        ),
        romanised_after=re.compile(
            r" (?:" + "|".join(sorted(raw["romanised_heads"], key=len, reverse=True)) + r")\b"
        ),
        openers=frozenset(raw["openers"]),
        lower_heads=frozenset(raw["lower_heads"]),
        free_modifiers=frozenset(raw["free_modifiers"]),
        followers=frozenset(
            resource_json("casing/institutions", f"{code}.json")["modifier_followers"]
        ),
        evidence_heads=evidence_heads,
    )


def namewords_languages() -> frozenset[str]:
    return frozenset({"en"})


def _words_before(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` word spans right before ``start``, nearest last, within one clause."""
    spans: list[tuple[int, int]] = []
    end = start
    while len(spans) < count:
        match = re.search(r"(?<![\w’'\-])(\w[\w’'\-]*) +$", text[max(0, end - 40) : end])
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


def _window(
    text: str, start: int, end: int, joiners: frozenset[str]
) -> tuple[list[tuple[int, int]], int]:
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
    return [*before, (start, end), *after], len(before)


def name_word_drift(document: Document, code: str) -> Iterator[NameWord]:
    """Words of a name in lower case that the document writes capitalised in that name."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    chunks = chunk_text(document)
    # The heads the text capitalises somewhere (one C-speed search of the distinct chunks);
    # each is then found by a scan led by its literal, and in lower case only after a capital.
    present = set(table.chunk_heads.findall(chunks))
    if not present:
        return
    seen: set[int] = set()
    gate = alnum_gate(document)
    for head in sorted(present):
        lower = head.lower()
        for start, end in _occurrences(text, head, gate):
            if _worth_a_window(text, start, end, table):
                window, index = _window(text, start, end, table.joiners)
                yield from _judge_window(text, window, index, table, seen)
        if lower not in table.lower_heads or f"\n{lower}" not in chunks:
            continue
        for start, end in _occurrences(text, lower, gate):
            if _after_capital(text, start):
                window, index = _window(text, start, end, table.joiners)
                yield from _judge_window(text, window, index, table, seen)


def _occurrences(text: str, word: str, gate: WordGate | None = None) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands as a whole word (``str.find``: the fastest literal search; with
    the ``alnum_gate`` of a large text, only in the windows that may hold it)."""
    size = len(word)
    if gate is None or overlaps_itself(word):
        hits: Iterable[int] = _each(text, word)
    else:  # the hits never overlap: the next search from one place on finds the same
        hits = find_all(text, word, gate)
    for at in hits:
        end = at + size
        if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            yield at, end


def _each(text: str, word: str) -> Iterator[int]:
    """The offsets of ``word`` in ``text``, each search from the end of the last hit."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _worth_a_window(text: str, start: int, end: int, table: NameTable) -> bool:
    """A word in lower case right before the head, or after its "of (the)": else no word of
    the name can be in lower case beside it."""
    before = [w.lstrip("\"“‘'(") for w in text[max(0, start - 30) : start].rsplit(None, 1)[-1:]]
    if before and before[0][:1].islower() and before[0].lower() not in table.joiners:
        return True
    after = text[end : end + 40].split(None, 3)
    if after[:1] == ["of"]:
        rest = [w for w in after[1:] if w.lower() not in table.joiners]
        return bool(rest) and rest[0][:1].islower()
    return False


def _after_capital(text: str, start: int) -> bool:
    """A capitalised word, not an article opening a sentence, right before ``start``."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    word = before.rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper() and word[0] not in ("The", "A", "An", "This")


def _judge_window(
    text: str, window: list[tuple[int, int]], head: int, table: NameTable, seen: set[int]
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
        return  # a whole name in lower case: MT308's (checks/rules/casing_institutions.py)
    for i in lower:
        word = words[i]
        if len(word) < 3 or (not word.isalpha() and "'" not in word and "’" not in word):
            continue
        evidence = _evidence(text, window, words, i, table)
        if evidence is None:
            continue
        seen.add(window[i][0])
        yield NameWord(window[i][0], window[i][1], _cap(word), *evidence)
    yield from _modifiers_before_head(text, window, words, head, table, seen)


def _modifiers_before_head(
    text: str,
    window: list[tuple[int, int]],
    words: list[str],
    head: int,
    table: NameTable,
    seen: set[int],
) -> Iterator[NameWord]:
    """One or two common words in lower case between an article, an ordinal or a possessive
    and a capitalised head ("the 10th national Congress", "the city's emergency management
    Bureau"): the name starts at the first of them, written by halves. No document evidence:
    the doubtful tier."""
    if not words[head][:1].isupper() or head == 0 or words[head].lower() in table.evidence_heads:
        return
    run = head
    while run > 0 and head - run < 2 and _plain_modifier(words[run - 1], table):
        run -= 1
    if run == head or window[run][0] in seen:
        return
    before = (
        window[run - 1] if run > 0 else next(iter(_words_before(text, window[run][0], 1)), None)
    )
    if before is None or text[before[1] : window[run][0]] != " ":
        return
    opener = text[before[0] : before[1]]
    if not (opener in table.openers or re.fullmatch(r"\d+(?:st|nd|rd|th)|[a-z]+['’]s", opener)):
        return
    if _words_after(text, window[head][1], 1) and table.followers.intersection(
        [text[a:b].lower() for a, b in _words_after(text, window[head][1], 1)]
    ):
        return  # "the city Council members": the body named alone as a modifier
    start, end = window[run][0], window[head - 1][1]
    seen.update(window[k][0] for k in range(run, head))
    written = " ".join(_cap(w) for w in words[run:head])
    yield NameWord(start, end, written, 0.35, "a word of a name before its capitalised head")


def _plain_modifier(word: str, table: NameTable) -> bool:
    """A common word in lower case that can start a name ("national", "emergency")."""
    lowered = word.lower()
    return (
        word[:1].islower()
        and len(word) >= 3
        and lowered not in table.joiners
        and lowered not in table.free_modifiers
        and not lowered.endswith(("ly", "ed"))
        and zipf(lowered.removesuffix("'s").removesuffix("’s"), "en") >= 2.5
    )


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
    # 0.75: measured 6 right of 8 on the real-MT dev and tuning sets (h23prior; 0.8 before, set
    # from 2): the wrong two a generic title ("a good county Party secretary") beside the name.
    for pair in pairs:
        if _mid_sentence(text, pair, starts_name=place and pair.startswith(word)):
            return 0.75, f"the text writes '{pair}' elsewhere"
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
    # The words English does not know are read once per document for the spelling rules
    # (checks/spelling.py); the few in lower case with a romanised shape are looked up.
    bar = 10 ** (1.0 - 9)
    gate = alnum_gate(document)
    for word, seen in scarce_words(document, "en").items():
        if seen >= bar or len(word) < 3 or not (word.islower() and word.isascii()):
            continue
        if not table.romanised.fullmatch(word):
            continue
        for start, end in islice(_occurrences(text, word, gate), 2):
            if not table.romanised_after.match(text, end):
                continue
            if start and text[start - 1] in "-/@#._":
                continue
            yield NameWord(start, end, _cap(word), 0.5, "no English word list knows it")


_HYPHENATED = re.compile(r"\b([A-Z][a-z]+)-([A-Za-z][a-z]+)\b")
_APOSTROPHE_S = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*['’]S\b(?!['’])")


def name_part_case(document: Document, code: str) -> Iterator[NameWord]:
    """Odd case inside a person's name."""
    table = name_table(code)
    if table is None:
        return
    text = document.text
    chunks = chunk_text(document)
    if "'S" in chunks or "’S" in chunks:
        for match in _APOSTROPHE_S.finditer(text):
            end = match.end()
            yield NameWord(end - 1, end, "s", 0.8, "a possessive 's is in lower case")
    yield from _hyphenated_drift(text, chunks, table.syllable)
    yield from _after_surname(document, chunks, table)


def _hyphenated_drift(text: str, chunks: str, syllable: re.Pattern[str]) -> Iterator[NameWord]:
    """ "Dong-Hoon" beside "Dong-hoon": the minority writing, when one writing is commoner.
    The writings are read in the distinct chunks, then counted and found in the text."""
    writings: dict[str, set[str]] = {}
    for match in _HYPHENATED.finditer(chunks):
        writings.setdefault(match.group(0).lower(), set()).add(match.group(0))
    for forms in writings.values():
        if len(forms) != 2:
            continue
        spellings = {
            form: list(re.finditer(r"\b" + re.escape(form) + r"\b", text)) for form in forms
        }
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
            second = match.group(0).split("-", 1)[1]
            if _opens_sentence(text, match.start()) and not syllable.fullmatch(second.lower()):
                # "Mid-autumn weather" opening a sentence beside "the Mid-Autumn Festival": a
                # generic compound in sentence case, not the name's case drift (review, h17ents)
                continue
            cut = match.start() + match.group(0).index("-") + 1
            yield NameWord(
                cut, match.end(), major.split("-", 1)[1], 0.6,
                f"the text writes '{major}' elsewhere",
            )  # fmt: skip


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in '.!?\n:;"“”«»'


def _after_surname(document: Document, chunks: str, table: NameTable) -> Iterator[NameWord]:
    """ "Kim jong Un", "Lee do-woon": romanised syllables in lower case after a surname, read
    at the casing rules' shared positions of a capital after a word (a surname opening a
    sentence is not read). Only surnames the text holds as a word, no frequent English word
    ("He", "So")."""
    present = [
        surname
        for surname in table.capital_surnames
        if f"\n{surname}\n" in chunks and zipf(surname, "en") < 5.5
    ]
    if not present:
        return
    pattern = re.compile(
        " (?=[A-Z])(?:" + "|".join(present) + r") ([a-z]+(?:-[a-z]+)?)(?= [A-Z][a-z]+\b|[ ,.;])"
    )
    text = document.text
    for match in mid_capital_matches(document, pattern):
        given = match.group(1)
        parts = given.split("-")
        if not all(table.syllable.match(part) for part in parts):
            continue
        hyphenated = len(parts) == 2
        followed = _CAPITAL_NEXT.match(text, match.end()) is not None
        if not hyphenated and not followed:
            continue  # "Park said": a verb or a word, not a given name
        if not hyphenated and zipf(given, "en") >= 4.0:
            continue  # "Lee and Kim"
        yield NameWord(
            match.start(1), match.end(1), _cap(given), 0.55,
            "a given name after a surname is capitalised",
        )  # fmt: skip


_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]+\b")
# An acronym of consonants only ("CPPCC", "DPRK") cannot be read as a word; one with vowels
# in lower case is often a technical name written so on purpose ("json", "ascii", "iana").
_VOWEL = re.compile("[AEIOU]")
_PUNCT = "\"'“”‘’()[]{}<>,.;:!?…*"


def lower_acronyms(document: Document, code: str) -> Iterator[NameWord]:
    """An acronym of consonants only that the text writes in capitals, here in lower case
    ("the county cppcc" beside "CPPCC"; "dprk's report" beside "DPRK"), possessive, plural or
    hyphenated too."""
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
        if token.lower() not in common and zipf(token, "en") < 3.0 and not _VOWEL.search(token)
    }
    if not candidates:
        return
    pattern = re.compile(r"(?<![\w@#/.])(" + "|".join(sorted(candidates)) + r")(?:s|['’]s)?\b")
    if not pattern.search(chunk_text(document)):
        return  # no chunk holds one in lower case
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
            match.start(1), match.end(1), written, 0.6,
            f"the text writes '{written}' elsewhere",
        )  # fmt: skip
