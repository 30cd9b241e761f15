"""A case suffix spaced off the word it is joined to by an apostrophe (MT139, family MT1
spacing): Turkish "rating ‘in", "%0,79 ‘luk", "Ankara ’da".

Turkish (and the languages that write so) joins a case or derivational suffix to a name, a
number or an abbreviation with an apostrophe ("Ankara’da", "2024’te", "NATO’nun"). A template
filled from an English data feed, or a detokeniser that reads the apostrophe as a quotation
mark, leaves a space before the mark. The suffixes are each language's data (the case endings
``apostrophe_suffixes``, the chains ``apostrophe_suffix_runs`` and the derivations
``apostrophe_derivations`` of resources/typography/<lang>.json; a language without them is not
read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical
from mtlint.checks.typography import word_set

# A word or number, spaces, an apostrophe or a single quotation mark, then letters that end
# the token (the suffix): "rating ‘in Sat", "0,79 ‘luk bir".
# Led by the first space, the word or per cent sign before it looked for only there (a
# look-behind first is tried at every character); the same matches as the pattern
# (?<=[\w%])([ \u00a0]+)… it replaces.
_SPACED = re.compile(r"([ \u00a0](?<=[\w%][ \u00a0])[ \u00a0]*)(['’‘])([^\W\d_]+)(?![\w'’‘])")
# A closing single mark right after the suffix's word on the same line: a quoted word ("‘in’").
_CLOSED_SOON = re.compile(r"[^\n]{0,40}?[’']")


_SUFFIX_TABLES = ("apostrophe_suffixes", "apostrophe_suffix_runs", "apostrophe_derivations")


@lru_cache(maxsize=64)
def _pattern_words(suffixes: frozenset[str]) -> frozenset[str]:
    return frozenset(suffix.lower() for suffix in suffixes)


@register
class SuffixSpacedOff(Rule):
    code = "MT139"
    name = "suffix-spaced-off"
    summary = "A suffix joined by an apostrophe spaced off its word ('rating ‘in', 'Ankara ’da')."
    doc = """
    What it finds: a space between a word, a number or a per cent sign and an apostrophe (or
    a single quotation mark typed for it) that joins one of the language's case or
    derivational suffixes to it: Turkish "endeks ‘in yükselişi", "%0,79 ‘luk düşüş",
    "Ankara ’da". The suffixes are data (resources/typography/<lang>.json: the case endings
    apostrophe_suffixes, the chains apostrophe_suffix_runs, the derivations
    apostrophe_derivations; Turkish "da", "den", "nın", "ler", "luk", "dır" …); languages
    without the tables are not read.
    Why it matters: the suffix is part of the word; spaced off, it reads as a stray
    quotation of a syllable. Templates filled from an English data feed and detokenisers that
    take the apostrophe for a quotation mark leave the space.
    Fix safety: unsafe; the space is removed and a left single quotation mark typed for the
    apostrophe becomes ’ ("rating ‘in" → "rating’in").
    Known false positives: a quotation that opens on a word spelt like a suffix ("the word
    ‘ki’ …" stays quiet when a closing mark follows on the line); code and URLs are skipped.
    """
    examples = (
        Example(
            "Rapor, endeks ‘in yükselişte olduğunu gösteriyor.",
            "Rapor, endeks’in yükselişte olduğunu gösteriyor.",
            "tr",
        ),
        Example(
            "Gıda endeksi %-0,79 ‘luk bir düşüş yaşadı.",
            "Gıda endeksi %-0,79’luk bir düşüş yaşadı.",
            "tr",
        ),
        Example("Toplantı Ankara ’da yapıldı.", "Toplantı Ankara’da yapıldı.", "tr"),
        good("Toplantı Ankara’da yapıldı; NATO’nun kararı ‘Yeni Dönem’ başlığıyla çıktı.", "tr"),
        good("Kitabın adı ‘ki’ kelimesiyle başlıyor ve ‘de’ ile bitiyor.", "tr"),
        good("He said ‘in a minute’ and left.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        suffixes = frozenset().union(*(word_set(data, key) for key in _SUFFIX_TABLES))
        if not suffixes:
            return
        text = document.text
        if "'" not in text and "’" not in text and "‘" not in text:
            return
        words = _pattern_words(suffixes)
        for match in _SPACED.finditer(text):
            space, mark, suffix = match.groups()
            if suffix.lower() not in words:
                continue
            start, end = match.start(1), match.end(2)
            after = match.end(3)
            if _CLOSED_SOON.match(text, after) and text[after : after + 1] in "'’":
                continue  # a quoted syllable: "‘ki’"
            if mark == "‘" and _closing_later(text, after):
                continue  # "‘de ile bitiyor’": a quotation opening on a suffix-like word
            if looks_technical(text, start, after):
                continue
            joined = "’" if mark == "‘" else mark
            yield self.finding(
                start,
                end,
                f"'{space}{mark}{suffix}': the suffix belongs to the word before it",
                fixes=[
                    Fix(
                        (Edit(start, end, joined),),
                        Applicability.UNSAFE,
                        f"join '{mark}{suffix}' to the word before",
                    )
                ],
                confidence=0.7,
            )


def _closing_later(text: str, at: int) -> bool:
    """Whether a closing single mark stands after a space later on the line: the opening ‘
    started a quotation of several words ("‘de ile bitiyor’")."""
    line_end = text.find("\n", at)
    line = text[at : line_end if line_end != -1 else len(text)]
    return bool(re.search(r"\s[^\W\d_]+[’']", line[:80]))
