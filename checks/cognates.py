"""International words left in a source language's spelling (MT506, and MT504's fix): a word
that a source language of machine translation writes and the document's language spells
otherwise ("Koronavirus", "Presiden", "kabinet", "demokratiya" in English), with the
document language's spelling. The table (resources/language/cognates.json) is derived from
wordfreq by bench/build_cognates.py: regular spelling transforms (k for c, -iya for -y, -tsiya
for -tion, a dropped final consonant) between a source word and a common English word."""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.resourcefiles import resource_json

# The languages the table serves (it is built against English word frequencies).
COGNATE_LANGUAGES = frozenset({"en"})


def _table() -> dict[str, str]:
    """Word → "english lang lang …" (the document language's spelling, then the source
    languages that write the word)."""
    return resource_json("language", "cognates.json")["words"]


def cognate(word: str, code: str) -> tuple[str, str] | None:
    """(the source languages that write ``word``, the document language's spelling, in the
    case ``word`` is written in) when ``word`` is a cognate left in a source spelling."""
    if code not in COGNATE_LANGUAGES:
        return None
    found = _table().get(word.lower())
    if not found:
        return None
    own, *languages = found.split()
    if word[:1].isupper():
        own = own.upper() if word.isupper() else own[:1].upper() + own[1:]
    return "/".join(languages[:3]), own


@lru_cache(maxsize=4)
def cognate_forms(code: str) -> frozenset[str]:
    """Every table word as written in lower case and capitalised (a chunk is compared with
    them as it stands, so no chunk of the text is lowered)."""
    if code not in COGNATE_LANGUAGES:
        return frozenset()
    words = _table()
    return frozenset(words) | frozenset(w[:1].upper() + w[1:] for w in words)


@lru_cache(maxsize=1)
def cognate_titles() -> frozenset[str]:
    """English titles written before a name ("President"): their cognates may stand there."""
    return frozenset(resource_json("language", "cognates.json")["titles"])


@lru_cache(maxsize=1)
def cognate_place_words() -> frozenset[str]:
    """Words before a place name ("in", "at"): a capitalised cognate after one may be a name."""
    return frozenset(resource_json("language", "cognates.json").get("place_words", ()))
