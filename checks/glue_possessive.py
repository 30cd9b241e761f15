"""A possessive glued to the next word (MT101, ``checks/rules/spacing_glued.py``): the space
after "'s" lost where a link or a line ended ("the company'sentire staff", "Russia'snew
plan"). The rest after "'s" is a common word of the language, and "s" with it is none
("company'stable" could be "company's table" or a slip in "stable": left alone). Only in the
languages whose possessive takes an apostrophe (spelling ``possessive_apostrophe``); each
distinct chunk is looked at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.spelling import spelling_table
from mtlint.checks.textscan import find_word, looks_technical, unique_chunks
from mtlint.checks.wordlists import zipf

# The owner (letters), the apostrophe and "s", the word run on (letters, lower case).
_GLUED = re.compile(r"(?<![\w'’])([^\W\d_]{2,})(['’])s([a-z]{3,})(?![\w'’])")
# The word run on is at least this common (Zipf) ...
_WORD_ZIPF = 3.5
# ... and "s" with it is a word rarer than this (no reading "stable" for "'s" + "table").
_JOINED_ZIPF = 1.0


def possessive_glue(document: Document, language: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, fixed) of each "owner's" + word run together."""
    if not spelling_table(language).possessive_apostrophe:
        return
    text = document.text
    if "'s" not in text and "’s" not in text:
        return
    # Only the few chunks with an apostrophe before an "s" are sorted (a large text has
    # hundreds of thousands of chunks: no list of them all).
    glued = sorted(chunk for chunk in unique_chunks(document) if "'s" in chunk or "’s" in chunk)
    for chunk in glued:
        for match in _GLUED.finditer(chunk):
            owner, mark, word = match.groups()
            if zipf(word, language) < _WORD_ZIPF or zipf("s" + word, language) >= _JOINED_ZIPF:
                continue
            token = match.group(0)
            for start, end in find_word(text, token):
                if not looks_technical(text, start, end):
                    yield start, end, f"{owner}{mark}s {word}"
