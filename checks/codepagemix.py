"""A Latin word whose marked letter became a letter of the text's own script (MT501): a name in
Latin-1 inside a Greek text read through the Greek code page ("Dybkjζr" for "Dybkjær": byte 0xE6
is "æ" in Latin-1 and "ζ" in ISO 8859-7), or through the Cyrillic one ("Mьller" for "Müller").

The page a language's legacy texts were written in is data (``home_pages`` in
resources/garble/code_pages.json). A word of Latin letters with one or two letters of the home
script inside (Latin letters at both its ends) is re-encoded in that page and read back as
Latin-1: when every letter comes back Latin, the word is one misread name, not two Latin runs
beside a native letter, and is reported once, with its repair.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.scripts import TO_LATIN

_WORD_LETTERS = re.compile(r"[^\W\d_]+")
# At most this many letters of the home script inside the word, and this many Latin letters.
_MAX_HOME = 2
_MIN_LATIN = 3


class Misread(NamedTuple):
    start: int
    end: int
    word: str
    repaired: str


@cache
def _home_page(language: str) -> str | None:
    return resource_json("garble", "code_pages.json").get("home_pages", {}).get(language)


def _latin(char: str) -> bool:
    return char.isalpha() and ("a" <= char.lower() <= "z" or "\u00c0" <= char <= "\u024f")


def misread_word(text: str, start: int, end: int, language: str) -> Misread | None:
    """The word around the Latin run ``text[start:end]`` when it is a Latin word whose marked
    letters were read through the language's home code page."""
    page = _home_page(language)
    if page is None:
        return None
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = end
    while right < len(text) and text[right].isalpha():
        right += 1
    word = text[left:right]
    home = [char for char in word if not _latin(char)]
    if not home or len(home) > _MAX_HOME or len(word) - len(home) < _MIN_LATIN:
        return None
    if not (_latin(word[0]) and _latin(word[-1])):
        return None  # a Latin word glued to a word of the text's script ("Guidoσε")
    if all(char in TO_LATIN for char in home):
        return None  # a look-alike letter ("Рutin" with a Cyrillic Р): MT501's swap
    try:
        repaired = word.encode(page).decode("cp1252")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if repaired == word or not all(_latin(char) for char in repaired):
        return None
    return Misread(left, right, word, repaired)
