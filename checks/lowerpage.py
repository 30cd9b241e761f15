"""Names on a page written all in lower case (MT328).

Some engines and sites lower-case a whole page (a ministry's briefing transcript, an MT
aggregator's feed): every sentence starts in lower case and every name lost its capitals. The
page itself is the evidence that case was lost, so a word here needs less proof of being a name
than MT303 asks for in a normally cased text:

- a Chinese name in pinyin: a common surname followed by a given name of one or two pinyin
  syllables, neither a common word of the page's language nor of English ("lin jian", "xi
  jinping", "wang yi");
- an acronym the gazetteer writes in capitals (English gazetteer and the page's own), unless the
  page's language uses the letters as a word of its own (Italian "nato" is "born");
- a word the language does not know right after a title of office ("il primo ministro anwar");
- a known name joined to another by a hyphen or a colon ("cina-malesia", "jian:cina"), where
  MT303's word boundaries do not look;
- a gazetteer name that is also a generic phrase (MT303's ``evidence_names``: "state council",
  "spring festival"), which MT303 takes only where the text writes it capitalised too: on a
  lower-cased page no capital can be written, so the page is the evidence (not after "a",
  "every" … or a possessive: "a state council on aging", "our spring festival"; nor before
  "of": "the three kingdoms of the north", "the warring states of europe" stay common noun
  phrases).

Data: resources/casing/names/lower_page.json; the gazetteers through entitycase.local_names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import read_json
from mtlint.checks.textscan import looks_technical
from mtlint.checks.wordlists import zipf

MIN_WORDS = 8  # a lower-case line shorter than this is a caption, a tag list, a menu
MAX_CHARS = 200_000  # a page, not a book: a long file is never read line by line
LOWER_SHARE = 0.6  # of the page's characters in lower-case lines
# A generic-looking name on such a page: 11 of 13 readings on the 257k words of dev and clean
# English lower-cased wholesale were written with capitals (Wilson 95 % low 0.58; BENCHMARKS.md
# h21case); no generic use of the phrases occurs there, so the hold-backs are untested on real text.
PHRASE = 0.6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_END = re.compile(r"[.,;:!?()\n]")


@dataclass(frozen=True, slots=True)
class PageName:
    start: int
    end: int
    written: str
    reason: str
    confidence: float


@dataclass(frozen=True)
class _PageData:
    surnames: frozenset[str]
    syllables: frozenset[str]
    titles: dict[str, frozenset[str]]
    acronyms: tuple[str, ...]
    # Pinyin pairs written in lower case as common nouns ("feng shui", "kung fu").
    loanwords: frozenset[str] = frozenset()
    # Per language: possessives, links and determiners around a generic-looking phrase.
    phrase_context: dict[str, dict[str, frozenset[str]]] | None = None


@lru_cache(maxsize=1)
def _page_data() -> _PageData:
    raw = read_json("casing/names", "lower_page.json")
    syllables = {
        initial + final
        for initial in ["", *raw["pinyin_initials"]]
        for final in raw["pinyin_finals"]
    }
    return _PageData(
        frozenset(raw["pinyin_surnames"]),
        frozenset(syllables),
        {code: frozenset(words) for code, words in raw["titles"].items()},
        tuple(raw["acronyms"]),
        frozenset(raw.get("loanwords", ())),
        {
            code: {key: frozenset(words) for key, words in table.items()}
            for code, table in raw.get("phrase_context", {}).items()
        },
    )


def lower_regions(document: Document) -> list[tuple[int, int]]:
    """The stretches of a page written wholly in lower case: the whole text, or on a page of
    lines, every lower-case line when at least two long ones are lower case and the
    lower-case lines hold most of its text (a capitalised menu or headline left around a
    lower-cased body). Empty for a normally cased text (the first capital ends
    ``str.islower``'s scan) and for a long file (a book is not read line by line)."""
    text = document.text
    if text.islower():
        return [(0, len(text))] if len(text.split(None, MIN_WORDS)) > MIN_WORDS else []
    if len(text) > MAX_CHARS or text.count("\n") < 2:
        return []
    lower: list[tuple[int, int]] = []
    lower_chars = long_lower = 0
    start = 0
    for line in text.split("\n"):
        # str.islower stops at a line's first capital: a normally cased page costs a glance
        # per line.
        if line.islower():
            lower.append((start, start + len(line)))
            lower_chars += len(line)
            long_lower += line.count(" ") >= MIN_WORDS - 1
        start += len(line) + 1
    # Two lower-case lines of sentences make the page; its short lines (a byline, a source
    # line) are then lower-cased with it.
    if long_lower < 2 or lower_chars < LOWER_SHARE * len(text.strip()):
        return []
    return lower


def _pinyin(word: str, syllables: frozenset[str], most: int = 2) -> bool:
    """``word`` is one to ``most`` pinyin syllables ("jinping" = jin + ping)."""
    if word in syllables:
        return True
    if most < 2:
        return False
    return any(
        word[:cut] in syllables and _pinyin(word[cut:], syllables, most - 1)
        for cut in range(1, len(word))
    )


def _common(word: str, code: str, bar: float) -> bool:
    return zipf(word, code) >= bar or (code != "en" and zipf(word, "en") >= bar + 0.5)


def page_names(document: Document, code: str) -> Iterator[PageName]:
    """Names that lost their capitals on a lower-cased page (the phrases last)."""
    regions = lower_regions(document)
    if not regions:
        return
    yield from _words_on_page(document, code, regions)
    yield from _phrases_on_page(document.text, code, regions)


def _words_on_page(
    document: Document, code: str, regions: list[tuple[int, int]]
) -> Iterator[PageName]:
    text = document.text
    data = _page_data()
    names = local_names(code)
    acronyms = _acronyms(code)
    titles = data.titles.get(code, frozenset())
    for region_start, region_end in regions:
        words = list(_WORD.finditer(text, region_start, region_end))
        previous = ""
        skip_until = -1  # words already reported as part of a name
        for index, match in enumerate(words):
            word = match.group()
            start, end = match.span()
            if index <= skip_until:
                previous = word
                continue
            following = words[index + 1] if index + 1 < len(words) else None
            found = None
            if looks_technical(text, start, end):
                pass
            elif following is not None and _pinyin_name(word, following, text, end, code, data):
                found = PageName(
                    start,
                    following.end(),
                    f"{word.capitalize()} {following.group().capitalize()}",
                    "a Chinese name in pinyin",
                    0.65,
                )
                skip_until = index + 1
            elif word in acronyms and not _common(word, code, zipf(word, "en") + 0.5):
                found = PageName(start, end, acronyms[word], "an acronym", 0.65)
            elif word in names and _joined(text, start, end):
                found = PageName(start, end, names[word], "a known name", 0.75)
            elif previous in titles and _unknown_word(word, code):
                last = _name_run(words, index, text, code)
                written = " ".join(w.group().capitalize() for w in words[index : last + 1])
                found = PageName(start, words[last].end(), written, "a name after a title", 0.6)
                skip_until = last
            if found is not None:
                yield found
            previous = word


def _phrases_on_page(text: str, code: str, regions: list[tuple[int, int]]) -> Iterator[PageName]:
    """MT303's generic-looking names ("state council") on the lower-cased stretches, unless the
    words around them make the common noun phrase (``_generic_context``)."""
    data = entity_case_data(code)
    if not data.evidence_names:
        return
    names = local_names(code)
    context = (_page_data().phrase_context or {}).get(code, {})
    for region_start, region_end in regions:
        region = text[region_start:region_end]
        for phrase in data.evidence_names:
            at = region.find(phrase)
            while at != -1:
                end = at + len(phrase)
                before = region[max(0, at - 12) : at].split()
                bounded = not region[at - 1 : at].isalnum() and not region[end : end + 1].isalnum()
                held = before and (
                    before[-1] in data.generic_determiners
                    or before[-1] in context.get("possessives", ())
                )
                if bounded and not held and not _generic_follower(region, end, context):
                    written = names.get(phrase, phrase.title())
                    start = region_start + at
                    yield PageName(start, start + len(phrase), written, "a known name", PHRASE)
                at = region.find(phrase, end)


def _generic_follower(region: str, end: int, context: dict[str, frozenset[str]]) -> bool:
    """A link ("of") follows: "the three kingdoms of the north", "the state council of his
    village", "the warring states of europe" (a place after it does not make the name: none
    of the 13 readings on lower-cased dev and clean English stood before "of")."""
    words = _WORD.findall(_CLAUSE_END.split(region[end : end + 40], 1)[0])
    return len(words) >= 2 and words[0] in context.get("links", ())


def _pinyin_name(
    word: str, following: re.Match[str], text: str, end: int, code: str, data: _PageData
) -> bool:
    given = following.group()
    return (
        word in data.surnames
        and following.start() == end + 1
        and text[end] == " "
        and len(given) > 1
        and f"{word} {given}" not in data.loanwords
        and _pinyin(given, data.syllables)
        and not _common(word, code, 4.5)
        and not _common(given, code, 4.0)
    )


def _name_run(words: list[re.Match[str]], index: int, text: str, code: str) -> int:
    """The index of the last word of the name starting at ``index``: up to two more words that
    are no common word of the language or of English, each after a single space ("recep
    tayyip erdogan": a surname in the news may be frequent, though never common)."""
    last = index
    while last + 1 < len(words) and last - index < 2:
        following = words[last + 1]
        if following.start() != words[last].end() + 1 or text[words[last].end()] != " ":
            break
        if _common(following.group(), code, 4.0) or zipf(following.group(), "en") >= 4.0:
            break
        last += 1
    return last


def _joined(text: str, start: int, end: int) -> bool:
    """A name touching another word through a hyphen or a colon without a space."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] in "-:" and before[0].isalpha()) or (
        len(after) == 2 and after[0] in "-:" and after[1].isalpha()
    )


def _unknown_word(word: str, code: str) -> bool:
    return len(word) > 2 and zipf(word, code) < 3.0 and zipf(word, "en") < 4.0


@lru_cache(maxsize=32)
def _acronyms(code: str) -> dict[str, str]:
    """Lower case → capitals for the English gazetteer's acronyms (institutions and
    broadcasters keep their letters across languages) that the page's language's gazetteer
    does not hold: a name it holds is MT303's, written its way ("Nato" in Italian)."""
    own = local_names(code)
    english = [*local_names("en").values(), *_page_data().acronyms]
    return {
        written.lower(): written
        for written in english
        if _acronym(written)
        and written.lower() not in own
        and (code != "en" or zipf(written, "en") < 4.5)
    }


def _acronym(written: str) -> bool:
    return 2 <= len(written) <= 6 and written.isupper() and written.isalpha()
