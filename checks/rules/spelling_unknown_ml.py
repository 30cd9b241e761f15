"""Words the language does not know, beyond English (MT998): a lower-case word that neither
wordfreq nor the language's lexicon of inflected forms knows, read as two words glued or a
slip of a frequent word (checks/unknown_words_ml.py); confidence is the precision its band
measured on the dev sets. Spans another rule reports are left to it (checks/context.py,
``BROAD``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages
from mtlint.checks.lexicon import has_lexicon
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import foreign_sentence
from mtlint.checks.spelling import (
    INDEX_AFTER,
    first_places,
    folded_words,
    plain_place,
    scarce_places,
    scarce_words,
)
from mtlint.checks.technical import technical_document
from mtlint.checks.textscan import base_language, language_data
from mtlint.checks.unknown_words_ml import MAX_LETTERS, MIN_LETTERS, read_word

# Each band's confidence (BENCHMARKS.md, h17mlspell). On the dev sets no band reported a false
# alarm (clean native text of seven languages, 120k words of German MT, the real-MT dev sets),
# but the real MT held few lower-case unknown words to find: the evidence is too thin for the
# default bar (0.5), so every band stays in the doubtful tier, the surer split highest, as
# MT994's do.
BANDS = {
    "glued-sure": 0.45,
    "glued": 0.3,
    "typo": 0.3,
}
_MESSAGES = {
    "glued": "'{word}' is not a word of the text's language; two words run together? '{fix}'",
    "typo": "'{word}' is not a word of the text's language; a slip of '{fix}'?",
}


@register
class UnknownWordMultilingual(Rule):
    code = "MT998"
    name = "unknown-word-ml"
    summary = "A word the language (beyond English) does not know: glued or a slip (calibrated)."
    languages = frozenset(code for code in available_languages() if has_lexicon(code))
    severity = Severity.INFO
    doc = """
    What it finds: a lower-case word of five letters or more, written once, that neither
    wordfreq (in the text's language or English) nor the language's lexicon of inflected forms
    (resources/lexicon/, built from hunspell dictionaries by bench/build_lexicons.py) knows,
    read as two known words run together ("delpartido", "вэтом"; in German and Dutch only a
    short function word run on, "mitder", since two content words joined are a compound) or a
    slip one edit from a frequent word ("governo" written "goberno").
    Why it matters: the precise glue rules (MT101) need a name or a pattern; a word the
    language does not know at all is the broad evidence of a glued or garbled word in MT.
    Fix safety: unsafe: a suggestion (a split, a correction).
    Confidence: 0.45 for a split into two common words, 0.3 for another split or a slip. No
    band raised a false alarm on the dev sets (clean native text, German MT of TED talks, the
    real-MT dev sets), but real MT held few such words, so every finding is below the default
    bar (0.5): ``--min-confidence 0.2`` shows them (BENCHMARKS.md, h17mlspell).
    Known false positives: rare words and terms the lexicon lacks (new coinages, regional
    words), words of a third language, a compound the lexicon cannot split. A capitalised
    word is never read (a name as often as not); a word written twice, beside a digit, hyphen
    or apostrophe (an elision, "dell'anno"), in quotes or code is the text's own, and a
    compound of two known words in German or Dutch is a word. Where another rule reports the
    span as surely (MT101 …) this rule stays quiet (checks/context.py, ``BROAD``).
    """
    examples = (
        Example(
            "El gobierno presentó ayer el presupuesto delpartido en el Congreso.",
            "El gobierno presentó ayer el presupuesto del partido en el Congreso.",
            language="es",
        ),
        Example(
            "Die Regierung hat mitder Opposition lange verhandelt.",
            "Die Regierung hat mit der Opposition lange verhandelt.",
            language="de",
        ),
        good("Die Hafenverwaltungsreform wurde gestern verabschiedet.", language="de"),
        good("Les ministres accomplissaient leur mission sans relâche.", language="fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if language not in self.languages or technical_document(document):
            return
        asked = sorted(
            word
            for word in scarce_words(document, language)
            if word.islower() and MIN_LETTERS <= len(word) <= MAX_LETTERS
        )
        if not asked:
            return
        text = document.text
        stop_words = language_data(document).stop_words
        folded = folded_words(document)
        ordered = sorted(folded)
        if len(asked) > SCAN_EACH_UPTO:  # one scan for every scarce word, shared with MT980/MT994
            shared = scarce_places(document, language)
            places = lambda word: shared.get(word, [])  # noqa: E731
        else:
            places = lambda word: first_places(document, word)  # noqa: E731
        placed = []  # the cheap filters first: reading a word (one-edit search) is the cost
        for word in asked:
            if _sibling_written(word, folded, ordered):
                continue
            spans = places(word)
            if len(spans) != 1:
                continue
            start, end = spans[0]
            if not plain_place(text, start, end) or foreign_sentence(text, start, end, stop_words):
                continue
            placed.append((word, start, end))
        indexed = len(placed) > INDEX_AFTER  # many words: MT980's deletion index pays
        for word, start, end in placed:
            reading = read_word(word.casefold(), language, indexed)
            if reading is not None:
                yield self._finding(word, reading, start, end)

    def _finding(self, word: str, reading, start: int, end: int) -> Finding:
        return self.finding(
            start,
            end,
            _MESSAGES[reading.kind].format(word=word, fix=reading.fixes[0]),
            fixes=tuple(
                Fix((Edit(start, end, fixed),), Applicability.UNSAFE, fixed)
                for fixed in reading.fixes
            ),
            confidence=BANDS[reading.band],
            data=(("reading", reading.band),),
        )


# More candidates than this: one scan of the text for all of them instead of one search each.
SCAN_EACH_UPTO = 200


def _sibling_written(word: str, folded: frozenset[str], ordered: list[str]) -> bool:
    """The text writes a word this one starts with, one or two letters shorter, or one that
    starts with it: the same word inflected, a term of the text's subject. ``ordered``: the
    folded words sorted, so the words starting with this one are found by bisection (a scan
    of every word for every candidate was quadratic: 39 s on 0.3 MB of French)."""
    if any(word[:-size] in folded for size in (1, 2, 3)):
        return True
    at = bisect_left(ordered, word)
    if at < len(ordered) and ordered[at] == word:
        at += 1
    return at < len(ordered) and ordered[at].startswith(word)
