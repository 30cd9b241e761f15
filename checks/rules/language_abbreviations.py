"""Language: English's Latin abbreviations left in a text of another language (MT520): "e.g."
in a Portuguese sentence, "i.e." in a German one, where the language writes "p. ex." or
"d. h."."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, chunk_text, looks_technical

# "e.g." as a word of its own, in either case, with its stops ("e.g" alone is a file name).
_ABBREVIATION = re.compile(r"(?<![\w.])([eEiI])\.\s?([gGeE])\.(?![\w.])")


# Where the language's norm admits the Latin form, a finding is a style note (under the
# default bar of 0.5).
_ADMITTED = 0.45


@lru_cache(maxsize=1)
def _table() -> dict:
    return resource_json("language", "abbreviations.json")


@lru_cache(maxsize=1)
def _english_around() -> re.Pattern[str]:
    """English words around the abbreviation (the table's english_around): inside parentheses
    or quotation marks that hold English words, the abbreviation is quoted."""
    words = "|".join(sorted(map(re.escape, _table()["english_around"])))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _languages() -> frozenset[str]:
    return frozenset(_table()["own"])


@register
class EnglishAbbreviation(Rule):
    code = "MT520"
    name = "english-abbreviation"
    summary = "English's 'e.g.' or 'i.e.' left in another language ('p. ex.' in Portuguese)."
    severity = Severity.WARNING
    languages = _languages()
    doc = """
    What it finds: "e.g." or "i.e." in a text of a language that writes its own abbreviation
    for "for example" and "that is" (resources/language/abbreviations.json: Portuguese "p.
    ex.", German "z. B." and "d. h.", Italian "ad es." …): an English abbreviation machine
    translation carried over from its source.
    Why it matters: the reader of the language meets an English abbreviation many do not
    know; a style guide of the language asks for its own.
    Fix safety: unsafe: the language's own abbreviation (a person checks the sentence reads
    well with it).
    Known false positives: Spanish (the RAE lists "e. g." and "i. e."), Italian, German and
    Dutch scholarly prose admit the Latin forms: there the finding is a style note at
    confidence 0.45, under the default bar (abbreviations.json 'latin_admitted'); an English
    sentence quoted inside the text (left alone when an
    English function word stands within a few words of it), code and file names ("e.g" with
    one stop, a word glued to it).
    """
    examples = (
        Example(
            "Use travões de disco, e.g. os de cerâmica, para corridas.",
            "Use travões de disco, p. ex. os de cerâmica, para corridas.",
            "pt",
        ),
        Example(
            "Die Bremsen, i.e. die Scheiben, wurden getauscht.",
            "Die Bremsen, d. h. die Scheiben, wurden getauscht.",
            "de",
        ),
        good("Use travões de disco, p. ex. os de cerâmica, para corridas.", "pt"),
        good('Ele citou o manual: "use the brakes, e.g. the discs, with care".', "pt"),
        good("O ficheiro e.g.txt foi apagado.", "pt"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units or document.source_text:
            return
        if not _ABBREVIATION.search(chunk_text(document)):
            return
        code = base_language(document)
        own = _table()["own"].get(code)
        if own is None:
            return
        english = _table()["english"]
        admitted = frozenset(_table()["latin_admitted"])
        english_around = _english_around()
        text = document.text
        for match in _ABBREVIATION.finditer(text):
            found = match.group(0)
            key = english.get(f"{match.group(1).lower()}.{match.group(2).lower()}.")
            if key is None:
                continue
            start, end = match.span()
            around = text[max(0, start - 40) : end + 40]
            if english_around.search(around) or looks_technical(text, start, end):
                continue
            replacement = own[key]
            if found[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            yield self.finding(
                start,
                end,
                f"'{found}' is English's abbreviation; {code} writes '{replacement}'",
                fixes=[Fix((Edit(start, end, replacement),), Applicability.UNSAFE, "use the own")],
                confidence=_ADMITTED if code in admitted else 0.65,
                data=(("source_language", "en"),),
            )
