"""Typing and template slips inside one word or one short phrase (MT987–MT990, rules in
checks/rules/word_slips.py): a capital typed twice or a stray capital before a capitalised word
("DDepende", "ЭРассмотрим"), an accent typed apart from its letter ("Carto~es"), a verb particle
inflected as a verb ("put forwarded"), a template's singular/plural left after a count ("2
anno/i"). The evidence is wordfreq and the document; per-language data in
resources/spelling/slips.json.

Each scan is screened first by the document's distinct words or chunks (``document_words``,
``chunk_text``): a document pays per distinct word of the rare shape, never per token."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from mtlint.checks.countforms import unit_templates
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import alphabet, spelling_table
from mtlint.checks.textscan import chunk_text, find_word, looks_technical
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words


@dataclass(frozen=True, order=True)
class Slip:
    """A slip's span, what was typed and the one repair."""

    start: int
    end: int
    typed: str
    repaired: str
    # The repair is certain enough for a safe fix (MT989 before review; none now).
    sure: bool = False

    def fixes(self) -> tuple[Fix, ...]:
        """The one repair, safe only when ``sure``."""
        applicability = Applicability.SAFE if self.sure else Applicability.UNSAFE
        return (Fix((Edit(self.start, self.end, self.repaired),), applicability, self.repaired),)


@cache
def slip_table() -> dict:
    """resources/spelling/slips.json, parsed once."""
    return resource_json("spelling", "slips.json")


def _zipf_at_least(word: str, language: str, zipf: float) -> bool:
    return frequency_dict(language).get(word.casefold(), 0.0) >= 10 ** (zipf - 9)


def _unknown(word: str, language: str) -> bool:
    """Neither the language nor English knows ``word`` (Zipf below the table's bar)."""
    bar = 10 ** (slip_table()["unknown_zipf"] - 9)
    folded = word.casefold()
    return (
        frequency_dict(language).get(folded, 0.0) < bar
        and frequency_dict("en").get(folded, 0.0) < bar
    )


# --- MT987: a capital typed twice, or a stray capital before a capitalised word -------------


def stray_capitals(document: Document, language: str) -> list[Slip]:
    """Words of two capitals then lower-case letters that no list knows, whose part after the
    first letter is a common word of the language, opening a sentence or a line: the first
    capital typed twice ("DDepende") or a stray letter that is no word of its own
    ("ЭРассмотрим"; "ANew" is "A New", glue); and a lower-case word of the very commonest
    with its first letter typed twice ("tthe"; "pprint", "mmap" are identifiers)."""
    table = slip_table()["stray_capital"]
    one_letter = spelling_table(language).one_letter_words
    text = document.text
    found = []
    for word in document_words(document):
        if len(word) < table["min_letters"] or not _stray_shape(word):
            continue
        rest = word[1:]
        doubled = word[0] == word[1]
        if not doubled and (one_letter is None or word[0].casefold() in one_letter):
            continue  # a letter that is a word ("ANew"): glue, not a stray letter
        if not doubled and not _same_script(word[0], word[1]):
            continue
        lower = word.islower()
        bar = table["lower_zipf" if lower else "doubled_zipf" if doubled else "stray_zipf"]
        if not _zipf_at_least(rest, language, bar):
            continue
        if not (_doubled_typo(word, rest, language) if doubled else _unknown(word, language)):
            continue
        if not doubled and not _unknown(word[0] + rest.casefold(), language):
            continue  # the shift key held a letter too long ("WHat"): MT319's

        for start, end in find_word(text, word):
            # Capitals only where a sentence or a line opens: an identifier in CamelCase
            # ("XInclude", "RLock", "QObject") stands mid-sentence.
            if looks_technical(text, start, end) or not (lower or _opens(text, start)):
                continue
            found.append(Slip(start, end, word, rest))
    return sorted(found)


def _opens(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a sentence or a line (after a mark and spaces)."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in '.!?:;\n"“”«»(•-–—'


def _doubled_typo(word: str, rest: str, language: str) -> bool:
    """The web writes the word with its first letter doubled, if at all, far less often than
    the word itself ("tthe" 2.25 beside "the" 7.7; "llama" is a word of its own), and no
    word is the typed one with a letter put before it."""
    import math

    def zipf(form: str, code: str) -> float:
        frequency = frequency_dict(code).get(form.casefold(), 0.0)
        return math.log10(frequency) + 9 if frequency else 0.0

    typed = max(zipf(word, language), zipf(word, "en"))
    if zipf(rest, language) - typed < slip_table()["stray_capital"]["doubled_gap"]:
        return False
    # A word that lost its first letter may start with a doubled one: "ssigned" is "assigned",
    # "pposed" "opposed" (MT976's), no "signed" typed with its "s" twice.
    folded, bar = word.casefold(), slip_table()["stray_capital"]["doubled_zipf"]
    return not any(zipf(letter + folded, language) >= bar for letter in alphabet(language))


def _stray_shape(word: str) -> bool:
    """Two capitals then lower-case letters ("DDepende"), or a lower-case word whose first
    letter is doubled ("ddepende")."""
    if word[0].isupper() and word[1].isupper():
        return word[2:].isalpha() and word[2:].islower()
    return word[0] == word[1] and word.isalpha() and word.islower()


def _same_script(one: str, other: str) -> bool:
    return unicodedata.name(one, "").split()[0] == unicodedata.name(other, "").split()[0]


# --- MT988: an accent typed apart from its letter -------------------------------------------


@cache
def _split_accent() -> tuple[re.Pattern[str], dict[str, str]]:
    marks = slip_table()["split_accent"]["marks"]
    escaped = "".join(re.escape(mark) for mark in marks)
    pattern = re.compile(rf"[^\W\d_]+[{escaped}][^\W\d_]+")
    return pattern, marks


def split_accents(document: Document, language: str) -> list[Slip]:
    """Words with a spacing accent (``~ ^ ` ´ ¨``) between two letters that, joined to the
    letter before or after it, make a word of the language ("Carto~es": "Cartões")."""
    pattern, marks = _split_accent()
    lines = chunk_text(document)
    if not any(mark in lines for mark in marks):
        return []
    words = document_words(document)
    bar = slip_table()["split_accent"]["repaired_zipf"]
    text = document.text
    found = []
    for typed in sorted({match.group() for match in pattern.finditer(lines)}):
        repaired = _joined_accent(typed, marks, words, language, bar)
        if repaired is None:
            continue
        for start, end in find_word(text, typed):
            found.append(Slip(start, end, typed, repaired))
    return found


def _joined_accent(
    typed: str, marks: dict[str, str], words: frozenset[str], language: str, bar: float
) -> str | None:
    """The one word ``typed`` makes with its accent joined to the letter before or after it."""
    at = next(i for i, ch in enumerate(typed) if ch in marks)
    combining = marks[typed[at]]
    head, tail = typed[:at], typed[at + 1 :]
    options = {
        unicodedata.normalize("NFC", head + combining + tail),
        unicodedata.normalize("NFC", head + tail[0] + combining + tail[1:]),
    }
    known = {
        option
        for option in options
        if not any(ch in marks or unicodedata.combining(ch) for ch in option)
        and (option in words or _zipf_at_least(option, language, bar))
    }
    return known.pop() if len(known) == 1 else None


# --- MT989: a verb particle inflected as a verb ("put forwarded") --------------------------


@cache
def _particle_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    entry = slip_table()["inflected_particle"].get(language)
    if not entry:
        return None
    heads = "|".join(sorted(map(re.escape, entry["heads"]), key=len, reverse=True))
    forms = "|".join(sorted(map(re.escape, entry["particles"]), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{heads})\s+({forms})\b", re.IGNORECASE)
    return pattern, {form.casefold(): right for form, right in entry["particles"].items()}


def inflected_particles(document: Document, language: str) -> list[Slip]:
    """A particle-verb head followed by its particle written as an inflected verb and then an
    object's first word or the clause's end ("put forwarded three proposals", "put forwarded
    that we should" for "put forward"); a bare noun after it ("move forwarded messages") makes
    it the participle before its noun, no slip."""
    table = _particle_pattern(language)
    if table is None:
        return []
    pattern, particles = table
    lines = chunk_text(document).casefold()
    if not any(form in lines for form in particles):
        return []
    after = frozenset(slip_table()["inflected_particle"][language]["after"])
    text = document.text
    found = []
    for match in pattern.finditer(text):
        follow = _FOLLOWER.match(text, match.end(1))
        word = follow.group(1) if follow else ""
        if word and not (word.casefold() in after or word.isdigit()):
            continue
        typed = match.group(1)
        right = particles[typed.casefold()]
        if typed[:1].isupper():
            right = right[:1].upper() + right[1:]
        found.append(Slip(match.start(1), match.end(1), typed, right))
    return found


# The word after the particle; none before a mark or the text's end.
_FOLLOWER = re.compile(r"\s+(\w+)")


# --- MT990: a template's singular/plural left after a count ("2 anno/i") ------------------

_VOWELS = frozenset("aeiouàèéìòù")
# A count, a word standing alone after it (no path: no slash before it, nothing after the ending).
_TEMPLATE = re.compile(r"(?<![\w.,/])(\d+)\s+([^\W\d_]{3,})/([^\W\d_]{1,2})(?![\w/-])(?!\.\w)")


def count_templates(document: Document, language: str) -> list[Slip]:
    """A count, then a word with its plural ending after a slash ("2 anno/i", "3 year/s"): the
    form for the count, where both forms are words of the language and the ending is one of
    the language's plural endings (a gender template, "o/a", is no count's)."""
    lines = chunk_text(document)
    if "/" not in lines:
        return []
    table = slip_table()["count_template"]
    endings = table["plural_endings"].get(language, ())
    bar = table["form_zipf"]
    found = []
    text = document.text
    for match in _TEMPLATE.finditer(text if endings else ""):
        count, word, ending = match.group(1), match.group(2), match.group(3)
        if ending not in endings:
            continue
        other = _other_number(word, ending, language, bar)
        if other is None or not _zipf_at_least(word, language, bar):
            continue
        right = word if count == "1" else other
        start = match.start(2)
        found.append(Slip(start, match.end(), text[start : match.end()], right))
    taken = {slip.start for slip in found}
    for start, end, right in unit_templates(text, language, taken):
        found.append(Slip(start, end, text[start:end], right))
    return sorted(found, key=lambda slip: slip.start)


def _other_number(word: str, ending: str, language: str, bar: float) -> str | None:
    """The word with ``ending`` added, or a one-letter ending put in place of a final vowel,
    when a word: the commoner of the two ("anno/i": "anni", not the verb form "annoi"); no
    letter is ever cut for a longer ending."""
    options = {word + ending}
    if len(ending) == 1 and word[-1] in _VOWELS:
        options.add(word[:-1] + ending)
    options.discard(word)
    frequencies = frequency_dict(language)
    best = max(options, key=lambda option: frequencies.get(option.casefold(), 0.0))
    return best if _zipf_at_least(best, language, bar) else None
