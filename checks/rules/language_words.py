"""Language: a word left in the source language (MT504): a word the text's language does not
know (or hardly uses) that a source language of machine translation knows well ("the Carabinieri
partenopei", "um tópico insightful"), or a one-letter function word of a source language."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignruns import mt504_words
from mtlint.checks.foreignwords import (
    ForeignWord,
    foreign_letters,
    foreign_table,
    foreign_word_languages,
    fragments_table,
    gloss_sources,
    source_function_words,
)
from mtlint.checks.letterwords import single_language_words
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical, unique_chunks
from mtlint.checks.wordlists import zipf

_WORD = re.compile(r"[^\W\d_]+")

# A run of foreign words longer than this is a sentence: MT502's.
_MAX_FOREIGN_RUN = 3
_TERM_USES = 3
_OPENING_QUOTES = "\"“‘'«„‹`*_"
_CLOSING_QUOTES = "\"”’'»‹›`*_"


@register
class ForeignWordLeft(Rule):
    code = "MT504"
    name = "foreign-word"
    summary = (
        "A word left in the source language ('the Carabinieri partenopei', 'um tópico insightful')."
    )
    severity = Severity.WARNING
    languages = foreign_word_languages()
    doc = """
    What it finds: a lower-case word (or a run of up to three, across the source language's
    function words: "the estacion de trenes") that the document's language does not know,
    or knows only a little, while a source language of machine translation knows it well:
    Italian or Spanish left in English ("the Carabinieri partenopei", "the second, 17enne,"),
    English left in French, Portuguese, Russian, Polish … ("um tópico insightful", "ситуация
    остается challenging"); a word that lost its accents is read as the accented one
    ("estacion" for "estación"). Also a short function word of a source language where the
    document's language has none: Spanish "Y" (and) or "o" (or) between two words
    ("Carthaginian Y Heredian"), Portuguese "O" (the) opening a sentence before a common word
    ("O Secretary General of NATO"), an article of a source language opening a sentence before
    a lower-case common word ("El president of the government"; not "El Paso", "Le Monde").
    The source languages and the bars are data per language (resources/casing/<lang>.json:
    foreign_word_sources, foreign_word_zipf, own_word_max_zipf, foreign_word_margin,
    own_word_ceiling, foreign_word_rare_own, own_word_stem_letters, foreign_letters).
    Why it matters: MT leaves words it cannot translate as they are; too short for language
    identification (MT502) and unknown to a spell checker's own language only.
    Fix safety: none automatic for a word (it has to be translated; a display-only hint is
    given); a function word gets an unsafe fix with its meaning ("Y" → "and", "O" → "The").
    A lower-case word holding a letter that only one other language writes (Vietnamese "ảnh"
    in English; resources/language/fragments.json single_language_letters) is reported too.
    Known false positives: a foreign word used on purpose and not in quotes. Stays quiet on
    quoted words, words the text also capitalises (names) or keeps using in any form
    ("request", "requests": a term of the text), loanwords (the document's language knows
    them: "hype", "weekend", "unfair" in German), inflected own words ("epidemiology" in
    Czech), international words ("algebra"), an English gloss in brackets in another language
    ("(drop-in replacement)"), a title ("read Cien años de soledad"), words a translator's
    file keeps from its source ("dans override"); a letter used as a label not in the table's
    exceptions ("Generation Y", "O Canada" are listed). Technical prose that keeps English
    terms draws the most (0.1–0.2 per 1,000 words on translated software documentation).
    """
    examples = (
        Example(
            "The teams, Carthaginian Y Heredian, met on Sunday.",
            "The teams, Carthaginian and Heredian, met on Sunday.",
        ),
        Example(
            "O Secretary General of NATO will step down in October.",
            "The Secretary General of NATO will step down in October.",
        ),
        Example(*["The Provincial Command of the Carabinieri partenopei gave the figures."] * 2),
        Example(*["The second, 17enne, had a knife with him."] * 2),
        Example(*["The governor said the pandemiya had hit the region hard."] * 2),
        Example(
            "He left. El president of the government spoke.",
            "He left. The president of the government spoke.",
        ),
        Example(*["The train left from the estacion de trenes at noon."] * 2),
        Example(*["Os analistas consideram o relatório bastante insightful."] * 2, "pt"),
        Example(*["Эксперты считают, что ситуация остается challenging для всех."] * 2, "ru"),
        Example(*["Les experts jugent la situation très worrying pour la région."] * 2, "fr"),
        Example(*["The yellow card was lifted ảnh 2 last week."] * 2),
        good("Prime Minister Phạm Minh Chính met officials in Hà Nội on Monday."),
        good("Generation Y and the Y chromosome; X, Y and Z; the Y-axis."),
        good("El Paso is hot. Le Monde reported. La la land was a hit."),
        good("He quoted José Ortega y Gasset and Santiago Ramón y Cajal."),
        good("O Canada was sung. O Globo reported it. Type O blood is common."),
        good("They held a fiesta, per se, vis-à-vis the barrio; the word ‘partenopei’ is Italian."),
        good("Fans of Partenopei and the partenopei side cheered."),
        good("Der Plan sei unfair, sagten die Trader; der Hype um das Update hält an.", "de"),
        good("Le week-end, les traders parlent du hype et du token.", "fr"),
        good("Il modulo offre una sostituzione compatibile (drop-in replacement).", "it"),
        good("Capitolul de algebra superioară este greu.", "ro"),
        good("Pracujemy na tom společně s epidemiology z ústavu.", "cs"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not foreign_table(data.code).sources:
            return
        yield from self._letters(document, data.code)
        yield from self._marked_words(document, data.code)
        words = mt504_words(document, data.code)
        if not words:
            return
        chunks = unique_chunks(document)
        # A word the text also capitalises is a name ("Partenopei" beside "partenopei").
        capitalised = {
            stripped for chunk in chunks if (stripped := chunk.strip(_STRIP_NAME))[:1].isupper()
        }
        words = {w: found for w, found in words.items() if w.capitalize() not in capitalised}
        # A word the text keeps using is one of its terms or names ("undici", a library), not a
        # word MT failed on once.
        words = {w: found for w, found in words.items() if not _used(document.text, w, _TERM_USES)}
        # A translator's file that keeps a word of its source ("dans override", ":encoding:")
        # keeps a term or a keyword on purpose: the untranslated unit is the bilingual rules'.
        if document.source_text and words:
            source = document.source_text.lower()
            words = {w: found for w, found in words.items() if w not in source}
        if not words:
            return
        yield from self._words(document, words)

    def _words(self, document: Document, words: dict[str, ForeignWord]) -> Iterator[Finding]:
        text = document.text
        own = casing_data(language_data(document).code)
        own_words = own.stop_words | own.function_words
        pattern = re.compile(
            r"(?<![\w'’@#/.\-])("
            + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
            + r")(?![\w'’@/\-])"
        )
        code = language_data(document).code
        runs = _runs(text, pattern.finditer(text), words)
        starts = [run[0].start() for run in runs]
        for run in runs:
            start, end = run[0].start(), run[-1].end()
            if _on_purpose(text, run, words, code, own_words, starts):
                continue
            found = [words[m.group(1)] for m in run]
            best = max(found, key=lambda w: w.zipf)
            confidence = 0.7 if best.zipf >= 4.0 else 0.6
            shown = text[start:end]
            source = (
                f"{best.language[:-5]} in Latin letters ('{best.native}')"
                if best.native
                else best.language
            )
            yield self.finding(
                start,
                end,
                f"'{shown}' is a word of {source} (Zipf {best.zipf} there), unknown "
                f"in {document.language or 'en'}: left untranslated?",
                fixes=[
                    Fix(
                        (Edit(start, end, shown),),
                        Applicability.DISPLAY_ONLY,
                        f"translate '{shown}'",
                    )
                ],
                confidence=confidence,
                data=(("source_language", best.language), ("zipf", best.zipf)),
            )

    def _marked_words(self, document: Document, code: str) -> Iterator[Finding]:
        """A lower-case word holding a letter only another language writes ("ảnh" in
        English: Vietnamese), unless quoted or technical."""
        text = document.text
        for start, end, language in single_language_words(document, code):
            if _quoted(text, start, end) or looks_technical(text, start, end):
                continue
            shown = text[start:end]
            yield self.finding(
                start,
                end,
                f"'{shown}' is written in letters only {language} uses: left untranslated?",
                fixes=[Fix((Edit(start, end, shown),), Applicability.DISPLAY_ONLY, "translate it")],
                confidence=0.7,
                data=(("source_language", language),),
            )

    def _letters(self, document: Document, code: str) -> Iterator[Finding]:
        text = document.text
        for found in foreign_letters(text, code, unique_chunks(document)):
            start, end = found.start, found.start + len(found.letter)
            meaning = found.means
            yield self.finding(
                start,
                end,
                f"'{found.letter}' is {found.language} for '{meaning.lower()}': left untranslated?",
                fixes=[
                    Fix(
                        (Edit(start, end, meaning),),
                        Applicability.UNSAFE,
                        f"translate as '{meaning}'",
                    )
                ],
                confidence=0.6,
                data=(("source_language", found.language),),
            )


# A sentence with two or more foreign runs is in another language (MT502's) unless this share
# of its words at least are function words of the text's own language.
_OWN_SHARE = 0.2


def _on_purpose(
    text: str,
    run: list[re.Match[str]],
    words: dict[str, ForeignWord],
    code: str,
    own_words: frozenset[str],
    starts: list[int],
) -> bool:
    """The run is no word left over: a sentence of its own language (MT502's), quoted, a gloss
    by convention, a title or a name, a term named on purpose, or technical."""
    start, end = run[0].start(), run[-1].end()
    if len(run) > _MAX_FOREIGN_RUN or _quoted(text, start, end):
        return True
    # "(drop-in replacement)" after its translation: a gloss in a language that is no gloss
    # source of this one (English in a French text) is a convention, not left over.
    language = words[run[0].group(1)].language
    if language not in gloss_sources(code) and _in_brackets(text, start, end):
        return True
    # "read Cien años de soledad": a capitalised word before a run that goes on in its
    # language (across or before one of its function words) opens a title or a name.
    if _after_capital(text, start, code) and (
        text[run[0].end() : run[-1].start()].strip()
        or _function_word_after(text, end, language, own_words)
    ):
        return True
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    # A quoted motto or remark may keep its language ("the motto “Venceremos …”").
    quoted = _quotation(text[sentence_start:start], text[end:sentence_end])
    if quoted is not None and not own_words & {w.lower() for w in _WORD.findall(quoted)}:
        return True
    # Two foreign runs in a sentence with few words of the text's own: a foreign sentence.
    if _foreign_sentence(text, starts, sentence_start, sentence_end, own_words):
        return True
    return looks_technical(text, start, end) or _named_term(text, start, code)


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _in_brackets(text: str, start: int, end: int) -> bool:
    """``start:end`` lies in a short bracketed aside on its line ("(drop-in replacement)")."""
    opening = text.rfind("(", max(0, start - 40), start)
    closing = text.find(")", end, end + 40)
    return (
        opening != -1
        and closing != -1
        and not any(mark in text[opening + 1 : start] for mark in ")\n")
        and not any(mark in text[end:closing] for mark in "(\n")
    )


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def _function_word_after(text: str, end: int, language: str, own_words: frozenset[str]) -> bool:
    """The next word is a function word of ``language`` and none of the text's own."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word in source_function_words(language) and word not in own_words


def _after_capital(text: str, start: int, code: str) -> bool:
    """A capitalised word right before ``start`` that is no common word of ``code`` and does
    not open the sentence."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    opener = text[max(0, before.start() - 2) : before.start()].strip()
    return opener not in ("", ".", "!", "?") and zipf(before.group(1), code) < 3.0


def _foreign_sentence(
    text: str, starts: list[int], start: int, end: int, own_words: frozenset[str]
) -> bool:
    """Two or more foreign runs in a sentence with few function words of the text's own: the
    sentence is in another language. Two words left in a sentence of the text's own
    ("Singapore is généralement considered …, very easy arriver get around") are reported."""
    if bisect_right(starts, end) - bisect_left(starts, start) < 2:
        return False
    words = _WORD.findall(text, start, end)
    own = sum(word.lower() in own_words for word in words)
    return own < _OWN_SHARE * len(words)


def _used(text: str, word: str, times: int) -> bool:
    """Whether the text uses ``word`` in any of its forms ("requests" beside "request") at
    least ``times`` times: ``text.count`` of its stem (or of the word) reaching ``times``, found
    by a search that stops there (a word the text keeps using is not read to the end)."""
    stem = word[:-3] if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    needle = stem if len(stem) >= 4 else word
    if not needle:
        return text.count(needle) >= times
    # As str.count: occurrences that do not overlap, each search after the last one's end.
    at = text.find(needle)
    for _ in range(times - 1):
        if at == -1:
            return False
        at = text.find(needle, at + len(needle))
    return at != -1


def _runs(
    text: str, matches: Iterator[re.Match[str]], words: dict[str, ForeignWord]
) -> list[list[re.Match[str]]]:
    """Foreign words one space apart, or across a function word of their source language
    ("sala di stampa", "estacion de trenes"), make one run."""
    runs: list[list[re.Match[str]]] = []
    for match in matches:
        gap = text[runs[-1][-1].end() : match.start()] if runs else ""
        language = words[match.group(1)].language
        if gap == " " or (
            gap[:1] == gap[-1:] == " "
            and gap.strip() in source_function_words(language)
            and words[runs[-1][-1].group(1)].language == language
        ):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (within 400 characters each way)."""
    left = max(0, start - 400)
    sentence_start = left
    for match in _SENTENCE_END.finditer(text, left, start):
        sentence_start = match.end()
    found = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    return sentence_start, found.start() if found else min(len(text), end + 400)


_STRIP_NAME = "\"'“”‘’«»()[]{},.;:!?…*"


def _quoted(text: str, start: int, end: int) -> bool:
    """The word sits in quotes: glossed on purpose ("the so-called ‘ayuntamiento’")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return bool(before) and before in _OPENING_QUOTES and bool(after) and after in _CLOSING_QUOTES


_OPENING_MARKS = "“«„‹"
_CLOSING_MARKS = "”»“›"


def _quotation(before: str, after: str) -> str | None:
    """The rest of the quotation the words between ``before`` and ``after`` (the rest of their
    sentence) sit in, when they do: an opening mark before them that is not closed, and a
    closing mark after."""
    if before.count('"') % 2 == 1 and '"' in after:
        return before[before.rfind('"') + 1 :] + " " + after[: after.find('"')]
    opened = max(before.rfind(mark) for mark in _OPENING_MARKS)
    if opened == -1 or max(before.rfind(mark, opened + 1) for mark in "”»›") != -1:
        return None
    closes = [at for at in (after.find(mark) for mark in _CLOSING_MARKS) if at != -1]
    return before[opened + 1 :] + " " + after[: min(closes)] if closes else None


@lru_cache(maxsize=8)
def _introducers(code: str) -> re.Pattern[str] | None:
    words = fragments_table().get("term_introducers", {}).get(code, ())
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # The introducer, then at most a short article of the term ("known as la mañanera"; not
    # "named Aristarchus comentó": a word after a name is no term).
    return re.compile(rf"\b(?i:{body})\s+(?:[^\W\d_]{{1,3}}\s+)?$")


def _named_term(text: str, start: int, code: str) -> bool:
    """The word is a term the text names on purpose ("known as la mañanera", "the so-called
    barrio")."""
    pattern = _introducers(code)
    return pattern is not None and pattern.search(text, max(0, start - 30), start) is not None
