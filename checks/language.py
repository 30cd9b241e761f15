"""Document language detection (langdetect, seeded so results are deterministic)."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import methodcaller
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtlint.checks.documents.base import Document

_lock = threading.Lock()
_factory_ready = False


# The language of a text too short to identify, when nothing else says which it is.
DEFAULT_LANGUAGE = "en"
# Fewer words than this and the text is "short": a one-line file, a subtitle, a table cell.
# Character n-gram identifiers misread such text ("Biden met Trudeau in Ottawa on Monday." as
# Dutch), so it keeps the prior unless its common words clearly say otherwise.
SHORT_WORDS = 20


@dataclass(frozen=True)
class LanguageChoice:
    """The language a text is checked as, and why: "given" (--lang or the project config),
    "declared" (the file says), "detected", or "fallback" (too little text to identify: the
    prior, else the default)."""

    code: str
    reason: str


def choose_language(text: str, prior: str | None = None) -> LanguageChoice:
    """The language to check ``text`` as, with a prior (the project's or the batch's language)
    that short text falls back to. Long text is identified as a whole (stop-word vote, then
    langdetect); short text only by a clear stop-word vote, or when it is written in a script
    the prior's language does not use (a Russian or Japanese one-liner)."""
    fallback = prior or DEFAULT_LANGUAGE
    sample = _sample(text, 1500)
    words = _WORDS.findall(sample.lower())
    if len(words) >= SHORT_WORDS and sum(map(len, words)) >= 12:
        found = _detect_long(sample, words)
        return LanguageChoice(found, "detected") if found else LanguageChoice(fallback, "fallback")
    voted = _stop_word_vote(words, minimum_words=1, minimum_votes=2)
    if voted is not None:
        return LanguageChoice(voted, "detected")
    if words and not _written_in_script_of(sample, fallback):
        candidates = detect_languages(sample)
        if candidates:
            return LanguageChoice(candidates[0][0], "detected")
    if prior is None and len(words) >= _NO_PRIOR_WORDS:
        # Nothing says which language to expect (no --lang, project or file): langdetect when
        # it is near-certain and the few common words do not name another language ("Merkel
        # and Macron spoke in Berlin.": Dutch to langdetect, English by "and", "in").
        candidates = detect_languages(sample)
        if candidates and candidates[0][1] >= _NO_PRIOR_PROBABILITY:
            detected = candidates[0][0]
            if _stop_word_vote(words, minimum_words=1, minimum_votes=1) in (None, detected):
                return LanguageChoice(detected, "detected")
    return LanguageChoice(fallback, "fallback")


# Short text without any prior: four words or more, and langdetect's probability at least this
# (clean-native-dev: foreign six-word cells 41 % → 88 % identified, English ones 0.5 % misread).
_NO_PRIOR_WORDS = 4
_NO_PRIOR_PROBABILITY = 0.999


def detect_language(text: str, *, sample_chars: int = 1500) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text to
    tell (fewer than ``SHORT_WORDS`` words without a clear stop-word vote).

    A stop-word vote over the language tables decides clear cases in well under a millisecond;
    langdetect (pure Python, ~25 ms on a few kilobytes) settles the rest on a short sample.
    """
    sample = _sample(text, sample_chars)
    words = _WORDS.findall(sample.lower())
    if sum(map(len, words)) < 12:  # too few letters to tell
        return None
    if len(words) < SHORT_WORDS:
        return _stop_word_vote(words, minimum_words=1, minimum_votes=2)
    return _detect_long(sample, words)


def _detect_long(sample: str, words: list[str]) -> str | None:
    cjk = _cjk_language(sample)
    if cjk is not None:
        return cjk
    voted = _stop_word_vote(words)
    if voted is not None:
        return voted
    candidates = detect_languages(sample)
    return candidates[0][0] if candidates else None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# A CJK character carries about as much text as four Latin letters (a word of English is five
# letters and a space; a Chinese word is one to two characters).
_CJK_WEIGHT = 4
_CJK_MINIMUM = 20


def _cjk_language(sample: str) -> str | None:
    """zh, ja or ko when the text is mostly CJK by weight, told apart by script.

    A Chinese guide to the command line is half commands and options: langdetect read it as
    English 0.57 and every Chinese clause became "left untranslated" (h24files, 1,179 MT501 on
    one README). The Latin runs are code and names there; the CJK script says the language:
    Japanese writes kana in every sentence, Korean Hangul, Chinese neither."""
    found = _CJK.findall(sample)
    cjk = len(found)
    if cjk < _CJK_MINIMUM or cjk * _CJK_WEIGHT < sum(c.isascii() and c.isalpha() for c in sample):
        return None
    kana = sum("\u3040" <= c <= "\u30ff" for c in found)
    hangul = sum(c >= "\uac00" for c in found)
    if hangul * 2 >= cjk:
        return "ko"
    return "ja" if kana * 20 >= cjk else "zh"


def _written_in_script_of(text: str, code: str) -> bool:
    """The text's main script is one the language is written in (or the text has no letters)."""
    from mtlint.checks.langdata import load_language_data
    from mtlint.checks.scripts import dominant_script

    script = dominant_script(text)
    return script is None or script in load_language_data(code).scripts


_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stop_word_table() -> dict[str, tuple[str, ...]]:
    """Stop word → languages that list it (spaced languages with a table only)."""
    from mtlint.checks.langdata import available_languages, load_language_data

    table: dict[str, list[str]] = {}
    for code in available_languages():
        data = load_language_data(code)
        if not data.spaced:
            continue
        for word in data.stop_words:
            table.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


def stop_word_languages(word: str) -> tuple[str, ...]:
    """The languages (with a table) for which the lower-cased ``word`` is a stop word."""
    return _stop_word_table().get(word, ())


def _stop_word_vote(
    words: list[str], *, minimum_words: int = 20, minimum_votes: float = 0.0
) -> str | None:
    """The language whose stop words clearly dominate the (lower-cased) words, or None."""
    if len(words) < minimum_words:
        return None
    table = _stop_word_table()
    votes: dict[str, float] = {}
    # Count each distinct word once (a text repeats its stop words): a third of the dict work.
    for word, count in Counter(words).items():
        codes = table.get(word)
        if not codes:
            continue
        # A word several languages share ("a", "to", "de") says little about which one it is.
        share = count / len(codes)
        for code in codes:
            votes[code] = votes.get(code, 0.0) + share
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    best, best_votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # Clear winners only: a real share of the words, and well ahead of the next language.
    if best_votes >= max(0.12 * len(words), minimum_votes) and best_votes >= 2 * runner_up:
        return best
    return None


def detect_languages(text: str) -> list[tuple[str, float]]:
    """Candidate languages with probabilities, most likely first (langdetect, seeded).

    Seeded, so one text always gives one answer: answers are kept for the texts seen last (a
    catalogue repeats its strings; MT705 asked langdetect for each, ~0.1 s a call)."""
    return list(_detect_cached(text))


@lru_cache(maxsize=4096)
def _detect_cached(text: str) -> tuple[tuple[str, float], ...]:
    return tuple(_detect_uncached(text))


def _detect_uncached(text: str) -> list[tuple[str, float]]:
    global _factory_ready
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        if not _factory_ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _factory_ready = True
        try:
            detector = detector_factory._factory.create()
            detector.append(text)
            return [(_normalise(p.lang), p.prob) for p in detector.get_probabilities()]
        except LangDetectException:
            return []


def _normalise(code: str) -> str:
    # langdetect's "no" is Norwegian Bokmål, the "nb" of the tables (a Bokmål document's
    # paragraphs must not become a region of a language without one).
    return {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}.get(code, code)


def _sample(text: str, size: int) -> str:
    if len(text) <= size:
        return text
    # Three slices spread over the text: headers and boilerplate do not decide alone.
    third = size // 3
    middle = len(text) // 2
    return text[:third] + "\n" + text[middle : middle + third] + "\n" + text[-third:]


# --- language regions: the paragraphs of a document that are in another language ---------------
#
# A document is checked in its main language (``choose_language``); a run of paragraphs that is
# confidently in another language is a *region*, checked with its own language's rules and data
# (checks/pipeline.py). Finding regions must cost nearly nothing on the usual, monolingual text:
# a screen asks the document's distinct chunks (already built for the rules) for stop words
# distinctive of another language in the same script, and its distinct characters for letters
# of a script, or Latin letters, the main language does not use; only paragraphs holding such
# evidence are identified (two signals must agree), the rest are in the main language.

# A paragraph needs this many words to start a region on its own: shorter ones (a heading, a
# caption, a one-line answer) take their neighbours' language.
REGION_WORDS = 8
# A language must show this many distinct distinctive stop words in the document before its
# paragraphs are looked at, and a paragraph this many hits.
_DOCUMENT_HITS = 3
_PARAGRAPH_HITS = 2
# … and this many per word: name particles ("de", "la", "von", "van", "del") in an English
# paragraph are a few per hundred words, the stop words of a foreign paragraph a third of them.
_PARAGRAPH_DENSITY = 0.05
# Zipf frequency (wordfreq) in the main language from which another language's stop word is
# common there too. The lists hold some English in every language ("the" is 5.6 in German),
# so English stays detectable in them by its rarer stop words ("which", "were", "been").
_COMMON_IN_MAIN = 4.0
# Shorter paragraphs (in characters) are too short to keep a region from continuing over them.
_SHORT_PARAGRAPH = 60


@dataclass(frozen=True)
class LanguageRegion:
    """``text[start:end]`` (whole paragraphs) is in ``code``, not the document's main language."""

    start: int
    end: int
    code: str


def language_regions(document: Document) -> tuple[LanguageRegion, ...]:
    """The document's runs of paragraphs confidently in another language than its own.

    Bilingual files keep their declared target language throughout (an untranslated unit is the
    bilingual rules' concern), as does a text of a single paragraph (it *is* the document).
    """
    from mtlint.checks.langdata import load_language_data

    if document.units or document.source_text is not None or not document.language:
        return ()
    main = load_language_data(document.language)
    paragraphs = document.paragraphs
    if len(paragraphs) < 2:
        return ()
    candidates = (
        _script_candidates(document, main.scripts)
        | _stop_word_candidates(document, main.code)
        | _letter_candidates(document, main.code)
    )
    if not candidates:
        return ()
    return _regions(document, main.code, candidates)


def _script_candidates(document: Document, scripts: frozenset[str]) -> set[int]:
    """Paragraphs holding letters of a script the main language is not written in (for a main
    language not written in Latin, a run of four Latin words: names and brands are shorter)."""
    from mtlint.checks.textscan import has_character, text_characters

    found: set[int] = set()
    pattern = _foreign_runs(scripts)
    # Every script but Latin starts at U+0370: only the document's distinct characters from there
    # on are asked (a handful of quotes and dashes in most Latin texts).
    beyond_latin = [c for c in text_characters(document) if c >= "\u0370"]
    if pattern is not None and any(map(pattern.fullmatch, beyond_latin)):
        starts = (m.start() for m in pattern.finditer(document.text))
        found |= _paragraphs_of(document, starts, 1)
    if "Latin" not in scripts and has_character(document, _LATIN_LETTER):
        starts = (m.start() for m in _LATIN_WORDS.finditer(document.text))
        found |= _paragraphs_of(document, starts, 1)
    return found


@lru_cache(maxsize=32)
def _foreign_runs(scripts: frozenset[str]) -> re.Pattern[str] | None:
    from mtlint.checks.scripts import foreign_run_pattern

    return foreign_run_pattern(scripts)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_WORDS = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w'’-]*(?:[ ,;:]+[A-Za-z\u00c0-\u024f][\w'’-]*){3,}"
)
# Han, kana and Hangul: about two characters make a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _letter_candidates(document: Document, main: str) -> set[int]:
    """Paragraphs dense in Latin letters the main language does not use (ł ą ę in English or
    German): languages whose sentences hold few stop words (Polish, Czech) or that have no
    stop-word table are found by their letters."""
    from mtlint.checks.textscan import text_characters

    foreign = _foreign_letters(main)
    # The distinct letters first (a set of some dozens of characters), then each one's places
    # with ``str.find``: a character-class scan of the whole text costs far more when, as in
    # most texts, the letters are a few accented names.
    letters = foreign.intersection(text_characters(document)) if foreign else ()
    if not letters:
        return set()
    text = document.text
    places: list[int] = []
    for letter in letters:
        at = text.find(letter)
        while at != -1:
            places.append(at)
            at = text.find(letter, at + 1)
    return _paragraphs_of(document, places, _PARAGRAPH_LETTERS, _LETTER_DENSITY)


# A paragraph needs this many letters foreign to the main language, and one per 100
# characters (a name with an accent, "Müller" or "José", is one or two in a paragraph).
_PARAGRAPH_LETTERS = 3
_LETTER_DENSITY = 0.06


@lru_cache(maxsize=32)
def _foreign_letters(main: str) -> frozenset[str]:
    """Latin letters (Latin-1 to Latin Extended-B) that the main language's own common words do
    not use; none for a language not written in Latin."""
    from mtlint.checks.langdata import load_language_data

    data = load_language_data(main)
    if "Latin" not in data.scripts:
        return frozenset()
    own = {c for word in data.stop_words | data.function_words for c in word.lower()}
    return frozenset(
        c
        for c in map(chr, range(0xC0, 0x250))
        if c.isalpha() and c.lower() not in own and c not in "ßĸ"
    )


def _stop_word_candidates(document: Document, main: str) -> set[int]:
    """Paragraphs holding two or more stop words distinctive of one other language, among the
    languages that show enough of them in the whole document."""
    from mtlint.checks.textscan import unique_chunks

    language_of = _distinctive_words(main)
    if not language_of:
        return set()
    found: dict[str, set[str]] = {}
    # The distinct chunks that are such a word as they stand ("und", "Les"): a set intersection,
    # cheap enough for every small file; a foreign paragraph has several.
    for chunk in unique_chunks(document) & _forms(main):
        word = chunk.lower()
        for code in language_of[word]:
            found.setdefault(code, set()).add(word)
    if found and not any(len(seen) >= _DOCUMENT_HITS for seen in found.values()):
        # Some: then also with the punctuation around them ("und,", "(les"), in the chunks'
        # text (a regex over a few percent of the text; most texts never get here).
        for word in _screened_words(document, main):
            word = word.lower()
            for code in language_of[word]:
                found.setdefault(code, set()).add(word)
    words = {w for code, seen in found.items() if len(seen) >= _DOCUMENT_HITS for w in seen}
    if not words:
        return set()
    forms = words | {w[:1].upper() + w[1:] for w in words}
    # Led by a character class (a space, a line break, an opening quote) and not by a
    # lookbehind, which the regex engine would try at every position of the text.
    pattern = re.compile(rf"[\s\"'“„«‚(](?:{_alternation(forms)})(?![^\W\d_])")
    return _paragraphs_of(
        document,
        (m.start() + 1 for m in pattern.finditer(document.text)),
        _PARAGRAPH_HITS,
        _PARAGRAPH_DENSITY,
    )


@lru_cache(maxsize=32)
def _forms(main: str) -> frozenset[str]:
    """The distinctive words, lower-case and capitalised."""
    language_of = _distinctive_words(main)
    return frozenset(language_of) | {w[:1].upper() + w[1:] for w in language_of}


def _alternation(words: set[str]) -> str:
    from mtlint.checks.textscan import trie_pattern

    return trie_pattern(words)


@lru_cache(maxsize=32)
def _distinctive_words(main: str) -> dict[str, tuple[str, ...]]:
    """The stop words of other languages that are evidence against the main language (see
    ``distinctive_word_table``), each with its languages."""
    language_of = _shipped_tables().get(main)
    if language_of is None:  # the tables changed since the shipped file was built: the quick
        language_of = distinctive_word_table(main, quick=True)  # table (one frequency list)
    return {word: tuple(codes) for word, codes in (language_of or {}).items()}


def _screened_words(document: Document, main: str) -> Iterable[str]:
    """The distinctive words (as written) that open a chunk, after at most one opening quote
    or bracket, and that no letter follows. When every such word is letters only, the word a
    chunk can open with is its leading run of letters: a C-level match per distinct chunk and
    a set intersection give the screen's words without compiling its alternation of some
    thousand words (0.02-0.04 s of a run)."""
    from mtlint.checks.textscan import chunk_text, unique_chunks

    forms = _forms(main)
    if all(map(str.isalpha, forms)):
        heads = filter(None, map(_CHUNK_HEAD.match, unique_chunks(document)))
        return forms.intersection(map(_FIRST_GROUP, heads))
    return [m.group(1) for m in _distinctive_screen(main).finditer(chunk_text(document))]


# A chunk's leading run of letters, after at most one opening quote or bracket.
_CHUNK_HEAD = re.compile(r"[\"'“„«‚(]?([^\W\d_]+)")
_FIRST_GROUP = methodcaller("group", 1)


@lru_cache(maxsize=32)
def _distinctive_screen(main: str) -> re.Pattern[str]:
    """A pattern finding those words at the start of a chunk (after a line break in
    ``chunk_text``). Compiled only when a text needs it (most never do): its alternation of
    some thousand words cost 0.024 s of every run's start."""
    forms = _forms(main)
    # A chunk may open with a quote or bracket; it ends at the word or at punctuation.
    return re.compile(rf"\n[\"'“„«‚(]?({_alternation(forms)})(?![^\W\d_])")


def distinctive_word_table(main: str, *, quick: bool = False) -> dict[str, list[str]]:
    """Stop words of the other spaced languages in the main language's script that are not
    the main language's own words nor common in it (wordfreq: Zipf below 4, or a hundred times
    rarer than in the other language; the lists hold some English in every language, "the" is
    5.6 in German, still far below its 7.7 in English), each with the languages listing it.
    Loading every language's frequency list takes seconds: built once into
    resources/language/regions.json (``python -m mtlint.checks.language``). ``quick`` reads
    the main language's list only (any word of Zipf 4 or more in it is common there): what is
    used until the shipped file is rebuilt after a change of the language tables."""
    from mtlint.checks.langdata import available_languages, load_language_data
    from mtlint.checks.wordlists import wordfreq_zipf

    own = load_language_data(main)
    if not own.spaced:  # Chinese, Japanese: regions in another script are found by script
        return {}
    own_words = own.stop_words | own.function_words
    language_of: dict[str, list[str]] = {}
    for code in available_languages():
        other = load_language_data(code)
        if code == main or not other.spaced or not (other.scripts & own.scripts):
            continue
        for word in sorted(other.stop_words):
            if len(word) < 2 or word in own_words:
                continue
            in_main = _zipf(wordfreq_zipf, word, main)
            if in_main >= _COMMON_IN_MAIN and (
                quick or in_main >= _zipf(wordfreq_zipf, word, code) - 2
            ):
                continue  # common in the main language too ("die", "met", "come" in English)
            language_of.setdefault(word, []).append(code)
    return language_of


_SHIPPED = ("language", "regions.json")
# Main languages written in Latin without a table of their own (a Czech or Swedish document
# quoting English): shipped too, as wordfreq knows which stop words of the others are common in
# them. Any other main language gets the quick table at run time.
_SHIPPED_WITHOUT_TABLE = (
    "ca",
    "cs",
    "da",
    "fi",
    "hr",
    "hu",
    "id",
    "lt",
    "lv",
    "nb",
    "ro",
    "sk",
    "sl",
    "sv",
    "vi",
)


def tables_fingerprint() -> str:
    """What the distinctive-word tables are built from: every language's stop and function
    words, and the wordfreq version."""
    import hashlib
    import json

    from mtlint.checks.langdata import available_languages, load_language_data
    from mtlint.checks.wordlists import distribution_version

    wordfreq = distribution_version("wordfreq")
    words = {
        code: sorted(load_language_data(code).stop_words | load_language_data(code).function_words)
        for code in available_languages()
    }
    blob = json.dumps([wordfreq, words], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _shipped_tables() -> dict[str, dict[str, list[str]]]:
    """The shipped tables, when built from today's language tables (else none)."""
    from mtlint.checks.errors import ResourceError
    from mtlint.checks.resourcefiles import read_json

    try:
        data = read_json(*_SHIPPED)
    except ResourceError:  # not built yet: the tables are computed at run time meanwhile
        return {}
    return data.get("tables", {}) if data.get("fingerprint") == tables_fingerprint() else {}


def build_shipped_tables() -> Path:
    """Write resources/language/regions.json for every language with a table."""
    import json

    from mtlint.checks.langdata import available_languages

    target = Path(__file__).resolve().parent.parent / "resources" / Path(*_SHIPPED)
    target.parent.mkdir(exist_ok=True)
    codes = sorted({*available_languages(), *_SHIPPED_WITHOUT_TABLE})
    tables = {code: distinctive_word_table(code) for code in codes}
    data = {"fingerprint": tables_fingerprint(), "tables": tables}
    target.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    return target


def _zipf(lookup: Callable[[str, str], float], word: str, code: str) -> float:
    try:
        return lookup(word, code)
    except (LookupError, ImportError):  # no list (or tokenizer) for it: nothing is known
        return 0.0


def _paragraphs_of(
    document: Document, offsets: Iterable[int], minimum: int, density: float = 0.0
) -> set[int]:
    """The indexes of the paragraphs holding at least ``minimum`` of the offsets, and at least
    ``density`` of one per word (a word taken as six characters)."""
    import bisect

    paragraphs = document.paragraphs
    starts = [p.start for p in paragraphs]
    counts: Counter = Counter()
    for offset in offsets:
        counts[bisect.bisect_right(starts, offset) - 1] += 1
    return {
        index
        for index, count in counts.items()
        if index >= 0
        and count >= minimum
        and count >= density * (paragraphs[index].end - paragraphs[index].start) / 6
    }


def identify_paragraph(text: str, main: str) -> str | None:
    """The language a paragraph confidently is, or None when it is not sure (too short, or the
    stop-word vote and langdetect disagree). Two independent signals must agree before a
    paragraph leaves the main language: a wrong switch would check it with the wrong rules."""
    words = _WORDS.findall(text.lower())
    if len(words) + len(_CJK.findall(text)) // 2 < REGION_WORDS:
        return None
    voted = _stop_word_vote(words, minimum_words=REGION_WORDS, minimum_votes=2)
    if voted == main:  # its own common words say it is in the main language (a name's "de la")
        return main
    candidates = detect_languages(_sample(text, 1500))
    if not candidates:
        return None
    detected, probability = candidates[0]
    if probability < 0.9:
        return None
    from mtlint.checks.langdata import available_languages, load_language_data
    from mtlint.checks.scripts import dominant_script

    script = dominant_script(text)
    if script is not None and script not in load_language_data(main).scripts:
        # Another script altogether (a Russian paragraph in English): langdetect alone decides,
        # for a language written in that script.
        if detected in available_languages():
            return detected if script in load_language_data(detected).scripts else None
        return detected
    if voted == detected:
        return detected
    # No clear vote (one sentence holds few stop words; a language without a table cannot win
    # it): langdetect decides when it is very sure and the vote names no other language.
    if voted is None and probability >= 0.99:
        return detected
    return None


def _regions(document: Document, main: str, candidates: set[int]) -> tuple[LanguageRegion, ...]:
    """Runs of paragraphs in another language. A paragraph is *unsure* when it is short (a
    heading, a caption) or a candidate not confidently identified; an unsure paragraph takes
    the language of the nearest sure paragraphs when both sides agree, else the main language:
    one odd paragraph neither starts a region nor breaks one; but headings just before a
    region belong to it. Sure paragraphs that are not candidates are in the main language
    (they hold no foreign evidence)."""
    paragraphs = document.paragraphs
    text = document.text
    found: dict[int, str | None] = {}
    for index in sorted(candidates):
        paragraph = paragraphs[index]
        found[index] = identify_paragraph(text[paragraph.start : paragraph.end], main)
    foreign = [index for index, code in found.items() if code not in (None, main)]
    regions: list[LanguageRegion] = []
    last = -1  # the index of the region's last paragraph
    for index in foreign:
        code = found[index]
        paragraph = paragraphs[index]
        if regions and regions[-1].code == code and _all_unsure(paragraphs, found, last + 1, index):
            regions[-1] = LanguageRegion(regions[-1].start, paragraph.end, code)
        else:
            # Headings right before a region introduce it ("Press information", "Kontakt"),
            # unless they hold a common word of the main language or are in another script.
            first = index
            while (
                first - 1 > last
                and paragraphs[first - 1].is_heading
                and _all_unsure(paragraphs, found, first - 1, first)
                and _could_be(document, paragraphs[first - 1], main, code)
            ):
                first -= 1
            regions.append(LanguageRegion(paragraphs[first].start, paragraph.end, code))
        last = index
    return tuple(regions)


def _could_be(document: Document, paragraph, main: str, code: str) -> bool:
    """A short paragraph could be in ``code``: written in its script, without common words of
    the main language."""
    from mtlint.checks.langdata import load_language_data
    from mtlint.checks.scripts import dominant_script

    text = document.text[paragraph.start : paragraph.end]
    if dominant_script(text) not in load_language_data(code).scripts:
        return False
    data = load_language_data(main)
    common = data.stop_words | data.function_words
    return not any(word in common for word in _WORDS.findall(text.lower()))


def _all_unsure(paragraphs, found: dict[int, str | None], start: int, end: int) -> bool:
    """Every paragraph in ``paragraphs[start:end]`` is unsure of its language."""
    for index in range(start, end):
        if index in found:
            if found[index] is not None:
                return False
        elif paragraphs[index].end - paragraphs[index].start >= _SHORT_PARAGRAPH:
            return False
    return True


if __name__ == "__main__":  # python -m mtlint.checks.language: rebuild the shipped tables
    print(build_shipped_tables())
