"""Evidence that a single word belongs to another language (MT504).

Two kinds of word are told apart by data, never by guessing:
- a lower-case content word the document's language does not know at all (absent from
  wordfreq's list of it: "partenopei", "17enne" in English) that a source language of machine
  translation knows well (wordfreq's Zipf frequency there at or above a bar). Which languages
  are asked, and the bar, come from the casing table (``foreign_word_sources``,
  ``foreign_word_zipf`` in resources/casing/<lang>.json);
- a one-letter function word of a source language ("Y" = and, "O" = the), from the table's
  ``foreign_letters``: where it stands decides (between two words, or opening a sentence before
  a common word of the document's language).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from itertools import filterfalse
from operator import methodcaller
from pathlib import Path
from typing import Any

from mtlint.checks.casingdata import casing_file
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import optional_json, resource_json, table_names
from mtlint.checks.wordlists import _read_wordlist as read_wordlist
from mtlint.checks.wordlists import frequency_dict, read_wordlist_band, zipf
from mtlint.checks.wordstore import derived_key, derived_words, stored_wordlist

# A candidate token: optional digits glued to lower-case letters ("17enne", "partenopei").
_TOKEN = re.compile(r"(\d{0,3})([^\W\d_]{4,})")
# Punctuation a chunk may carry around its word.
_STRIP = "\"'“”‘’«»()[]{},.;:!?…*"
_STRIP_MARKS = methodcaller("strip", _STRIP)


@dataclass(frozen=True)
class ForeignTable:
    sources: tuple[str, ...] = ()
    min_zipf: float = 3.0
    # Below this Zipf frequency in the document's language a word counts as unknown there.
    own_max_zipf: float = 1.0
    # A word the document's language knows a little (under ``own_ceiling``: "también" occurs
    # in English web text) is foreign when a source language uses it this much more (Zipf
    # points: a thousand times).
    margin: float = 3.0
    own_ceiling: float = 2.5
    # letter → {"language", "means", "where", optional "not_after", "not_before"}
    letters: tuple[tuple[str, dict], ...] = ()
    # Endings of the document's language: "immediates" is "immediate" + "s", an own word.
    inflections: tuple[str, ...] = ()
    # The word list holds the inflected forms too: a word missing from it is a name or foreign.
    names_from_unknown_words: bool = False
    # Words the document's language knows a little (under ``own_ceiling``) are read too, not
    # only unknown ones: English leaks into every other language's web text at Zipf 1 to 2
    # ("worrying" 1.6 in Portuguese), so an untranslated English word is rarely unknown there.
    rare_own_words: bool = False
    # An inflecting language: a word whose stem (less up to this many letters) is one of its
    # own is an inflected form ("epidemiology" in Czech). 0: no such test (English).
    stem_letters: int = 0


@lru_cache(maxsize=32)
def foreign_table(code: str) -> ForeignTable:
    own = casing_file(code)
    if not own:
        return ForeignTable()
    return ForeignTable(
        sources=tuple(own.get("foreign_word_sources", ())),
        min_zipf=float(own.get("foreign_word_zipf", 3.0)),
        own_max_zipf=float(own.get("own_word_max_zipf", 1.0)),
        margin=float(own.get("foreign_word_margin", 3.0)),
        own_ceiling=float(own.get("own_word_ceiling", 2.5)),
        letters=tuple(sorted(own.get("foreign_letters", {}).items())),
        inflections=tuple(own.get("own_inflections", ())),
        names_from_unknown_words=bool(own.get("names_from_unknown_words", False)),
        rare_own_words=bool(own.get("foreign_word_rare_own", False)),
        stem_letters=int(own.get("own_word_stem_letters", 0)),
    )


@lru_cache(maxsize=1)
def foreign_word_languages() -> frozenset[str]:
    """The languages whose casing table names source languages for MT504."""
    return frozenset(code for code in table_names("casing") if foreign_table(code).sources)


@dataclass(frozen=True)
class ForeignWord:
    word: str
    language: str
    zipf: float
    # For a source written in another script and transliterated ("ru-Latn"): the word spelled
    # back in that script ("pandemiya" → "пандемия").
    native: str = ""


# A source language "xx-Latn" is xx written in Latin letters: MT transliterates a word it cannot
# translate ("the pandemiya", "the mery of the region"). Such a word must be this common in xx.
_TRANSLITERATED_ZIPF = 3.0
# Spellings tried per word at most (each Latin letter may stand for one or two letters).
_MAX_SPELLINGS = 64


@lru_cache(maxsize=8)
def _transliteration(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Latin sequences (longest first) and the letters of ``language`` each may stand for."""
    raw = optional_json("translit", f"{language}.json")
    if raw is None:
        return ()
    table = raw["sequences"]
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=8)
def _transliteration_reader(
    language: str,
) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """The table's Latin sequences as one alternation in the table's order (longest first: the
    regex takes the first alternative that matches, as a test of each in turn did), and each
    sequence's letters."""
    table = _transliteration(language)
    if not table:
        return None
    return re.compile("|".join(re.escape(latin) for latin, _ in table)), dict(table)


def back_transliterations(word: str, language: str) -> list[str]:
    """``word`` (Latin letters) spelled in ``language``'s own script every way its
    transliteration table allows, up to ``_MAX_SPELLINGS``; empty when a letter has no entry.
    Each sequence is read with one regex match (a ``startswith`` per table entry was most of
    MT504's time on a text of many unknown words)."""
    reader = _transliteration_reader(language)
    if reader is None:
        return []
    sequence, letters = reader
    spellings = [""]
    position = 0
    while position < len(word):
        found = sequence.match(word, position)
        if found is None:
            return []
        natives = letters[found.group()]
        spellings = [s + n for s in spellings for n in natives][:_MAX_SPELLINGS]
        position = found.end()
    return spellings


# A word one slip away from a word this common in the document's language is a typo ("tyhe",
# "thne" for "the"), whatever it spells back to.
_TYPO_OF_ZIPF = 4.0


@lru_cache(maxsize=256)  # MT504 asks it of one word for each transliterated source in turn
def typo_of_common_word(word: str, code: str) -> bool:
    """One letter too many or two neighbours swapped, and ``word`` is a common word of ``code``."""
    for cut in range(len(word)):
        if zipf(word[:cut] + word[cut + 1 :], code) >= _TYPO_OF_ZIPF:
            return True
        swapped = word[:cut] + word[cut + 1 : cut + 2] + word[cut : cut + 1] + word[cut + 2 :]
        if cut + 1 < len(word) and zipf(swapped, code) >= _TYPO_OF_ZIPF:
            return True
    return False


def _transliterated(form: str, language: str, code: str = "en") -> tuple[float, str]:
    """The best Zipf frequency of ``form`` spelled back in ``language`` ("ru" of "ru-Latn");
    nothing for a typo of a common word of the document's language ``code``."""
    best, native = 0.0, ""
    if not form.isalpha() or not form.isascii() or typo_of_common_word(form, code):
        return best, native
    spelled = _native_list(language).get
    for spelling in back_transliterations(form, language):
        # The small list only (Zipf 3 and up): the large one costs seconds and tens of MB to
        # read, and a rare word spelled back by chance is no evidence anyway.
        frequency = spelled(spelling.encode())
        frequency = math.log10(frequency * 1e9) if frequency else 0.0
        if frequency > best:
            best, native = frequency, spelling
    return best, native


@lru_cache(maxsize=8)
def _native_list(language: str) -> dict[bytes, float]:
    """``_small_list(language)`` keyed by each word's UTF-8 bytes: the lists of the sources
    read only through their transliterations (Russian, Ukrainian for English) are asked only
    here, and a Cyrillic word as bytes takes ~40 bytes less than its str (13 -> 10 MB). Read
    as bytes from the file (h25speed: no str made and encoded for each word first; the two
    lists in 60 -> 37 ms)."""
    return _read_small_list(language, raw=True)


def _lookup_form(digits: str, letters: str) -> str:
    # wordfreq keeps a digit run as zeros ("17enne" is counted as "00enne").
    return "0" * len(digits) + letters


def _candidate(token: str, code: str, table: ForeignTable) -> tuple[str, float] | None:
    """(the form wordfreq counts, the Zipf bar a source language must reach) for a token the
    document's language does not know, else None."""
    match = _TOKEN.fullmatch(token)
    if not match or not token.islower() or not table.sources:
        return None
    digits, letters = match.groups()
    if digits and len(letters) > 6:  # "2019th"-like glue is MT101's, a suffix is short
        return None
    form = _lookup_form(digits, letters)
    own_zipf = zipf(form, code)
    if own_zipf >= table.own_ceiling:
        return None
    if not digits and made_of_own_words(letters, code, table):
        return None
    if (
        table.rare_own_words
        and not digits
        and (_own_stem(letters, code, table) or _international(letters, code, table.sources))
    ):
        return None
    # Known a little in the document's language: only a far more common foreign word counts.
    return form, table.min_zipf if own_zipf < table.own_max_zipf else own_zipf + table.margin


def _best_language(
    token: str, form: str, bar: float, table: ForeignTable, full: frozenset[str], code: str = "en"
) -> ForeignWord | None:
    best: ForeignWord | None = None
    for language in table.sources:
        if language.endswith("-Latn"):
            frequency, native = _transliterated(form, language[:-5], code)
            if frequency >= max(bar, _TRANSLITERATED_ZIPF) and (
                best is None or frequency > best.zipf
            ):
                best = ForeignWord(token, language, round(frequency, 2), native)
            continue
        frequency = source_zipf(form, language)
        if not frequency and language in full:
            frequency = _rare_zipf(form, language)
        if frequency >= bar and (best is None or frequency > best.zipf):
            best = ForeignWord(token, language, round(frequency, 2))
    return best


def foreign_word(
    token: str, code: str, table: ForeignTable, full: frozenset[str] | None = None
) -> ForeignWord | None:
    """``token`` (a lower-case chunk without its punctuation) when the document's language does
    not know it and a source language knows it well; the best such language. Languages in
    ``full`` (every source language when None) are asked with their large word lists, the
    others with their small ones (words of Zipf 3 and more: a tenth of the loading time)."""
    found = _candidate(token, code, table)
    if found is None:
        return None
    full = frozenset(table.sources) if full is None else full
    return _best_language(token, *found, table, full, code)


@lru_cache(maxsize=16)
def _small_list(language: str) -> dict[str, float]:
    return _read_small_list(language)


def _read_small_list(language: str, *, raw: bool = False) -> dict:
    """wordfreq's small list of ``language`` read from its file, uncached (``raw``: keyed by
    each word's UTF-8 bytes)."""
    path = _small_path(language)
    if path is None:
        return {}
    try:
        return stored_wordlist(path, read_wordlist, raw=raw) if path.is_file() else {}
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=32)
def _small_path(language: str) -> Path | None:
    """The file of wordfreq's small list of ``language`` (None without wordfreq)."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / "data" / f"small_{language}.msgpack.gz"


# The modules whose code derives the sets kept in the user cache (``_derived``): a change to
# any of them names new cache files.
_DERIVING_CODE = (__file__, read_wordlist.__code__.co_filename, derived_key.__code__.co_filename)


def _derived(name: str, inputs: tuple, languages: Iterable[str], build: Callable[[], Any]) -> Any:
    """``build()``, kept in the user cache under the hash of ``inputs``, this code and the
    small lists of ``languages`` it reads (checks/wordstore.py ``derived_words``)."""
    paths = [path for language in languages if (path := _small_path(language)) is not None]
    return derived_words(derived_key(name, inputs, _DERIVING_CODE, paths), build)


def _small_zipf(form: str, language: str) -> float:
    frequency = _small_list(language).get(form)
    return math.log10(frequency * 1e9) if frequency else 0.0


def _plain(word: str) -> str:
    """``word`` without its accents ("divulgação" → "divulgacao"); unchanged letters that have
    no plain spelling ("ł", "ß") stay, so such a word never matches a plain one."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16)
def _plain_list(language: str) -> dict[str, float]:
    """The small list's accented words by their plain spelling, the most common one kept:
    MT and page captions often lose the accents ("Foto: Divulgacao", "estacion")."""
    return _derived("plain", (language,), (language,), lambda: _derive_plain_list(language))


def _derive_plain_list(language: str) -> dict[str, float]:
    words = _small_list(language)
    accented = [(word, frequency) for word, frequency in words.items() if not word.isascii()]
    plain: dict[str, float] = {}
    for (_, frequency), spelled in zip(
        accented, _plain_all([word for word, _ in accented]), strict=True
    ):
        if spelled.isascii() and frequency > plain.get(spelled, 0.0):
            plain[spelled] = frequency
    return plain


def _plain_all(words: list[str]) -> list[str]:
    """``[_plain(word) for word in words]``, normalised as one string (NFD never reorders
    marks across the line break that joins two words, a character of class 0) and the marks
    removed by one regex substitution: the accented words of English's five source languages
    (27,000, read by every process that checks English) in 15 ms instead of 25."""
    if any("\n" in word for word in words):
        return [_plain(word) for word in words]
    if not words:
        return []
    decomposed = unicodedata.normalize("NFD", "\n".join(words))
    marks = "".join(sorted(c for c in set(decomposed) if unicodedata.combining(c)))
    if marks:
        decomposed = re.sub("[" + re.escape(marks) + "]+", "", decomposed)
    return decomposed.split("\n")


def source_zipf(form: str, language: str) -> float:
    """Zipf frequency of ``form`` in a source language's small list, as written or, for a
    plain (ASCII) form, as the accented word it may stand for; the higher of the two."""
    frequency = _small_list(language).get(form) or 0.0
    if form.isascii():
        frequency = max(frequency, _plain_list(language).get(form) or 0.0)
    return math.log10(frequency * 1e9) if frequency else 0.0


def written_source_zipf(form: str, language: str) -> float:
    """Zipf frequency of ``form`` as written in a source language's small list; 0 for a plain
    (ASCII) form whose accented spelling is ten times as common there: the web's accentless
    spelling of that word ("acces" for "accès"), no word a text would leave as it is (MT980)."""
    written = _small_list(language).get(form) or 0.0
    if written and form.isascii() and (_plain_list(language).get(form) or 0.0) >= 10 * written:
        return 0.0
    return math.log10(written * 1e9) if written else 0.0


# The band of the large lists the small ones lack, kept from this Zipf frequency up.
_RARE_FROM = 2.5


@lru_cache(maxsize=16)
def _rare_band(language: str) -> dict[str, float]:
    """The words of the large list below the small list's floor (Zipf 3) and above
    ``_RARE_FROM``: read once, from their buckets alone (the rest of the large list, most of
    its time and memory, is skipped unread: 0.12 -> 0.025 s per language)."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    path = path / f"large_{language}.msgpack.gz"
    low, high = 10 ** (_RARE_FROM - 9), 10 ** (3.0 - 9)
    try:
        if not path.is_file():
            return {}
        return stored_wordlist(
            path, lambda path, raw: read_wordlist_band(path, low, high), tag=f"{_RARE_FROM}-3"
        )
    except (OSError, ValueError):
        return {}


def _rare_zipf(form: str, language: str) -> float:
    frequency = _rare_band(language).get(form)
    return math.log10(frequency * 1e9) if frequency else 0.0


# An inflected form of a word of the document's language ("epidemiology" in Czech is
# "epidemiolog" + "y"): the word less its last letters is a word of it at least this common.
_STEM_ZIPF = 2.5


def _own_stem(word: str, code: str, table: ForeignTable) -> bool:
    """English leaks into every list ("worry" in Portuguese): a stem counts as the document's
    own only when it is more common there than in every source language."""
    for cut in range(1, table.stem_letters + 1):
        stem = word[:-cut]
        own = zipf(stem, code)
        if own >= _STEM_ZIPF and all(own > _small_zipf(stem, source) for source in table.sources):
            return True
    return False


# A word this common in two of the reference languages (fragments.json:
# international_languages; their small lists start at Zipf 3) is international ("algebra",
# "radio"), not a word left in English, whatever its frequency in the document's language.
_INTERNATIONAL_ZIPF = 3.0
_INTERNATIONAL_LANGUAGES = 2


def _international(word: str, code: str, sources: tuple[str, ...]) -> bool:
    """Neither the document's language nor a source language counts: "municipio" (Spanish and
    Italian) is a source word in English, not an international one."""
    return word in _international_words(code, sources)


@lru_cache(maxsize=8)
def _international_words(code: str, sources: tuple[str, ...]) -> frozenset[str]:
    """The words at least ``_INTERNATIONAL_ZIPF`` common in ``_INTERNATIONAL_LANGUAGES`` or
    more of the reference languages other than ``code`` and ``sources``: one set, read once
    from their small lists. A list that glosses are read in (MT505) is kept, as they keep it;
    the others are not (for English the Swedish list, ~3 MB held for this test alone)."""
    languages = tuple(
        language
        for language in fragments_table().get("international_languages", ())
        if language != code and language not in sources
    )
    inputs = (code, sources, languages, _INTERNATIONAL_ZIPF, _INTERNATIONAL_LANGUAGES)
    build = lambda: _derive_international_words(code, sources)  # noqa: E731
    return _derived("international", inputs, languages, build)


def _derive_international_words(code: str, sources: tuple[str, ...]) -> frozenset[str]:
    counts: dict[str, int] = {}
    kept = gloss_sources(code)
    for language in fragments_table().get("international_languages", ()):
        if language == code or language in sources:
            continue
        listed = _small_list(language) if language in kept else _read_small_list(language)
        common = {
            f for f in set(listed.values()) if f > 0 and math.log10(f * 1e9) >= _INTERNATIONAL_ZIPF
        }
        for word, frequency in listed.items():
            if frequency in common:
                counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count >= _INTERNATIONAL_LANGUAGES)


# A part of a compound must be at least this common in the document's language ("mode" +
# "line"), so that two rare fragments never explain a foreign word away.
_PART_ZIPF = 3.5


def made_of_own_words(word: str, code: str, table: ForeignTable) -> bool:
    """The word is an inflected form of a word of the document's language ("immediates") or a
    compound of two of its common words ("modeline"): jargon, not a foreign word."""
    for ending in table.inflections:
        if word.endswith(ending) and zipf(word[: -len(ending)], code) >= 3.0:
            return True
    for cut in range(3, len(word) - 2):
        if zipf(word[:cut], code) >= _PART_ZIPF and zipf(word[cut:], code) >= _PART_ZIPF:
            return True
    return False


def foreign_words(chunks: Iterable[str], code: str) -> dict[str, ForeignWord]:
    """The distinct chunks' words that belong to a source language, by word."""
    table = foreign_table(code)
    if not table.sources:
        return {}
    own = frequency_dict(code)
    # A known word at or above this frequency is the document's own (one dictionary test).
    known = 10 ** (table.own_ceiling - 9) if table.rare_own_words else 0.0
    quick = _quick_words(code)
    decides = _lists_decide(table)
    # A word the language knows at all is asked of the small lists only (as written or without
    # accents): the large lists' rare band and transliterations are for words it lacks (speed:
    # English MT holds thousands of words known under Zipf 1).
    candidates: dict[str, tuple[str, float]] = {}
    # The lower-case chunks less their marks (uncased: a token is lower-case exactly when its
    # chunk is); where the language's known words all count as its own, those it lacks only:
    # C-level filters, as most chunks are words of the document's language.
    tokens = set(map(_STRIP_MARKS, filter(str.islower, chunks)))
    for token in tokens if known else filterfalse(own.__contains__, tokens):
        if len(token) < 4:
            continue
        frequency = own.get(token)
        if frequency is not None and frequency >= known:
            continue
        if (decides or frequency is not None) and token not in quick:
            continue  # no source language knows it well (a rare word of the text's own)
        candidate = _candidate(token, code, table)
        if candidate is not None:
            candidates[token] = candidate
    # The small lists first; a language they find in the text is then asked with its large
    # list for the rarer words ("partenopei" beside "17enne": Italian is already present).
    small: frozenset[str] = frozenset()
    found = {
        token: word
        for token, (form, bar) in candidates.items()
        if (word := _best_language(token, form, bar, table, small, code)) is not None
    }
    # Only a word the small lists missed, with a bar under their floor, can still be found in
    # the rarer band of a large list (a word they found has a Zipf of 3 or more already).
    rest = {t: c for t, c in candidates.items() if t not in found and c[1] < _SMALL_FLOOR}
    if not rest:
        return found
    present = frozenset(word.language for word in found.values())
    present |= _languages_shown(chunks, code, table, own)
    if present:
        for token, (form, bar) in rest.items():
            word = _best_language(token, form, bar, table, present, code)
            if word is not None:
                found[token] = word
    return found


# wordfreq's small lists hold the words of Zipf 3 and more.
_SMALL_FLOOR = 3.0


@lru_cache(maxsize=32)
def _quick_words(code: str) -> frozenset[str]:
    """Every word (as written or without accents) of the source languages read as they are
    written that can pass a bar where the small lists decide: at the table's bar when they
    decide alone, else at the bar of a word the language knows a little (its ``own_max_zipf``
    plus the margin). One set, so a token costs one lookup."""
    table = foreign_table(code)
    floor = table.min_zipf if _lists_decide(table) else table.own_max_zipf + table.margin
    least = 10 ** (max(floor, _SMALL_FLOOR) - 9)
    sources = tuple(source for source in table.sources if not source.endswith("-Latn"))
    build = lambda: _derive_quick_words(table, least)  # noqa: E731
    return _derived("quick", (code, sources, least), sources, build)


def _derive_quick_words(table: ForeignTable, least: float) -> frozenset[str]:
    words: set[str] = set()
    for source in table.sources:
        if source.endswith("-Latn"):
            continue
        for listed in (_small_list(source), _plain_list(source)):
            words.update(word for word, frequency in listed.items() if frequency >= least)
    return frozenset(words)


def quick_source_words(code: str) -> frozenset[str]:
    """The source languages' common words (as written or without accents) that MT504 reads
    first: Zipf 4 or more where the small lists do not decide alone (English)."""
    return _quick_words(code)


def _lists_decide(table: ForeignTable) -> bool:
    """The small lists decide alone for every token: every source is read as it is written
    and the bar is at their floor (Zipf 3) or above."""
    return table.min_zipf >= 3.0 and not any(s.endswith("-Latn") for s in table.sources)


# A word far more common in a source language than in the document's ("carabinieri": Italian
# 4.5, English 2.3) shows that language in the text.
_SHOWN_ZIPF = 3.5
_SHOWN_MARGIN = 2.0


def _languages_shown(
    chunks: Iterable[str], code: str, table: ForeignTable, own: dict[str, float]
) -> frozenset[str]:
    shown: set[str] = set()
    # ``_small_zipf`` unrolled: each language's list read directly (a few dict look-ups per
    # chunk, no call each); done once every language is shown.
    lists = [(language, _small_list(language)) for language in table.sources]
    for chunk in chunks:
        # A token is never longer than its chunk, or it holds a combining mark (the lower case
        # of "İ") and is no word of letters: short chunks are passed over before any work.
        if len(chunk) < 5:
            continue
        token = chunk.strip(_STRIP).lower()
        if len(token) < 5 or not token.isalpha():
            continue
        own_zipf = math.log10(own[token] * 1e9) if token in own else 0.0
        for language, words in lists:
            if language in shown or not (frequency := words.get(token)):
                continue
            zipf = math.log10(frequency * 1e9)
            if zipf >= _SHOWN_ZIPF and zipf - own_zipf >= _SHOWN_MARGIN:
                shown.add(language)
        if len(shown) == len(lists):
            break
    return frozenset(shown)


@dataclass(frozen=True)
class ForeignLetter:
    start: int
    letter: str
    language: str
    # The meaning in the document's language, capitalised where the letter opens a sentence.
    means: str


def _letter_places(text: str, letter: str, where: str) -> Iterator[int]:
    """Offsets of a short word standing alone (found with ``str.find``, C speed): between two
    words ("Carthaginian Y Heredian"), or opening a paragraph or a sentence before a
    capitalised word ("O Secretary General …") or, for ``sentence_start_lower``, before a
    lower-case one ("El president of the government …")."""
    after = len(letter) + 1  # from the word's start to the next word's
    if where == "between":
        needle = f" {letter} "
        at = text.find(needle)
        while at != -1:
            start = at + 1
            # Three letters before, three after.
            if (
                text[max(0, at - 3) : at].isalpha()
                and text[start + after : start + after + 3].isalpha()
            ):
                yield start
            at = text.find(needle, at + 1)
        return
    starts = [0] if text.startswith(f"{letter} ") else []
    for lead in ("\n", ". ", "! ", "? "):
        needle = f"{lead}{letter} "
        at = text.find(needle)
        while at != -1:
            starts.append(at + len(lead))
            at = text.find(needle, at + 1)
    for start in starts:
        following = text[start + after : start + after + 2]
        if where == "sentence_start_lower":
            if following.isalpha() and following.islower():
                yield start
        elif following[:1].isupper() and following[1:].islower():
            yield start


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)([-‐]?)")


def foreign_letters(
    text: str, code: str, chunks: frozenset[str] | None = None
) -> Iterator[ForeignLetter]:
    """One-letter function words of a source language where the document's language has none
    (``chunks``: the text's distinct chunks, when known: a letter standing alone is one)."""
    table = foreign_table(code)
    for letter, spec in table.letters:
        if chunks is not None and letter not in chunks:
            continue
        where = spec.get("where", "between")
        not_after = frozenset(spec.get("not_after", ()))
        not_before = frozenset(spec.get("not_before", ()))
        for start in sorted(set(_letter_places(text, letter, where))):
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            after = _WORD_AFTER.match(text, start + len(letter))
            previous = before.group(1) if before and where == "between" else ""
            following = after.group(1) if after else ""
            if not following or (after and after.group(2)):  # "Y-axis", "O-ring"
                continue
            if previous.lower() in not_after or following.lower() in not_before:
                continue
            if where == "between" and letter.islower() and previous[:1].isupper():
                continue  # "Ortega y Gasset", "Santiago Ramón y Cajal": a name
            if where != "between" and zipf(following, code) < spec.get("min_zipf", 4.0):
                continue  # "O Globo", "O Canada" … the next word is no common word
            means = spec["means"]
            if where != "between":
                means = means[:1].upper() + means[1:]
            yield ForeignLetter(start, letter, spec["language"], means)


# --- a run of words in one source language (MT503 short lines, MT505 glosses) ------------

# A word of the source language: known there at least this well (Zipf) and this many points
# (powers of ten) more than in the document's language.
_SOURCE_ZIPF = 3.0
_MARGIN = 1.0
# At least one word must be a common word of the source language that the document's language
# hardly uses: names ("Pérez", "García": about 1.9 points) stay under this margin, common
# nouns ("ministerio", "salud", "nacional", "Gemeinde": 2.3 to 3.5) are over it.
_STRONG_ZIPF = 4.0
_STRONG_MARGIN = 2.3
# A gloss of one capitalised word is often a place or a name ("Spain (España)"): it needs a
# word the document's language does not use at all.
_SINGLE_NAME_MARGIN = 3.0


def fragments_table() -> dict:
    """resources/language/fragments.json (credit words, bylines, gloss sources)."""
    return resource_json("language", "fragments.json")


def gloss_sources(code: str) -> tuple[str, ...]:
    """The source languages a gloss or a short line in a ``code`` text is read in
    (resources/language/fragments.json)."""
    return tuple(fragments_table().get("gloss_sources", {}).get(code, ()))


@lru_cache(maxsize=32)
def _stop_words(code: str) -> frozenset[str]:
    data = load_language_data(code)
    return data.stop_words | data.function_words


def source_language_of(
    words: list[str], code: str, sources: tuple[str, ...]
) -> tuple[str, str] | None:
    """(the source language, its strongest word) when every word of ``words`` belongs to one
    source language and not to the document's, else None. The source languages are read from
    wordfreq's small lists (words of Zipf 3 and more: a word under that is no evidence here),
    and only when no word is a common word of the document's language."""
    own_stop = _stop_words(code)
    lowers = [word.lower() for word in words]
    if any(lower in own_stop for lower in lowers):
        return None  # "the", "of": the document's own words
    own = [zipf(lower, code) for lower in lowers]
    function_words = _sources_stop_words(sources)
    if any(
        z >= _OWN_COMMON_ZIPF for z, w in zip(own, lowers, strict=True) if w not in function_words
    ):
        return None  # a common word of the document's own ("general", "real") ends it here
    for source in sources:
        found = _one_source(words, lowers, own, source)
        if found is not None:
            return source, found
    return None


def source_function_words(language: str) -> frozenset[str]:
    """The stop and function words of a source language ("de", "di", "la"): a run of its
    words goes on across them ("estacion de autobuses"). None for a transliterated source."""
    return frozenset() if language.endswith("-Latn") else _stop_words(language)


@lru_cache(maxsize=32)
def _sources_stop_words(sources: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_stop_words(source) for source in sources))


# A word this common in the document's language ends the test at once (no source is asked).
_OWN_COMMON_ZIPF = 5.0


def _one_source(words: list[str], lowers: list[str], own: list[float], source: str) -> str | None:
    source_stop = _stop_words(source)
    strongest, strength, shared = "", 0.0, 0
    for word, lower, own_zipf in zip(words, lowers, own, strict=True):
        if lower in source_stop:
            continue  # "de", "la", "y": a function word of the source language
        theirs = source_zipf(lower, source)
        if theirs < _SOURCE_ZIPF or theirs <= own_zipf:
            return None
        if theirs - own_zipf < _MARGIN:
            shared += 1  # a cognate or a name both languages use ("Electoral", "Juan")
        elif theirs >= _STRONG_ZIPF and theirs - own_zipf > strength:
            strongest, strength = word, theirs - own_zipf
    if (
        strength >= _STRONG_MARGIN
        and 2 * shared <= len(words)
        and (len(words) > 1 or words[0].islower() or strength >= _SINGLE_NAME_MARGIN)
    ):
        return strongest
    return None
