"""Words the language does not know, beyond English (MT998): a lower-case word that neither
wordfreq nor the language's lexicon of inflected forms knows, read as two words glued or a
slip of a frequent word (checks/unknown_words_ml.py); confidence is the precision its band
measured on the dev sets. Spans another rule reports are left to it (checks/context.py,
``BROAD``)."""

from __future__ import annotations

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
    scarce_places,
    scarce_words,
)
from mtlint.checks.technical import technical_document
from mtlint.checks.textscan import base_language, language_data, looks_technical
from mtlint.checks.unknown_score import Model, candidates, fitted_model, gated, left_out
from mtlint.checks.unknown_score_ml import (
    glue_read,
    inflected_written,
    ml_features,
    strongest_ml,
)
from mtlint.checks.unknown_words_ml import MAX_LETTERS, MIN_LETTERS, Reading, read_word
from mtlint.checks.wordshape import document_words

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
_UNEXPLAINED = (
    "'{word}' is not a word of the text's language (two words run together, a slip, a word"
    " left untranslated, or a rare word)"
)
# The doubtful tier's floor: a fitted confidence below it is no finding.
SHOWN_FROM = 0.2
# Characters beside a word that make it part of something else: a compound, an elision, a
# number, a quoted term, code.
_BESIDE = "-‐‑–'’`\"“”«»„‹›_*@#/\\=<>[]{}|~^&%$0123456789"


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
    German, French, Spanish (h24unkml): every unknown word, lower case or capitalised (the
    text's first use; not one written twice or touching a mark), is also scored by small
    gradient-boosted trees fitted to the three languages' labelled tokens together, each
    language a feature (bench/unknown_tokens.py fit --lang de,fr,es; resources/spelling/
    unknown_model_<lang>.json): the features of MT994's English score plus the lexicon, a
    compound of two known words, a known word one accent away, a function word run on, the
    word written inflected nearby. Real MT in these languages holds few labelled non-words
    (17 tokens): a bin's confidence is at most the precision its real-text tokens measured,
    so only the top bin (a capitalised word with a function word run on, "Verabschiedungdes",
    0.85: measured on planted link glue, no real token of the dev sets reached it) is shown;
    the bands above keep their readings, and a word both read takes the higher confidence.
    Known false positives: rare words and terms the lexicon lacks (new coinages, regional
    words), words of a third language, a compound the lexicon cannot split. The bands never
    read a capitalised word (a name as often as not); a word written twice, beside a digit,
    hyphen or apostrophe (an elision, "dell'anno"), in quotes or code is the text's own, and a
    compound of two known words in German or Dutch is a word. The fitted score's top bin can
    take a rare name that ends like a function word for a name with one run on ("Mangola":
    "Mango la"), and a Spanish verb with its pronouns attached ("practícala"). Where another
    rule reports the span as surely (MT101 …) this rule stays quiet (checks/context.py, ``BROAD``).
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
        banded = self._banded(document, language)
        model = fitted_model(language)
        if model is None:
            yield from banded
            return
        # The fitted score adds what it reads surely and raises a band it measured higher;
        # the bands keep their readings (the model's lower bins measured under them on real
        # text, BENCHMARKS.md "h24unkml").
        scored = {(f.start, f.end): f for f in self._scored(document, language, model)}
        for finding in banded:
            better = scored.pop((finding.start, finding.end), None)
            yield better if better and better.confidence > finding.confidence else finding
        yield from scored.values()

    def _banded(self, document: Document, language: str) -> Iterator[Finding]:
        """Lower-case words read as glued or a slip, each at its band's confidence."""
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
            if inflected_written(word, folded, ordered):
                continue
            spans = places(word)
            if len(spans) != 1:
                continue
            start, end = spans[0]
            if not _plain_place(text, start, end) or foreign_sentence(text, start, end, stop_words):
                continue
            placed.append((word, start, end))
        indexed = len(placed) > INDEX_AFTER  # many words: MT980's deletion index pays
        for word, start, end in placed:
            reading = read_word(word.casefold(), language, indexed)
            if reading is not None:
                yield self._finding(word, reading, start, end)

    def _scored(self, document: Document, language: str, model: Model) -> Iterator[Finding]:
        """Every candidate (lower case or capitalised, as MT994's) scored by the language's
        fitted model; its confidence the out-of-fold precision of the score's bin; its fix
        the glued or slip reading's, if any (a capitalised word read in lower case)."""
        names, folded = document_words(document), folded_words(document)
        ordered = sorted(folded)
        for word, start, end, place in candidates(document, language):
            if gated(place) or not glue_read(word, language):
                continue
            lowered = word.casefold()
            inflected = inflected_written(lowered, folded, ordered)
            found = ml_features(word, language, place, names, inflected)
            if left_out(found):
                continue  # a capitalised given name or town of the gazetteer
            confidence = model.confidence(model.score(found))
            if confidence < SHOWN_FROM:
                continue
            reading = read_word(lowered, language)
            if reading is not None and not word.islower():
                fixes = tuple(fix[:1].upper() + fix[1:] for fix in reading.fixes)
                reading = Reading(reading.kind, reading.band, fixes)
            evidence = "; ".join(strongest_ml(found, model))
            yield self._finding(word, reading, start, end, confidence, evidence)

    def _finding(
        self,
        word: str,
        reading: Reading | None,
        start: int,
        end: int,
        confidence: float | None = None,
        evidence: str = "",
    ) -> Finding:
        if reading is None:
            message, fixes, band = _UNEXPLAINED.format(word=word), (), "unexplained"
        else:
            message = _MESSAGES[reading.kind].format(word=word, fix=reading.fixes[0])
            fixes, band = reading.fixes, reading.band
        data: tuple[tuple[str, str], ...] = (("reading", band),)
        if evidence:
            message += f" [evidence: {evidence}]"
            data += (("evidence", evidence),)
        return self.finding(
            start,
            end,
            message,
            fixes=tuple(
                Fix((Edit(start, end, fixed),), Applicability.UNSAFE, fixed) for fixed in fixes
            ),
            confidence=BANDS[band] if confidence is None else confidence,
            data=data,
        )


# More candidates than this: one scan of the text for all of them instead of one search each.
SCAN_EACH_UPTO = 200


def _plain_place(text: str, start: int, end: int) -> bool:
    """Prose: no compound, elision, number, quote or code touches the word."""
    if start and text[start - 1] in _BESIDE:
        return False
    if text[end : end + 1] in _BESIDE and text[end : end + 1]:
        return False
    return not looks_technical(text, start, end)
