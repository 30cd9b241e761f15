"""Where a word of a source language stands on purpose, not left over by MT (MT506, MT507):
in quotes or brackets (a gloss), inside a name (beside another capitalised word, before a
source function word: "Ministerio de Sanidad"), in a sentence of another language (MT502's),
in a URL or a handle."""

from __future__ import annotations

import re
from collections.abc import Mapping

from mtlint.checks.textscan import looks_technical

_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = tuple("\"“”‘’'«»„‹›*_")
# A sentence holds at least this share of the document language's stop words, or it is a
# sentence of another language (MT502's).
_OWN_SHARE = 0.2
# A foreign sentence this long is MT502's (language identification has enough to go on); a
# shorter one, a caption or a label ("Foto layar - Presiden RI Budi Santoso"), is not, so
# its words are reported one by one.
_SENTENCE_WORDS = 8
# ... unless this share of its words are common words of the language (Zipf): an informal
# sentence short of the listed stop words ("i", "am", "do") is still the language's.
_COMMON_ZIPF, _COMMON_SHARE = 3.5, 0.75
# Function words of the source languages that join the words of a name in its own language.
_SOURCE_FUNCTION_WORDS = frozenset(
    (
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "des",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "dan",
        "untuk",
        "dei",
        "degli",
        "y",
        "e",
        "und",
        "et",
        "für",
        "zu",
        "im",
        "am",
    )
)
# A slash or a number right after the word: it is part of a title ("Diario/16", "Diario 16").
_NAME_SUFFIX = re.compile(r" ?/ ?\d| \d+(?![\d.,:])")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")


def placed_on_purpose(
    text: str, start: int, end: int, stop_words: frozenset[str], before_name: bool = False
) -> bool:
    """``text[start:end]`` (a word of a source language) is quoted, bracketed, technical, part
    of a name or of a foreign sentence. ``before_name``: the word may stand before a
    capitalised word (a title: "Presiden Budi Santoso")."""
    word = text[start:end]
    if (start and text[start - 1] in _QUOTES) or text[end : end + 1] in _QUOTES:
        return True
    if in_brackets(text, start, end) or looks_technical(text, start, end):
        return True
    before = _WORD.findall(text, max(0, start - 30), start)[-1:]
    if before and before[0] in _SOURCE_FUNCTION_WORDS and before[0] not in stop_words:
        return True  # "Ministerio de Sanidad": a name in its language
    gap = text[max(0, start - 3) : start]
    if (
        before
        and before[0][:1].isupper()
        and before[0].lower() not in stop_words
        and not any(m in gap for m in ".!?:\n")
    ):
        return True  # inside a name ("Kairo" after "Lady"; not after "The")
    if _NAME_SUFFIX.match(text, end):
        return True  # "Diario/16", "Diario 16": a title with its number
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group().lower() in _SOURCE_FUNCTION_WORDS:
        return True  # "Ministerio de …", "Presiden della …": a name in its language
    if after and word[:1].isupper() and after.group()[:1].isupper() and not before_name:
        return True  # "Kairo Forbes": a name
    return foreign_sentence(text, start, end, stop_words)


def in_brackets(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 60), start)
    return opening != -1 and ")" not in text[opening:start] and ")" in text[end : end + 60]


def foreign_sentence(
    text: str,
    start: int,
    end: int,
    stop_words: frozenset[str],
    frequencies: Mapping[str, float] | None = None,
) -> bool:
    """The sentence around the word holds few of the document language's stop words (and,
    given the language's word ``frequencies``, few of its common words: "honestly i really do get
    real releif whenever trains run fast lately" holds none of English's listed stop words but
    is English)."""
    left = max(0, start - 300)
    sentence_start = left
    for found in _SENTENCE_END.finditer(text, left, start):
        sentence_start = found.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    words = _WORD.findall(text, sentence_start, after.start() if after else end + 300)
    own = sum(w.lower() in stop_words for w in words)
    if len(words) < _SENTENCE_WORDS or own >= _OWN_SHARE * len(words):
        return False
    if frequencies is None:
        return True
    bar = 10 ** (_COMMON_ZIPF - 9)
    common = sum(frequencies.get(w.lower(), 0.0) >= bar for w in words)
    return common < _COMMON_SHARE * len(words)
