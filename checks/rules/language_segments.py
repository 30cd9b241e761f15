"""Language: a line, label, bracket or sentence left wholly in another language, read word by
word from wordfreq (MT522), its confidence the precision measured for its evidence band."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignruns import mt504_words, run_languages
from mtlint.checks.foreignsegments import inside_runs, segments, segments_table
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import in_brackets
from mtlint.checks.textscan import language_data, looks_technical
from mtlint.checks.wordlists import proper_nouns

_LANGUAGES = run_languages()


@register
class ForeignSegment(Rule):
    code = "MT522"
    name = "foreign-segment"
    summary = "A line, label or sentence left wholly in another language ('Change page')."
    severity = Severity.WARNING
    languages = _LANGUAGES
    doc = """
    What it finds: a stretch of text between line breaks, bars, brackets, a label's colon or
    sentence ends none of whose words is the text's own and at least half of whose words
    another language uses far more (wordfreq, MT516's per-word evidence): a page's heading,
    button or byline left as the source page had it ("Change page", "Published:", "Circular
    Supply Chain", "(opens in a new tab)"), or a sentence MT passed over ("This site uses
    Akismet to reduce spam.").
    Why it matters: MT translates the article and leaves the page's furniture and the odd
    sentence it could not parse; these are too short for language identification and their
    words are each a word some list knows.
    Fix safety: none automatic (translate or remove it; a display-only hint).
    Known false positives: a title, brand or organisation name made of English words on a
    line of its own ("Financial Services"), a motto kept in English, an English heading a
    German or Italian site writes on purpose ("Breaking News"). Its confidence is the
    precision measured for its evidence band (resources/language/segments.json): lower for
    one word, a line in title case or in capitals, higher for lower-case words and a
    source's grammar words ("of the", "by"); most bands are below the default bar and shown
    with --min-confidence 0.2. Quiet for quoted segments, web addresses and code.
    """
    examples = (
        Example(*["Il ministro ha parlato.\nChange this page\nIl governo ha risposto."] * 2, "it"),
        good("Il ministro ha parlato.\nFacebook\nIl governo ha risposto.", "it"),
        good("Il computer del manager è rimasto in ufficio per tutto il weekend.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.source_text or document.units:
            return  # a translators' file: a unit left as its source is MT705's
        code = language_data(document).code
        if code not in _LANGUAGES:
            return
        confidence = segments_table()["confidence"]
        text = document.text
        for segment in segments(document, code):
            band = segment.band()
            value = confidence.get(band, 0.0)
            if value <= 0.0 or looks_technical(text, segment.start, segment.end):
                continue
            shown = text[segment.start : segment.end]
            yield self.finding(
                segment.start,
                segment.end,
                f"'{shown}': {segment.language}, not {code}: left untranslated?",
                fixes=[
                    Fix(
                        (Edit(segment.start, segment.end, shown),),
                        Applicability.DISPLAY_ONLY,
                        "translate",
                    )
                ],
                confidence=value,
                data=(("source_language", segment.language), ("band", band)),
            )


_QUOTES = "\"“”‘’«»„‹›`'*_"


def _quoted(text: str, start: int, end: int) -> bool:
    """Quoted right around, inside an open quotation on its line, or bracketed."""
    if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
        return True
    if in_brackets(text, start, end):
        return True
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if before.count('"') % 2 == 1:
        return True
    return _open_quotation(before)


_CLOSES = {"”": "“„", "»": "«", "›": "‹"}
_QUOTATION_MARKS = re.compile("[“”«»„‹›]")


def _open_quotation(before: str) -> bool:
    """A quotation opened in ``before`` is still open at its end. “ closes a German „ („…“) and
    opens otherwise (“…”)."""
    opened: list[str] = []
    for mark in _QUOTATION_MARKS.findall(before):
        if mark in "«„‹":
            opened.append(mark)
        elif mark == "“":
            if opened and opened[-1] == "„":
                opened.pop()
            else:
                opened.append(mark)
        elif mark in _CLOSES and opened and opened[-1] in _CLOSES[mark]:
            opened.pop()
    return bool(opened)


@register
class ForeignWordsInside(Rule):
    code = "MT523"
    name = "foreign-words-inside"
    summary = (
        "Words of another language inside a sentence of the text's own ('della British ufficiali')."
    )
    severity = Severity.WARNING
    languages = _LANGUAGES
    doc = """
    What it finds: one word or a run of words another language uses far more than the text's
    own (wordfreq, MT516's per-word evidence) standing inside a sentence of the text's own:
    "il piano è stato approved dal consiglio", "Leverage di 3x sul conto".
    Why it matters: MT leaves a word it could not translate as it was; a single such word is
    the commonest leftover of MT into every language and the one the precise rules (MT504,
    MT516) mostly leave alone, since a name, a brand or a loan looks the same.
    Fix safety: none automatic (translate it; a display-only hint).
    A single lower-case word is read with its own evidence (segments.json inside_forms):
    a closed-class word of the source ("die Preise sind however gestiegen": languages borrow
    nouns, not conjunctions and adverbs), an ending no language borrows ("è available",
    "processed"), or, in a language that capitalises its nouns, the lower case itself (German
    writes a loan "das Meeting"; "im meeting" is the engine's leftover). A word that is a
    stem of the text's own with one of its endings (German "separate", "updates") is not read.
    Known false positives: names and titles made of English words ("la Federal Aviation
    Administration"), loans the text's language uses that wordfreq rates low ("i traders",
    "il sentiment"); an English title or motto written in lower case without quotes. Its
    confidence is the precision measured for its evidence band
    (resources/language/segments.json inside_confidence): a capitalised word is most often a
    name, a lower-case word between two of the text's own grammar words most often a
    leftover; most bands are below the default bar, shown with --min-confidence 0.2. Quiet for
    words the text uses three times or more (its terms), quoted or bracketed words, web
    addresses and code, listed proper nouns and the lower-case words MT504 reads.
    """
    examples = (
        Example(*["Le cours a chuté.\nLeverage de 3x : vos 20 € en valent 60."] * 2, "fr"),
        good("Le cours a chuté.\n« Leverage » de 3x : vos 20 € en valent 60.", "fr"),
        good("Il computer del manager è rimasto in ufficio per tutto il weekend.", "it"),
        Example(*["Die Preise sind gestiegen, however bleibt die Nachfrage schwach."] * 2, "de"),
        Example(*["Die Teilnehmer haben im meeting über die Regeln gesprochen."] * 2, "de"),
        good("Die Teilnehmer haben im Meeting über die Regeln gesprochen.", "de"),
        good("Die Entwickler wollen das Spiel regelmäßig patchen und updaten.", "de"),
        Example(*["Il ministro ha detto che il piano è available da lunedì."] * 2, "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.source_text or document.units:
            return
        code = language_data(document).code
        if code not in _LANGUAGES:
            return
        table = segments_table()
        confidence = table["inside_confidence"]
        covered = [(s.start, s.end) for s in segments(document, code)]
        text = document.text
        theirs = mt504_words(document, code)
        names = proper_nouns(language_data(document))
        for run in inside_runs(document, code, covered):
            band = run.band()
            value = confidence.get(band, 0.0)
            if value <= 0.0 or run.mt516:
                continue
            shown = text[run.start : run.end]
            if run.words == 1 and (shown in theirs or shown.lower() in names):
                continue
            if _quoted(text, run.start, run.end) or looks_technical(text, run.start, run.end):
                continue
            yield self.finding(
                run.start,
                run.end,
                f"'{shown}': {run.language} inside a {code} sentence: left untranslated?",
                fixes=[
                    Fix((Edit(run.start, run.end, shown),), Applicability.DISPLAY_ONLY, "translate")
                ],
                confidence=value,
                data=(("source_language", run.language), ("band", band)),
            )
