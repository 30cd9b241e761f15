"""Evidence for MT378 (checks/rules/casing_institutions.py): an institution's name whose head
noun MT left in lower case after a proper word ("Rockford institute", "Qassim university",
"Lawrence technology university (LTU)"), or whose head opens it in lower case before "of" and a
place ("the university of new Mexico").

The name is read from the words around the head, not from a list of names: a capitalised word
the language does not write as a common word or a demonym (web2's common-only words,
checks/casingdict.py; the table's not_proper words and adjective endings), right before the
head or one or two lower-case words before it. Evidence raises the band: the same name written
with capitals elsewhere in the text, or an acronym in brackets after it whose letters are the
name's initials ("(LTU)"). Heads, the words before which the phrase is a kind of school, not
its name ("a Texas university"), and the nouns after which the head is a modifier ("Ohio
college football"): resources/casing/institutions/<lang>.json (lowered_heads,
generic_before, not_proper, demonyms, head_modifiers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingdict import common_only_words
from mtlint.checks.casingscan import LayoutSkip, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import read_json, table_names
from mtlint.checks.textscan import find_words, looks_technical, unique_chunks, word_gate

# Bands (confidence = precision measured for each on the dev and clean English of the
# h22names scan, BENCHMARKS.md "h22names"): the text's own capitalised spelling or an acronym
# of the name's initials; a proper word right before the head. Lower-case words between the
# proper word and the head are read with evidence only ("Lawrence attended community college"
# is no name).
EVIDENCE = 0.85
SHAPE = 0.6
# Before a place: in these words the head is a school of the place, not its name ("in Texas
# college is dear"); a superlative or an ordinal before a head that "of" follows makes a
# description ("the oldest university of Mexico").
_PLACE_BEFORE = frozenset({"in", "across", "throughout", "outside", "inside", "around"})
# After these the proper word is mostly an event, a period or a cause, not a school's name, and
# the head starts the sentence's own words ("After Brexit university funding fell"): the shape
# alone is no evidence there; the text's own capitals or an acronym still are.
_TIME_BEFORE = frozenset(
    {"after", "before", "since", "until", "till", "during", "following", "amid", "despite"}
)
_RANKS = frozenset({"only", "first", "second", "third", "main", "top", "leading", "sole", "best"})


@dataclass(frozen=True, eq=False)
class HeadTable:
    heads: frozenset[str]
    # The table's other heads ("committee", "bureau"): read with the text's evidence only
    # ("the Kelmore committee" beside "the Kelmore Committee"), never by the shape.
    evidence_heads: frozenset[str]
    generic_before: frozenset[str]
    not_proper: frozenset[str]
    demonyms: frozenset[str]
    adjective_endings: tuple[str, ...]
    modifiers: frozenset[str]
    joiners: frozenset[str]


@dataclass(frozen=True)
class LowerHead:
    start: int
    end: int
    written: str
    confidence: float
    why: str
    # The whole name as it should read ("Qassim University"), for the message.
    name: str = ""


def head_languages() -> frozenset[str]:
    return frozenset(
        code
        for code in table_names("casing/institutions")
        if read_json("casing/institutions", f"{code}.json").get("lowered_heads")
    )


@lru_cache(maxsize=8)
def head_table(code: str) -> HeadTable | None:
    if code not in head_languages():
        return None
    raw = read_json("casing/institutions", f"{code}.json")
    return HeadTable(
        heads=frozenset(raw["lowered_heads"]),
        evidence_heads=frozenset(raw.get("heads", ())) - frozenset(raw["lowered_heads"]),
        generic_before=frozenset(raw.get("generic_before", ())),
        not_proper=frozenset(raw.get("not_proper", ())),
        demonyms=frozenset(raw.get("demonyms", ())),
        adjective_endings=tuple(raw.get("adjective_endings", ())),
        modifiers=frozenset(raw.get("head_modifiers", ())),
        joiners=frozenset(raw.get("joiners", ())),
    )


# The words before a head, read back from it: a capitalised word and up to two lower-case
# words ending right before the head. Tried only before the heads the word search found (a
# pattern tried at every capital of the text cost 2 s on 50 MB).
_NAME_BEFORE = re.compile(r"(?<![\w\-&.])([A-Z][a-z]{2,})((?: [a-z]{3,}){0,2}) $")
# After a head: "of", a lower-case word or none, and a capitalised word.
_PLACE_AFTER = re.compile(r" of ((?:[a-z]{3,} )?)([A-Z][a-z]{2,})\b")
_LOOK_BACK = 80


def lower_heads(document: Document, code: str) -> Iterator[LowerHead]:
    table = head_table(code)
    if table is None:
        return
    chunks = unique_chunks(document)
    heads = [head for head in table.heads | table.evidence_heads if head in chunks]
    if not heads:
        return
    found = find_words(document.text, heads, word_gate(document))
    spans = sorted((start, end, head) for head, places in found.items() for start, end in places)
    skip = LayoutSkip(document)
    readings = (
        *_names_before_heads(document, table, code, spans),
        *_heads_before_places(document, table, code, spans),
    )
    for reading in readings:
        if not skip(reading.start, reading.end):
            yield reading


def _proper(word: str, table: HeadTable, code: str) -> bool:
    """A capitalised word that names (Rockford, Qassim, Lawrence), not a common word written
    with a capital (State, Research), a demonym or a religion's adjective (Chinese, Catholic,
    Thai)."""
    lower = casing_data(code).lower(word)
    return not (
        lower in table.not_proper
        or lower in table.demonyms
        or lower in common_only_words(code)
        or lower.endswith(table.adjective_endings)
    )


def _names_before_heads(
    document: Document, table: HeadTable, code: str, spans: list[tuple[int, int, str]]
) -> Iterator[LowerHead]:
    text = document.text
    casing = casing_data(code)
    small = casing.function_words | casing.determiners
    places = local_names(code, include_ambiguous=True)
    for head_start, end, head in spans:
        match = _NAME_BEFORE.search(text, max(0, head_start - _LOOK_BACK), head_start)
        if match is None:
            continue
        name, middle = match.group(1), match.group(2).split()
        if not _proper(name, table, code) or casing.lower(name) in small:
            continue
        if any(word in small or word in table.generic_before for word in middle):
            continue
        before = previous_word(text, match.start() - 1)
        after = next_word(text, end)
        if (
            casing.lower(before) in table.generic_before
            or (before[:1].isupper() and casing.lower(before) not in small)
            or (casing.lower(before) in _PLACE_BEFORE and casing.lower(name) in places)
            or _longer_name(text, match.start(), before, table)
            or after in table.modifiers
            or after in table.heads  # "polytechnic institute": the name goes on
            or after in table.evidence_heads
            or text[end : end + 1] == "-"
            or looks_technical(text, match.start(), end)
        ):
            continue
        words = [name, *(word.capitalize() for word in middle), head.capitalize()]
        written = " ".join(words)
        evidence = _evidence(document, end, written, words)
        if evidence:
            confidence, why = EVIDENCE, evidence
        elif middle or head in table.evidence_heads or casing.lower(before) in _TIME_BEFORE:
            continue
        else:
            confidence, why = SHAPE, "a proper name before a lower-case head"
        start = match.start(2) + 1 if middle else head_start
        yield LowerHead(start, end, written[len(name) + 1 :], confidence, why, written)


def _longer_name(text: str, start: int, before: str, table: HeadTable) -> bool:
    """The proper word ends a longer name a joiner holds together ("the Voices for Africa
    association": the head describes the whole name, which the text may write so)."""
    if before not in table.joiners:
        return False
    at = start - len(before) - 2  # the space before the joiner
    word = previous_word(text, at)
    opening = text[: max(0, at - len(word))].rstrip(" ")[-1:]
    # A capital that opens the sentence is no evidence ("Staff of Kelmore institute").
    return word[:1].isupper() and opening not in ("", ".", "!", "?", "\n", ":")


def _evidence(document: Document, end: int, written: str, words: list[str]) -> str:
    """Why the name is certain: the text writes it with capitals, or an acronym of its
    initials follows it in brackets."""
    text = document.text
    if written in unique_chunks(document) or find_words(text, {written}):
        return "the text writes it with capitals elsewhere"
    bracket = re.match(r" \(([A-Z]{2,6})\)", text[end : end + 10])
    if bracket and bracket.group(1) == "".join(word[0] for word in words):
        return f"the acronym {bracket.group(1)} follows it"
    return ""


def _heads_before_places(
    document: Document, table: HeadTable, code: str, spans: list[tuple[int, int, str]]
) -> Iterator[LowerHead]:
    """ "the university of new Mexico": a lower-case head opening a name before "of" and a
    place or a proper word; the place's own lower-case word is written too when the gazetteer
    knows the place ("New Mexico")."""
    text = document.text
    casing = casing_data(code)
    names = local_names(code, include_ambiguous=True)
    for head_start, head_end, head in spans:
        match = _PLACE_AFTER.match(text, head_end) if head in table.heads else None
        if match is None or text[head_start - 1 : head_start] == "-":
            continue
        lead, place = match.group(1).strip(), match.group(2)
        written_before = previous_word(text, head_start - 1)
        before = casing.lower(written_before)
        if (
            before in table.generic_before
            or before in _RANKS
            or before.endswith("est")
            or written_before[:1].isupper()
        ):
            continue
        if lead:
            known = names.get(f"{lead} {casing.lower(place)}")
            if known is None:
                continue
            place = known
        elif not (_proper(place, table, code) and casing.lower(place) in names):
            continue
        if next_word(text, match.end(2)) in table.modifiers:
            continue
        yield LowerHead(
            head_start,
            match.end(),
            f"{head.capitalize()} of {place}",
            SHAPE,
            "a lower-case head before 'of' and a place",
        )
