"""MT617: a surname of a language that writes marks, written without them beside a given name
of that language, in a text whose press keeps those marks ("Zoltán Kovacs" for "Kovács",
"Gergely Gulyas" for "Gulyás" in French, German or Italian news that writes "Zoltán")."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, chunk_text
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import strip_marks as fold

# A given name (or any word) is the other language's when it is this common there (Zipf) and
# this much commoner there than in the text's language ("Zoltán", "Gergely"; not "Viktor").
_OWN_ZIPF = 3.5
_MARGIN = 1.5
# The surname without marks is unseen in its language, its marked twin everyday there.
_BARE_MAX = 1.0
_TWIN_ZIPF = 3.5
_TEXT_MAX = 3.0
# A given name's candidates among the distinct chunks: runs of two letters or more led by one
# that is not a-z (a capital; the capitals are picked after).
_CAPITALISED = re.compile(r"\b[^\W\d_a-z][^\W\d_]+")
# After a given name: the surname, in a lookahead ("Kovacs et Gergely Gulyas" yields both pairs).
_SURNAME = r"[ \n](?=([A-Z][a-z]{2,})\b)"
_WORD_CHAR = re.compile(r"\w")


def wordfreq_zipf(word: str, language: str) -> float:
    """Zipf from mtlint's compact copy of wordfreq's list (``frequency_dict``): no wordfreq
    list is loaded for the other languages asked (0.2 MB a language, not 12)."""
    frequency = frequency_dict(language).get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


@cache
def _languages() -> tuple[str, ...]:
    table = resource_json("diacritics", "diacritics.json")
    return tuple(sorted(table["languages"]))


@cache
def _twins(language: str) -> dict[str, str]:
    """Bare form → the most frequent marked word of ``language`` (Zipf 3.5 or more)."""
    floor = 10 ** (_TWIN_ZIPF - 9)
    best: dict[str, str] = {}
    for word, frequency in frequency_dict(language).items():
        if frequency < floor:
            break
        if not word.isascii() and word.isalpha():
            best.setdefault(fold(word), word)
    return best


@lru_cache(maxsize=1 << 16)
def _language_of(word: str, text_language: str) -> str | None:
    """The mark-writing language whose word ``word`` is, far more than the text's."""
    lower = word.lower()
    own = wordfreq_zipf(lower, text_language)
    scored = [
        (wordfreq_zipf(lower, other), other) for other in _languages() if other != text_language
    ]
    zipf, language = max(scored)
    return language if zipf >= _OWN_ZIPF and zipf >= own + _MARGIN else None


@register
class NameLostMarks(Rule):
    code = "MT617"
    name = "name-lost-marks"
    summary = "A surname written without its language's marks beside a given name that has them."
    languages = frozenset(_languages())
    severity = Severity.WARNING
    doc = """
    What it finds: a surname in ASCII letters right after a given name of another language
    that writes marks (Hungarian, Czech, Polish …: a word far commoner there than in the
    text's language, wordfreq), where that language never writes the surname so (unseen) and
    writes it with its marks every day ("Zoltán Kovacs" → "Kovács", "Gergely Gulyas" →
    "Gulyás"), in a text that keeps that language's marks on another of its names ("Zoltán").
    Why it matters: machine translation and news feeds strip the marks of foreign names
    unevenly; a text that writes "Zoltán" and "Kovacs" misspells one of them.
    Fix safety: unsafe: the marked form is the language's everyday word, which is the name's
    usual spelling but not always the person's own.
    Quiet on: English (whose press writes such names without marks by house style), a text
    that writes no marked name of that language, surnames the language writes bare too.
    Known false positives: a person who spells the name without marks (an emigrant's family).
    """
    examples = (
        Example(
            "Le porte-parole Zoltán Kovacs n'a pas commenté la décision.",
            "Le porte-parole Zoltán Kovács n'a pas commenté la décision.",
            "fr",
        ),
        good("Le porte-parole Zoltán Kovács n'a pas commenté la décision.", "fr"),
        good("The spokesman Zoltán Kovacs did not comment.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text_language = base_language(document)
        if text_language not in self.languages:
            return
        chunks = chunk_text(document)
        if chunks.isascii():
            return
        evidence: set[str] = set()
        for word in set(re.findall(r"\b[^\W\d_]*[^\x00-\x7f][^\W\d_]*", chunks)):
            if word[:1].isupper() and word.isalpha():
                language = _language_of(word, text_language)
                if language is not None:
                    evidence.add(language)
        if not evidence:
            return
        for match, given in _pairs(document.text, chunks, text_language, evidence):
            language = _language_of(given, text_language)
            surname = match.group(2)
            lower = surname.lower()
            twin = _twins(language).get(lower)
            if (
                twin is None
                or wordfreq_zipf(lower, language) > _BARE_MAX
                or wordfreq_zipf(lower, text_language) > _TEXT_MAX
            ):
                continue
            fixed = twin[:1].upper() + twin[1:]
            start, end = match.span(2)
            yield self.finding(
                start,
                end,
                f"'{surname}' after '{given}' lost its marks: {language} writes '{fixed}'",
                fixes=(Fix((Edit(start, end, fixed),), Applicability.UNSAFE, fixed),),
                confidence=0.65,
            )


def _givens(chunks: str, text_language: str, evidence: set[str]) -> list[str]:
    """The distinct capitalised words of the chunks that are a given name of an evidence
    language: screened first on the evidence languages' Zipf alone (the language of a word,
    when it is one of them, is the one scoring highest among them), a handful remain."""
    givens = []
    for word in set(_CAPITALISED.findall(chunks)):
        if not word[:1].isupper():
            continue
        lower = word.lower()
        best = max(wordfreq_zipf(lower, language) for language in evidence)
        if best < _OWN_ZIPF or best < wordfreq_zipf(lower, text_language) + _MARGIN:
            continue
        if _language_of(word, text_language) in evidence:
            givens.append(word)
    return givens


def _pairs(
    text: str, chunks: str, text_language: str, evidence: set[str]
) -> Iterator[tuple[re.Match[str], str]]:
    """Each given name of an evidence language that stands as a whole word (no word character
    before it) followed by a capitalised word: the match (group 2 the surname) and the name.
    The text is searched for those few names only, not read word by word."""
    givens = _givens(chunks, text_language, evidence)
    if not givens:
        return
    names = "|".join(map(re.escape, sorted(givens, key=len, reverse=True)))
    for match in re.finditer(f"({names}){_SURNAME}", text):
        start = match.start()
        if start and _WORD_CHAR.match(text, start - 1):
            continue
        yield match, match.group(1)
