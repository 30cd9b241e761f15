"""Romanised names in lower or odd case, and a name's word left in lower case inside a
coordination, read with evidence the page alone lacks (MT361–MT363, MT349 widened; rules in
checks/rules/casing_romanised.py and casing_namewords.py):

- **a syllable model**: a word splits wholly into romanised syllables — Hanyu Pinyin (the
  closed set of ~410 syllables in ``resources/gazetteer/pinyin_names.json``; inside a word no
  syllable starts with a, e or o, pinyin writes an apostrophe there) or Korean Revised
  Romanisation (``korean_syllable`` of ``resources/casing/romanised/en.json``) — and wordfreq
  does not know it as an English word (below Zipf 1.5: "juhan", "wengyuan", "duolong"; "long",
  "fang", "hang" are words). Such a word in lower case is a name only with evidence:
  ``lower_romanised`` (MT361) reads the text writing it capitalised elsewhere (0.8), a
  capitalised romanised name part right beside it ("tianji Longmen", "Weng hongwei",
  "wengyuan and Yangkeng") (0.6), the same word read so elsewhere in the text (0.5);
  ``romanised_before_place`` (MT349 widened) a place noun after it in either case ("juhan
  Highway", "duolong village");
- ``camel_romanised`` (MT362): a name whose romanised syllables each kept a capital
  ("GuangXi", "ZhangJiaZhuang", "JeollaNam-Do");
- ``lower_in_coordination`` (MT363): a lower-case word joined by "and" to the capitalised
  words of a bureau's or an office's name ("development and Reform Bureau", "Linyi market
  supervision and Administration Bureau").
Data: ``resources/casing/romanised/<lang>.json`` (English only today)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from mtlint.checks.casingscan import LayoutSkip, after_word_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.namewords import NameWord
from mtlint.checks.resourcefiles import optional_json, read_text, resource_json
from mtlint.checks.segment import is_title_case
from mtlint.checks.spelling import first_places, scarce_words
from mtlint.checks.technical import technical_document
from mtlint.checks.textscan import chunk_text, looks_technical, unique_chunks
from mtlint.checks.wordlists import zipf
from mtlint.checks.wordshape import document_words

# Below this Zipf frequency (wordfreq, English) a word is no English word.
UNKNOWN_ZIPF = 1.5
# A capitalised name part beside a lower-case candidate: rarer than this (a surname of the
# table is taken at any frequency: "Zhang", "Kim"); "Beijing hutong" is a loanword.
_PART_ZIPF = 2.5
# A capitalised word of two pinyin syllables or more this rare in English is a Chinese place's
# or name's part (Zhejiang 2.8, Guangzhou 3.2; Women, Banana, Panda are above it): read only
# before a lower-case word English does not know, so a rarer English word ("Hangman") is harmless.
_PLACE_PART_ZIPF = 3.5
# A lower-case pinyin word after such a place: one right on the tuning pools (h29case), and a
# dish named after its town reads the same, so in the doubtful tier until counted further.
_AFTER_PLACE = 0.45
_MAX_SYLLABLE = 6
_MAX_PLACES = 12  # occurrences read per candidate word


@dataclass(frozen=True)
class RomanisedTable:
    syllables: frozenset[str]
    inner: frozenset[str]
    korean: re.Pattern[str]
    surnames: frozenset[str]
    place_nouns: frozenset[str]
    heads: tuple[str, ...]
    followers: frozenset[str]
    camel_names: frozenset[str]
    camel_particles: frozenset[str]


@cache
def romanised_table(code: str) -> RomanisedTable | None:
    raw = optional_json("casing/romanised", f"{code}.json")
    if raw is None:
        return None
    pinyin = resource_json("gazetteer", "pinyin_names.json")
    names = resource_json("casing/namewords", f"{code}.json")
    inner_capitals = [
        line.strip().lstrip("?")
        for line in read_text("gazetteer", "inner_capitals.txt").splitlines()
        if line.strip() and line.strip()[0] not in "#~"
    ]
    syllables = frozenset(pinyin["syllables"])
    return RomanisedTable(
        syllables=syllables,
        inner=frozenset(s for s in syllables if s[0] not in "aeo"),
        korean=re.compile(raw["korean_syllable"]),
        surnames=frozenset(pinyin["surnames"])
        | frozenset(pinyin["news_surnames"])
        | frozenset(names["surnames"]),
        place_nouns=frozenset(raw["place_nouns"]),
        heads=tuple(raw["heads"]),
        followers=frozenset(raw["followers"]),
        camel_names=frozenset(raw["camel_names"]) | frozenset(inner_capitals),
        camel_particles=frozenset(raw["camel_particles"]),
    )


def romanised_languages() -> frozenset[str]:
    return frozenset({"en"})


@lru_cache(maxsize=8192)
def syllable_count(word: str, code: str = "en") -> int:
    """The fewest romanised syllables a lower-case word splits into — pinyin first, else
    Korean — and 0 when it splits into neither."""
    table = romanised_table(code)
    if table is None or not word.isascii() or not word.isalpha():
        return 0
    return _pinyin_count(word, table) or _korean_count(word, table.korean)


def _pinyin_count(word: str, table: RomanisedTable) -> int:
    best = [0] + [99] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            if best[start] == 99:
                continue
            piece = word[start:end]
            if piece in (table.syllables if start == 0 else table.inner):
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def _korean_count(word: str, syllable: re.Pattern[str]) -> int:
    best = [0] + [99] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            if best[start] < 99 and syllable.match(word[start:end]):
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


# Above this size the casing rules' paragraph index (LayoutSkip) is not built for a rule's few
# candidates (~1 s and ~120 MB on 50 MB): the line around a candidate is read instead, with
# the paragraph splitter's own tests for a heading and a title-case line.
_LAYOUT_CHARS = 4 << 20
_TERMINAL = '.!?…:;"”’»)]'


def layout_skip(document: Document) -> Callable[[int, int], bool]:
    """The casing rules' skip (a headline, a title-case line, a URL or a file name): their
    LayoutSkip on a text of ordinary size, a reading of the candidate's line on a large one."""
    if len(document.text) <= _LAYOUT_CHARS:
        return LayoutSkip(document)
    return partial(_line_skip, document.text)


def _line_skip(text: str, start: int, end: int) -> bool:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last == -1 else last].strip()
    if line and line[-1] not in _TERMINAL and len(line) < 400 and len(line.split()) <= 15:
        return True  # a heading: a short line without final punctuation
    if line[-1:] not in ".!?…" and is_title_case(line):
        return True
    return looks_technical(text, start, end)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _places(text: str, word: str, most: int = _MAX_PLACES) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands as a whole word (not inside a URL, a handle or a file name), the
    first ``most`` of them."""
    size, at, seen = len(word), text.find(word), 0
    while at != -1 and seen < most:
        end = at + size
        if _standalone(text, at, end):
            seen += 1
            yield at, end
        at = text.find(word, end)


def unknown_romanised(document: Document, code: str) -> list[str]:
    """The document's lower-case words of two romanised syllables or more that English does
    not know (read from the spelling rules' scarce words, built once per document)."""

    def build() -> list[str]:
        table = romanised_table(code)
        if table is None or technical_document(document):
            return []
        bar = 10 ** (UNKNOWN_ZIPF - 9)
        return sorted(
            word
            for word, seen in scarce_words(document, "en").items()
            if seen < bar
            and len(word) >= 4
            and word.islower()
            and word.isascii()
            and syllable_count(word, code) >= 2
        )

    return document.analysis.get(f"romanised:unknown:{code}", build)


# Below this size every use of a candidate is read; above it, its first two (the spelling
# rules' remembered search for a scarce word), so a book costs one bounded search per word.
_FULL_SCAN_CHARS = 1 << 20


def candidate_places(document: Document, code: str) -> dict[str, list[tuple[int, int]]]:
    """Each candidate of ``unknown_romanised`` with the places it stands as a word."""

    def build() -> dict[str, list[tuple[int, int]]]:
        words = unknown_romanised(document, code)
        if not words:
            return {}
        text = document.text
        if len(text) < _FULL_SCAN_CHARS:
            return {word: list(_places(text, word)) for word in words}
        # A large text: the first two uses, remembered for the spelling rules (which ask
        # about the same scarce words); no scan of the text for all its scarce words at once.
        return {
            word: [(a, b) for a, b in first_places(document, word) if _standalone(text, a, b)]
            for word in words
        }

    return document.analysis.get(f"romanised:places:{code}", build)


def _standalone(text: str, start: int, end: int) -> bool:
    inside = (start and (text[start - 1].isalnum() or text[start - 1] in "-/@#._'’")) or (
        text[end : end + 1].isalnum() or text[end : end + 1] in "-@"
    )
    return not inside and not looks_technical(text, start, end)


_NEXT_WORD = re.compile(r" ([A-Za-z][a-z]+)\b")
_PREVIOUS_WORD = re.compile(r"\b([A-Za-z][a-z]+) $")
_AND_NEXT = re.compile(r" and ([A-Z][a-z]+)\b")
_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.")


def _name_part(word: str, table: RomanisedTable, code: str) -> bool:
    """A capitalised romanised word that can be a part of the same name: a surname of the
    table, or a rare word of romanised syllables ("Longmen", "Yangkeng")."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lower in table.surnames:
        return True
    return zipf(lower, "en") < _PART_ZIPF and syllable_count(lower, code) >= 1


def _place_part(word: str, table: RomanisedTable) -> bool:
    """ "Zhejiang ailipu pump": a capitalised province or city of two pinyin syllables or more,
    known to English (Zipf ~3), is still a part of the company's or the place's name beside it
    (a dish or a loanword after a place, "Lanzhou lamian", reads the same: doubtful band)."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    return _pinyin_count(lower, table) >= 2 and zipf(lower, "en") < _PLACE_PART_ZIPF


def _capitalised_elsewhere(document: Document, word: str) -> bool:
    """The text writes ``word`` capitalised as a whole word, not only opening a sentence (or
    there followed by another capitalised word: "Juhan Highway")."""
    cap = _cap(word)
    if cap not in document_words(document):
        return False
    text = document.text
    for start, end in _places(text, cap):
        before = text[:start].rstrip(" ")
        if before and before[-1] not in ".!?:;\n\"“”'‘’([":
            return True
        if re.match(r" [A-Z][a-z]", text[end : end + 3]):
            return True
    return False


def _place_noun_after(text: str, end: int, table: RomanisedTable) -> str | None:
    match = _NEXT_WORD.match(text, end)
    if match and match.group(1).lower() in table.place_nouns:
        return match.group(1)
    return None


def romanised_place_name(text: str, start: int, end: int, code: str) -> bool:
    """The capitalised word at ``start:end`` splits into romanised syllables and a place noun
    follows it ("Huangping County", "Daxu Village"): a place's name, whatever English word it
    is a letter or two from (MT980 leaves it alone; h26prec: 1 wrong at 0.5 on pool-prec26)."""
    table = romanised_table(code)
    word = text[start:end]
    if table is None or not word[:1].isupper():
        return False
    if syllable_count(word.lower(), code) < 2:
        return False
    return _place_noun_after(text, end, table) is not None


def _beside_name_part(text: str, start: int, end: int, table: RomanisedTable, code: str) -> bool:
    """A capitalised romanised name part right before or after the word, or after its "and"
    ("Weng hongwei", "tianji Longmen", "wengyuan and Yangkeng")."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if before and _name_part(before.group(1), table, code) and _not_opening(text, before):
        return True  # not a sentence's first word ("Zhang" opening it is no surname)
    return any(
        after is not None and _name_part(after.group(1), table, code)
        for after in (_NEXT_WORD.match(text, end), _AND_NEXT.match(text, end))
    )


def _not_opening(text: str, before: re.Match[str]) -> bool:
    opener = text[max(0, before.start(1) - 6) : before.start(1)].rstrip(" ")
    return opener.endswith(_TITLES) or bool(opener and opener[-1] not in '.!?\n"“:')


def _after_place_part(text: str, start: int, table: RomanisedTable) -> bool:
    """A known Chinese province or city right before the word, inside a sentence."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return bool(before and _place_part(before.group(1), table) and _not_opening(text, before))


def lower_romanised(document: Document, code: str) -> Iterator[NameWord]:
    """MT361: a word of romanised syllables English does not know, in lower case, with
    evidence that it is a name (see the module's doc); a place noun after it is MT349's."""
    table = romanised_table(code)
    if table is None:
        return
    text = document.text
    for word, places in candidate_places(document, code).items():
        if not places:
            continue
        elsewhere = _capitalised_elsewhere(document, word)
        # A name part beside it is evidence for a pinyin word only: Korean syllables fit too
        # many words of other languages ("Gyoktepe etrap", a Turkmen district).
        pinyin = _pinyin_count(word, table) > 0
        named = [
            _place_noun_after(text, end, table) is not None
            or (pinyin and _beside_name_part(text, start, end, table, code))
            for start, end in places
        ]
        for (start, end), here in zip(places, named, strict=True):
            if _place_noun_after(text, end, table) is not None and not elsewhere:
                continue  # MT349's
            if elsewhere:
                found = (0.8, f"the text writes '{_cap(word)}' elsewhere")
            elif here:
                found = (0.6, "a romanised name beside a capitalised part of a name")
            elif any(named):
                found = (0.5, "the text uses it as a name elsewhere")
            elif pinyin and _after_place_part(text, start, table):
                found = (_AFTER_PLACE, "a romanised name after a Chinese place's name")
            else:
                continue
            yield NameWord(start, end, _cap(word), *found)


# A surname this common as an English word ("long", "song", "park", "he") is no evidence.
_SURNAME_ZIPF = 4.5
# The surname shape reads texts up to this size (a page, an article, a report: a literal scan
# per surname the text writes in lower case); a book-length file is read by the other shapes.
_SURNAME_CHARS = 2 << 20
# The given name after it: a rarer word than this ("Lei", "Xiuqing"; not "Sun", "Long").
_GIVEN_ZIPF = 4.0


def lower_surnames(document: Document, code: str) -> Iterator[NameWord]:
    """MT361: a surname of the table in lower case right before a capitalised given name of
    romanised syllables, inside a sentence ("reporter wang Lei", "friends shao Xiuqing")."""
    table = romanised_table(code)
    if table is None or len(document.text) > _SURNAME_CHARS or technical_document(document):
        return
    chunks = unique_chunks(document)
    # "(ren Yun / photo)": a credit's bracket or a quotation mark may open the surname's chunk
    # (set lookups: a search of the chunk text per surname and mark cost five scans of it).
    present = sorted(
        name
        for name in table.surnames
        if any(mark + name in chunks for mark in _CHUNK_OPENERS)
        and zipf(name, "en") < _SURNAME_ZIPF
    )
    text = document.text
    for surname in present:
        for start, end in _places(text, surname):
            given = _GIVEN.match(text, end)
            if given is None or not _given_name(given.group(1), table, code):
                continue
            before = text[max(0, start - 6) : start].rstrip(" ")
            if not before or (before[-1] in '.!?\n"“:' and not before.endswith(_TITLES)):
                continue  # a sentence's first word is MT304's
            yield NameWord(start, end, _cap(surname), 0.6, "a surname before its given name")


_GIVEN = re.compile(r" ([A-Z][a-z]+(?:-[a-z]+)?)\b")
_CHUNK_OPENERS = ("", "(", "“", '"', "‘")


def _given_name(word: str, table: RomanisedTable, code: str) -> bool:
    parts = word.lower().split("-")
    if zipf(word.lower(), "en") >= _GIVEN_ZIPF:
        return False
    if len(parts) == 2:
        return all(_korean_count(part, table.korean) == 1 for part in parts)
    return 1 <= _pinyin_count(parts[0], table) <= 2


def romanised_before_place(document: Document, code: str) -> Iterator[NameWord]:
    """MT349 widened: a word of romanised syllables English does not know, in lower case,
    before a place noun in either case ("juhan Highway", "duolong village"), unless the text
    writes it capitalised elsewhere (MT361's, at a higher confidence)."""
    table = romanised_table(code)
    if table is None:
        return
    text = document.text
    for word, places in candidate_places(document, code).items():
        if not places or _capitalised_elsewhere(document, word):
            continue
        for start, end in places:
            noun = _place_noun_after(text, end, table)
            if noun is None:
                continue
            confidence = 0.6 if noun[:1].isupper() else 0.5
            yield NameWord(start, end, _cap(word), confidence, "a place's name before its noun")


# A pinyin name split at its apostrophe, lower case, before a place noun ("pan 'an County",
# "pan‘an county"): the syllable after the apostrophe opens with a, e or o.
_APOSTROPHE_NAME = re.compile(r"(?<![\w\-])([a-z]{1,6}) ?['‘’]([aeo][a-z]{0,5}) ([A-Za-z][a-z]+)\b")


def apostrophe_places(document: Document, code: str) -> Iterator[NameWord]:
    """MT349 widened: "pan 'an County" for "Pan'an County" — two pinyin syllables split by
    the apostrophe pinyin writes before a syllable opening with a vowel, in lower case,
    before a place noun; the fix joins them with the apostrophe the text used. Read where the
    text holds such a piece as a chunk ("'an", "pan'an"): a literal scan for each."""
    table = romanised_table(code)
    if table is None:
        return
    pieces = {
        m.group(0)
        for m in _APOSTROPHE_CHUNK.finditer(chunk_text(document))
        if m.group(2) in table.syllables and (not m.group(1) or m.group(1) in table.syllables)
    }
    text = document.text
    for piece in sorted(pieces):
        at = text.find(piece)
        while at != -1:
            match = _APOSTROPHE_NAME.search(text, max(0, at - 8), at + len(piece) + 40)
            at = text.find(piece, at + len(piece))
            if match is None:
                continue
            first, second, noun = match.groups()
            if noun.lower() not in table.place_nouns:
                continue
            if first not in table.syllables or second not in table.syllables:
                continue
            mark = text[match.end(1) : match.start(2)].strip()
            written = f"{_cap(first)}{mark}{second}"
            yield NameWord(
                match.start(1), match.end(2), written, 0.6, "a place's name before its noun"
            )


# A chunk holding the second half of such a name: "'an" (spaced) or "pan'an" (joined).
_APOSTROPHE_CHUNK = re.compile(r"(?<=\n)([a-z]{1,6})?['‘’]([aeo][a-z]{1,5})(?=\n)")


_CAMEL = re.compile(r"(?<![\w\-])([A-Z][a-z]+(?:-?[A-Z][a-z]*)+(?:-[a-z]+)?)(?![\w\-])")
_PIECES = re.compile(r"[A-Z]?[a-z]+")
# Capitalised pieces only (no acronym inside: "OpenAI", "TaDiRAH"), one capital inside a run
# of letters at least ("GuangXi"; "Jeolla-Nam" alone is MT350's hyphenated case).
_CAMEL_SHAPE = re.compile(r"(?=.*[a-z][A-Z])[A-Z][a-z]+(?:-?[A-Z][a-z]+)+(?:-[a-z]+)?")


def camel_romanised(document: Document, code: str) -> Iterator[NameWord]:
    """MT362: a romanised name with a capital inside ("GuangXi", "ZhangJiaZhuang",
    "JeollaNam-Do"): every piece between capitals (and hyphens) splits into romanised
    syllables, at least one capital stands inside a piece of letters, and the text does not
    write the name so as a brand ("DiDi", the table's camel_names, and the gazetteer's names
    with inner capitals)."""
    table = romanised_table(code)
    if table is None or technical_document(document):
        return
    chunks = chunk_text(document)
    tokens = {m.group(1) for m in _CAMEL.finditer(chunks)}
    if not tokens:
        return
    text = document.text
    for token in sorted(tokens):
        judged = _judge_camel(token, text, chunks, table, code)
        if judged is None:
            continue
        written, confidence, reason = judged
        for start, end in _places(text, token):
            yield NameWord(start, end, written, confidence, reason)


def _judge_camel(
    token: str, text: str, chunks: str, table: RomanisedTable, code: str
) -> tuple[str, float, str] | None:
    if token in table.camel_names or not _CAMEL_SHAPE.fullmatch(token):
        return None
    pieces = [p.lower() for p in _PIECES.findall(token)]
    if pieces[0] in table.camel_particles:
        return None  # a Romance or Dutch surname's particle ("DeLong", "DiNapoli")
    counts = [_pinyin_count(p, table) for p in pieces]
    if not all(counts):
        if "-" not in token or not all(_korean_count(p, table.korean) for p in pieces):
            return None  # Korean pieces only in a hyphenated name ("JeollaNam-Do")
        counts = [_korean_count(p, table.korean) for p in pieces]
    written = token[0] + token[1:].lower()
    plain = written.replace("-", "")
    if written in chunks and re.search(rf"(?<![\w\-]){re.escape(written)}(?![\w\-])", text):
        return written, 0.8, f"the text writes '{written}' elsewhere"
    known = zipf(plain.lower(), "en")
    if known >= 3.0:
        return None  # a name so common that its writing is deliberate ("DiDi", "YouKu")
    if known >= 1.0:
        # wordfreq lists words in lower case: it says the word is known, not how it is cased
        # (session 14 review), so this band stays at the bar's edge.
        return written, 0.5, f"the web knows '{plain.lower()}' as one word"
    if all(count == 1 for count in counts):
        return written, 0.6, "a capital at every romanised syllable"
    if "-" in token:
        return written, 0.5, "a capital inside a romanised name"
    # Pieces of several syllables with a capital each: a user name or a brand as often
    # ("ShakataGaNai" in an image credit): the doubtful tier.
    return written, 0.35, "a capital inside a romanised name"


# The lower-case words before " and" (up to four), read in a window before each match of
# ``_and_heads``.
_BEFORE_AND = re.compile(r"(?<![\w\-'’])((?:[a-z]+ ){0,3}[a-z]+)$")
_WINDOW = 120


def lower_in_coordination(document: Document, code: str) -> Iterator[NameWord]:
    """MT363: lower-case words joined by "and" to the capitalised words before a head of the
    table ("development and Reform Bureau"; "science and Technology Bureau"), unless the head
    modifies a group after it ("teachers and Education Bureau staff")."""
    table = romanised_table(code)
    if table is None:
        return
    chunks = chunk_text(document)
    heads = [head for head in table.heads if f"\n{head}" in chunks]
    if not heads or "\nand\n" not in chunks:
        return
    text = document.text
    # At the shared capital positions after " and", not a scan for every " and ".
    for match in after_word_capital_matches(document, "and", _and_heads(tuple(heads))):
        if _follower(text, match.end(), table) or looks_technical(text, match.end(1), match.end()):
            continue
        window = text[max(0, match.start() - _WINDOW) : match.start()]
        before = _BEFORE_AND.search(window)
        if before is None:
            continue
        words = _name_words(before.group(1).split())
        if not words:
            continue
        stop = match.start()
        start = stop - len(" ".join(words))
        written = " ".join(w if w == "and" else _cap(w) for w in words)
        yield NameWord(
            start, stop, written, _coordination_confidence(text, start),
            "a word of a name beside its capitalised words",
        )  # fmt: skip


@lru_cache(maxsize=64)
def _and_heads(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ " and " with one to three capitalised words and a head after it: tried where " and"
    ends at a shared capital position (``casingscan.after_word_capital_matches``)."""
    return re.compile(r" and ((?:[A-Z][a-z]+ ){1,3})(?:" + "|".join(heads) + r")\b")


def _follower(text: str, end: int, table: RomanisedTable) -> bool:
    after = _NEXT_WORD.match(text, end)
    return bool(after) and after.group(1).lower() in table.followers


def _coordination_confidence(text: str, start: int) -> float:
    """The doubtful tier: 0.4 after a capitalised word other than a sentence's opener (a
    place's name opening the body's: "Linyi market supervision and Administration Bureau"),
    else 0.3. No real sample of the shape is left in any committed set (its only source page
    belonged to an earlier set), and a clause read as a name ("The minister talked about
    education and Health Department funding") looks the same, so nothing reaches the bar."""
    before = text[max(0, start - 30) : start]
    opener = before.rsplit(None, 1)[-1:] if before.endswith(" ") else []
    place = bool(opener) and opener[0].isalpha() and opener[0][:1].isupper()
    if place:  # a capital that opens the sentence ("The minister …") names no place
        ahead = before.rstrip()[: -len(opener[0])].rstrip()
        place = bool(ahead) and ahead[-1] not in ".!?:"
    return 0.4 if place else 0.3


def _name_words(words: list[str]) -> list[str]:
    """The longest run of name words ending the list ("of the market supervision" →
    "market supervision"; "reform and science" whole), never opening with "and"."""
    run: list[str] = []
    for word in reversed(words):
        if word != "and" and not _name_word(word):
            break
        run.insert(0, word)
    while run and run[0] == "and":
        run.pop(0)
    return run


def _name_word(word: str) -> bool:
    """A common noun that can stand in a body's name ("development", "market", "science"), no
    plural (a group of people: "teachers and Education Bureau staff"), no adverb, no function
    word and no past form (a clause before the name: "talked about education and Health
    Department funding")."""
    return (
        len(word) >= 4
        and not (word.endswith("s") and not word.endswith("ss"))
        and not word.endswith(("ly", "ed"))
        and word not in load_language_data("en").function_words
        and zipf(word, "en") >= 3.0
    )
