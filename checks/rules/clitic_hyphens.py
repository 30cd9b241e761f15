"""A pronoun clitic fused with its auxiliary written without the hyphen that joins them (MT198):
Romanian "George sa întâlnit" for "s-a întâlnit", "ia convins" for "i-a convins".

The mechanism: a tokenizer or a translation step that treats "-" as a word boundary and a
detokenizer that drops it leave the clitic and the auxiliary as one word ("sa", "ia", "sau"),
which is also a word of its own (the possessive "sa", the verb "ia", the conjunction "sau"), so a
spell checker passes it. What tells them apart is the word after it: the hyphened form is
followed by the past participle of the compound perfect ("s-a întâlnit"), the possessive, the
verb and the conjunction are not (a possessive after a feminine noun takes a feminine adjective:
"soția sa iubită"). The participle is read from word frequencies: a form of the language's
participle endings that wordfreq knows, whose feminine form (the language's ``feminine_ending``)
it knows too ("întâlnit"/"întâlnită", "convins"/"convinsă"). The clitics, their hyphened forms,
the endings and the feminine ending are data: ``unhyphened_clitics`` in
resources/lang/<lang>.json (``{}`` where the language writes no such clitic).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text, unique_chunks
from mtlint.checks.wordfind import find_words
from mtlint.checks.wordlists import frequency_dict

# The participle is an everyday word, and so is its feminine form.
_PARTICIPLE_ZIPF = 3.0
_FEMININE_ZIPF = 2.5
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")


@cache
def _table(language: str) -> dict:
    value = load_language_data(language).tables.get("unhyphened_clitics") or {}
    return value if isinstance(value, dict) and value.get("forms") else {}


# One space, then a lower-case word (the participle) that ends there.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?![\w’'-])")


def _zipf(word: str, language: str) -> float:
    frequency = frequency_dict(language).get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


def _participle(word: str, language: str) -> bool:
    """``word`` ends as the language's past participles do and wordfreq knows it and its
    feminine form as everyday words."""
    table = _table(language)
    if not word.endswith(tuple(table.get("participle_endings", ()))):
        return False
    feminine = word + table.get("feminine_ending", "")
    return (
        word.islower()
        and _zipf(word, language) >= _PARTICIPLE_ZIPF
        and feminine != word
        and _zipf(feminine, language) >= _FEMININE_ZIPF
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*,?[ \t]*$")


def _coordinated(text: str, start: int, language: str) -> bool:
    """The word before the clitic is a participle itself: "arestat sau reținut" coordinates two
    participles with the conjunction "sau", no clitic lost its hyphen."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and _participle(match.group(1).lower(), language)


def _languages() -> frozenset[str]:
    return frozenset(code for code in available_languages() if _table(code))


@register
class UnhyphenedClitic(Rule):
    code = "MT198"
    name = "unhyphened-clitic"
    summary = "A clitic lost the hyphen to its auxiliary before a participle ('sa întâlnit')."
    languages = _languages()
    severity = Severity.WARNING
    doc = """
    What it finds: a pronoun clitic and its auxiliary written as one word without their hyphen
    before a past participle: Romanian "sa întâlnit" (s-a întâlnit), "ia convins" (i-a
    convins), "ma ajutat" (m-a ajutat), "sau întâlnit" (s-au întâlnit). The clitics and their
    hyphened forms are the language's ``unhyphened_clitics`` table (resources/lang); the word
    after them counts as a participle when it ends as the table's participles do and wordfreq
    knows it and its feminine form as everyday words ("întâlnit"/"întâlnită").
    Why it matters: a translation or conversion step that treats the hyphen as a word boundary
    drops it; the bare form is another word (the possessive "sa", the verb "ia", "sau" = "or"),
    so a spell checker passes it, but the sentence reads as nonsense.
    Fix safety: unsafe: the hyphened form is offered; in a text that drops its marks the bare
    word may stand for "să" instead.
    Quiet on: a text without a single marked letter (it drops "ă" in "să" too, so "sa" is
    ambiguous there), a participle before "sau" ("arestat sau reținut": two coordinated
    participles), the possessive before a feminine adjective ("soția sa iubită"), the verb
    before a noun ("ia parte").
    Known false positives: "sa" for a lost "să" before a first-person verb that looks like a
    participle ("sa ajut" for "să ajut"); that is a lost mark, a different error.
    """
    examples = (
        Example(
            "După spectacol, actorul sa întâlnit cu copilul în față.",
            "După spectacol, actorul s-a întâlnit cu copilul în față.",
            "ro",
        ),
        Example(
            "Prietenul lui ia convins pe toți să rămână în oraș.",
            "Prietenul lui i-a convins pe toți să rămână în oraș.",
            "ro",
        ),
        good("Soția sa iubită ia parte la ședință și spune că a fost convinsă.", "ro"),
        good("Suspectul a fost arestat sau reținut de poliție, după caz.", "ro"),
        good("Dupa spectacol, actorul sa intalnit cu copilul in fata.", "ro"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        forms = _table(language).get("forms")
        if not forms:
            return
        # A text that writes no marked letter drops them in "să" too: "sa" is ambiguous there.
        if not _NON_ASCII_LETTER.search(chunk_text(document)):
            return
        # The distinct chunks first: a bare clitic and a participle must both stand in the text.
        chunks = unique_chunks(document)
        clitics = [w for w in forms if w in chunks or w.capitalize() in chunks]
        if not clitics or not any(_participle(c, language) for c in _endings_in(chunks, language)):
            return
        text = document.text
        found = find_words(text, clitics + [w.capitalize() for w in clitics])
        for clitic, spans in found.items():
            for start, end in spans:
                following = _NEXT_WORD.match(text, end)
                if following is None or not _participle(following.group(1), language):
                    continue
                if _coordinated(text, start, language):
                    continue
                yield self._finding(start, end, clitic, following.group(1), forms)

    def _finding(self, start: int, end: int, clitic: str, following: str, forms: dict) -> Finding:
        hyphened = forms[clitic.lower()]
        if clitic[0].isupper():
            hyphened = hyphened[0].upper() + hyphened[1:]
        return self.finding(
            start,
            end,
            f"'{clitic} {following}': '{hyphened}' lost its hyphen before the participle",
            fixes=(Fix((Edit(start, end, hyphened),), Applicability.UNSAFE, hyphened),),
            confidence=0.7,
        )


def _endings_in(chunks: frozenset[str], language: str) -> Iterator[str]:
    """The distinct chunks that end as the language's participles do (the screen)."""
    endings = tuple(_table(language).get("participle_endings", ()))
    return (chunk for chunk in chunks if chunk.endswith(endings))
