"""Language: a source-language gloss left in brackets beside its translation (MT505):
"the Ministry of Health (Ministerio de Salud)", "the parliament (parlamento)"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import gloss_sources, source_language_of
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import bracket_places
from mtlint.checks.textscan import language_data

# A bracket after a word and one space, holding one to six words and nothing else but spaces,
# hyphens and apostrophes (no digits, no commas: a list, a date or a figure is no gloss).
_MAX_CHARS = 60
_INNER = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’-]){1,60}")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 6


@register
class UntranslatedGloss(Rule):
    code = "MT505"
    name = "untranslated-gloss"
    summary = "A source-language gloss left in brackets ('the parliament (parlamento)')."
    severity = Severity.INFO
    languages = frozenset({"en", "de", "fr", "es", "it", "pt"})
    doc = """
    What it finds: a bracket (round or square) of one to six words right after a word, every
    word of which is a word of one source language and not of the document's ("the Ministry of
    Health (Ministerio de Salud)", "the IMF [Fundo Monetário Internacional]", "the parliament
    (parlamento)", "the town (Gemeinde)" in English), at least one of them a common word there
    that the document's language hardly uses (wordfreq: 4 Zipf or more in the source, 2.3
    points more than in the document's language). The source languages per document language
    are data (resources/language/fragments.json, gloss_sources).
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
        Example(
            "Growth beat the forecast of the IMF [Fundo Monetário Internacional] this year.",
            "Growth beat the forecast of the IMF this year.",
        ),
        good("The Rada (Verkhovna Rada) voted on Monday."),
        good("See the list [1], the note [citation needed] and the quote [sic]."),
        good("The Attorney General's Office (FGE) opened an investigation."),
        good("He met the mayor (Juan Pérez Sánchez) and the club (Real Madrid)."),
        good("The capital (Madrid) and the country (Spain, 2019) were named."),
        good("Die Künstliche Intelligenz (Artificial Intelligence) wächst.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        sources = gloss_sources(data.code)
        text = document.text
        if not sources:
            return
        # Speed: the brackets are found once per document (checks.repeats, shared with MT404);
        # most hold acronyms, figures or English and are dropped on their first characters,
        # and a bracket's verdict is kept per text.
        for at, close in (*bracket_places(document), *_square_brackets(document)):
            if close - at - 2 <= _MAX_CHARS and at and text[at - 1].isalpha():
                inner = text[at + 2 : close]
                found = _verdict(inner, data.code, sources) if _INNER.fullmatch(inner) else None
                if found is not None:
                    yield self._gloss(at, close + 1, inner, data.code, *found)

    def _gloss(
        self, at: int, end: int, inner: str, code: str, source: str, strongest: str
    ) -> Finding:
        return self.finding(
            at + 1,
            end,
            f"'{inner}' in brackets is {source}, not {code}: a source-language gloss left beside "
            "the translation?",
            fixes=[Fix((Edit(at, end, ""),), Applicability.UNSAFE, f"delete the {source} gloss")],
            confidence=0.55,
            data=(("source_language", source), ("evidence", strongest)),
        )


def _square_brackets(document: Document) -> list[tuple[int, int]]:
    """(offset of " [", offset of the "]" after it within 62 characters): a gloss in square
    brackets ("the IMF [Fundo Monetário Internacional]"), found once per document."""
    return document.analysis.get("square_brackets", lambda: _square_places(document.text))


def _square_places(text: str) -> list[tuple[int, int]]:
    # Speed: a one-character search runs at memory speed; " [" (two characters) is three
    # times slower on a text that is not pure ASCII.
    places: list[tuple[int, int]] = []
    opening = text.find("[", 1)
    while opening != -1:
        if text[opening - 1] == " ":
            close = text.find("]", opening + 1, opening + 1 + _MAX_CHARS + 2)
            if close != -1:
                places.append((opening - 1, close))
        opening = text.find("[", opening + 1)
    return places


@lru_cache(maxsize=4096)
def _verdict(inner: str, code: str, sources: tuple[str, ...]) -> tuple[str, str] | None:
    """(source language, its strongest word) when the bracket's words are a gloss."""
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_WORDS or any(w.isupper() for w in words):
        return None
    return source_language_of(words, code, sources)
