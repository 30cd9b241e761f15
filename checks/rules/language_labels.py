"""Language: a web page's label left in the source language on a line of its own (MT509):
"Advertisement" or "Read more" in a German or Spanish article, "Leia mais" in a Spanish one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data, casing_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, lowered_chunk_heads
from mtlint.checks.wordlists import zipf

# A label line is short: the label, or the label, a colon or a dash and a linked headline.
_MAX_LINE = 200
_MAX_HEADLINE_WORDS = 30
# A one-word label this common in the document's language is one of its words ("Trending"
# in a German menu, "Ad" anywhere).
_OWN_LABEL_ZIPF = 3.0
_MIN_SINGLE_LABEL = 5


@lru_cache(maxsize=1)
def _residue_table() -> dict:
    return resource_json("residue", "residue.json")


@lru_cache(maxsize=32)
def foreign_labels(code: str) -> dict[str, str]:
    """Page labels of other languages (resources/residue/residue.json) that are no label or
    function word of ``code`` (nor a one-word label under five letters) → their language."""
    table = _residue_table()
    own_labels = set(table.get(code, {}).get("labels", ()))
    own = casing_data(code) if code in casing_languages() else None
    own_words = (own.stop_words | own.function_words) if own else frozenset()
    found: dict[str, str] = {}
    for other, entry in sorted(table.items()):
        if other in (code, "markers", "_about") or not isinstance(entry, dict):
            continue
        for label in entry.get("labels", ()):
            words = label.split()
            if label in own_labels or label in found:
                continue
            if len(words) == 1 and (len(label) < _MIN_SINGLE_LABEL or label in own_words):
                continue
            found[label] = other
    return found


@lru_cache(maxsize=4096)
def _own_word(label: str, code: str) -> bool:
    """A one-word label common in ``code`` ("Trending" in German menus). Asked only of labels
    the text holds, so most texts never load the word list for it."""
    return " " not in label and zipf(label, code) >= _OWN_LABEL_ZIPF


@lru_cache(maxsize=32)
def _pattern(labels: frozenset[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"\n[ \t]*(?i:({body}))[ \t]*(?:(?=\n|\Z)|[:>»›|–—-][ \t]*(\S[^\n]*))")


@register
class ForeignPageLabel(Rule):
    code = "MT509"
    name = "foreign-page-label"
    summary = "A page label left in another language ('Advertisement' in a German article)."
    severity = Severity.WARNING
    doc = """
    What it finds: a line that is a web page's label in another language than the text's: an
    advertising slot, "Read more", "Related articles", "Share this article", "Leia também:
    <headline>" (the labels of every language in resources/residue/residue.json), standing on
    a line of its own in a text of another language ("Advertisement" or "Read also: …" in a
    German article, "Leia mais" in a Spanish one).
    Why it matters: machine translation of a page leaves its template's labels in the source
    language; the translated article then carries menu items in a language its reader may
    not read, and a corpus built from it holds them as sentences.
    Fix safety: none automatic (the label is translated or deleted by a person; a display-only
    hint is given).
    Known false positives: a page that keeps an English label on purpose (an English menu of a
    bilingual site). Labels the text's language shares (a one-word label under five letters, or
    common in the language: "Ad", "Trending") stay quiet; bilingual files (.po, XLIFF) are the
    bilingual rules' concern; a label inside a sentence is no label line.
    """
    examples = (
        Example(
            *[
                "Der Kurs stieg am Montag.\n\nAdvertisement\n\nDie Händler blieben vorsichtig.",
            ]
            * 2,
            "de",
        ),
        Example(
            *[
                "El alcalde visitó la zona.\n\nRead also: Floods hit the north\n\nEl gobierno "
                "anunció medidas.",
            ]
            * 2,
            "es",
        ),
        Example(*["El alcalde visitó la zona.\nLeia mais\nEl gobierno anunció medidas."] * 2, "es"),
        good("Der Kurs stieg am Montag.\n\nAnzeige\n\nDie Händler blieben vorsichtig.", "de"),
        good("The minister spoke.\n\nAdvertisement\n\nThe talks went on."),
        good("Il ministro ha detto di leggere più libri. Read more è il nome del club.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units:
            return
        code = base_language(document)
        if code not in _residue_table():
            return  # a language with no labels of its own may share another's ("reklama")
        labels = foreign_labels(code)
        heads = lowered_chunk_heads(document)
        # Every word of a label must be a chunk of the text ("a lire aussi": not "a" alone).
        present = frozenset(
            label
            for label in labels
            if all(word in heads for word in label.split(" ")) and not _own_word(label, code)
        )
        if not present:
            return
        text = document.text
        pattern = _pattern(present)
        # The first line, then each line after a line break: the pattern starts with a literal
        # "\n", which the regex engine finds at C speed (a multi-line "^" tries every position).
        first = pattern.match("\n" + text[: text.find("\n") + 1 or len(text)])
        matches = [] if first is None else [(first, -1)]
        matches += [(match, 0) for match in pattern.finditer(text)]
        for match, shift in matches:
            headline = match.group(2)
            if len(match.group(0)) > _MAX_LINE or (
                headline is not None and len(headline.split()) > _MAX_HEADLINE_WORDS
            ):
                continue
            start, end = match.start(1) + shift, match.end(1) + shift
            label = match.group(1)
            other = labels[label.lower()]
            yield self.finding(
                start,
                end,
                f"'{label}' is a page label in {other}, not {code}: left untranslated?",
                fixes=[Fix((Edit(start, end, label),), Applicability.DISPLAY_ONLY, "translate it")],
                confidence=0.7,
                data=(("source_language", other),),
            )
