"""Language: an international word left in the source language's spelling (MT506):
"the Koronavirus cases", "Presiden Budi Santoso", "the Kabinet met" in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingdict import dictionary_table
from mtlint.checks.cognates import (
    COGNATE_LANGUAGES,
    cognate,
    cognate_forms,
    cognate_place_words,
    cognate_titles,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import foreign_table
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import placed_on_purpose
from mtlint.checks.textscan import language_data, lowered_chunk_heads

# A word the text writes this often (in any case) is one of its names or terms ("Politika",
# a newspaper), not a word MT failed on once.
_TERM_USES = 3


@lru_cache(maxsize=4)
def _lower_forms(code: str) -> frozenset[str]:
    """The table's words in lower case, bare or with a trailing comma or full stop (compared
    with the text's lowered chunks as they stand)."""
    words = frozenset(w for w in cognate_forms(code) if w.islower())
    return words | frozenset(w + mark for w in words for mark in ",.")


@register
class CognateLeft(Rule):
    code = "MT506"
    name = "source-spelling"
    summary = "An international word left in the source's spelling ('the Koronavirus cases')."
    severity = Severity.WARNING
    languages = COGNATE_LANGUAGES
    doc = """
    What it finds: a word that a source language of machine translation writes and English
    spells otherwise, capitalised or not: "Koronavirus" (Turkish, Russian romanised),
    "Presiden" (Indonesian), "Kabinet", "Prezident", "demokratiya". The pairs are data
    (resources/language/cognates.json), derived from wordfreq by bench/build_cognates.py:
    regular spelling transforms (k for c, -iya for -y, -tsiya for -tion, a dropped final
    consonant) between a word of Zipf 3 or more in a source language and an English word of
    Zipf 3 or more, the source spelling itself rare in English (under Zipf 2). Lower-case words
    of the languages MT504 reads (resources/casing/en.json foreign_word_sources) are MT504's.
    Why it matters: MT leaves a word it cannot translate as the source spells it; a name-like
    capital hides it from the foreign-word check (MT504) and from a reader skimming.
    Fix safety: unsafe: the English spelling replaces the word (a false friend keeps its
    source meaning: Spanish "sanidad" is "health", not "sanity"; read the sentence).
    Known false positives: a name that happens to spell a source word ("Kairo" as a given
    name; the newspaper "Politika" is quiet once the text uses it three times). A capital
    the text never writes in lower case is read as a name after a word names follow ("the
    startup Kabinet": quiet) and gets no fix after "in"/"at" ("played in Kabinet"). Stays quiet
    inside a name (after a capitalised word, before a function word of a source language:
    "Ministerio de …"), in quotes or brackets (a gloss, MT505's), in a sentence of another
    language (MT502's), in URLs and handles.
    """
    examples = (
        Example(
            "The number of Koronavirus cases in the province rose on Monday.",
            "The number of Coronavirus cases in the province rose on Monday.",
        ),
        Example(
            "The Presiden said the new road would open in March.",
            "The President said the new road would open in March.",
        ),
        good("Kairo Forbes scored twice; the word ‘koronavirus’ is Turkish."),
        good("The Ministerio de Sanidad (ministry of health) answered."),
        good("Readers of Politika, the Politika daily and Politika online agree."),
        good("The startup Kabinet raised money from two funds last week."),
        good("El Presiden de la comisión habló ayer con los vecinos del barrio."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        if code not in COGNATE_LANGUAGES:
            return
        # The lowered chunks MT503 reads too (one computation per document).
        present = {w.rstrip(",.") for w in lowered_chunk_heads(document) & _lower_forms(code)}
        if not present:
            return
        text = document.text
        mt504 = frozenset(foreign_table(code).sources)
        stop_words = casing_data(code).stop_words
        for word in sorted(present):
            pattern = re.compile(rf"(?<![\w'’@#/.\-])(?i:{re.escape(word)})(?![\w'’@/\-])")
            matches = list(islice(pattern.finditer(text), _TERM_USES))
            if len(matches) >= _TERM_USES:
                continue  # the text's own term or name, in any case (whole words only)
            for match in matches:
                start, end = match.span()
                found = cognate(match.group(), code)
                if found is None:
                    continue
                if match.group().islower() and mt504 & set(found[0].split("/")):
                    continue  # MT504 reads lower-case words of its source languages
                title = found[1].lower() in cognate_titles()
                if placed_on_purpose(text, start, end, stop_words, before_name=title):
                    continue
                written, own = match.group(), found[1]
                name = _name_place(text, start, written, word, code)
                if name == "name":
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{written}' is the {found[0]} spelling of '{own}': left untranslated?",
                    fixes=[]
                    if name
                    else [Fix((Edit(start, end, own),), Applicability.UNSAFE, f"'{own}'")],
                    confidence=0.6,
                    data=(("source_language", found[0]),),
                )


def _name_place(text: str, start: int, written: str, lower: str, code: str) -> str:
    """Where a capitalised word the text never writes in lower case stands in a name's place:
    "name" after a word names follow ("the startup Kargo"), "place" after a word a place name
    follows ("played in Gothia": no fix is offered), else ""."""
    if not written[:1].isupper() or re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text):
        return ""
    before = text[max(0, start - 30) : start].rsplit(None, 1)
    previous = before[-1].lower() if before and text[start - 1 : start] == " " else ""
    table = dictionary_table(code)
    if table is not None and previous in table.before_names:
        return "name"
    return "place" if previous in cognate_place_words() else ""
