"""Diacritics lost or replaced in languages whose everyday words carry them: a letter written
without its mark ("Relaçoes", "słuzby"), an accented final vowel written as the vowel and an
apostrophe ("piu'", "citta'"), and an accented final letter dropped altogether ("autorit").

The evidence is wordfreq's own list for the text's language: each frequent marked word is
indexed under its form without marks (and under itself less a marked last letter), built once
per language and only for words above a frequency floor. A bare form is a lost mark when its
marked twin is far more common than it is; informal writing drops marks, so a bare form is
rarely unknown to wordfreq, and the gap (not the bare form's absence) is the test. The
languages and per-language exceptions are data in resources/diacritics/diacritics.json.

The index (0.1-0.4 s and 1-7 MB per language) is built in the check, once per language and
process: in the GUI's checking child (desktop/engine_process.py) or the GUI batch view's worker
thread, never on the GUI thread; in a batch pool before the workers fork when the configured
language is served (the warm-up), else once in each worker that meets the language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.markevidence import (
    TWIN_GAP,
    native_context,
    near_proven,
    unseen_in_lossy_text,
    written_twins,
)
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import read_json, resource_json
from mtlint.checks.textscan import base_language, chunk_text, find_words, looks_technical
from mtlint.checks.wordlists import frequency_dict

# A marked word is everyday at this Zipf frequency or more (the index floor).
_FLOOR = 3.0
# The marked twin is at least this much more frequent (Zipf) than the bare form: "citta" 4.2
# beside "città" 5.8; a real word beside its marked twin ("papa"/"papà", "publico"/"público",
# "mas"/"más") stays below it.
_GAP = 1.5
# Informal text drops marks, so a bare form this frequent or more is a spelling of its own.
_BARE_CEILING = 4.5
# A bare form the text itself writes with its marks, more often (checks/markevidence.py): the
# text's own majority. (Forms wordfreq never saw are not read so: Romanian inflections it lacks,
# "ridicam", "derivata", "prezentei", are as common as lost marks; h30ml measured it.)
_TWIN_CONFIDENCE = 0.65
# Below this the form is no word of the language (nor a name it writes).
_NOT_A_WORD = 2.0
# A word English uses this much is left alone: quoted English, a brand ("president", "area").
_ENGLISH = 3.0
_ENGLISH_MARGIN = 2.0
_MIN_LETTERS = 4
# A spelling no dictionary accepts (resources/diacritics/accent_forms.json) is read from three
# letters ("asi" for "así"), at the confidence measured for it: 47 of 47 findings right on the
# Universal Dependencies dev files of es, fr, it and pt (97k words of native text with its
# slips; BENCHMARKS.md h18accent).
_NO_WORD_LETTERS = 3
_NO_WORD_CONFIDENCE = 0.9
# A truncated form ("autorit") is unknown; its completion is everyday.
_TRUNCATED_UNKNOWN = 1.5
_TRUNCATED_COMPLETION = 3.5
# A cut form the web's converted pages made known to wordfreq is this much rarer than its
# completion ("citt" 3.0 beside "città" 5.8; "quiz" 2.7 beside "quizá" 4.8 is a word).
_CUT_GAP = 2.5
# A fix is safe when no other marked twin comes within this much of the best one.
_RIVAL = 1.0
_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = frozenset("'’-_/@.0123456789")
_SENTENCE_END = frozenset(".!?…:")
_OPENING_SKIP = " \t\"'“”‘’«»„([—–-"


def _table() -> dict:
    return resource_json("diacritics", "diacritics.json")


@cache
def _fold_table() -> dict[int, str]:
    """Each marked Latin letter (Latin-1 to Latin Extended-B, Latin Extended Additional) to its
    letter without marks, and combining marks to nothing: folding is then one ``str.translate``
    (C speed) instead of a decomposition per word."""
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        if plain != char and plain:
            table[code] = plain
    table.update({ord(char): plain for char, plain in _table()["fold"].items()})
    table.update(dict.fromkeys(range(0x300, 0x370), ""))
    return table


@cache
def _accent_forms(language: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The language's spellings no dictionary accepts, by kind ("unmarked", "turned",
    "added"), each with the words it stands for: resources/diacritics/accent_forms.json,
    built by bench/build_accent_forms.py from wordfreq and hunspell."""
    table = read_json("diacritics", "accent_forms.json").get(language, {})
    return {
        kind: {key: tuple(words) for key, words in forms.items()} for kind, forms in table.items()
    }


def fold(word: str) -> str:
    """The word without marks: marked letters to their base letter (ł and ı by the table,
    which decomposition keeps whole), combining marks dropped."""
    return word.translate(_fold_table())


def _zipf_of(frequency: float | None) -> float:
    return math.log10(frequency) + 9 if frequency else 0.0


_Index = dict[str, tuple[str, ...]]


@cache
def _index(language: str) -> tuple[_Index, _Index, _Index]:
    """(bare form → everyday marked words, word less a marked last letter → those words, word
    less its one marked letter inside → those words, in the languages of ``dropped_inside``),
    from wordfreq's list for ``language`` above the floor (a few thousand entries per
    language)."""
    frequencies = frequency_dict(language)
    floor = 10 ** (_FLOOR - 9)
    bare: dict[str, list[str]] = {}
    truncated: dict[str, list[str]] = {}
    inner: dict[str, list[str]] = {}
    inside = language in _table()["dropped_inside"]
    # A cut word is reported only when its completion is this frequent (rivals below it are
    # not offered as fixes).
    inner_floor = 10 ** (_TRUNCATED_COMPLETION - 9)
    for word, frequency in frequencies.items():
        if frequency < floor:
            break  # the list runs from the most frequent word down
        if word.isascii() or not word.isalpha():
            continue
        plain = fold(word)
        if plain != word:
            bare.setdefault(plain, []).append(word)
        if len(word) < 3:
            continue
        if fold(word[-1]) != word[-1]:
            truncated.setdefault(word[:-1], []).append(word)
        elif inside and plain != word and frequency >= inner_floor:
            at = _inner_mark(word)
            if at is not None:
                inner.setdefault(word[:at] + word[at + 1 :], []).append(word)
    return (
        {key: tuple(words) for key, words in bare.items()},
        {key: tuple(words) for key, words in truncated.items()},
        {key: tuple(words) for key, words in inner.items()},
    )


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _inner_mark(word: str) -> int | None:
    """Where ``word``'s one marked letter is, when it has one and no other non-ASCII letter
    (a word that keeps another would not be read as cut: MT609 reads ASCII words)."""
    first = _NON_ASCII.search(word)
    if first is None or _NON_ASCII.search(word, first.end()) is not None:
        return None
    return first.start()


def _zipf(word: str, language: str) -> float:
    return _zipf_of(frequency_dict(language).get(word))


def _ranked(words: tuple[str, ...], language: str) -> list[tuple[float, str]]:
    return sorted(((_zipf(word, language), word) for word in words), reverse=True)


def _fixes(found: str, ranked: list[tuple[float, str]], start: int, end: int) -> tuple[Fix, ...]:
    """One fix per marked twin, the most frequent first: safe when no other comes near it."""
    best = ranked[0][0]
    near = [word for score, word in ranked if score >= best - _RIVAL]
    safe = len(near) == 1
    fixes = []
    for index, word in enumerate(near):
        if found[:1].isupper():
            word = word[:1].upper() + word[1:]
        applicability = Applicability.SAFE if safe and index == 0 else Applicability.UNSAFE
        fixes.append(Fix((Edit(start, end, word),), applicability, word))
    return tuple(fixes)


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but quotes, brackets and dashes between the sentence's end (or the line's start)
    and ``start``."""
    at = start
    while at > 0 and text[at - 1] in _OPENING_SKIP:
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_END or text[at - 1] == "\n"


def _standing_alone(text: str, start: int, end: int) -> bool:
    """Not glued to an apostrophe, hyphen, digit or path character (elisions, compounds, code)."""
    if text[start - 1 : start] in _JOINERS or text[end : end + 1] in _JOINERS - {"."}:
        return False
    return not looks_technical(text, start, end)


def _served(document: Document) -> str | None:
    language = base_language(document)
    if language not in _table()["languages"] or not frequency_dict(language):
        return None
    return language


def _distinct_words(document: Document) -> frozenset[str]:
    """The document's distinct words (one scan of its distinct chunks, shared by MT607 and
    MT609)."""
    return document.analysis.get(
        "diacritics_words", lambda: frozenset(_WORD.findall(chunk_text(document)))
    )


def _english(word: str) -> bool:
    return _zipf(word, "en") >= _ENGLISH


@register
class LostDiacritic(Rule):
    code = "MT607"
    name = "lost-diacritic"
    summary = "A word lost a mark its language writes ('Relaçoes', 'słuzby', 'politica')."
    languages = frozenset(_table()["languages"])
    severity = Severity.WARNING
    doc = """
    What it finds: a spelling no dictionary of the text's language accepts that is an everyday
    word less one or more of its marks ("envios" for "envíos", "evenement", "asi" for "así";
    resources/diacritics/accent_forms.json, built from wordfreq and every hunspell dictionary of
    es, fr, it and pt by bench/build_accent_forms.py: the web writes "envios" often enough that
    frequency alone cannot tell), and, in every served language, a word of four letters or more
    whose form with marks is an everyday word of
    the text's language and far more frequent than the form written (wordfreq: the marked twin
    at Zipf 3 or more and 1.5 above the bare form, the bare form below 4.5 but in the list: a
    mark people drop leaves its bare spelling there; a form never seen is a rare inflection or
    a name as often): "Relaçoes"
    (relações), "słuzby" (służby), "politica" (política), "citta" (città), in a text that
    otherwise writes its marks; in a text that holds a letter a lossy conversion leaves for one
    of the language's own (Hungarian "elõtt" for "előtt": ``conversion_letters``), a form
    wordfreq never saw counts too ("tetszoleges" for "tetszőleges"). In Romanian and Polish
    (``twin_evidence``: their bare forms are the web's unmarked spellings, not words) the text's
    own majority is evidence too: a bare form whose marked twin the same text writes more often
    (twice or more) is reported at a smaller frequency gap (0.8), before a common word of the
    language or a number ("in 2001" beside the text's "în"; not "in vivo"; checks/markevidence.py).
    Why it matters: a page converted through a lossy encoding, typed without the language's
    keyboard, or machine-translated through a step that drops marks loses them on some words;
    readers see a misspelling, and search and spell checking miss the word.
    Fix safety: safe when one marked twin is everyday and no other comes near it; unsafe when
    two do (they are all offered).
    Quiet on: a text that writes most of its accentable words without marks (a convention, not
    damage), words English uses (quoted English, brands), capitalised words inside a sentence
    (names) unless the form is no word at all, words glued to an apostrophe, hyphen or digit,
    URLs and paths, and real words with a marked twin ("mas"/"más", "ja"/"ją").
    French î and û left out (the 1990 reform: "connaitre") are right and never listed.
    Known false positives: a rare verb form whose marked twin is a frequent noun
    ("numero"/"número" in Portuguese) where the verb is meant.
    """
    examples = (
        Example(
            "O ministro de Relaçoes Exteriores disse que a reunião será em março.",
            "O ministro de Relações Exteriores disse que a reunião será em março.",
            "pt",
        ),
        Example(
            "Szef służby dyplomatycznej mówi, że słuzby graniczne są gotowe.",
            "Szef służby dyplomatycznej mówi, że służby graniczne są gotowe.",
            "pl",
        ),
        Example(
            "El gobierno anunció que la politica económica cambiará después de la reunión.",
            "El gobierno anunció que la política económica cambiará después de la reunión.",
            "es",
        ),
        Example(
            "La tienda confirmó que los envios llegarán después del lunes.",
            "La tienda confirmó que los envíos llegarán después del lunes.",
            "es",
        ),
        Example(
            "Filmul a apărut în 2001 și a rulat în zece țări, iar in 2003 a primit un premiu.",
            "Filmul a apărut în 2001 și a rulat în zece țări, iar în 2003 a primit un premiu.",
            "ro",
        ),
        good("Testul a arătat în laborator și în clinică un efect in vivo mai mic.", "ro"),
        good("La empresa catalogó los daños como leves en su informe.", "es"),
        good("Il faut connaitre le coût réel de cette mesure, a-t-il déclaré.", "fr"),
        good("Mas el presidente dijo que no habrá más cambios este año.", "es"),
        good("Ele disse que publico o relatório amanhã, e o público já sabe.", "pt"),
        good("Il presidente ha incontrato Muller a Sao Paulo per parlare della città.", "it"),
        good("La citta e bella, la gente e simpatica e il caffe e buono, ma piu caro.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = _served(document)
        if language is None:
            return
        bare = _index(language)[0]
        no_words = _accent_forms(language).get("unmarked", {})
        candidates: dict[str, list[tuple[float, str]]] = {}
        sure: set[str] = set()
        marked = dropped = 0
        converted = _converted(document, language)
        # Refused on frequencies alone, kept for the text's own evidence (checks/markevidence).
        near: dict[str, list[tuple[float, str]]] = {}
        # Forms wordfreq never saw, read only in a text its own twins prove lossy.
        unseen: dict[str, list[tuple[float, str]]] = {}
        for word in _distinct_words(document):
            lower = word.lower()
            if lower in no_words:
                dropped += 1
                ranked = _ranked(no_words[lower], language)
                if _no_word(word, lower, ranked[0][0]):
                    candidates[word] = ranked
                    sure.add(word)
                continue
            twins = bare.get(lower if lower.isascii() else fold(lower))
            if not twins:
                continue
            if lower in twins:
                marked += 1
                continue
            twins = tuple(twin for twin in twins if _adds_marks(lower, twin, language))
            if not twins:
                continue
            ranked = _ranked(twins, language)
            own = _zipf(lower, language)
            best = ranked[0][0]
            if best - own < TWIN_GAP:
                continue
            if best - own >= 1.0:
                dropped += 1
                if _lost_mark(word, lower, own, best, converted):
                    candidates[word] = ranked
                    continue
                if own == 0.0 and unseen_in_lossy_text(word, best):
                    unseen[word] = ranked
            if language in _table()["twin_evidence"]["languages"] and word.islower():
                near[word] = ranked
        twinned = written_twins(document.text, {w: near[w][0][1] for w in near}, language)
        evidence = {word: near[word] for word in twinned} if twinned else {}
        candidates.update(evidence)
        lossy = (
            {word: unseen[word] for word in unseen if word not in candidates} if evidence else {}
        )
        candidates.update(lossy)
        # Most accentable words written without marks: the author's convention, not damage.
        if not candidates or dropped >= marked:
            return
        text = document.text
        found = find_words(text, candidates)
        proven = sorted(start for word in evidence for start, _ in found.get(word, ()))
        for word, spans in found.items():
            ranked = candidates[word]
            for start, end in spans:
                if not _standing_alone(text, start, end):
                    continue
                if word[0].isupper() and not _capital_allowed(text, start, word, language):
                    continue
                if word[0].isupper() and _only_the_capital(word, ranked, language):
                    continue
                if word in evidence and not native_context(text, end, language):
                    continue
                if word in lossy and not near_proven(start, proven):
                    continue
                why, confidence = _why(word, sure, lossy, evidence)
                yield self.finding(
                    start,
                    end,
                    f"'{word}' lost a mark: {why}'{ranked[0][1]}' is the everyday word",
                    fixes=_fixes(word, ranked, start, end),
                    confidence=confidence,
                )


def _why(word: str, sure: set[str], lossy: dict, evidence: dict) -> tuple[str, float]:
    """The reason a finding gives, and its confidence, by the evidence that found it."""
    if word in evidence:
        return "this text writes it with its marks, ", _TWIN_CONFIDENCE
    if word in lossy:
        return "this text drops marks elsewhere, ", _TWIN_CONFIDENCE
    if word in sure:
        return "no dictionary knows it, ", _NO_WORD_CONFIDENCE
    return "", 0.7


def _no_word(word: str, lower: str, best: float) -> bool:
    """A spelling no dictionary of the language accepts, less a mark of an everyday word: a
    lost mark unless it is written in capitals (headings drop marks on capitals) or is an
    English word the marked one does not dwarf ("area" beside "área")."""
    if len(word) < _NO_WORD_LETTERS or word.isupper() or not (word.islower() or word.istitle()):
        return False
    english = _zipf(lower, "en")
    return english < _ENGLISH or english <= best - _ENGLISH_MARGIN


def _only_the_capital(word: str, ranked: list[tuple[float, str]], language: str) -> bool:
    """French may leave capitals unaccented ("Equipiers" for "Équipiers", table
    ``capital_accents_optional``): a capital is then no lost mark when it is the only one."""
    if language not in _table().get("capital_accents_optional", ()):
        return False
    lower = word.lower()
    return any(twin[1:] == lower[1:] for _, twin in ranked)


def _adds_marks(word: str, twin: str, language: str) -> bool:
    """``twin`` is ``word`` with marks added, none moved or changed ("relaçoes" → "relações";
    "catalogó" is no "catálogo" that lost a mark), and not only an inflecting last letter
    (Czech "anglicky" is an adverb beside "anglický")."""
    inflecting = _table()["final_marks_inflect"].get(language, "")
    if twin[-1] in inflecting and word[:-1] == twin[:-1]:
        return False
    return len(word) == len(twin) and all(
        mine == theirs or mine == fold(theirs) for mine, theirs in zip(word, twin, strict=True)
    )


def _lost_mark(word: str, lower: str, own: float, best: float, converted: bool) -> bool:
    if len(word) < _MIN_LETTERS or word.isupper():
        return False
    # A form wordfreq never saw is a rare inflection, name or foreign word as often as a lost
    # mark (Hungarian "cserkesz", Romanian "ridicam"); a mark people drop leaves its bare
    # spelling in the list ("relaçoes" 1.9, "słuzby" 1.8, "politica" 3.9). In a text that a
    # lossy conversion marked (``converted``), an unseen form is its damage too.
    if (own == 0.0 and not converted) or best - own < _GAP or own >= _BARE_CEILING:
        return False
    # An English word is quoted English unless the marked twin dwarfs it (German "für" 6.9
    # beside English "fur" 3.9; French "président" beside "president" stays quiet).
    english = _zipf(lower, "en")
    return english < _ENGLISH or english <= best - _ENGLISH_MARGIN


def _converted(document: Document, language: str) -> bool:
    """The text holds a letter that a lossy conversion leaves in place of one of the language's
    own (Hungarian "elõtt" for "előtt": Latin-1 has no "ő"; resources/diacritics/diacritics.json
    ``conversion_letters``): its other words may have lost their marks to the same step."""
    letters = _table().get("conversion_letters", {}).get(language, "")
    if not letters:
        return False
    chunks = chunk_text(document)
    return any(letter in chunks for letter in letters)


def _capital_allowed(text: str, start: int, word: str, language: str) -> bool:
    """A capitalised word is a name unless it opens a sentence, or it is no word at all and
    keeps some of its marks ("Relaçoes": half its marks lost, no name spelt so)."""
    if _sentence_start(text, start):
        return True
    return not word.isascii() and _zipf(word.lower(), language) < _NOT_A_WORD


# A word ending in a vowel, then an apostrophe that no letter follows: "piu'", "citta’", "E'".
_APOSTROPHE_ACCENT = re.compile(r"(?<![\w'’‘])([^\W\d_]*[aeiouAEIOU])['’](?![\w'’])")
# The screen over the distinct chunks: some chunk holds a vowel and an apostrophe at its end
# or before punctuation.
_APOSTROPHE_SCREEN = re.compile(r"[aeiouAEIOU]['’](?![\w'’])")
# An opening single quotation mark: then a closing one after a vowel is a quotation's end.
_OPENING_SINGLE = re.compile(r"(?:^|[\s(«\"“])['‘][^\W\d_]")
_QUOTE_REACH = 120


@cache
def _apostrophe_exempt(language: str) -> frozenset[str] | None:
    entry = _table()["apostrophe_accent"].get(language)
    return None if entry is None else frozenset(entry["exempt"])


@cache
def _apostrophe_accents(language: str) -> str:
    return _table()["apostrophe_accent"][language]["accents"]


def _accent_twins(key: str, language: str) -> list[tuple[float, str]]:
    """The everyday words that are ``key`` with its last vowel accented ("piu" → "più")."""
    bare = _index(language)[0]
    twins = [
        word
        for word in bare.get(key, ())
        if word[:-1] == key[:-1]
        and word[-1] in _apostrophe_accents(language)
        and fold(word[-1]) == key[-1]
    ]
    if not twins:
        return []
    ranked = _ranked(tuple(twins), language)
    # The accented word must be nearly as common as the bare one, or more: "è" beside "e",
    # "più" beside "piu"; not a misspelling of a frequent word ("sò" for "so", Spanish "pá"
    # beside the colloquial "pa'").
    return ranked if ranked[0][0] >= _zipf(key, language) - _RIVAL else []


def _inside_single_quotes(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1
    return bool(_OPENING_SINGLE.search(text, max(line_start, start - _QUOTE_REACH), start))


@register
class ApostropheAccent(Rule):
    code = "MT608"
    name = "apostrophe-accent"
    summary = "An accented final vowel written as vowel and apostrophe ('piu'', 'citta'', 'E'')."
    languages = frozenset(_table()["apostrophe_accent"])
    severity = Severity.WARNING
    doc = """
    What it finds: a word ending in a vowel and an apostrophe, with no letter after it, whose
    form with that vowel accented is an everyday word (wordfreq, Zipf 3 or more): "piu'" (più),
    "citta'" (città), "perche'" (perché), "E'" at a sentence's start (È).
    Why it matters: keyboards and converted pages without accented capitals or accented letters
    leave the habit of typing the apostrophe for the accent; in edited text it is a misspelling.
    Fix safety: safe when one accented form is everyday (più, città, È); unsafe when two come
    near each other (perché beside the frequent misspelling perchè: both offered).
    Quiet on: the apostrophes that are right in the language (Italian po', di', fa', va', da',
    sta', mo', be': resources/diacritics), elisions ("l'anno", "dell'"), a closing single
    quotation mark after a word in a quotation opened with one, capitalised words inside a
    sentence (names), and languages not in the table.
    Known false positives: a single quotation mark closing a quotation whose opening mark is far
    before it, or on another line.
    """
    examples = (
        Example(
            "E' uno degli attacchi piu' gravi mai avvenuti nella citta’ di Abha.",
            "È uno degli attacchi più gravi mai avvenuti nella città di Abha.",
            "it",
        ),
        good("Aspetta un po' e di' a tutti dell'arrivo: l'anno è finito.", "it"),
        good("La parola 'citta' e la parola 'pero' sono scritte male.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        exempt = _apostrophe_exempt(language)
        if exempt is None or not _APOSTROPHE_SCREEN.search(chunk_text(document)):
            return
        text = document.text
        for match in _APOSTROPHE_ACCENT.finditer(text):
            word = match.group(1)
            key = word.lower()
            if key in exempt or (word[0].isupper() and not _sentence_start(text, match.start())):
                continue
            if len(word) > 1 and not (word.islower() or word.istitle()):
                continue
            ranked = _accent_twins(key, language)
            if not ranked or _inside_single_quotes(text, match.start()):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' writes the accent as an apostrophe: '{ranked[0][1]}'",
                fixes=_fixes(word, ranked, match.start(), match.end()),
                confidence=0.75,
            )


def _cut_word(word: str, lower: str, own: float, best: float) -> bool:
    """A word of four letters or more, ASCII (a conversion that drops a letter drops every
    marked one: Polish "wnieś" is an imperative beside "wnieść"), that is no word of the
    language, or far rarer than its completion (the web holds converted text, so wordfreq knows
    "citt" at 3.0 beside "città" at 5.8), and no English word the completion does not dwarf."""
    if len(word) < _MIN_LETTERS or not word.isascii():
        return False
    english = _zipf(lower, "en")
    if own < _TRUNCATED_UNKNOWN:
        return english < _ENGLISH
    return best - own >= _CUT_GAP and (english < _ENGLISH or english <= best - _ENGLISH_MARGIN)


@register
class DroppedAccentedLetter(Rule):
    code = "MT609"
    name = "dropped-accented-letter"
    summary = "A word lost an accented letter altogether ('autorit' for 'autorità', 'tambin')."
    languages = frozenset(_table()["languages"])
    severity = Severity.WARNING
    doc = """
    What it finds: a lower-case ASCII word of four letters or more that is no word of the
    text's language (wordfreq: Zipf below 1.5, or 2.5 below its completion: converted pages
    taught wordfreq "citt" at 3.0 beside "città" at 5.8), and no English word, while the same
    word with one more, accented, last letter is everyday (Zipf 3.5 or more): "autorit"
    (autorità), "citt" (città), Spanish "anunci" (anunció); in de, es, fr, it, pl and pt
    (``dropped_inside`` in resources/diacritics/diacritics.json) also a word whose only marked
    letter was dropped inside it: "tambin" (también), "hnliches" (ähnliches). (MT978 read that
    shape until 2026-12-05.) In a text that shows this damage
    and holds no marked letter at all (the conversion dropped every one), shorter real words
    whose accented completion is more frequent are reported too ("et" for "età"), with an
    unsafe fix.
    Why it matters: a conversion that cannot encode a letter drops it (Latin-1 text read as
    ASCII with errors ignored): the word is cut, not misspelt, and spell checkers offer the
    wrong repair.
    Fix safety: safe when one completion is everyday; unsafe when two are, and for the
    document-evidence cases.
    Quiet on: capitalised words inside a sentence (names), words glued to an apostrophe, hyphen
    or digit, URLs and paths, and words the language or English knows.
    Known false positives: a word cut at the end of an excerpt or by a line-end hyphen.
    """
    examples = (
        Example(
            "Le autorit di Skopje ritengono che gli uomini siano colpevoli.",
            "Le autorità di Skopje ritengono che gli uomini siano colpevoli.",
            "it",
        ),
        Example(
            "El gobierno dijo que tambin la ciudad votará en mayo.",
            "El gobierno dijo que también la ciudad votará en mayo.",
            "es",
        ),
        good("Le autorità hanno detto che la città è tranquilla.", "it"),
        good("Il gruppo Autorit ha presentato il suo progetto.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = _served(document)
        if language is None:
            return
        _, truncated, inner = _index(language)
        certain: dict[str, list[tuple[float, str]]] = {}
        likely: dict[str, list[tuple[float, str]]] = {}
        for word in _distinct_words(document):
            lower = word.lower()
            last = truncated.get(lower, ())
            completions = last + inner.get(lower, ())
            if not completions or not (word.islower() or word.istitle()):
                continue
            ranked = _ranked(completions, language)
            own = _zipf(lower, language)
            if ranked[0][0] < _TRUNCATED_COMPLETION or own >= ranked[0][0]:
                continue
            if _cut_word(word, lower, own, ranked[0][0]):
                certain[word] = ranked
            elif len(word) >= 2 and word.islower() and ranked[0][1] in last:
                # Document evidence (below) was measured on cut last letters only.
                likely[word] = ranked
        if not certain:
            return
        found = dict(certain)
        if document.text.isascii():
            found.update(likely)
        yield from self._report(document, found, frozenset(certain))

    def _report(
        self,
        document: Document,
        found: dict[str, list[tuple[float, str]]],
        certain: frozenset[str],
    ) -> Iterator[Finding]:
        text = document.text
        for word, spans in find_words(text, found).items():
            ranked = found[word]
            sure = word in certain
            for start, end in spans:
                # "saus." is an abbreviation (a month in Lithuanian), not a cut word.
                if not _standing_alone(text, start, end) or text[end : end + 1] == ".":
                    continue
                if word[0].isupper() and not _sentence_start(text, start):
                    continue
                fixes = _fixes(word, ranked, start, end)
                if not sure:
                    fixes = tuple(Fix(f.edits, Applicability.UNSAFE, f.title) for f in fixes)
                where = "its last letter" if ranked[0][1][:-1] == word.lower() else "a letter"
                yield self.finding(
                    start,
                    end,
                    f"'{word}' lost {where}: '{ranked[0][1]}'",
                    fixes=fixes,
                    confidence=0.7 if sure else 0.55,
                )


# A turned mark ("perchè") is a misspelling the web writes often: 2 of 2 right on real text
# (accents-real-ml, the UD dev files), none on 127k words of clean text; a small sample. A mark
# added to a plain word ("fù", "sútil") is as often a loanword or a stress mark the dictionary
# lacks ("retrò"), or a spelling before a reform ("dió").
_TURNED_CONFIDENCE = 0.9
_ADDED_CONFIDENCE = 0.3
# A stress mark on the wrong vowel ("díficil", "tambíen", Portuguese "dificíl"): 2 of 2 right on
# real text (realmt-es20, UD Spanish GSD's "escribío"), none wrong on 224k words of native
# Spanish and Portuguese (the UD GSD and Bosque files, once the Brazilian spellings before 2009
# were kept out: "apóia"); a small sample, like the turned marks' (BENCHMARKS.md "h22ml").
_MOVED_CONFIDENCE = 0.9
_CONFIDENCE = {"turned": _TURNED_CONFIDENCE, "moved": _MOVED_CONFIDENCE, "added": _ADDED_CONFIDENCE}
_HOW = {
    "turned": "a mark turned",
    "moved": "its mark on the wrong vowel",
    "added": "a mark too many",
}


@register
class WrongAccent(Rule):
    code = "MT610"
    name = "wrong-accent"
    summary = "A word with its mark turned, moved or one too many ('perchè', 'díficil', 'fù')."
    languages = frozenset({"es", "fr", "it", "pt"})
    severity = Severity.WARNING
    doc = """
    What it finds: a word no spelling dictionary of the text's language accepts that is an
    everyday word with one mark turned the other way ("perchè" for "perché", "événèment",
    Portuguese "explicaçáo" for "explicação"), with its stress mark on another vowel of the
    word (Spanish "díficil" for "difícil", "tambíen" for "también", Portuguese "dificíl"), or
    with a mark added to a plain word ("fù" for "fu", Spanish "sútil" for "sutil"). The table
    (resources/diacritics/accent_forms.json) is built from wordfreq and every hunspell
    dictionary of the language by bench/build_accent_forms.py: a spelling is listed only when
    the web writes it, no dictionary takes it and no neighbouring language writes it (Portuguese
    "contínuo" in Spanish text is Portuguese, not a slip).
    Why it matters: keyboards without the right accent, and habits of typing the grave for the
    acute, leave misspellings that a reader and a search engine see; machine translation
    copies them from its training text.
    Fix safety: safe for a turned or moved mark with one everyday twin (twins of near
    frequency, "rúbrica"/"rubricá", are offered unsafe); a mark added is offered as
    unsafe and reported in the doubtful tier (a loanword or a stress mark the dictionary lacks,
    Italian "retrò", "rosè", is right).
    Quiet on: capitalised words inside a sentence (names: "Andrè"), words in capitals,
    languages without a table, and spellings the table leaves out: French è for é where the
    1990 reform allows it ("règlementation"), the two Portuguese varieties' é/ê and ó/ô
    ("António", "Antônio"), Brazilian spellings before 2009 ("idéia").
    Known false positives: names and loanwords written in lower case; old spellings a text
    keeps on purpose (Brazilian "idéia" before 2009).
    """
    examples = (
        Example(
            "Non so perchè il governo abbia deciso di rinviare la riunione.",
            "Non so perché il governo abbia deciso di rinviare la riunione.",
            "it",
        ),
        good("Non so perché il governo abbia deciso di rinviare la riunione.", "it"),
        good("Il presidente Andrè ha parlato al congresso di Milano.", "it"),
        Example(
            "Es un plato bastante díficil de preparar en casa.",
            "Es un plato bastante difícil de preparar en casa.",
            "es",
        ),
        good("Es un plato bastante difícil de preparar; lo publicó el periódico.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if language not in self.languages:
            return
        forms = _accent_forms(language)
        kinds = [(kind, forms.get(kind, {})) for kind in ("turned", "moved", "added")]
        found: dict[str, tuple[list[tuple[float, str]], str]] = {}
        for word in _distinct_words(document):
            if word.isascii() or word.isupper() or not (word.islower() or word.istitle()):
                continue
            lower = word.lower()
            for kind, table in kinds:
                if lower in table:
                    found[word] = (_ranked(table[lower], language), kind)
                    break
        text = document.text
        for word, spans in find_words(text, found).items():
            ranked, kind = found[word]
            for start, end in spans:
                if not _standing_alone(text, start, end):
                    continue
                if word[0].isupper() and not _sentence_start(text, start):
                    continue
                fixes = _fixes(word, ranked, start, end)
                if kind == "added":
                    fixes = tuple(Fix(f.edits, Applicability.UNSAFE, f.title) for f in fixes)
                yield self.finding(
                    start,
                    end,
                    f"'{word}' has {_HOW[kind]}: '{ranked[0][1]}' is the word",
                    fixes=fixes,
                    confidence=_CONFIDENCE[kind],
                )
