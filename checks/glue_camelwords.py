"""Words fused at a capital, read by their parts (MT116): "electronicVersion",
"BirthdayPreparations", "HomeNewsTunisia", "ArhimedMukhambetov".

A token whose letters change from lower to upper case inside is cut at each change; it is
glue when every part is a word (wordfreq zipf ≥ 3 in the language or in English, or a word the
document writes on its own) or, for two capitalised parts, a given name and a surname of the
patronymic shape (``surname_endings`` in ``resources/gazetteer/name_context.json``: "-ov",
"-enko", "-uly"), and the whole is no word wordfreq knows in the language or in English
("PowerPoint", "YouTube", "DeepMind" are). Brand and code shapes stay out by their form: a
part of one or two letters ("iPhone", "eBay", "McDonald", "LeBron"), digits, an inner run of
capitals ("OpenAI"), an underscore or a dot ("user_Name", "obj.getValue"), and the outlets'
and brands' last words (``brand_endings``: "UrduPoint", "ArianaNews").
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.wordlists import zipf

# Letters only; a lower-case letter then a capital somewhere inside.


def _upper_class() -> str:
    """The capital letters (str.isupper) of the alphabets with case, as regex ranges: Ł, Ś, İ,
    Є, Greek, Armenian, Georgian; the Latin and Cyrillic extensions up to U+A7FF. Read once
    at import (a few milliseconds)."""
    ranges: list[tuple[int, int]] = []
    for point in (*range(0x2000), *range(0x2C00, 0x2D30), *range(0xA640, 0xA800)):
        if chr(point).isupper():
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    return "".join(
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in ranges
    )


_UPPER = _upper_class()
CAMEL = re.compile(rf"[^\W\d_]*[^\W\d_{_UPPER}][{_UPPER}][^\W\d_]*")
_CUT = re.compile(rf"(?<=[^\W\d_{_UPPER}])(?=[{_UPPER}])")
_PART_ZIPF = 3.0
_WHOLE_ZIPF = 1.0
_LOWER_HEAD = 4  # "electronicVersion": a lower-case first part this long ("iPhone", "eBay" no)
# "McDonald", "LeBron", "DiCaprio": name prefixes are shorter; "MacroBot", "DataHub",
# "CodeLab": brand endings are three letters.
_TITLE_PART = 4
_MAX_PARTS = 3
_SURNAME_LENGTH = 6
# A Vietnamese given name fused to its surname: this many letters ("Phu", "Xuan").
_GIVEN_LENGTH = (2, 5)


class CamelGlue(NamedTuple):
    """A token read as words fused at capitals: its ``parts``, and ``kind``: "words" (every
    part a word), "name" (a given name and a surname), "institution" (a name and words glued
    into an institution's name)."""

    parts: tuple[str, ...]
    kind: str


@cache
def _surname_endings() -> tuple[str, ...]:
    """One table for every language: the patronymic endings are read the same everywhere."""
    table = resource_json("gazetteer", "name_context.json")
    return tuple(table.get("surname_endings", ()))


@cache
def _brand_endings() -> frozenset[str]:
    return frozenset(resource_json("gazetteer", "name_context.json").get("brand_endings", ()))


@cache
def _context_words(language: str, key: str) -> frozenset[str]:
    table = resource_json("gazetteer", "name_context.json").get(language, {})
    return frozenset(table.get(key, ()))


_AROUND = re.compile(r"[^\W\d_]+|\S")


def identifier_or_brand(text: str, start: int, end: int, glue: CamelGlue, language: str) -> bool:
    """The words beside a camel token say it is no glue: a lower-camel code identifier in prose
    ("the siteName setting", "Use textAlign", a line with another lower-camel token:
    "fontSize ... lineHeight"), or a brand ("the firm BlueApron", "AutoScout shares")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = [w.lower() for w in _AROUND.findall(text, max(line_start, start - 40), start)[-3:]]
    after = [w.lower() for w in _AROUND.findall(text, end, min(line_end, end + 40))[:2]]
    if glue.parts[0].islower():
        if _context_words(language, "code_words").intersection(before + after):
            return True
        line = text[line_start:start] + " " + text[end:line_end]
        return any(word[:1].islower() for word in CAMEL.findall(line))
    brands = _context_words(language, "brand_nouns")
    return bool(before and before[-1] in brands) or bool(after and after[0] in brands)


def _word(part: str, language: str, document_words: frozenset[str]) -> bool:
    lowered = part.lower()
    return (
        zipf(lowered, language) >= _PART_ZIPF
        or zipf(lowered, "en") >= _PART_ZIPF
        or part in document_words
        or lowered in document_words
    )


def camel_glue(token: str, language: str, document_words: frozenset[str]) -> CamelGlue | None:
    """The token as words (or a name) fused at capitals; None when it is a word, a brand or
    code shape, or a part is no word."""
    parts = tuple(_CUT.split(token))
    if not 2 <= len(parts) <= _MAX_PARTS or not token.isalpha():
        return None
    head = parts[0]
    if head.islower():
        if len(head) < _LOWER_HEAD:
            return None
    elif not (head[0].isupper() and head[1:].islower()) or len(head) < _TITLE_PART:
        return None
    lowered = token.lower()
    if len(parts) == 2 and _fused_given_name(parts, lowered):
        return CamelGlue(parts, "name")  # "NguyenPhu Trong"
    if any(len(part) < _TITLE_PART or not part[1:].islower() for part in parts[1:]):
        return None
    if zipf(lowered, language) >= _WHOLE_ZIPF or zipf(lowered, "en") >= _WHOLE_ZIPF:
        return None
    if head[0].isupper() and parts[-1].lower() in _brand_endings():  # "UrduPoint", "AsiaNews"
        return None
    if _institution_glued(parts, language, document_words):
        return CamelGlue(parts, "institution")  # "QiluNormalUniversity"
    if all(_word(part, language, document_words) for part in parts):
        return CamelGlue(parts, "words")
    if len(parts) == 2 and head[0].isupper() and _surname(parts[1], language):
        return CamelGlue(parts, "name")
    return None


def _institution_glued(
    parts: tuple[str, ...], language: str, document_words: frozenset[str]
) -> bool:
    """A name and words glued into an institution's name, its last part an institution's
    head noun ("QiluNormalUniversity", "HebeiMedicalUniversity": the language's
    institution_heads in resources/casing), three parts: the name may be no word."""
    if len(parts) < 3 or not parts[0][0].isupper():
        return False
    from mtlint.checks.casingdata import casing_data, casing_languages

    if language not in casing_languages():
        return False
    heads = casing_data(language).institution_heads
    return parts[-1] in heads and all(_word(p, language, document_words) for p in parts[1:-1])


@cache
def _fused_surnames() -> frozenset[str]:
    return frozenset(resource_json("gazetteer", "name_context.json").get("fused_surnames", ()))


def _fused_given_name(parts: tuple[str, ...], lowered: str) -> bool:
    """A Vietnamese surname with a given name of two to five letters fused to it
    ("NguyenPhu", "TranDai"): the given name no common English word ("TranSmart" is a
    brand's shape), the whole unknown to wordfreq."""
    head, tail = parts
    return (
        head in _fused_surnames()
        and _GIVEN_LENGTH[0] <= len(tail) <= _GIVEN_LENGTH[1]
        and tail[1:].islower()
        and zipf(tail.lower(), "en") < _PART_ZIPF
        and zipf(lowered, "en") < _WHOLE_ZIPF
    )


def _surname(part: str, language: str) -> bool:
    """A surname of the patronymic shape wordfreq does not know as a word ("Mukhambetov")."""
    return (
        len(part) >= _SURNAME_LENGTH
        and part.lower().endswith(_surname_endings())
        and zipf(part.lower(), "en") < _PART_ZIPF
    )
