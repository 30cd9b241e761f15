"""A page's byline at a paragraph's start: "par Reporter", "von Anna Muster", "por Redacción"
(the language's ``byline_words`` in resources/language/fragments.json), written in lower case
as the page's template writes it, not a sentence that lost its capital (MT304; pool-ml26's
French judge false alarm, h30ml)."""

from __future__ import annotations

from functools import cache

from mtlint.checks.resourcefiles import resource_json

# A byline is a short line: the word, a name of up to four words.
_MAX_WORDS = 5


@cache
def _byline_words(language: str) -> frozenset[str]:
    table = resource_json("language", "fragments.json").get("byline_words", {})
    return frozenset(table.get(language, ()))


def byline_at(text: str, start: int, word: str, language: str) -> bool:
    """The line at ``start`` opens with the language's byline word ``word`` before a
    capitalised name, holds five words at most and ends without a sentence's mark."""
    if word not in _byline_words(language):
        return False
    end = text.find("\n", start)
    line = text[start : len(text) if end == -1 else end].strip()
    words = line.split()
    if not 2 <= len(words) <= _MAX_WORDS or line[-1] in ".!?;:":
        return False
    return words[1][:1].isupper()
