"""Words the installed hunspell dictionary rejects, counted only with evidence of damage (MT930):
two common words run together across a lost break ("girlfriendIf"), or one edit from the one
far commoner word ("Saturdy"). The dictionary is the machine's own (checks/hunspelldicts.py);
with none for the language the rule is off. The gate is checks/spellgate.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.foreign_phrase import foreign_phrase
from mtlint.checks.glue_dictionary import after_name, glue_split_table, read_split
from mtlint.checks.glue_tables import glue_tables
from mtlint.checks.hunspelldicts import spell_dictionary
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import foreign_sentence
from mtlint.checks.spellgate import (
    SLIP_LETTERS,
    GateReading,
    camel_split,
    read_camel,
    read_far_slip,
    read_slip,
    zipf,
)
from mtlint.checks.spelling import (
    INDEX_AFTER,
    SCARCE_ZIPF,
    first_places,
    folded_words,
    known_name,
    plain_place,
    scarce_words,
)
from mtlint.checks.technical import technical_document
from mtlint.checks.textscan import base_language, language_data
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

# Each kind's confidence (BENCHMARKS.md, h31spell). Measured on every hunspell-rejected token of
# the English tuning pools and realmt-en23 (1,283 tokens, before the yields): camel glue 9 of 9
# right, a slip of a word the text writes 4 of 4, a one-edit slip 18 of 18 once names' parts and
# capitalised slips of lower-case words are left out, a far slip 2 of 2 in lower case (the two
# capitalised ones wrong: now never read); the precision pools added one camel glue (right).
# Thin evidence, so each sits at the pooled estimate (R + 10 p) / (N + 10) with a cautious
# prior p = 0.6, rounded down to 0.05: camel glue and written slip 0.85, the others 0.6.
BANDS = {
    "camel-glue": 0.85,
    "slip-written": 0.85,
    "slip": 0.6,
    "slip-far": 0.6,  # (2 + 6) / 12 = 0.67
    # Glue splits (checks/glue_dictionary.py; BENCHMARKS.md, h32glue), before the yields: on
    # the English tuning pools and realmt-en23 23 of 23 right, none on the precision pools,
    # 1 right and none wrong in 67,000 words of clean English MT and references, none in
    # 14,000 words of clean native de/es/it/pl/fr/ru/cs nor on the real MT of pool-ml29/29b
    # and realmt-*22/*23: (24 + 6) / 34 = 0.88.
    "glue-split": 0.85,
    # A glue the web writes too ("thetwo", "Thesecond"): 2 of 2 on the pools, (2 + 6) / 12.
    "glue-split-web": 0.65,
    # After a name's word ("Foreign Affairssaid"): no real case on any set here (planted and
    # clean text only), so at the bar, not above it.
    "glue-split-name": 0.5,
    # A common word run into a name the dictionary lists ("hisBelarusian"): 1 of 1 on the
    # pools, none on the precision pools and clean text: (1 + 6) / 11.
    "camel-name": 0.6,
}


def _glue_split_cap(language: str) -> float:
    """A glue split's ceiling in ``language``: its bands where they were measured on that
    language's MT, a lower cap elsewhere (resources/spelling/glue_split.json says why)."""
    table = glue_split_table()
    return 1.0 if language in table["measured"] else table["other_languages_cap"]


_MESSAGES = {
    "camel-glue": "'{word}' is two words run together (a break lost between them)? '{fix}'",
    "camel-name": "'{word}' is a word run into a name (a break lost between them)? '{fix}'",
    "glue-split": "'{word}' is no word of the dictionary: two words run together? '{fix}'",
    "glue-split-name": "'{word}' ends a name with a word run on? '{fix}'",
    "glue-split-web": "'{word}' is no word of the dictionary: two words run together? '{fix}'",
    "slip-written": "'{word}' is no word of the dictionary; a slip of '{fix}' (written in the"
    " text too)?",
    "slip": "'{word}' is no word of the dictionary; a slip of '{fix}'?",
    "slip-far": "'{word}' is no word of the dictionary; a slip of '{fix}' (two letters off)?",
}
# The formats read: pages and documents of prose. Translators' files, Markdown and software
# strings are left alone: on the fresh files (bench/bench_freshfiles.py, h31spell) the rule
# raised 13 findings there, none judged, where names of software and identifiers abound.
PROSE_FORMATS = frozenset({"text", "html", "docx"})
_NEIGHBOUR = re.compile(r"[^\W\d_]+")


@register
class DictionaryGatedWord(Rule):
    code = "MT930"
    name = "dictionary-gated-word"
    summary = "A word hunspell rejects, with evidence of damage: two words glued, or a slip."
    languages = frozenset()
    severity = Severity.WARNING
    doc = """
    What it finds: a word the language's installed hunspell dictionary rejects and wordfreq
    hardly knows, where the word itself shows the damage: a lower-case word run into a
    capitalised one, both common words the dictionary accepts ("girlfriendIf you marry": a
    line or sentence break lost in the page pipeline), or a word one edit (a letter dropped,
    added, changed, two swapped) from exactly one word far commoner than it that the
    dictionary accepts ("Saturdy", "kindergardens"), surer where the text writes that word too,
    or two words glued where a space was lost (link text and the next word, a word and a
    function word, a line's last word and the next's): a word wordfreq has never seen that
    cuts at one point into two common words the dictionary accepts, each of three letters or
    more ("productionfacilities", "Representativesand", "querealmente"; a token the web
    writes too, "thetwo", only with a function word in it; after a name's word only a very
    common word, "Foreign Affairssaid"; where the language writes solid compounds only a
    function word after the cut, "Kommissionund": checks/glue_dictionary.py).
    Why it matters: a spell checker finds many slips mtlint's lists miss, but on MT pages
    four of five of its unknown words are names, loanwords and codes; the gate keeps the ones
    whose shape says damage.
    Fix safety: unsafe: a suggestion (a split, a correction).
    Confidence: the precision each kind measured on the English tuning pools, the precision
    pools and clean text (BENCHMARKS.md, h31spell, h32glue): a camel glue, a glue split and
    a slip of a word the text writes 0.85, a glue the web writes 0.65, another slip 0.6, a
    glue after a name's word 0.5 (no real case measured).
    The dictionary: the machine's own (the system's hunspell/myspell folders, LibreOffice's,
    the user folder, ``MTLINT_DICTIONARIES``: checks/hunspelldicts.py), read by spylls; no
    dictionary for the language, no finding (``mtlint rules --lang xx`` says so).
    Known false positives: a name one edit from a common word standing alone ("Phong" is no
    "Phone" where a capitalised word stands beside it, so a name's parts are left alone, but
    a lone one is not), a brand written in camel case with a common word in each half. A
    word the text writes twice, a given name or town of the gazetteer, a word beside a digit,
    a hyphen, an apostrophe, a quote or code, and a capitalised slip of a word by its first
    letter are never read. Glue look-alikes left alone: a name cut into syllables (a part
    under three letters; a capitalised word's first part under four unless a function word;
    a name ending, "-ton", "-man"; a surname's, "-ova"; a place noun, "Emmapark"; a
    romanised syllable after a name), a prefix's derivation ("nonparty"), a closed compound's
    tail ("-less", "-maker"), a compound wordfreq knows inflected ("breakrooms"), two
    content words of which one is under four letters or the whole under ten (software's
    names: "wineboot", "maxexpired"); still taken: a long compound of two common nouns
    nobody writes, and a misspelt word that happens to cut into two ("cumprimimos" read as
    "cumpri mimos", Portuguese). Where another rule
    reports the span as surely this one yields (MT101 reads most glue with its own tables).
    Read in prose only (plain text, HTML pages, Word documents): never in translators' files,
    Markdown or software strings, where identifiers and product names are the words it
    would misread.
    """
    examples = (
        Example(
            "Wedding dresses for the girlfriendIf you marry a close friend.",
            "Wedding dresses for the girlfriend If you marry a close friend.",
        ),
        Example(
            "The road was opened on Saturdy by the governor.",
            "The road was opened on Saturday by the governor.",
        ),
        Example(
            "The delegates praised the productionfacilities of the new plant.",
            "The delegates praised the production facilities of the new plant.",
        ),
        good("Minister Nguyen Thanh Phong opened the road on Saturday."),
        good("The nonparty members met in Wallington on Saturday."),
        good("The YouTube channel and the iPhone app were both updated."),
        good("The Kalinowsky report was published in the capital."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.format not in PROSE_FORMATS or document.units:
            return  # translators' files and markup: identifiers and terms, not MT pages
        language = base_language(document)
        words = _candidates(document, language)
        if not words or technical_document(document):
            return
        dictionary = spell_dictionary(language)
        if dictionary is None:
            return
        text = document.text
        stop_words = language_data(document).stop_words
        written = folded_words(document)
        frequencies = frequency_dict(language)
        indexed = len(words) > INDEX_AFTER  # many words: the deletion index pays
        tables = glue_tables(language_data(document))
        function_words = language_data(document).function_words
        for word in words:
            reading = (
                read_camel(word, language, dictionary)
                or read_split(word, language, dictionary, tables, function_words)
                or read_slip(word, language, dictionary, written, indexed)
                or read_far_slip(word, language, dictionary, written)
            )
            if reading is None or dictionary.knows(word):
                continue
            spans = first_places(document, word)
            if len(spans) != 1:
                continue  # the text's own term or name
            start, end = spans[0]
            if not plain_place(text, start, end) or not text[end:].strip():
                continue  # the text's last word: an excerpt cut in a word ("prepar")
            if foreign_phrase(text, start, end, language):
                continue  # "the Placa de la Vila": a name of another language
            if foreign_sentence(text, start, end, stop_words, frequencies):
                continue  # a sentence of another language: its words are no slips of this one
            if reading.kind != "camel-glue" and word[:1].isupper() and _name_part(text, start, end):
                if reading.kind != "glue-split":
                    continue
                reading = after_name(reading, language)  # "Foreign Affairssaid"
                if reading is None:
                    continue
            yield self._finding(word, reading, start, end, language)

    def _finding(
        self, word: str, reading: GateReading, start: int, end: int, language: str
    ) -> Finding:
        confidence = BANDS[reading.kind]
        if reading.kind.startswith("glue-split"):
            confidence = min(confidence, _glue_split_cap(language))
        return self.finding(
            start,
            end,
            _MESSAGES[reading.kind].format(word=word, fix=reading.fix),
            fixes=(Fix((Edit(start, end, reading.fix),), Applicability.UNSAFE, reading.fix),),
            confidence=confidence,
            data=(("reading", reading.kind),),
        )


def _candidates(document: Document, language: str) -> list[str]:
    """The document's words wordfreq hardly knows (in the language or English), long enough
    for a slip, not names of the gazetteer; and its camel-shaped words of two known halves
    (the cheap wordfreq tests first: the dictionary is asked only about these few)."""
    found = {
        word
        for word in scarce_words(document, language)
        if len(word) >= SLIP_LETTERS and not known_name(word)
    }
    for word in document_words(document):
        if "-" in word or not word[:1].islower() or word.islower():
            continue
        if camel_split(word) is not None and zipf(word.lower(), language) < SCARCE_ZIPF:
            found.add(word)
    return sorted(found)


def _name_part(text: str, start: int, end: int) -> bool:
    """A capitalised word beside another capitalised word on its line, not as a sentence's
    first word: a part of a name ("Nguyen Thanh Phong", "Hai Phong")."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    previous = _NEIGHBOUR.findall(before.split("\n")[-1])
    following = _NEIGHBOUR.search(after.split("\n")[0])
    if previous and previous[-1][:1].isupper():
        gap = before[before.rfind(previous[-1]) + len(previous[-1]) :]
        if not gap.strip():
            return True
    if following and following.group()[:1].isupper():
        gap = after[: following.start()]
        if not gap.strip():
            return True
    return False
