"""Language: a source-language gloss left in brackets beside its translation (MT505):
"the Ministry of Health (Ministerio de Salud)", "the parliament (parlamento)"."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data
from mtlint.checks.wordlists import zipf

# A bracket after a word and one space, holding one to six words and nothing else but spaces,
# hyphens and apostrophes (no digits, no commas: a list, a date or a figure is no gloss).
_GLOSS = re.compile(r"(?<=[^\W\d_]) \(([^\W\d_](?:[^\W\d_]|[ '’-]){1,60})\)")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 6
# A word of the source language: known there at least this well (Zipf) and this many points
# (powers of ten) more than in the document's language.
_SOURCE_ZIPF = 3.0
_MARGIN = 1.0
# At least one word must be a common word of the source language that the document's language
# hardly uses: names ("Pérez", "García": about 1.9 points) stay under this margin, common
# nouns ("ministerio", "salud", "nacional", "Gemeinde": 2.3 to 3.5) are over it.
_STRONG_ZIPF = 4.0
_STRONG_MARGIN = 2.3
# A gloss of one capitalised word is often a place or a name ("Spain (España)"): it needs a
# word the document's language does not use at all.
_SINGLE_NAME_MARGIN = 3.0


@lru_cache(maxsize=1)
def _fragments_table() -> dict:
    path = resources.files("mtlint.resources") / "language" / "fragments.json"
    return json.loads(path.read_text(encoding="utf-8"))


def gloss_sources(code: str) -> tuple[str, ...]:
    return tuple(_fragments_table().get("gloss_sources", {}).get(code, ()))


@lru_cache(maxsize=32)
def _stop_words(code: str) -> frozenset[str]:
    data = load_language_data(code)
    return data.stop_words | data.function_words


def _source_of(words: list[str], code: str, sources: tuple[str, ...]) -> tuple[str, str] | None:
    """(the source language, its strongest word) when every word of ``words`` belongs to one
    source language and not to the document's, else None."""
    own_stop = _stop_words(code)
    for source in sources:
        source_stop = _stop_words(source)
        strongest, strength, shared = "", 0.0, 0
        for word in words:
            lower = word.lower()
            if lower in own_stop:
                break  # "the", "of": the document's own words
            if lower in source_stop:
                continue  # "de", "la", "y": a function word of the source language
            own, theirs = zipf(lower, code), zipf(lower, source)
            if theirs < _SOURCE_ZIPF or theirs <= own:
                break
            if theirs - own < _MARGIN:
                shared += 1  # a cognate or a name both languages use ("Electoral", "Juan")
            elif theirs >= _STRONG_ZIPF and theirs - own > strength:
                strongest, strength = word, theirs - own
        else:
            if (
                strength >= _STRONG_MARGIN
                and 2 * shared < len(words)
                and (len(words) > 1 or words[0].islower() or strength >= _SINGLE_NAME_MARGIN)
            ):
                return source, strongest
    return None


@register
class UntranslatedGloss(Rule):
    code = "MT505"
    name = "untranslated-gloss"
    summary = "A source-language gloss left in brackets ('the parliament (parlamento)')."
    severity = Severity.INFO
    languages = frozenset({"en", "de", "fr", "es", "it", "pt"})
    doc = """
    What it finds: a bracket of one to six words right after a word, every word of which is a
    word of one source language and not of the document's ("the Ministry of Health (Ministerio
    de Salud)", "the parliament (parlamento)", "the town (Gemeinde)" in English), at least one
    of them a common word there that the document's language hardly uses (wordfreq: 4 Zipf or
    more in the source, 2.3 points more than in the document's language). The source languages
    per document language are data (resources/language/fragments.json, gloss_sources).
    Why it matters: MT and hurried post-editing keep the source's term beside (or instead of)
    its translation; an editor decides whether the reader needs it.
    Fix safety: unsafe; deleting the bracket is offered (the translation stands before it).
    Known false positives: a gloss kept on purpose (a legal term, an official name the reader
    may search for); an original title. Names stay quiet: their frequencies differ less
    between languages ("(Pérez Sánchez)", "(Verkhovna Rada)"), acronyms and figures are skipped.
    """
    examples = (
        Example(
            "The Ministry of Health (Ministerio de Salud) reported new cases.",
            "The Ministry of Health reported new cases.",
        ),
        Example(
            "The deputies met in the parliament (parlamento) on Monday.",
            "The deputies met in the parliament on Monday.",
        ),
        good("The Rada (Verkhovna Rada) voted on Monday."),
        good("The Attorney General's Office (FGE) opened an investigation."),
        good("He met the mayor (Juan Pérez Sánchez) and the club (Real Madrid)."),
        good("The capital (Madrid) and the country (Spain, 2019) were named."),
        good("Die Künstliche Intelligenz (Artificial Intelligence) wächst.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        sources = gloss_sources(data.code)
        text = document.text
        if not sources or " (" not in text:
            return
        for match in _GLOSS.finditer(text):
            inner = match.group(1)
            words = _WORD.findall(inner)
            if not words or len(words) > _MAX_WORDS or any(w.isupper() for w in words):
                continue
            found = _source_of(words, data.code, sources)
            if found is None:
                continue
            source, strongest = found
            start, end = match.start(1) - 1, match.end()
            yield self.finding(
                start,
                end,
                f"'({inner})' is {source}, not {data.code}: a source-language gloss left beside "
                "the translation?",
                fixes=[
                    Fix(
                        (Edit(match.start(), end, ""),),
                        Applicability.UNSAFE,
                        f"delete the {source} gloss",
                    )
                ],
                confidence=0.55,
                data=(("source_language", source), ("evidence", strongest)),
            )
