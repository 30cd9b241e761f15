"""Damaged words judged with word frequencies and the document (MT981–MT984, rules in
checks/rules/damaged_words.py): a digit typed or read for a letter ("c0uncil"), a word split by
a space ("gov ernment", "W hen"), a word in a legacy code page read as another ("Erdoðan" for
"Erdoğan"), a possessive that lost its apostrophe ("the countrys economy").

Each looks only at the document's distinct words (``document_words``, ``unique_chunks``) and
scans the text only for the few that qualify, so a document pays per rare distinct word."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from mtlint.checks.documents.base import Document
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import (
    UNKNOWN_ZIPF,
    frequent_words,
    scarce_words,
    spelling_table,
)
from mtlint.checks.textscan import chunk_text, find_all, find_word, looks_technical, word_gate
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words


def zipf_of(word: str, language: str) -> float:
    """``word``'s frequency in ``language`` as a Zipf value (0 when unknown)."""
    import math

    frequency = frequency_dict(language).get(word.casefold(), 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def unknown(word: str, language: str, bar: float = UNKNOWN_ZIPF) -> bool:
    """Neither the language nor English knows ``word`` (below Zipf ``bar`` in both)."""
    folded = word.casefold()
    limit = 10 ** (bar - 9)
    return (
        frequency_dict(language).get(folded, 0.0) < limit
        and frequency_dict("en").get(folded, 0.0) < limit
    )


@dataclass(frozen=True, order=True)
class Repair:
    """A damaged span and its one repair."""

    start: int
    end: int
    damaged: str
    repaired: str
    # The repair is certain enough for a safe fix (MT983: no written form it could be).
    sure: bool = True


# --- MT981: a digit for a letter ------------------------------------------------------------

# The digits a typist or an OCR pass puts for a letter, and the letters (Latin, Cyrillic) each
# stands for; a word holding one such digit between letters, or one at its start before three
# letters or more ("c0uncil", "0rganised"). A second digit makes it a code ("H1N1", "A320").
_DIGIT_LETTERS = {"0": "oо", "1": "li", "3": "eз", "5": "s", "8": "b"}
_DIGIT_WORD = re.compile(r"(?<![\w.,/-])(?:[^\W\d_]+[01358][^\W\d_]*|[01358][^\W\d_]{3,})(?![\w/])")
_MIN_LETTERS = 3


def digit_words(document: Document, language: str) -> list[Repair]:
    """Words with one digit for a letter whose letter makes exactly one frequent word of the
    language, while the written form is no word (of the language nor English)."""
    frequent = frequent_words(language)
    found = []
    for token in sorted(set(_DIGIT_WORD.findall(chunk_text(document)))):
        letters = sum(ch.isalpha() for ch in token)
        if letters < _MIN_LETTERS or not unknown(token, language):
            continue
        digit_at = next(i for i, ch in enumerate(token) if ch in _DIGIT_LETTERS)
        upper = token.isupper() and letters > 1
        options = set()
        for letter in _DIGIT_LETTERS[token[digit_at]]:
            word = token[:digit_at] + letter + token[digit_at + 1 :]
            if word.casefold() in frequent:
                options.add(word.upper() if upper else word)
        if len(options) != 1:
            continue
        repaired = options.pop()
        text = document.text
        for start, end in find_word(text, token):
            if not looks_technical(text, start, end) and not _quoted(text, start, end):
                found.append(Repair(start, end, token, repaired))
    return found


_QUOTES = "\"“”‘’'«»„‹›*_`"


def _quoted(text: str, start: int, end: int) -> bool:
    return (start and text[start - 1] in _QUOTES) or text[end : end + 1] in _QUOTES


# --- MT982: a word split by a space -----------------------------------------------------------

# A piece is no word: below this Zipf value in the language and in English.
_PIECE_ZIPF = 1.5
# At most this many occurrences of one piece are looked at (a piece written more often is the
# text's own word: a name, a term).
_MAX_PIECE_USES = 3


@cache
def _sorted_words(language: str) -> tuple[list[str], list[str]]:
    """The language's frequent words sorted, and each spelt backwards sorted (a few MB: the
    completions of a piece are found by bisection, no table of pieces is built)."""
    words = frequent_words(language)
    return sorted(words), sorted(word[::-1] for word in words)


def _starting(ordered: list[str], piece: str) -> list[str]:
    """The words of ``ordered`` longer than ``piece`` that start with it."""
    found = []
    at = bisect_left(ordered, piece)
    while at < len(ordered) and ordered[at].startswith(piece):
        if len(ordered[at]) > len(piece):
            found.append(ordered[at])
        at += 1
    return found


def completions(piece: str, language: str) -> tuple[list[str], list[str]]:
    """The rests that make the lower-case ``piece`` a frequent word when written after it, and
    the heads that do when written before it ("ernment": "gov", "govern" …)."""
    forwards, backwards = _sorted_words(language)
    rests = [word[len(piece) :] for word in _starting(forwards, piece)]
    heads = [word[::-1][: -len(piece)] for word in _starting(backwards, piece[::-1])]
    return rests, heads


def _capital_pieces(language: str, words: frozenset[str]) -> list[str]:
    """The document's capital letters standing alone that are no word of the language (its
    table's ``one_letter_words``; a language without that list has none): the first letter of
    a word split after it ("W hen")."""
    table = spelling_table(language)
    if table.one_letter_words is None:
        return []
    return sorted(
        w
        for w in words
        if len(w) == 1 and w.isupper() and w.casefold() not in table.one_letter_words
    )


def split_words(
    document: Document, language: str, stop_words: frozenset[str], openers: frozenset[str]
) -> list[Repair]:
    """Two neighbours, one of which is no word, that written together make a frequent word
    ("gov ernment", "W hen"); the second piece in lower case and no function word ("Plan B and
    C" is no "Band"), the joined word more frequent than either piece. A piece is looked for
    in the text only when a word that completes it is one of the document's words; a capital
    letter alone only as the start of one of ``openers`` (sentence openers, function words)."""
    frequent = frequent_words(language)
    words = document_words(document)
    folded_words = {word.casefold() for word in words}
    text = document.text
    found: dict[tuple[int, int], Repair] = {}

    def join_at(spans) -> None:
        for start, end in spans:
            for repair in _joins(text, start, end, frequent, stop_words, language):
                found.setdefault((repair.start, repair.end), repair)

    # A capital letter alone: a sentence opener or function word split after its first
    # letter ("W hen"), looked for when the text writes its rest as a word.
    for letter in _capital_pieces(language, words):
        lower = letter.casefold()
        rests = {w[1:] for w in openers if w[:1] == lower and len(w) > 2} - stop_words
        for rest in sorted(folded_words.intersection(rests)):
            pairs = islice(find_word(text, letter + " " + rest), _MAX_PIECE_USES)
            join_at((start, start + 1) for start, _end in pairs)
    limit = 10 ** (_PIECE_ZIPF - 9)
    for piece, seen in sorted(scarce_words(document, language).items()):
        if seen >= limit:
            continue
        rests, heads = completions(piece.casefold(), language)
        if folded_words.isdisjoint(rests) and folded_words.isdisjoint(heads):
            continue
        spans = list(islice(find_word(text, piece), _MAX_PIECE_USES + 1))
        if len(spans) <= _MAX_PIECE_USES:
            join_at(spans)
    return [found[key] for key in sorted(found)]


# A sentence's first word of two letters split after its capital ("A t that time", "I f it
# rains"): the capital alone and one lower-case letter, a lower-case word after them.
_SENTENCE_ENDS = (". ", "! ", "? ")


def split_openers(
    document: Document, openers: frozenset[str], small: frozenset[str]
) -> list[Repair]:
    """A two-letter sentence opener or function word (``openers``: "at", "in", "if", "it")
    split after its capital at a sentence start: "A t that time". ``split_words`` reads longer
    words ("W hen"); here the capital may be a word ("A", "I") and the letter one a lost
    apostrophe leaves ("t"): after a lone capital and before a word that can follow the
    opener in a clause (one of ``small``, the language's function and stop words with its
    determiners and pronouns, or a figure: "I n 2019"), neither is; before another word the
    letter names a term ("A t test", "A s orbital"). Each pair is looked for only when the
    document writes both letters alone, through the word filters of a large text."""
    words = document_words(document)
    text = document.text
    gate = word_gate(document)
    found = []
    for joined in sorted(w for w in openers if len(w) == 2 and w.isalpha() and w.islower()):
        capital, letter = joined[0].upper(), joined[1]
        if capital not in words or letter not in words:
            continue
        # Looked for by the lone letter (rare as a word), not by the capital.
        for start in find_all(text, f"{capital} {letter} ", gate, 2):
            end = start + 3
            opens = (
                not start or text[start - 1] == "\n" or text[start - 2 : start] in _SENTENCE_ENDS
            )
            follows = _opener_follows(text, end + 1, small)
            if opens and follows and not looks_technical(text, start, end):
                found.append(Repair(start, end, text[start:end], capital + letter))
    return sorted(found)


_OPENER_NEXT = re.compile(r"[a-z]+\b|\d")


def _opener_follows(text: str, at: int, small: frozenset[str]) -> bool:
    """What follows a split opener can follow the joined one: a small word or a figure."""
    after = _OPENER_NEXT.match(text, at)
    return after is not None and (after.group().isdigit() or after.group() in small)


# A prefix of the source's word-formation left standing alone before a word ("industrial de
# capacity" for de-capacity, "anti epidemic"): the language's ``spaced_prefixes``.
def spaced_prefixes(document: Document, language: str, small: frozenset[str]) -> list[Repair]:
    """A word-forming prefix that is no word of the language standing alone between two
    lower-case words, the word after it one of the language's and of no Romance language that
    writes the prefix as a word ("tour de force", "de tout mon"), nor a Latin or French phrase
    the language borrowed ("de facto"), nor one of ``small`` (the language's function words:
    "pre and post operative", a prefix suspended before the next one):
    "market de inventory" (Chinese 去库存, de-stocking)."""
    table = spelling_table(language)
    prefixes = table.spaced_prefixes
    if not prefixes:
        return []
    text = document.text
    words = document_words(document)
    found = []
    gate = word_gate(document)
    for prefix in sorted(prefixes.intersection(words)):
        for start, end in find_word(text, prefix, gate):
            repair = _spaced_prefix(text, start, end, language, table.spaced_prefix_phrases)
            if repair is not None and repair.damaged.split()[-1] not in small:
                found.append(repair)
    return found


_WORD_BEFORE = re.compile(r"(?<![\w'’\-./@#])([a-z]{2,}) $")
_WORD_AFTER = re.compile(r" ([a-z]{3,})(?![\w'’@#/]|-\w)")
# The word after a spaced prefix: a word of the language at least this common (Zipf) ...
_PREFIXED_ZIPF = 3.0
# ... and rarer than this in each language that writes the prefix as a common word (at
# ``_OTHER_PREFIX_ZIPF``: "de", "un" in French, Spanish …), where "tour de force" is a phrase
# (English words leak into the other lists up to Zipf ~2.6: "capacity" 2.5 in Italian).
_OTHER_ZIPF = 3.0
_OTHER_PREFIX_ZIPF = 6.0
_PREFIX_LANGUAGES = ("fr", "es", "it", "pt", "ro", "nl", "de")


def _spaced_prefix(
    text: str, start: int, end: int, language: str, phrases: frozenset[str]
) -> Repair | None:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    if before is None or after is None:
        return None
    prefix, word = text[start:end], after.group(1)
    if f"{prefix} {word}" in phrases or zipf_of(word, language) < _PREFIXED_ZIPF:
        return None
    if any(
        zipf_of(word, other) >= _OTHER_ZIPF and zipf_of(prefix, other) >= _OTHER_PREFIX_ZIPF
        for other in _PREFIX_LANGUAGES
    ):
        return None  # "tour de force", "esprit de corps": a phrase of another language
    if zipf_of(before.group(1), language) < _PREFIXED_ZIPF:
        return None  # the word before no word of the language: a foreign phrase or a name
    if looks_technical(text, start, after.end()):
        return None
    return Repair(start, after.end(), f"{prefix} {word}", f"{prefix}-{word}", sure=False)


_NEIGHBOUR_BEFORE = re.compile(r"([^\W\d_]+) $")
_NEIGHBOUR_AFTER = re.compile(r" ([^\W\d_]+)")


def _joins(
    text: str, start: int, end: int, frequent: frozenset[str], stop_words, language: str
) -> list[Repair]:
    joins = []
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start)
    after = _NEIGHBOUR_AFTER.match(text, end)
    piece = text[start:end]
    if before and piece.islower():
        joins.append((before.start(1), end, before.group(1), piece))
    if after and after.group(1).islower():
        joins.append((start, after.end(1), piece, after.group(1)))
    found = []
    for first, last, head, tail in joins:
        if tail.casefold() in stop_words or (head.casefold() in stop_words and len(tail) == 1):
            continue
        joined = head + tail
        if joined.casefold() not in frequent:
            continue
        joined_zipf = zipf_of(joined, language)
        if joined_zipf <= max(zipf_of(head, language), zipf_of(tail, language)):
            continue
        if looks_technical(text, first, last) or _quoted(text, first, last):
            continue
        found.append(Repair(first, last, text[first:last], joined))
    return found


# --- MT983: a word in a legacy code page read as another -------------------------------------


# Text written in one of these Windows code pages and read as Windows-1252 (Latin-1) keeps its
# ASCII letters and turns each national letter into a Western one ("Erdoðan", "Wa³êsa",
# "Ïóòèí"); the languages that write each, whose word lists confirm a repair.
def _code_page_table() -> dict:
    return resource_json("garble", "code_pages.json")


@cache
def _code_pages() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(code page, its languages): resources/garble/code_pages.json."""
    return tuple((page, tuple(languages)) for page, languages in _code_page_table()["pages"])


# The repaired word is a word of a language of the code page at least this common.
_REPAIRED_ZIPF = 2.0
_HIGH = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]")


def code_page_words(document: Document, language: str, alphabet: str) -> list[Repair]:
    """Words holding a letter the language does not write that, re-read in another code page,
    become a word of a language of that page (or a word the text writes right elsewhere), while
    the written form is no word."""
    words = document_words(document)
    found = []
    text = document.text
    for word in sorted(words | _misread_runs(document)):
        if not _HIGH.search(word) or not _letters_and_high(word):
            continue  # a word of letters, some of them maybe read as signs ("Wa³êsa")
        if all(ch in alphabet for ch in word.casefold()) and not _inner_capital(word):
            continue
        if not unknown(word, language):
            continue
        repaired = _repaired(word, words, language, alphabet)
        if repaired is None:
            continue
        table = _code_page_table()
        evidence = repaired in words
        if not evidence and any(
            zipf_of(word, other) >= _REPAIRED_ZIPF for other in table["written_languages"]
        ):
            continue  # "bað" is Icelandic as written, unless "bağ" stands in the text too
        # A letter of Faroese or Old English (no word list): the written form may be right.
        sure = evidence or not any(ch in table["written_letters"] for ch in word.casefold())
        for start, end in _standing(text, word):
            found.append(Repair(start, end, word, repaired, sure))
    return found


def _standing(text: str, word: str) -> Iterator[tuple[int, int]]:
    """``find_word``'s spans, and also those after an elision's apostrophe ("l'Ă©tat")."""
    yield from find_word(text, word)
    for found in re.finditer(f"(?<=[A-Za-z]['’]){re.escape(word)}(?![\\w@/\\-])", text):
        yield found.span()


# UTF-8 read in a single-byte page leaves a lead byte (Ã Ă Ä Å) before a sign the word
# tokenizer splits at ("dĂ©cidĂ©"): such runs of letters and signs are read whole.
_MISREAD_LEAD = re.compile("[ÃĂÄÅ]")
_MISREAD_RUN = re.compile(
    "[^\\s\\d'’.,;:!?()\\[\\]«»\"“”/\\-–—]*[ÃĂÄÅ][^\\s\\d'’.,;:!?()\\[\\]«»\"“”/\\-–—]*"
)


def _misread_runs(document: Document) -> frozenset[str]:
    """The runs of letters and signs around a UTF-8 lead byte, in the document's chunks."""
    chunks = chunk_text(document)
    if not _MISREAD_LEAD.search(chunks):
        return frozenset()
    return frozenset(_MISREAD_RUN.findall(chunks))


def _letters_and_high(word: str) -> bool:
    """Three letters or more, the rest Western signs a national letter may have been read as
    ("³" for "ł"); "m²" and "(²)" are units and signs."""
    letters = sum(ch.isalpha() for ch in word)
    return (
        letters >= _MIN_LETTERS
        and word[0].isalpha()
        and all(ch.isalpha() or _HIGH.match(ch) for ch in word)
    )


# A marked capital between lower-case letters ("rÃo", "prÚs"): no word is written so.
_INNER_CAPITAL = re.compile(r"(?<=[^\W\d_])[À-ÞĀ-ž](?=[a-zß-ÿ])")
# UTF-8 read in a Central European page ("accĂšs", "Ă©tat": ISO 8859-16, 8859-2, Windows-1250).
# UTF-8 read as Windows-1252 ("cafÃ©") is MT601's, confirmed by ftfy: one finding per word.
_UTF8_READ_AS = ("iso8859_16", "iso8859_2", "cp1250")
# "Ã" before a letter: UTF-8 "í" (C3 AD) read as Windows-1252, its soft hyphen dropped
# ("dinastÃa", "rÃo").
_LOST_SOFT_HYPHEN = re.compile(r"Ã(?=[a-zà-ÿ])")
# A letter turned into another by a wrong code page or font, one letter per word ("prÚs" for
# "près", Greek-style "opçōes" for "opções"): the repair must be this common (Zipf) and this
# much commoner than any other repair of the same letter.
_SUBSTITUTED_ZIPF = 3.0
_SUBSTITUTED_LEAD = 1.0
_MACRONS = re.compile("[āēīōū]")


def _inner_capital(word: str) -> bool:
    return any(found.group().isupper() for found in _INNER_CAPITAL.finditer(word))


def _utf8_repairs(word: str) -> set[str]:
    """``word`` read back as UTF-8 from the pages it may have been misread in."""
    repairs = set()
    for page in _UTF8_READ_AS:
        try:
            repairs.add(word.encode(page).decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    if _LOST_SOFT_HYPHEN.search(word):
        repairs.add(_LOST_SOFT_HYPHEN.sub("í", word))
    repairs.discard(word)
    return {repair for repair in repairs if repair.isalpha()}


def _substituted(word: str, language: str, alphabet: str) -> str | None:
    """``word`` with its one odd letter (a capital inside it, or a macron the language does not
    write) replaced by the marked letter of the language that makes the far commoner word."""
    odd = [m.start() for m in _INNER_CAPITAL.finditer(word) if m.group().isupper()]
    odd += [m.start() for m in _MACRONS.finditer(word) if m.group() not in alphabet]
    if len(odd) != 1:
        return None
    at = odd[0]
    ranked = sorted(
        (
            (zipf_of(word[:at] + letter + word[at + 1 :], language), letter)
            for letter in alphabet
            if not letter.isascii()
        ),
        reverse=True,
    )
    if not ranked:  # the language writes no marked letter to put there
        return None
    best, second = ranked[0][0], ranked[1][0] if len(ranked) > 1 else 0.0
    if best < _SUBSTITUTED_ZIPF or best - second < _SUBSTITUTED_LEAD:
        return None
    return word[:at] + ranked[0][1] + word[at + 1 :]


def _repaired(word: str, words: frozenset[str], language: str, alphabet: str = "") -> str | None:
    options = {
        repair
        for repair in _utf8_repairs(word)
        if repair in words or zipf_of(repair, language) >= _REPAIRED_ZIPF
    }
    if not options and alphabet:
        substituted = _substituted(word, language, alphabet)
        if substituted is not None:
            options.add(substituted)
    try:
        raw = word.encode("cp1252")
    except UnicodeEncodeError:
        return options.pop() if len(options) == 1 else None
    for page, languages in _code_pages():
        try:
            repaired = raw.decode(page)
        except UnicodeDecodeError:
            continue
        if repaired == word or not repaired.isalpha():
            continue
        if repaired in words or any(
            zipf_of(repaired, other) >= _REPAIRED_ZIPF for other in (language, *languages)
        ):
            options.add(repaired)
    return options.pop() if len(options) == 1 else None


# --- MT984: a possessive that lost its apostrophe ------------------------------------------------

# "countrys", "Russias": the word less its "s" is this common, the written form this rare, and
# the gap between them this wide (a real plural or verb form is nearly as common as its base).
_BASE_ZIPF = 3.5
_POSSESSIVE_ZIPF = 2.6
_GAP = 2.0
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_CONSONANT_Y = re.compile(r"[^aeiouy]y$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?:;"“”«»\n'


# "St", "Saint" before a capitalised "s" word: a town or ward named after a saint, whose
# apostrophe the name itself drops ("St Julians", "St Helens", "St Albans"; h26prec: 1 wrong at
# 0.6 on native-news26).
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:St|Ste|Saint|Sainte)\.? $")


def possessive_words(document: Document, language: str, stop_words: frozenset[str]) -> list[Repair]:
    """Words ending in "s" that are rare while the word without it is common, standing before
    a lower-case word that is no function word ("the countrys economy", "Russias army"); a
    capitalised one not after "the" (a family: "the Kennedys attended")."""
    frequencies = frequency_dict(language)
    base_bar, rare_bar = 10 ** (_BASE_ZIPF - 9), 10 ** (_POSSESSIVE_ZIPF - 9)
    text = document.text
    found = []
    words = document_words(document)
    for word in words:
        if word[-1] != "s" or len(word) < 5 or word[-2] in "s'’":
            continue
        folded = word.casefold()
        frequency, base_frequency = frequencies.get(folded, 0.0), frequencies.get(folded[:-1], 0.0)
        if base_frequency < base_bar or frequency > rare_bar:
            continue
        if frequency and base_frequency < frequency * 10**_GAP:
            continue
        if not word.isalpha() or not word[1:].islower():
            continue
        # A common noun's plural is its "s" form, however rare, except after a consonant and
        # "y" ("countrys" is no plural: "countries" is); a name mid-sentence has no plural.
        common_plural = not _CONSONANT_Y.search(folded[:-1]) and not (
            word[0].isupper() and word[:-1] in words and folded[:-1] not in words
        )  # "Russia" written elsewhere: a name, even at a sentence start
        for start, end in find_word(text, word):
            after = _NEXT_WORD.match(text, end)
            if not after or not after.group(1).islower() or after.group(1) in stop_words:
                continue
            if common_plural and (word[0].islower() or _sentence_start(text, start)):
                continue
            if word[0].isupper() and text[max(0, start - 4) : start].casefold() == "the ":
                continue
            if word[0].isupper() and _SAINT_BEFORE.search(text, max(0, start - 8), start):
                continue  # a place named after a saint ("St Julians ward", "St Helens")
            found.append(Repair(start, end, word, word[:-1]))
    if not found:
        return []
    apostrophe = "’" if text.count("’s") >= text.count("'s") and "’" in text else "'"
    return sorted(Repair(r.start, r.end, r.damaged, r.repaired + apostrophe + "s") for r in found)


# --- MT986: a letter lost to "?" or to the replacement character -------------------------------

# A letter the output encoding lacks becomes "?" ("Erdo?an") or U+FFFD ("Erdo�an"); the
# languages whose letters are tried in its place (those whose letters ASCII and Latin-1 lack
# most often), besides the text's own.
_LOST_LETTER_LANGUAGES = (
    "tr",
    "pl",
    "cs",
    "ro",
    "hu",
    "sk",
    "sh",
    "lv",
    "lt",
    "de",
    "fr",
    "es",
    "pt",
)
# The letters tried: those of these languages that ASCII lacks.
_LOST_LETTERS = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿăąćčďđęěğıłńňőœřśşšţťůűźżžșț"
_LOST = re.compile("[?\ufffd](?=[^\\W\\d_])")
_REPLACEMENT = "\ufffd"
# Both sides of a "?" this common: two words glued after a question mark.
_GLUED_ZIPF = 3.0


def lost_letter_words(document: Document, language: str) -> list[Repair]:
    """Words with one "?" or replacement character between letters; repaired when exactly one
    letter of a language in ``_LOST_LETTER_LANGUAGES`` makes a word of that language (Zipf 2 or
    more) or of the text, else (the replacement character only) reported as they are."""
    lines = chunk_text(document)
    if "?" not in lines and _REPLACEMENT not in lines:
        return []
    words = document_words(document)
    text = document.text
    found = []
    for token in sorted({_token_around(lines, m.start()) for m in _LOST.finditer(lines)}):
        marks = sum(token.count(mark) for mark in "?" + _REPLACEMENT)
        core = token.replace("?", "").replace(_REPLACEMENT, "")
        if marks != 1 or len(core) < _MIN_LETTERS or not core.isalpha():
            continue
        at = max(token.find("?"), token.find(_REPLACEMENT))
        if at == 0 or not token[at - 1].isalpha():
            continue
        if token[at] == "?" and all(
            zipf_of(part, language) >= _GLUED_ZIPF for part in token.split("?")
        ):
            continue  # two words glued after a question mark ("it?no"): MT103's
        repaired = _lost_letter(token, at, words, language)
        if repaired is None and token[at] != _REPLACEMENT:
            continue
        for start in _occurrences(text, token):
            found.append(Repair(start, start + len(token), token, repaired or ""))
    return found


def _token_around(lines: str, at: int) -> str:
    start = at
    while start > 0 and (lines[start - 1].isalpha() or lines[start - 1] in "?\ufffd"):
        start -= 1
    end = at + 1
    while end < len(lines) and (lines[end].isalpha() or lines[end] in "?\ufffd"):
        end += 1
    return lines[start:end]


def _occurrences(text: str, token: str) -> list[int]:
    found, at = [], text.find(token)
    while at != -1:
        before = text[at - 1 : at]
        after = text[at + len(token) : at + len(token) + 1]
        if not (before.isalpha() or after.isalpha()):
            found.append(at)
        at = text.find(token, at + len(token))
    return found


def _lost_letter(token: str, at: int, words: frozenset[str], language: str) -> str | None:
    options = set()
    upper = token[at - 1].isupper() and token[at + 1 : at + 2].isupper()
    languages = tuple(dict.fromkeys((language, *_LOST_LETTER_LANGUAGES)))
    for letter in _LOST_LETTERS:
        repaired = token[:at] + (letter.upper() if upper else letter) + token[at + 1 :]
        if repaired in words or any(
            zipf_of(repaired, other) >= _REPAIRED_ZIPF for other in languages
        ):
            options.add(repaired)
    return options.pop() if len(options) == 1 else None
