"""Spacing: words glued at a case boundary or after an elision, in any cased script (MT113,
MT114; the analysis is checks/glue_boundary.py).

Both rules ask the document's distinct chunks first (a C-speed screen: mixed case, an
apostrophe), judge each candidate chunk once per process, and scan the text only for the few
that are glued words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mtlint.checks import glue_boundary, glue_evidence
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_tables,
    language_data,
    looks_technical,
    unique_chunks,
)

Splitter = Callable[[str, LanguageData, str], "glue_boundary.BoundarySplit | None"]


def _splits(
    document: Document,
    name: str,
    screen: Callable[[list[str]], list[str]],
    splitter: Splitter,
) -> list[glue_boundary.BoundarySplit]:
    """The document's glued-word candidates of one kind, each chunk judged once per process."""
    data = language_data(document)
    language = base_language(document)
    chunks = unique_chunks(document)
    fresh, (split_of,), seen = chunk_tables((name, data.code, language), chunks, 1)
    if fresh:
        for chunk in screen(list(fresh)):
            split = splitter(chunk, data, language)
            if split is not None:
                split_of[chunk] = split
        seen.update(fresh)
    return sorted(set(map(split_of.__getitem__, filter(split_of.__contains__, chunks))))


def _fix(at: int, split: glue_boundary.BoundarySplit, safe: bool) -> Fix:
    applicability = Applicability.SAFE if safe else Applicability.UNSAFE
    title = f"'{split.core}' → '{split.left} {split.right}'"
    return Fix((Edit(at, at, " "),), applicability, title)


@register
class CaseBoundaryGlued(Rule):
    code = "MT113"
    name = "case-boundary-glued"
    summary = "Two words glued where a small letter meets a capital ('ReproduçãoO presidente')."
    doc = """
    What it finds: a token, in any cased script, with one place where a lower-case letter is
    followed by a capital, whose two sides are words: a known word or a name the text uses
    alone, then a capitalised word ("PutinDomenica"), a one-letter function word before a
    word ("ReproduçãoO presidente"), or a word in capitals ("MoscúVLADIMIR
    ASTAPKOVICH"); Cyrillic and Greek too ("інфраструктуриУ Харківській"), and a well-known
    lower-case word in letters beyond ASCII before any capitalised word the language knows
    ("usuáriosLocalize": no brand is spelt so), and, beyond English, a lower-case word of
    four letters or more that the text's language knows (wordfreq 3.0 or more) better than
    English, before a capitalised word the text uses alone ("natürlichenPjatigorsk" beside
    "Pjatigorsk": a brand's lower-case first part is English or short, "easyJet", "iPhone").
    The whole token must be no word wordfreq knows, in the language or in English.
    Why it matters: a caption, a credit, a headline or link text runs into the next word when
    the page loses a line break or a space; spell checkers skip mixed-case tokens.
    Fix safety: a space is inserted; unsafe (a full stop may be lost too, when a title ran into
    the text).
    Known false positives: brands and names in camel case that wordfreq does not know
    ("BioNTech" is known; a new start-up's name is not); a first part of three letters or
    fewer is never taken ("McCain", "DeSantis", "LeBron", "iPhone"), nor a spelling the text
    repeats without its first part standing alone (or uses three times), nor a language's
    gender forms (case_glue_never_after: German "LehrerInnen"), nor code ("deflateInit2()");
    two capitalised English words ("AlphaServer") only once and with the first standing alone,
    and in English, whose technical prose is full of them ("AttributeError",
    "CharsetDetector"), never (case_glue_titles: MT102 judges English camel case); a word in
    capitals glued on only before a capital or a bracket ("SacreBLEU aims" stays quiet).
    """
    examples = (
        Example(
            "Foto: ReproduçãoO presidente disse nesta terça-feira que a operação continua.",
            "Foto: Reprodução O presidente disse nesta terça-feira que a operação continua.",
            "pt",
        ),
        Example(
            "La portavoce vicina a PutinDomenica ha parlato. Putin non ha risposto.",
            "La portavoce vicina a Putin Domenica ha parlato. Putin non ha risposto.",
            "it",
        ),
        Example(
            "Жителі міста повідомили про пошкодження інфраструктуриУ неділю ввечері.",
            "Жителі міста повідомили про пошкодження інфраструктури У неділю ввечері.",
            "uk",
        ),
        Example(
            "Die Stadt Wolgorsk liegt am Fluss. Alle ihre natürlichenWolgorsk Quellen sind warm.",
            "Die Stadt Wolgorsk liegt am Fluss. Alle ihre natürlichen Wolgorsk Quellen sind warm.",
            "de",
        ),
        good("Die LehrerInnen und SchülerInnen trafen BioNTech am Sonntagnachmittag.", "de"),
        good("Il dirigente di McDonald's e DeSantis hanno visto YouTube e PlayStation.", "it"),
        good("The iPhone, LeBron and JavaScript met at a FedEx office.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced or not data.cased:
            return
        splits = _splits(document, "case-glue", glue_boundary.mixed_case, glue_boundary.case_split)
        if not splits:
            return
        words = glue_evidence.standing_alone(unique_chunks(document))
        language = base_language(document)
        splits = [
            split
            for split in splits
            if glue_boundary.case_evidence(split, words)
            or glue_boundary.own_word_before_name(split, words, language)
        ]
        text = document.text
        located = glue_boundary.locate(text, splits)
        for split in splits:
            spans = located.get(split.chunk, [])
            # A spelling repeated is a name or a brand, unless its first part stands alone;
            # one used three times, or a camel-case compound used twice, is one anyway.
            if len(spans) > 1 and (split.left not in words or split.kind == "compound"):
                continue
            if len(spans) > _MOST_REPEATS:
                continue
            for start, end in spans:
                if looks_technical(text, start, end) and not glue_boundary.after_initials(split):
                    continue
                if split.kind == "letter" and not _word_after(text, end):
                    continue
                # A word in capitals glued on starts a dateline or a credit: a capital or a
                # bracket follows ("MoscúVLADIMIR ASTAPKOVICH", "HaiyanHANOI (AFP)"), not
                # prose ("SacreBLEU aims").
                if split.kind == "upper" and not _credit_after(text, end):
                    continue
                at = start + split.cut
                yield self.finding(
                    start,
                    end,
                    f"'{split.core}' looks like '{split.left}' glued to '{split.right}'",
                    fixes=[_fix(at, split, False)],
                    confidence=0.7 if split.strong else 0.6,
                )


_MOST_REPEATS = 2


def _credit_after(text: str, end: int) -> bool:
    after = text[end : end + 2]
    return after[:1] in ("", "\n") or (
        after[:1] == " " and (after[1:].isupper() or after[1:] == "(")
    )


def _word_after(text: str, end: int) -> bool:
    """A one-letter word glued on is an article or preposition: a word follows it."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isalnum()


@register
class ElisionGlued(Rule):
    code = "MT114"
    name = "elision-glued"
    summary = "A word glued to the elided word after it ('Stati Unitidall’Asia')."
    doc = """
    What it finds: in a language that elides function words before a vowel (Italian "dall’",
    "dell’", "l’"; French "d’", "l’", "qu’": the elisions table of resources/typography), a
    known word (or an acronym) with the elided word glued after it: "Unitidall’Asia",
    "CSIdall’Europa", "présidentd’Ukraine". The part before the apostrophe must be no word of
    the language, so true elided compounds stay whole ("aujourd’hui", "quelqu’un",
    "sant’Angelo", "tutt’altro"); before a one-letter elision the first part must be a
    well-known word of four letters or more.
    Why it matters: link text loses the space after it in MT and web extraction; an elided
    article or preposition then sticks to the word before it.
    Fix safety: a space is inserted before the elided word; unsafe.
    Known false positives: a rare word that ends in the letters of an elided word and takes an
    apostrophe itself.
    """
    examples = (
        Example(
            "Le agenzie venivano dagli Stati Unitidall’Asia e dal Medio Oriente.",
            "Le agenzie venivano dagli Stati Uniti dall’Asia e dal Medio Oriente.",
            "it",
        ),
        Example(
            "Le présidentd’Ukraine est arrivé lundi.",
            "Le président d’Ukraine est arrivé lundi.",
            "fr",
        ),
        good("Aujourd’hui quelqu’un est venu; presqu’île et grand’mère.", "fr"),
        good("Sant’Angelo, tutt’altro, senz’altro, quell’anno e mezz’ora dell’Italia.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not glue_boundary.elision_words(language_data(document)):
            return
        splits = _splits(
            document, "elision-glue", glue_boundary.with_apostrophe, glue_boundary.elision_split
        )
        if not splits:
            return
        words = glue_evidence.standing_alone(unique_chunks(document))
        text = document.text
        located = glue_boundary.locate(text, splits)
        for split in splits:
            for start, end in located.get(split.chunk, []):
                if looks_technical(text, start, end):
                    continue
                alone = split.left in words
                yield self.finding(
                    start,
                    end,
                    f"'{split.core}' looks like '{split.left}' glued to '{split.right}'",
                    fixes=[_fix(start + split.cut, split, False)],
                    confidence=0.8 if alone else 0.7,
                )


@register
class LetterGlued(Rule):
    code = "MT115"
    name = "letter-glued"
    summary = "A one-letter word glued to the name before it ('Польшив 1488 году', 'Africanay')."
    doc = """
    What it finds: a capitalised word with a one-letter conjunction or preposition glued after
    it, where the language has such words (trailing_glue_letters in resources/typography or
    resources/lang: Russian "в", "и", "с"; Polish "w", "i", "z"; Spanish "y", "a"; Portuguese
    "e", "é"; Italian "e", "è"; French "à", "y"; Czech and Slovak "v", "s", "z", "k", never
    "a", which ends the genitives of names no word list holds: "Umjerowa", "Pythona"):
    "Польшив 1488 году", "Unii Europejskieji nie", "Unión Africanay del", "Poľskav pondelok".
    The first part must be a well-known word or one the text uses alone, the whole token no
    word (in the language or in English: an inflected name wordfreq knows, "Путина",
    "Daniela", stays whole), and a word must follow.
    Why it matters: link text over a name swallows the space after it; MT101 splits off
    function words of two letters or more only.
    Fix safety: a space is inserted; unsafe.
    Known false positives: a rare inflected or derived form of a known word ending in one of
    those letters that wordfreq does not list.
    """
    examples = (
        Example(
            "Он выехал из Польшив 1488 году к великому князю.",
            "Он выехал из Польши в 1488 году к великому князю.",
            "ru",
        ),
        Example(
            "Delegados de la Unión Africanay del bloque llegaron.",
            "Delegados de la Unión Africana y del bloque llegaron.",
            "es",
        ),
        good("Встреча Путина и Лаврова прошла в Москве; Иванова нет.", "ru"),
        good("Daniela e Paola arrivano a Roma; Alberto resta.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        letters = glue_boundary.trailing_letters(data)
        if not letters:
            return

        def screen(chunks: list[str]) -> list[str]:
            return glue_boundary.letter_candidates(chunks, letters)

        splits = _splits(document, "letter-glue", screen, glue_boundary.letter_split)
        if not splits:
            return
        words = glue_evidence.standing_alone(unique_chunks(document))
        language = base_language(document)
        splits = [s for s in splits if glue_boundary.letter_evidence(s, words, language)]
        text = document.text
        located = glue_boundary.locate(text, splits)
        for split in splits:
            spans = located.get(split.chunk, [])
            if len(spans) > 1 and split.left not in words:
                continue
            for start, end in spans:
                if looks_technical(text, start, end) or not _word_after(text, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{split.core}' looks like '{split.left}' glued to '{split.right}'",
                    fixes=[_fix(start + split.cut, split, False)],
                    confidence=0.65 if split.strong else 0.6,
                )
