"""Lower-case words written in letters the document's language never uses (MT504): a letter
only one other language writes (Vietnamese "ảnh" in English: resources/language/fragments.json
``single_language_letters``), or a letter of the document's close language
(``close_language_letters`` in resources/lang/<code>.json: Russian ы, э, ъ, ё in a Ukrainian
text, Ukrainian і, ї, є, ґ in a Russian one). Split from foreignwords.py (the module limit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import fragments_table
from mtlint.checks.langdata import load_language_data
from mtlint.checks.textscan import text_characters

_MARKED_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _single_language_letters() -> tuple[tuple[str, frozenset[str]], ...]:
    table = fragments_table().get("single_language_letters", {})
    return tuple((language, frozenset(letters)) for language, letters in sorted(table.items()))


@lru_cache(maxsize=64)
def _close_language_letters(code: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The letters a close language writes and the document's language never does
    (``close_language_letters`` in resources/lang/<code>.json: Russian ы, э, ъ, ё in a
    Ukrainian text; Ukrainian і, ї, є, ґ in a Russian one)."""
    table = load_language_data(code).tables.get("close_language_letters") or {}
    return tuple((language, frozenset(letters)) for language, letters in sorted(table.items()))


def single_language_words(document: Document, code: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) of each lower-case word that holds a letter only ``language``
    writes, in a text of another language, or a letter the document's close language writes
    and its own alphabet lacks. The text's distinct characters are asked first (cached,
    shared): most texts hold none of those letters and cost one set test."""
    characters = set(text_characters(document))
    for language, letters in (*_single_language_letters(), *_close_language_letters(code)):
        if language == code or not characters & letters:
            continue
        marked = "".join(sorted(characters & letters))
        pattern = re.compile(rf"(?<![\w'’])[^\W\d_A-ZÀ-Þ]*[{marked}][^\W\d_]*(?![\w'’])")
        for found in pattern.finditer(document.text):
            if found.group().islower():
                yield found.start(), found.end(), language
