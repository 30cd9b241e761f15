"""Every mid-sentence case choice of an English document and its features (h24caps, issue 11):
a capitalised word inside a sentence ("patients Infected", "was Officially opened") and a
lower-case name of the gazetteer, a month or a day ("the nato summit"), each with explainable
features from the shipped data (wordfreq, the casing tables, the gazetteer) and the document
alone, for a fitted reading of case as MT994's of unknown words (``checks/unknown_score.py``).

It lives in bench/, not in the engine, because no rule reads it: ``bench/case_tokens.py``
fits small gradient-boosted trees to these features on every English labelled set,
cross-validated by outlet, and out of fold they find no case error the casing rules
(MT301-MT378) miss at any useful precision (BENCHMARKS.md, "h24caps"). Pure Python over the
engine's own tables: a rule could move it into checks/ unchanged."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from math import log10

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingdict import common_only_words, dictionary_table
from mtlint.checks.casingscan import _mid_capitals, mark_capital_matches, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.lowernames import first_names, places
from mtlint.checks.textscan import find_words, looks_technical
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

LANGUAGE = "en"
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMMA_CAPITAL = re.compile(", (?=[A-Z])")
_SEMICOLON_CAPITAL = re.compile("; (?=[A-Z])")
_SENTENCE_END = ".!?"
_OPEN_QUOTES = "“‘«„"
_CLOSE_QUOTES = "”’»"
# Words that join the parts of a name ("Ministry of Finance", "Bank for International ...").
_JOINERS = frozenset(("of", "and", "for", "the", "de", "la", "del", "von", "van", "der", "&"))
_RUN_REACH = 6
# Below this Zipf in lower case a capitalised word is a name (``left_out``).
LOW_ZIPF = 3.0


@dataclass(frozen=True)
class Token:
    """One case choice: the word, its span, whether it is written capitalised (else lower)."""

    word: str
    start: int
    end: int
    capital: bool


def _zipf(word: str) -> float:
    frequency = frequency_dict(LANGUAGE).get(word, 0.0)
    return log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=1)
def _tables() -> dict[str, frozenset[str]]:
    table = casing_data(LANGUAGE)
    dictionary = dictionary_table(LANGUAGE)
    gazetteer = frozenset(local_names(LANGUAGE))
    return {
        "stop": table.stop_words | table.function_words,
        "determiner": table.determiners,
        "opener": table.sentence_starters | table.clause_openers | table.comma_openers,
        "calendar": table.calendar_words,
        "common_only": common_only_words(LANGUAGE),
        "maybe_name": dictionary.maybe_names if dictionary else frozenset(),
        "name_like": dictionary.name_like if dictionary else frozenset(),
        "gazetteer": gazetteer,
        "person": first_names() | places(),
        "institution": frozenset(word.lower() for word in table.institution_heads),
    }


@lru_cache(maxsize=32768)
def word_features(lowered: str) -> tuple[tuple[str, float], ...]:
    """The features of the word itself, in lower case (cached: the same in every document)."""
    tables = _tables()
    letters = len(lowered)
    return (
        ("zipf", _zipf(lowered)),
        ("one_letter", float(letters == 1)),
        ("stop", float(lowered in tables["stop"])),
        ("determiner", float(lowered in tables["determiner"])),
        ("opener", float(lowered in tables["opener"])),
        ("calendar", float(lowered in tables["calendar"])),
        ("common_only", float(lowered in tables["common_only"])),
        ("maybe_name", float(lowered in tables["maybe_name"])),
        ("name_like", float(lowered in tables["name_like"])),
        ("gazetteer", float(lowered in tables["gazetteer"])),
        ("person", float(lowered in tables["person"])),
        ("institution", float(lowered in tables["institution"])),
        ("ing", float(letters > 5 and lowered.endswith("ing"))),
        ("ed", float(letters > 4 and lowered.endswith("ed"))),
        ("ly", float(letters > 4 and lowered.endswith("ly"))),
        ("plural", float(letters > 3 and lowered.endswith("s") and not lowered.endswith("ss"))),
    )


def _line(text: str, start: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", start) + 1 or len(text) + 1) - 1


def _kind(word: str) -> str:
    """A word's case shape: upper (an acronym), capital, lower, number or empty."""
    if not word:
        return ""
    if word[0].isdigit():
        return "number"
    if len(word) > 1 and word.isupper():
        return "upper"
    return "capital" if word[0].isupper() else "lower"


def _previous(text: str, start: int) -> tuple[str, str]:
    """The mark or word before ``start`` on its line: (mark, word); a word when a space or
    nothing stands between, else the mark."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] in "\n\r":
        return "line", ""
    char = text[at - 1]
    if char.isalnum():
        return "", previous_word(text, at)
    return char, ""


def _next(text: str, end: int) -> tuple[str, str]:
    """The mark right after the word, or the next word after one space."""
    char = text[end : end + 1]
    if char != " ":
        return char or "line", ""
    match = _WORD_AT.match(text, end + 1)
    return ("", match.group()) if match else (text[end + 1 : end + 2] or "line", "")


def _run(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """How many capitalised words (joined by single spaces, name joiners allowed inside) stand
    right before and right after the word, on its line."""
    before = 0
    at = start
    for _ in range(_RUN_REACH):
        if at - 2 < low or text[at - 1] != " ":
            break
        word = previous_word(text, at - 1)
        if not word or not (word[0].isupper() or word in _JOINERS):
            break
        at -= len(word) + 1
        before += word[0].isupper()
    after = 0
    at = end
    for _ in range(_RUN_REACH):
        if at + 1 >= high or text[at] != " ":
            break
        match = _WORD_AT.match(text, at + 1)
        if not match or not (match.group()[0].isupper() or match.group() in _JOINERS):
            break
        at = match.end()
        after += match.group()[0].isupper()
    return before, after


def _line_shape(line: str) -> tuple[float, float]:
    """The share of the line's longer words that are capitalised, and whether it ends as a
    sentence does."""
    words = [word for word in _WORD_AT.findall(line) if len(word) > 3]
    share = sum(word[0].isupper() for word in words) / len(words) if words else 0.0
    ends = line.rstrip()[-1:]
    return share, float(bool(ends) and ends in _SENTENCE_END + '"”')


def _quoted(text: str, start: int, low: int) -> bool:
    before = text[low:start]
    opened = sum(before.count(mark) for mark in _OPEN_QUOTES)
    closed = sum(before.count(mark) for mark in _CLOSE_QUOTES if mark != "’")
    return opened > closed or before.count('"') % 2 == 1


_MARKS = {",": "comma", ";": "semicolon", "-": "dash", "–": "dash", "—": "dash", "line": "line"}


def _previous_features(text: str, start: int) -> dict[str, float]:
    mark, word = _previous(text, start)
    found = {"prev_" + _MARKS.get(mark, "mark"): 1.0} if mark else {}
    if word:
        lowered = word.lower()
        tables = _tables()
        kind = _kind(word)
        found["prev_" + kind] = 1.0
        if lowered in tables["determiner"]:
            found["prev_determiner"] = 1.0
        elif lowered in tables["stop"]:
            found["prev_stop"] = 1.0
    return found


def _next_features(text: str, end: int) -> dict[str, float]:
    mark, word = _next(text, end)
    if word:
        return {"next_" + _kind(word): 1.0, "next_stop": float(word.lower() in _tables()["stop"])}
    if mark in _SENTENCE_END:
        return {"next_end": 1.0}
    return {"next_" + _MARKS.get(mark, "mark"): 1.0}


@dataclass(frozen=True)
class Evidence:
    """What the whole document says: its words as written, how often each candidate is written
    in the same case at a candidate place. (Not how dense its capitals are: MT994's page
    density made correct rare words louder the more a text had, review h23.)"""

    written: frozenset[str]
    counts: Mapping[str, int]


def evidence(document: Document, tokens: list[Token]) -> Evidence:
    return Evidence(document_words(document), Counter(token.word for token in tokens))


def left_out(token: Token) -> bool:
    """A capitalised word the gazetteer names (a given name, a town, a country) or the web
    hardly knows in lower case (Zipf < 3: a name): settled before scoring, at run time and in
    the fit alike (9,582 of 19,149 candidates of the dev table, 6 of 68 on a gold case span)."""
    if not token.capital:
        return False
    found = dict(word_features(token.word.lower()))
    return found["zipf"] < LOW_ZIPF or bool(found["gazetteer"] or found["person"])


def features(text: str, token: Token, found_in: Evidence) -> dict[str, float]:
    """Every feature of ``token``: the word's own, its neighbours, its line, its document."""
    word, start, end = token.word, token.start, token.end
    lowered = word.lower()
    found = dict(word_features(lowered))
    low, high = _line(text, start)
    found.update(_previous_features(text, start))
    found.update(_next_features(text, end))
    before, after = _run(text, start, end, low, high)
    share, ends = _line_shape(text[low:high])
    other = lowered if token.capital else word[:1].upper() + word[1:]
    found.update(
        (
            ("capital", float(token.capital)),
            ("run_before", min(before, 3) / 3),
            ("run_after", min(after, 3) / 3),
            ("line_title", share),
            ("line_sentence", ends),
            ("quoted", float(_quoted(text, start, low))),
            ("other_case", float(other in found_in.written)),
            ("same_case", min(found_in.counts.get(word, 1) - 1, 4) / 2),
        )
    )
    return found


def _capital_token(text: str, at: int) -> Token | None:
    match = _WORD_AT.match(text, at)
    if match is None:
        return None
    word = match.group()
    if word == "I" or not (len(word) == 1 or word[1:].islower()):
        return None
    mark, _word = _previous(text, at)
    if mark in _CLOSE_QUOTES + ')"' and text[at - 3 : at - 2] in _SENTENCE_END:
        return None  # a sentence ends inside the quote or bracket before it
    return Token(word, at, match.end(), True)


def capital_tokens(document: Document) -> list[Token]:
    """Capitalised words after a word and a space, a comma or a semicolon (the shared capital
    positions of ``casingscan``), outside URLs, paths and code."""
    text = document.text
    places = [space + 1 for space in _mid_capitals(document)]
    places += [m.start() + 2 for m in mark_capital_matches(document, ",", _COMMA_CAPITAL)]
    places += [m.start() + 2 for m in mark_capital_matches(document, ";", _SEMICOLON_CAPITAL)]
    tokens = []
    for at in sorted(places):
        token = _capital_token(text, at)
        if token is not None and not looks_technical(text, token.start, token.end):
            tokens.append(token)
    return tokens


def lower_tokens(document: Document) -> list[Token]:
    """Lower-case words whose written form is capitalised: a name of the gazetteer, a month or
    a day (where the document writes them)."""
    tables = _tables()
    words = [
        word
        for word in document_words(document)
        if word.islower() and (word in tables["gazetteer"] or word in tables["calendar"])
    ]
    if not words:
        return []
    text = document.text
    return [
        Token(word, start, end, False)
        for word, spans in find_words(text, words).items()
        for start, end in spans
        if not looks_technical(text, start, end)
    ]


def candidates(document: Document) -> list[tuple[Token, dict[str, float]]]:
    """Every case choice of the document with its features (the harness labels each, the rule
    scores each)."""
    tokens = capital_tokens(document) + lower_tokens(document)
    if not tokens:
        return []
    found_in = evidence(document, tokens)
    text = document.text
    return [(token, features(text, token, found_in)) for token in tokens if not left_out(token)]
