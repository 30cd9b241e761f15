"""Cached word lists: word frequencies (wordfreq, offline data) and known proper nouns.

``wordfreq.zipf_frequency`` tokenises and normalises on every call, which is far too slow for a
rule pass at megabytes per second; the frequency dictionary is loaded once per language instead
and looked up directly. Rules ask about *unique* tokens, never every token.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib.util import find_spec
from itertools import chain, islice, repeat
from pathlib import Path

from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.wordstore import WordStore, stored_wordlist


@lru_cache(maxsize=16)
def frequency_dict(language: str) -> Mapping[str, float]:
    """Lower-cased word → frequency (0..1) for a language; empty when wordfreq has no data.

    The same dictionary as ``wordfreq.get_frequency_dict(language)`` (same words, values and
    order; tests/checks/test_speed_casing_language_encoding.py compares them), read straight
    from wordfreq's data file: importing wordfreq (langcodes, ftfy, regex …) and its word-by-word
    build cost about a third of a second per process."""
    try:
        path = _wordlist_file(language)
        if path is None:
            import wordfreq

            return wordfreq.get_frequency_dict(language)
        # Held for the process: a compact store (checks/wordstore.py), not a dict of str.
        return stored_wordlist(path, _read_wordlist)
    except (ImportError, LookupError, OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def wordfreq_languages() -> frozenset[str]:
    """The codes of ``wordfreq.available_languages()`` (a small or a large list), read from
    wordfreq's data folder the way it does, without importing wordfreq: that import (langcodes,
    ftfy, regex and their patterns) cost ~0.3 s in every process that checked a document."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    codes = set()
    for path in data.glob("*.msgpack.gz"):
        if not path.name.startswith("_"):
            name, code = path.name.split(".")[0].split("_")
            if name in ("small", "large"):
                codes.add(code)
    return frozenset(codes)


@lru_cache(maxsize=16)
def frequent_prefix(language: str, floor: float) -> frozenset[str]:
    """The words of ``frequency_dict(language)`` at or above ``floor`` (a frequency, 0..1): the
    list runs from the most frequent word down, so a prefix, found by bisection and taken in C.
    One set per (language, floor) for the process: MT340 and MT516 held the same 2 MB set each."""
    return frozenset(islice(frequency_dict(language), prefix_length(language, floor)))


def prefix_length(language: str, floor: float) -> int:
    """How many words of ``frequency_dict(language)`` (most frequent first) are at or above
    ``floor``: the index of the first one below it, by bisection."""
    words = frequency_dict(language)
    # A store's values in order without a list of them (the bisection reads ~20).
    values = words.frequencies() if isinstance(words, WordStore) else list(words.values())
    low, high = 0, len(values)
    while low < high:  # the first index below the floor
        middle = (low + high) // 2
        if values[middle] >= floor:
            low = middle + 1
        else:
            high = middle
    return low


@lru_cache(maxsize=32)
def frequent_words(language: str, floor: float) -> Mapping[str, float]:
    """The words of ``frequency_dict(language)`` at or above ``floor`` (a frequency, 0..1) with
    their frequencies, read from their buckets alone: a reader that asks only "is this word at
    least this common?" of many languages holds a few thousand words of each, not each whole
    large list (MT994's foreign-phrase evidence read up to 14 of them: 55 -> 518 MB)."""
    path = _wordlist_file(language)
    if path is None:
        return {word: value for word, value in frequency_dict(language).items() if value >= floor}
    try:
        return read_wordlist_band(path, floor, 2.0)
    except (OSError, ValueError):
        return {}


def _wordlist_file(language: str) -> Path | None:
    """The file wordfreq reads for ``language``'s "best" list, when wordfreq has one for exactly
    this code: its large list, else its small one (wordfreq's choice for a code it has; for any
    other code, None, and wordfreq decides)."""
    spec = find_spec("wordfreq")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations or not language.isalpha():
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        path = data / f"{size}_{language}.msgpack.gz"
        if path.is_file():
            return path
    return None


def _read_wordlist(path: Path, *, raw: bool = False) -> dict:
    """``wordfreq.read_cBpack`` and ``wordfreq.get_frequency_dict`` in one: bucket ``index``
    holds the words of frequency ``cB_to_freq(-index)``, that is ``10 ** (-index / 100)``; a
    word in two buckets keeps its first place and its last value, as there. ``raw``: each word
    as its UTF-8 bytes (``word.encode()``), read so from the file: no str made for it."""
    import gzip

    import msgpack

    # The file read whole and inflated in one call (``gzip.decompress``: every member, one zlib
    # call for the usual single one) rather than streamed through ``GzipFile``'s 8 KB reads.
    data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=raw)
    header = data[0]
    if raw and isinstance(header, dict):
        header = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in header.items()
        }
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"Unexpected header: {header!r}")
    # One dict built from (word, value) pairs, each bucket's value repeated (as a dict keeps a
    # key's first place and its last value, so does this): no dict per bucket merged into the
    # result (0.064 -> 0.051 s for the large English list; the same items in the same order).
    buckets = data[1:]
    values = chain.from_iterable(
        repeat(10 ** (-index / 100), len(bucket)) for index, bucket in enumerate(buckets)
    )
    return dict(zip(chain.from_iterable(buckets), values, strict=True))


def read_wordlist_band(path: Path, low: float, high: float) -> dict[str, float]:
    """The words of ``_read_wordlist(path)`` whose frequency is in [``low``, ``high``), in the
    same order, read from their buckets alone: the other buckets are skipped unread (no string
    built for them), so a band of a large list costs a fifth of reading the list and none of
    its memory. Exact when no word stands in two buckets, as in every list wordfreq ships
    (tests/checks/test_speed_wordlists.py compares the two for the lists the rules read)."""
    import gzip

    import msgpack

    # Streamed: the file is decompressed only up to the band's last bucket (the rarer words
    # after it, most of a large list, are never inflated: 0.02-0.06 -> 0.007-0.016 s a list).
    with gzip.open(path, "rb") as handle:
        unpacker = msgpack.Unpacker(handle, raw=False, read_size=1 << 16)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if (
            not isinstance(header, dict)
            or header.get("format") != "cB"
            or header.get("version") != 1
        ):
            raise ValueError(f"Unexpected header: {header!r}")
        wanted = [index for index in range(buckets) if low <= 10 ** (-index / 100) < high]
        frequencies: dict[str, float] = {}
        for index in range(wanted[-1] + 1 if wanted else 0):
            if index < wanted[0]:
                unpacker.skip()
            else:
                frequencies.update(dict.fromkeys(unpacker.unpack(), 10 ** (-index / 100)))
    return frequencies


# Languages wordfreq tokenises with its regex tokenizer after NFC and plain case folding (no
# mark removal, dotless i, diacritic fixes or transliteration): there a word of letters from the
# Latin, Greek and Cyrillic blocks below, in NFC and its own case fold, is one token, itself
# (tests check wordfreq's settings for each language, and words against wordfreq itself).
_PLAIN_LANGUAGES = frozenset({"de", "el", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk"})
_PLAIN_WORD = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+")


def wordfreq_zipf(word: str, language: str) -> float:
    """``wordfreq.zipf_frequency(word, language)``, the same number. A plain word (see
    ``_PLAIN_LANGUAGES``) is looked up in ``frequency_dict`` with wordfreq's own arithmetic;
    any other word, or language, is passed to wordfreq (which then loads its own copy of the
    list, a third of a second)."""
    frequencies = frequency_dict(language) if language in _PLAIN_LANGUAGES else None
    if (
        not frequencies
        or not _PLAIN_WORD.fullmatch(word)
        or not word.isalpha()
        or word.casefold() != word
        or not _is_nfc(word)
    ):
        from wordfreq import zipf_frequency

        return zipf_frequency(word, language)
    minimum = 10**0.0 / 1e9  # wordfreq.zipf_to_freq(0.0): the default minimum
    frequency = frequencies.get(word)
    if frequency is None:
        result = minimum
    else:
        # wordfreq._word_frequency for one token: 1 / (1 / f), the floor, then three significant
        # digits.
        unrounded = max(1.0 / (0.0 + 1.0 / frequency), minimum)
        leading_zeroes = math.floor(-math.log(unrounded, 10))
        result = round(unrounded, leading_zeroes + 3)
    return round(math.log(result, 10) + 9, 2)


def _is_nfc(word: str) -> bool:
    import unicodedata

    return unicodedata.is_normalized("NFC", word)


def zipf(word: str, language: str = "en") -> float:
    """Zipf frequency (log10 per billion words) of a word; 0.0 for unknown words.

    Typical English: "the" ≈ 7.7, "earth" ≈ 5, "Putin" ≈ 4.1, a rare name ≈ 2, unknown 0.
    """
    frequency = frequency_dict(language).get(word.lower())
    if not frequency:
        return 0.0
    return math.log10(frequency * 1e9)


def _country_names() -> set[str]:
    """Country names as written in running English (pycountry, common names preferred)."""
    names: set[str] = set()
    for country in _countries():
        for attribute in ("common_name", "name"):
            value = country.get(attribute)
            # "Korea, Republic of" and "Bolivia, Plurinational State of" are index forms.
            if value and "," not in value and "(" not in value:
                names.add(value)
    return names


def _countries() -> list[dict[str, str]]:
    """pycountry's ISO 3166-1 entries (the fields of its ``countries``), read from its data
    file: importing pycountry imports importlib.metadata (0.02 s of a run's start)."""
    spec = find_spec("pycountry")
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "databases" / "iso3166-1.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))["3166-1"]
    try:  # pragma: no cover - another layout of the package
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return []
    return [dict(country) for country in pycountry.countries]  # pragma: no cover


def distribution_version(name: str) -> str:
    """``importlib.metadata.version(name)`` ("" when not installed), read from the METADATA of
    the one ``name-*.dist-info`` beside the package when there is exactly one: importing
    importlib.metadata costs 0.02 s of a run's start."""
    spec = find_spec(name)
    if spec is not None and spec.submodule_search_locations:
        site = Path(next(iter(spec.submodule_search_locations))).parent
        infos = list(site.glob(f"{name}-*.dist-info"))
        if len(infos) == 1 and (infos[0] / "METADATA").is_file():
            with (infos[0] / "METADATA").open(encoding="utf-8") as metadata:
                for line in metadata:
                    if not line.strip():  # the headers end at the first blank line
                        break
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def proper_nouns(data: LanguageData, *, include_ambiguous: bool = False) -> dict[str, str]:
    """Lower-cased proper noun (one or more words) → its written form.

    Built from the language's gazetteer and, where its table says ``country_names`` (English),
    pycountry's country names; ambiguous names ("turkey", "china") are left out, because their
    lower-case form is an ordinary word, unless asked for (when the context already says "a
    name was here", such as a stray ellipsis).
    """
    return _proper_nouns(data.code, include_ambiguous)


@lru_cache(maxsize=32)
def _proper_nouns(code: str, include_ambiguous: bool = False) -> dict[str, str]:
    data = load_language_data(code)
    names = set(data.gazetteer)
    if data.tables.get("country_names"):  # pycountry's names are English ones
        names |= _country_names()
    table: dict[str, str] = {}
    for name in names:
        # "İstanbul" is "istanbul" in lower case (str.lower gives "i̇stanbul", i + a dot).
        key = name.replace("İ", "i").lower()
        if key in data.ambiguous_names and not include_ambiguous:
            continue
        # Only names that carry capitals can drift to lower case.
        if name == key:
            continue
        table[key] = name
    return table


def proper_noun_heads(data: LanguageData) -> dict[str, tuple[str, ...]]:
    """First word (lower case) of each known proper noun → the lower-case names starting with it,
    longest first, so a text's unique tokens can be intersected with the heads cheaply."""
    return _proper_noun_heads(data.code)


@lru_cache(maxsize=16)
def _proper_noun_heads(code: str) -> dict[str, tuple[str, ...]]:
    heads: dict[str, list[str]] = {}
    for key in _proper_nouns(code):
        heads.setdefault(key.split(" ", 1)[0], []).append(key)
    return {head: tuple(sorted(keys, key=len, reverse=True)) for head, keys in heads.items()}
