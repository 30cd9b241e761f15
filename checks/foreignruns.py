"""Per-word language evidence for words left in another language (MT516).

A word *leans* to another language when wordfreq says that language uses it well (Zipf
``min_zipf`` or more in its list of common words) and clearly more than the text's own language
(``margin`` Zipf points), and the text's own language does not know it well (under
``own_known``: a loanword it uses is its own — "computer", "weekend" in Italian). The words
that can lean are computed once per text language (a set); a document's distinct chunks are
intersected with it at C speed, and only the few words found are placed in the text and read
in their context (``runs``): two or more leaning words of one language side by side are a run.
The thresholds and the languages asked come from resources/language/runs.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import methodcaller

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import ForeignWord, foreign_words, quick_source_words, source_zipf
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import chunk_text, find_words, unique_chunks, word_gate
from mtlint.checks.wordlists import frequent_prefix, wordfreq_languages, zipf

_STRIP = "\"'“”‘’«»„()[]{},.;:!?…*"
_STRIP_MARKS = methodcaller("strip", _STRIP)
# Between two words of a run: spaces, or a hyphen or dash set off by spaces.
_GAP = re.compile(r"[ \u00a0]+(?:[-–][ \u00a0]+)?")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class RunsTable:
    min_zipf: float
    margin: float
    own_known: float
    single_min_zipf: float
    opener_own_max: float
    opener_margin: float
    neighbour_zipf: float
    sources: tuple[str, ...]


def _raw() -> dict:
    return resource_json("language", "runs.json")


@lru_cache(maxsize=32)
def runs_table(code: str) -> RunsTable:
    raw = _raw()
    listed = raw["sources"].get(code, raw["sources"]["*"])
    known = wordfreq_languages()
    return RunsTable(
        min_zipf=raw["min_zipf"],
        margin=raw["margin"],
        own_known=raw.get("own_known_for", {}).get(code, raw["own_known"]),
        single_min_zipf=raw["single_min_zipf"],
        opener_own_max=raw["opener_own_max"],
        opener_margin=raw["opener_margin"],
        neighbour_zipf=raw["neighbour_zipf"],
        sources=tuple(s for s in listed if s != code and s in known),
    )


def run_languages() -> frozenset[str]:
    """The text languages MT516 reads (runs.json ``languages``)."""
    return frozenset(_raw()["languages"])


@lru_cache(maxsize=32)
def latin_words_table(code: str) -> tuple[float, frozenset[str], tuple[str, ...]]:
    """For a text of another script: the Zipf at which its own list makes a Latin word its
    own, the Latin loans it writes under that bar, and the stems of its nouns naming a
    control or code element (the Latin word after one is a label: "кнопку start")."""
    raw = _raw()
    return (
        raw["latin_own_known"],
        frozenset(raw["latin_loans"].get(code, ())),
        tuple(raw["ui_nouns"].get(code, ())),
    )


@lru_cache(maxsize=32)
def loan_phrases(code: str) -> frozenset[str]:
    """Established phrases of another language the text's own writes ("machine learning")."""
    phrases = _raw()["loan_phrases"]
    return frozenset(phrases.get(code, phrases["*"]))


def mt504_words(document: Document, code: str) -> dict[str, ForeignWord]:
    """The lower-case words MT504 weighs (once per document, shared by MT504 and MT516: a
    word MT504 reads is its, MT516 stays off it)."""
    return document.analysis.get(
        "untranslated:mt504", lambda: foreign_words(unique_chunks(document), code)
    )


@dataclass(frozen=True)
class Leaning:
    """A word's evidence: the language it leans to most, its Zipf there and in the text's own,
    and every source language it leans to (Romance words are often common in two or three:
    "presenta", "gabinete")."""

    language: str
    theirs: float
    own: float
    languages: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def _own_known(code: str) -> frozenset[str]:
    """The words the text's language knows well (Zipf ``own_known`` or more): its own, loans
    included. wordfreq's list runs from the most common word down, so a prefix."""
    return frequent_prefix(code, 10 ** (runs_table(code).own_known - 9))  # shared with MT340


@lru_cache(maxsize=65536)
def leaning(word: str, code: str) -> Leaning | None:
    """The language ``word`` (lower case) leans to in a text of ``code``, if any."""
    table = runs_table(code)
    mine = zipf(word, code)
    if mine >= table.own_known:
        return None
    strong = {}
    for source in table.sources:
        theirs = source_zipf(word, source)
        if theirs >= table.min_zipf and theirs - mine >= table.margin:
            strong[source] = theirs
    if not strong:
        return None
    best = max(strong, key=strong.__getitem__)
    return Leaning(best, round(strong[best], 2), round(mine, 2), frozenset(strong))


def _stripped_heads(document: Document) -> frozenset[str]:
    """The document's distinct chunks less their punctuation, in lower case (once per
    document; C-level maps)."""
    return document.analysis.get(
        "untranslated:heads",
        lambda: frozenset(map(str.lower, map(_STRIP_MARKS, unique_chunks(document)))),
    )


def candidate_words(document: Document, code: str) -> dict[str, Leaning]:
    """The document's words that lean to another language: its distinct words among the
    source languages' common words that MT504 reads too (one set intersection, at C speed),
    less those its own language knows well; only these few are weighed one by one."""
    if code not in wordfreq_languages() or not runs_table(code).sources:
        return {}
    present = (_stripped_heads(document) & quick_source_words(code)) - _own_known(code)
    found = {}
    for word in present:
        if len(word) >= 2 and word.isalpha() and (evidence := leaning(word, code)) is not None:
            found[word] = evidence
    return found


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    word: str
    leaning: Leaning


def hits(document: Document, words: dict[str, Leaning]) -> list[Hit]:
    """Where the leaning words stand in the text as whole words, in the forms it writes them
    (lower case, capitalised, capitals: asked of the distinct chunks first), in text order.
    ``str.find`` per word for a few words, one automaton scan for many: a case-blind regex
    over the whole text cost 0.3 s per 10 MB."""
    if not words:
        return []
    chunks = chunk_text(document)
    forms = {}
    for word in words:
        for form in {word, word[:1].upper() + word[1:], word.upper()}:
            if form in chunks:
                forms[form] = word
    text = document.text
    found = [
        Hit(start, end, form, words[forms[form]])
        for form, spans in find_words(text, forms, word_gate(document)).items()
        for start, end in spans
    ]
    found.sort(key=lambda hit: hit.start)
    return found


def runs(text: str, found: list[Hit], code: str) -> Iterator[list[Hit | tuple[int, int]]]:
    """Groups of hits of one language that stand side by side (spaces between, or one word
    the language knows too: "level of detail" holds "of"); each bridge word is given as its
    span. Groups of one hit are yielded too (single words are judged by the rule)."""
    group: list[Hit | tuple[int, int]] = []
    last: Hit | None = None
    shared: frozenset[str] = frozenset()
    for hit in found:
        common = shared & hit.leaning.languages
        if last is not None and common:
            bridge = _bridge(text, last.end, hit.start, common_language(common, hit), code)
            if bridge is not None:
                if bridge != ():
                    group.append(bridge)
                group.append(hit)
                last, shared = hit, common
                continue
        if group:
            yield group
        group, last, shared = [hit], hit, hit.leaning.languages
    if group:
        yield group


def common_language(languages: frozenset[str], hit: Hit) -> str:
    """The language a group of hits shares, the first hit's best one when it is shared."""
    return hit.leaning.language if hit.leaning.language in languages else min(languages)


def group_language(placed: list[Hit]) -> str:
    """The language every hit of a group leans to (``runs`` keeps only such groups)."""
    shared = placed[0].leaning.languages
    for hit in placed[1:]:
        shared &= hit.leaning.languages
    return common_language(shared, placed[0]) if shared else placed[0].leaning.language


def _bridge(text: str, end: int, start: int, language: str, code: str) -> tuple | None:
    """() when only a gap lies between two hits, a bridge word's span when one word the
    source language knows at least as well as the text's own does, else None."""
    if start - end > 40:
        return None
    gap = _GAP.fullmatch(text, end, start)
    if gap is not None:
        return ()
    first = _GAP.match(text, end, start)
    if first is None:
        return None
    word = _WORD_AT.match(text, first.end(), start)
    if word is None or _GAP.fullmatch(text, word.end(), start) is None:
        return None
    lower = word.group().lower()
    theirs = source_zipf(lower, language)
    if theirs < 3.0 or theirs < zipf(lower, code):
        return None
    return (word.start(), word.end())


# A line (or what follows its label: "Leggi anche: …") left in another language: at least this
# many words leaning to it, and at least this share of its words.
_LINE_HITS = 4
_LINE_SHARE = 0.5
_LABEL = re.compile(r"[^\n:]{0,40}:[ \u00a0]+")
# A reference or citation line keeps its title in its language on purpose.
_CITATION = re.compile(r"\(\d{4}[a-z]?\)|\bdoi\b|\bISBN\b|\bet al\.|\bpp?\. ?\d|https?://|www\.")
CITATION = _CITATION  # MT522 reads it too (checks/foreignsegments.py)
_LINE_WORDS = re.compile(r"(?<![\w-])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w-])")


def headline_runs(text: str, found: list[Hit], code: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) of lines, or of what follows a short label on them, written in
    another language: title case too ("Leggi anche: Crypto Losses Fall 83% Despite …"), as
    a line is no name. Words of the text's own in lower case anywhere on it rule it out."""
    by_line: dict[int, list[Hit]] = {}
    for hit in found:
        by_line.setdefault(text.rfind("\n", 0, hit.start) + 1, []).append(hit)
    for line_start, placed in by_line.items():
        if len(placed) < _LINE_HITS:
            continue
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        label = _LABEL.match(text, line_start, line_end)
        start = label.end() if label else line_start
        every = frozenset().union(*(h.leaning.languages for h in placed))
        language = max(sorted(every), key=lambda s: _count(placed, s))
        mine = [h for h in placed if h.start >= start and language in h.leaning.languages]
        words = _LINE_WORDS.findall(text, start, line_end)
        if len(mine) < _LINE_HITS or len(mine) < _LINE_SHARE * len(words):
            continue
        if any(_own_lowercase(word, code, language) for word in words):
            continue
        if _CITATION.search(text, line_start, line_end):
            continue
        if label and _label_foreign(text, line_start, label.end(), placed, language):
            start = line_start  # "Read also: …": the label was left too
        end = line_end
        while end > start and text[end - 1] in " \t\r\u00a0":
            end -= 1
        yield start, end, language


def _label_foreign(text: str, start: int, end: int, placed: list[Hit], language: str) -> bool:
    """Every word of the label leans to ``language`` too."""
    words = _LINE_WORDS.findall(text, start, end)
    leaning = sum(start <= h.start < end and language in h.leaning.languages for h in placed)
    return bool(words) and leaning == len(words)


def _count(placed: list[Hit], language: str) -> int:
    return sum(language in h.leaning.languages for h in placed)


def _own_lowercase(word: str, code: str, other: str) -> bool:
    """A lower-case word the text's own language uses well and ``other`` clearly less (not
    "a", "in", which both use)."""
    if not word.islower() or not word.isalpha():
        return False
    own = zipf(word, code)
    return own >= 3.5 and source_zipf(word, other) < own - 1.0


_SENTENCE_MARK = re.compile(r"[.!?…]\s|\n")
# A run left inside a sentence of the text's own: the sentence keeps at least this many of its
# own lower-case words outside the run (else the sentence itself is foreign: MT502's).
_OWN_AROUND = 2


def own_words_around(text: str, start: int, end: int, code: str, other: str) -> bool:
    """The sentence around ``text[start:end]`` goes on in the text's own language: at least
    ``_OWN_AROUND`` lower-case words of its own outside the span ("появились … для частных")."""
    left = max(0, start - 300)
    sentence_start = left
    for mark in _SENTENCE_MARK.finditer(text, left, start):
        sentence_start = mark.end()
    after = _SENTENCE_MARK.search(text, end, min(len(text), end + 300))
    sentence_end = after.start() if after else min(len(text), end + 300)
    outside = _LINE_WORDS.findall(text, sentence_start, start)
    outside += _LINE_WORDS.findall(text, end, sentence_end)
    return sum(_own_lowercase(word, code, other) for word in outside) >= _OWN_AROUND
