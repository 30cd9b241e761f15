"""English phrases in title case left inside another language's sentence (MT516's term runs).

Machine translation keeps a multi-word English term whole when it reads it as a name: a
festival, an office, an institution ("el Dragon Boat Festival", "die İzmir Metropolitan
Municipality"). A phrase in title case looks like a name, so MT516's runs leave it alone; what
tells the term from a name the language keeps in English ("la Premier League") is how the
language's own text uses the words: a name it keeps is written in it often enough for its
word list to know its words (es "league" Zipf 3.9), a term MT left holds a word the language
hardly writes at all while English writes it everywhere (es "boat" 2.7 against 4.7, it
"autumn" 2.8 against 4.3, de "municipality" 1.4 against 3.7).

The evidence, each from wordfreq or the document:
- the run: two or more capitalised words side by side (a hyphen may join two: "Mid-Autumn"),
  each a word English uses (Zipf ``word_zipf``) no less than the text's own language less
  ``own_slack`` ("Festival" is Spanish too), none of them one of the text's own stop words;
- one of them at least *foreign*: English uses it at ``foreign_zipf`` or more and the text's
  own language under ``own_rare`` (MT516's leaning words are the candidates, so the scan starts
  only where such a word stands);
- the sentence goes on in the text's own language (two of its lower-case words around: a
  line in English is MT516's line reading, a heading no sentence);
- the document writes no English sentence of its own: a page that quotes English in lower
  case ("the", "and", "of" ``english_words`` times) cites titles and names in it on purpose;
- not quoted or bracketed, not code, no listed name, no title of a work (a run opened by an
  English article: "The Dark Knight").
Thresholds in resources/language/runs.json ``title_runs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingdict import dictionary_table
from mtlint.checks.foreignruns import leaning
from mtlint.checks.foreignwords import source_zipf
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.wordlists import zipf

# One capitalised word of a run (letters, maybe a hyphen to a second capitalised part).
_TITLE_WORD = re.compile(r"[A-ZÀ-ÖØ-Þİ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")
_SPACE = re.compile(r"[ \u00a0]")
_HYPHENED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_STRIP = "\"'“”‘’«»„()[]{},.;:!?…*"


@dataclass(frozen=True)
class TitleRuns:
    word_zipf: float
    own_slack: float
    foreign_zipf: float
    own_rare: float
    english_words: int
    min_words: int
    articles: frozenset[str]
    source: str  # the language whose terms are read ("en": the pivot of most MT)
    markers: tuple[str, ...]  # its small words: standing lower case, the text writes it


@lru_cache(maxsize=1)
def title_runs_table() -> TitleRuns:
    raw = resource_json("language", "runs.json")["title_runs"]
    return TitleRuns(
        word_zipf=raw["word_zipf"],
        own_slack=raw["own_slack"],
        foreign_zipf=raw["foreign_zipf"],
        own_rare=raw["own_rare"],
        english_words=raw["english_words"],
        min_words=raw["min_words"],
        articles=frozenset(raw["source_articles"]),
        source=raw["source"],
        markers=tuple(f" {word} " for word in raw["source_markers"]),
    )


@lru_cache(maxsize=65536)
def _english_word(word: str, code: str) -> bool:
    """``word`` (one part, lower case) is a word English uses, not less than the text's own."""
    if word in casing_data(code).stop_words:
        return False
    table = title_runs_table()
    theirs = source_zipf(word, table.source)
    return theirs >= table.word_zipf and theirs >= zipf(word, code) - table.own_slack


@lru_cache(maxsize=65536)
def _foreign_word(word: str, code: str) -> bool:
    """English writes ``word`` everywhere and the text's own language hardly at all."""
    table = title_runs_table()
    theirs = source_zipf(word, table.source)
    return theirs >= table.foreign_zipf and zipf(word, code) < table.own_rare


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    """English words that may be names or are small words (Webster's capitalised forms, the
    casing tables: resources/casing/dictionary/en_names.txt and en.json): a run holding one
    ("Thomas Cook Retail", "Light From Above", "General Manager") reads as a name."""
    table = dictionary_table(title_runs_table().source)
    return table.maybe_names if table is not None else frozenset()


@lru_cache(maxsize=65536)
def _named(word: str) -> bool:
    return any(part in _english_names() for part in _parts(word))


def _parts(word: str) -> list[str]:
    return word.lower().split("-")


def _run_word_at(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word that ends just before ``start`` behind one space, if any."""
    if start < 2 or not _SPACE.match(text, start - 1):
        return None
    begin = start - 1
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
        begin -= 1
    return _TITLE_WORD.fullmatch(text, begin, start - 1)


def title_run(text: str, start: int, end: int, code: str) -> tuple[int, int] | None:
    """The run of capitalised English words around the word at ``text[start:end]`` (itself a
    capitalised word), as (start, end), when it holds ``min_words`` words or more and one of
    them is foreign to the text's own language; else None."""
    words: list[tuple[int, int]] = []
    # Back from the word to the run's first word, then forward to its last.
    begin = start
    while begin > 0 and text[begin - 1] == "-" and begin > 1 and text[begin - 2].isalpha():
        begin = text.rfind(" ", 0, begin) + 1  # "Mid-Autumn": the hit is its second part
    first = _TITLE_WORD.match(text, begin)
    if first is None or not all(_english_word(p, code) for p in _parts(first.group())):
        return None
    words.append(first.span())
    # A capitalised neighbour that may be a name makes the whole a name ("Nissan Technical
    # Center"); a neighbour English does not write ends the run ("İzmir").
    while (before := _run_word_at(text, words[0][0])) is not None:
        if not all(_english_word(p, code) for p in _parts(before.group())):
            break
        if _named(before.group()):
            return None
        words.insert(0, before.span())
    at = words[-1][1]
    while _SPACE.match(text, at) and (after := _TITLE_WORD.match(text, at + 1)) is not None:
        if text[after.end() : after.end() + 1].isalnum():
            break
        if not all(_english_word(p, code) for p in _parts(after.group())):
            break
        if _named(after.group()):
            return None
        words.append(after.span())
        at = after.end()
    table = title_runs_table()
    shown = [text[s:e] for s, e in words]
    if shown[0].lower() in table.articles or any(map(_named, shown)):
        return None  # the title of a work keeps its article ("The Dark Knight"); a name
    if len(words) < table.min_words or not end <= words[-1][1]:
        return None
    if not any(_foreign_word(p, code) for w in shown for p in _parts(w)):
        return None
    return words[0][0], words[-1][1]


def hyphened_capitals(text: str, chunks: Iterator[str], code: str) -> list[tuple[int, int]]:
    """Where the document's capitalised hyphened words with an English leaning part stand
    ("Mid-Autumn": the leaning words are read from whole chunks, so "autumn" inside one is
    not among them)."""
    found = []
    source = title_runs_table().source
    for chunk in [c for c in chunks if "-" in c]:
        word = chunk.strip(_STRIP)
        if not _HYPHENED.fullmatch(word):
            continue
        if not any(
            (lean := leaning(part, code)) is not None and source in lean.languages
            for part in _parts(word)
        ):
            continue
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
                found.append((at, end))
            at = text.find(word, end)
    return found


def writes_english(text: str, code: str, chunks: frozenset[str]) -> bool:
    """The document writes English of its own: its lower-case "the", "and", "of", "with",
    "for" between spaces stand ``english_words`` times or more (a page quoting English keeps
    English titles and names on purpose). ``chunks``: the document's distinct chunks, which
    say first whether any of them stands at all (a set look-up; the text is counted only
    then, a literal count at C speed)."""
    table = title_runs_table()
    if code == table.source:
        return True
    limit = table.english_words
    count = 0
    for word in table.markers:
        if word.strip() not in chunks:
            continue
        count += text.count(word)
        if count >= limit:
            return True
    return False


def title_runs(
    text: str, capitals: Iterator[tuple[int, int]], code: str
) -> Iterator[tuple[int, int]]:
    """The distinct runs around the capitalised leaning words at ``capitals`` (in text
    order), each once."""
    last_end = -1
    for start, end in capitals:
        if start < last_end:
            continue
        found = title_run(text, start, end, code)
        if found is not None:
            last_end = found[1]
            yield found
