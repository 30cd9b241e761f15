"""MT986's Latin-1 step: a text written through an 8-bit page that lacks some of its
language's letters, every one of them replaced by "?" — Turkish "?ptal politikas?", "ba??ms?z"
(İptal, bağımsız), where ü, ç and ö (which Latin-1 has) stand untouched.

The evidence is the document's: it holds two words or more with "?" between letters and none
of the language's letters outside Latin-1 (``spelling.alphabet``), so each "?" inside, before
or after a word's letters may stand for one of them; a word is repaired when exactly one
filling (up to four "?") makes a word of the language (wordfreq) or of the text. A "?" after a
word's last letter is a question mark unless a lower-case word follows it or the word without
it is no word.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from mtlint.checks.documents.base import Document
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import alphabet
from mtlint.checks.textscan import chunk_text
from mtlint.checks.wordlists import wordfreq_zipf

_LATIN1 = 0xFF
_INNER = re.compile(r"[^\W\d_]\?+[^\W\d_]")
_TOKEN = re.compile(r"(?<![\w?])\??(?:[^\W\d_]+\?+)*[^\W\d_]+\?*(?![\w])")
_MAX_MARKS = 4
_KNOWN = 2.0
# Two fillings this close in frequency (Zipf) leave the word unrepaired.
_RIVAL = 0.5
_SENTENCE_END = ".!?\n"


@cache
def _fillers(language: str) -> tuple[str, ...]:
    """The letters a "?" may stand for: the language's lower-case letters outside Latin-1, and
    the letters whose capital only is outside it (Turkish "i" for "İ": diacritics.json
    ``latin1_capitals``)."""
    own = [letter for letter in alphabet(language) if ord(letter) > _LATIN1]
    table = resource_json("diacritics", "diacritics.json").get("latin1_capitals", {})
    return tuple(own + list(table.get(language, "")))


def _upper(letter: str, language: str) -> str:
    table = resource_json("diacritics", "diacritics.json").get("latin1_capitals", {})
    return "İ" if letter == "i" and "i" in table.get(language, "") else letter.upper()


def _repaired(token: str, language: str, words: frozenset[str]) -> str | None:
    """The one filling of the token's "?" that makes a word of the language or of the text;
    a filler whose lower case Latin-1 has stands for its capital ("İ")."""
    marks = [at for at, ch in enumerate(token) if ch == "?"]
    if not marks or len(marks) > _MAX_MARKS:
        return None
    scored = []
    for letters in product(_fillers(language), repeat=len(marks)):
        chars = list(token)
        for at, letter in zip(marks, letters, strict=True):
            chars[at] = letter
        lower = "".join(chars).lower()
        score = 9.0 if lower in words else wordfreq_zipf(lower, language)
        if score >= _KNOWN:
            for at, letter in zip(marks, letters, strict=True):
                chars[at] = _upper(letter, language) if letter.isascii() else letter
            scored.append((score, "".join(chars)))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _RIVAL:
        return None
    return scored[0][1]


def latin1_step_words(document: Document, language: str) -> list[tuple[int, int, str, str]]:
    """(start, end, damaged, repaired) of the words with "?" for a letter, in a text that
    shows the Latin-1 step (see the module's doc)."""
    fillers = _fillers(language)
    chunks = chunk_text(document)
    if not fillers or "?" not in chunks or len(_INNER.findall(chunks)) < 2:
        return []
    if any(letter in chunks for letter in fillers if not letter.isascii()):
        return []
    text = document.text
    words = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text) if "?" not in w)
    found = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if "?" not in token:
            continue
        if token.endswith("?") and not _mark_inside_sentence(text, match.end(), token, language):
            continue
        repaired = _repaired(token, language, words)
        if repaired is not None:
            if token.startswith("?") and _opens(text, match.start()):
                repaired = _upper(repaired[0], language) + repaired[1:]
            found.append((match.start(), match.end(), token, repaired))
    return found


def _opens(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“”‘’«»(")
    return not before or before[-1] in _SENTENCE_END


def _mark_inside_sentence(text: str, end: int, token: str, language: str) -> bool:
    """A "?" after a word's last letter stands for a letter: a lower-case word follows it,
    or the word without it is no word of the language."""
    after = text[end : end + 40].lstrip(" \t")
    if after[:1].islower():
        return True
    bare = token.rstrip("?").replace("?", "").lower()
    return wordfreq_zipf(bare, language) < _KNOWN
