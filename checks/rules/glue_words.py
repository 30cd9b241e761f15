"""Spacing: two common words glued at a capital, the first in lower case ("electronicVersion",
"printedEdition"): MT116. MT102 takes a function word glued to a capital ("peloConselho"),
MT113 two capitalised words; this is the content-word camel glue a link or a bold run leaves
where its markup ended inside a sentence.

The document's distinct chunks are screened at C speed (a lower-case run, one capital, a
lower-case run), each candidate chunk judged once per process, and the text scanned only for
the few that are glued words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_tables,
    find_words,
    language_data,
    looks_technical,
    unique_chunks,
)
from mtlint.checks.wordlists import frequency_dict, zipf

_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*"
# A lower-case word of four letters or more, one capital, three lower-case letters or more.
_CAMEL = re.compile(r"[^\W\d_A-ZÀ-ÞА-ЯЁ]{4,}[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_A-ZÀ-ÞА-ЯЁ]{3,}")
_PARTS = re.compile(r"([^\W\d_]+?)([A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)")
# Both parts this well known ("electronic" 4.3, "version" 5.1); the whole this rare, in the
# language and in English (brands and code names the web writes: "JavaScript", "iPhone").
_PART_ZIPF = 4.0
_WHOLE_ZIPF = 1.5
# A text with this many distinct camel-case chunks is code or a product page: identifiers
# ("userName", "fontSize") are written so on purpose.
_IDENTIFIER_TEXT = 3


def _camel_split(token: str, language: str, glue: frozenset[str]) -> tuple[str, str] | None:
    """(first word, second word) when the token is two well-known words glued at a capital,
    the whole no word of the language nor of English; None otherwise."""
    match = _PARTS.fullmatch(token)
    if not match or not token[0].islower():
        return None
    head, tail = match.groups()
    if not tail[1:].islower() or head.lower() in glue:  # a function word is MT102's
        return None
    if zipf(head, language) < _PART_ZIPF or zipf(tail.lower(), language) < _PART_ZIPF:
        return None
    lowered = token.lower()
    if zipf(lowered, language) >= _WHOLE_ZIPF or zipf(lowered, "en") >= _WHOLE_ZIPF:
        return None
    return head, tail


@register
class CamelGluedWords(Rule):
    code = "MT116"
    name = "camel-glued-words"
    summary = "Two common words glued at a capital ('the electronicVersion of the report')."
    doc = """
    What it finds: a lower-case word of four letters or more glued to a capitalised word, both
    well known in the language (zipf ≥ 4) and the whole no word of it nor of English, standing
    once in running text: "by mail or electronicVersion", "la versioneDefinitiva del rapporto".
    Why it matters: where a link, a bold run or a heading's markup ended inside a sentence the
    space after it is lost, and the capital the markup's text had is kept; spell checkers split
    camel case into its words and pass it.
    Fix safety: a space is inserted and the capital lowered (kept where the language
    capitalises nouns); unsafe.
    Known false positives: code identifiers in prose ("the userName field") — a text with
    three or more distinct camel-case chunks, a token written more than once, or one in a
    URL, path, handle or file name is left alone; lower-case brands of two common words that
    wordfreq does not know.
    """
    examples = (
        Example(
            "Send the form by mail or electronicVersion to the office.",
            "Send the form by mail or electronic version to the office.",
        ),
        Example(
            "Il rapporto è disponibile anche nella versioneDefinitiva presso la sede.",
            "Il rapporto è disponibile anche nella versione definitiva presso la sede.",
            "it",
        ),
        good("She bought an iPhone on eBay and read the JavaScript docs in PowerPoint."),
        good("Set userName, passWord and fontSize in the config; userName is required."),
        good("Open config/printedVersion.json or visit example.com/electronicVersion."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if not frequency_dict(language):
            return
        data = language_data(document)
        chunks = unique_chunks(document)
        fresh, (split_of,), seen = chunk_tables(("camel-words", language), chunks, 1)
        if fresh:
            glue = data.function_words
            for chunk in filter(_CAMEL.search, fresh):
                split = _camel_split(chunk.strip(_STRIP), language, glue)
                if split:
                    split_of[chunk] = split
            seen.update(fresh)
        found = {split_of[chunk] for chunk in filter(split_of.__contains__, chunks)}
        if not found or sum(1 for _ in filter(_CAMEL.search, chunks)) >= _IDENTIFIER_TEXT:
            return
        text = document.text
        nouns = casing_data(language).nouns_capitalised
        located = find_words(text, [head + tail for head, tail in found])
        for head, tail in sorted(found):
            spans = located.get(head + tail, [])
            if len(spans) != 1:  # written so twice: on purpose
                continue
            start, end = spans[0]
            if looks_technical(text, start, end) or text[end : end + 1] in "(_=":
                continue
            cut = start + len(head)
            second = tail if nouns else tail[0].lower() + tail[1:]
            fix = Fix(
                (Edit(cut, cut + 1, " " + second[0]),),
                Applicability.UNSAFE,
                f"'{head}{tail}' → '{head} {second}'",
            )
            yield self.finding(
                start,
                end,
                f"'{head}{tail}' looks like '{head}' glued to '{tail}'",
                fixes=[fix],
                confidence=0.6,
            )
