"""A contraction written without its apostrophe (MT999): "doesnt", "theyre", "thats". The
forms are data (``spelling.lost_apostrophes`` in resources/lang/<lang>.json): only those that
are no word of the language ("cant", "wont", "well", "shell", "its", "lets" are words and are
not listed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.lowernames import first_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import foreign_sentence
from mtlint.checks.spelling import spelling_table
from mtlint.checks.textscan import (
    base_language,
    find_word,
    language_data,
    looks_technical,
)
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

# The band's confidence: the precision it measured (BENCHMARKS.md, h22spell): every listed
# form found in ~593,000 words of native English (UD English EWT/GUM, TED references, clean
# news, Debian READMEs, the typo sets) was a contraction that lost its apostrophe (22 of 22,
# all in EWT's web forum and review text); none on clean news or the MT dev sets' clean
# excerpts.
CONFIDENCE = 0.9
# Characters beside the word that make it a mention, a compound, an elision or code.
_BESIDE = "-‐‑'’`\"“”«»„‹›_*@#/\\=<>[]{}|~^&%$0123456789"
_SENTENCE_BREAK = '.!?:;\n"“”«»'
# A word after that is a stop word of another language and rarer than this (Zipf) in the text's
# language says the form is that language's ("dont il": French).
_COMMON_ZIPF = 5.0
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@cache
def _readings(language: str) -> dict[str, tuple[str, ...]]:
    return dict(spelling_table(language).lost_apostrophes)


def _languages() -> frozenset[str]:
    return frozenset(code for code in available_languages() if _readings(code))


@cache
def _foreign_stop_words(language: str) -> frozenset[str]:
    """The stop words of the other languages that are no stop words of ``language`` nor very
    common words of it: "dont il", "dont le" are French; "dont want", "dont care" English."""
    own = load_language_data(language).stop_words
    frequencies, common = frequency_dict(language), 10 ** (_COMMON_ZIPF - 9)
    others: set[str] = set()
    for code in available_languages():
        if code != language:
            others.update(load_language_data(code).stop_words)
    return frozenset(word for word in others - own if frequencies.get(word, 0.0) < common)


def _foreign_next(text: str, end: int, language: str) -> bool:
    """The word after is a stop word of another language only ("dont il parle")."""
    match = _NEXT_WORD.match(text, end)
    return bool(match) and match.group(1).casefold() in _foreign_stop_words(language)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_BREAK


def _capitalised_ok(word: str, language: str) -> bool:
    """A capitalised form is read where it opens a sentence, unless the table reads it in lower
    case only ("Ive") or it is a given name."""
    folded = word.casefold()
    table = spelling_table(language)
    return folded not in table.lost_apostrophes_lower_only and folded not in first_names()


@register
class LostContractionApostrophe(Rule):
    code = "MT999"
    name = "lost-contraction-apostrophe"
    summary = "A contraction written without its apostrophe ('doesnt', 'theyre', 'thats')."
    languages = _languages()
    severity = Severity.WARNING
    doc = """
    What it finds: a contraction written without its apostrophe that is no word of the
    language ("it doesnt matter", "theyre late", "thats all"): the forms of the language's
    table (``spelling.lost_apostrophes`` in resources/lang/<lang>.json; English: the "n't",
    "'re", "'ve", "'ll", "'d" forms and "that's", "what's", "there's", "here's", "where's",
    "who's"), in lower case anywhere, capitalised where it opens a sentence.
    Why it matters: plain-text conversion, a keyboard without apostrophes and some machine
    translation drop the apostrophe; a reader sees a misspelling at once, and hunspell flags
    it where mtlint, whose word lists know the web's frequent "dont", did not.
    Fix safety: safe where the form has one reading ("doesnt": "doesn't"), in the text's own
    apostrophe (’ where the text writes more of those than '); unsafe where it has two
    ("whos": "who's" or "whose"), and for a capitalised form the text never writes in lower
    case ("Shant" may be a given name the lists lack).
    Confidence: 0.9, the precision measured on ~593,000 words of native English (22 of 22 were
    lost apostrophes, all in web forum and review text; none in clean news).
    Known false positives: none measured. Forms that are words are not listed ("cant", "wont",
    "well", "shell", "hell", "ill", "its", "lets", "were", "hows", "hes", "shes"); a form in
    another language's sentence ("dont" in French) is left alone, as is one in quotes, code,
    a URL or beside a digit, a capitalised "Ive" or "Shant" (names), and a capitalised form
    the text also writes capitalised mid-sentence (a name: "the singer Shant").
    """
    examples = (
        Example(
            "The ministry said the delay doesnt change the plan.",
            "The ministry said the delay doesn't change the plan.",
        ),
        Example(
            "Thats why the talks were moved to Geneva.",
            "That's why the talks were moved to Geneva.",
        ),
        good("The minister said the delay doesn't change the plan."),
        good("Well, the shell company cant be found and wont pay."),
        good("Le texte dont il parle est arrivé hier soir à Paris.", language="fr"),
        good('The word "dont" is French for "of which".'),
        good("Jony Ive designed the phone. Ive left the firm in 2019."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        readings = _readings(language)
        if not readings:
            return
        written = [
            word
            for word in document_words(document)
            if word.casefold() in readings and (word.islower() or word[1:].islower())
        ]
        if not written:
            return
        text = document.text
        stop_words = language_data(document).stop_words
        apostrophe = "’" if text.count("’") > text.count("'") else "'"
        # A sentence short of stop words is English still where most of its words are common
        # English words (informal text: "i always thought theres no charge").
        own = frequency_dict(language) if spelling_table(language).common_words_own else None
        lowered = {word for word in written if word.islower()}
        for word in sorted(written):
            capitalised = not word.islower()
            if capitalised and not _capitalised_ok(word, language):
                continue
            places = list(find_word(text, word))
            # A capitalised form the text also writes capitalised mid-sentence is a name there
            # ("The singer Shant performed. Shant thanked the crowd."): the text's own evidence.
            if capitalised and any(not _opens_sentence(text, start) for start, _ in places):
                continue
            # A capitalised form with no lower-case one beside it may be a name the lists lack:
            # reported, but its fix is no safe one ("Accept all safe" must not rewrite a name).
            safe = not capitalised or word.casefold() in lowered
            fixes = readings[word.casefold()]
            for start, end in places:
                if capitalised and not _opens_sentence(text, start):
                    continue
                if not _plain_place(text, start, end):
                    continue
                if _foreign_next(text, end, language):
                    continue
                if foreign_sentence(text, start, end, stop_words, own):
                    continue
                yield self._finding(word, fixes, apostrophe, (start, end), safe=safe)

    def _finding(
        self,
        word: str,
        fixes: tuple[str, ...],
        apostrophe: str,
        span: tuple[int, int],
        *,
        safe: bool,
    ) -> Finding:
        start, end = span
        shown = [fixed.replace("'", apostrophe) for fixed in fixes]
        if not word.islower():
            shown = [fixed[:1].upper() + fixed[1:] for fixed in shown]
        one = len(shown) == 1 and safe
        safety = Applicability.SAFE if one else Applicability.UNSAFE
        return self.finding(
            start,
            end,
            f"'{word}' is a contraction without its apostrophe: '{shown[0]}'",
            fixes=tuple(Fix((Edit(start, end, fixed),), safety, fixed) for fixed in shown),
            confidence=CONFIDENCE,
        )


def _plain_place(text: str, start: int, end: int) -> bool:
    """Prose: no quote, compound, number or code touches the word."""
    if start and text[start - 1] in _BESIDE:
        return False
    if text[end : end + 1] and text[end : end + 1] in _BESIDE:
        return False
    return not looks_technical(text, start, end)
