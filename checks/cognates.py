"""International words left in a source language's spelling (MT506, and MT504's fix): a word
that a source language of machine translation writes and the document's language spells
otherwise ("Koronavirus", "Presiden", "kabinet", "demokratiya" in English), with the
document language's spelling. The table (resources/language/cognates.json) is derived from
wordfreq by bench/build_cognates.py: regular spelling transforms (k for c, -iya for -y, -tsiya
for -tion, a dropped final consonant) between a source word and a common English word."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

# The languages the table serves (it is built against English word frequencies).
COGNATE_LANGUAGES = frozenset({"en"})


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Word → "english lang lang …" (the document language's spelling, then the source
    languages that write the word)."""
    path = resources.files("mtlint.resources") / "language" / "cognates.json"
    return json.loads(path.read_text(encoding="utf-8"))["words"]


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
    path = resources.files("mtlint.resources") / "language" / "cognates.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["titles"])


@lru_cache(maxsize=1)
def cognate_place_words() -> frozenset[str]:
    """Words before a place name ("in", "at"): a capitalised cognate after one may be a name."""
    path = resources.files("mtlint.resources") / "language" / "cognates.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("place_words", ()))
