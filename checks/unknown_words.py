"""The broad non-word detector (MT994, ``checks/rules/spelling_unknown.py``): every word of
plain shape the document's language does not know is a candidate, and each is read as what it
most likely is, with the band its reading earned on the dev sets:

- *glued*: two words the language knows run together ("governorateincluding"), or a name the
  document writes with a common function word run on ("Scholzon");
- *typo*: one edit from a frequent word (``spelling.py``, ``spelling_search.py``: the likeliest
  correction, ranked by the document's words and the keyboard; two edits are MT980's);
- *unexplained*: a lower-case word nothing above explains (a word left in a source language, a
  garbled one, or a rare real word: the lowest band).

Known, and never a candidate: wordfreq's words (language or English) above ``UNKNOWN_ZIPF``,
words the document writes twice or more, words that touch a digit, hyphen, apostrophe, quote
or code (``looks_technical``), and capitalised words nothing reads as glued or as a slip of a
common word (names: the lists do not know most of them, and the dev sets say a capitalised
unknown word is a name nine times in ten). A reading is a pure function of the word and the
language: it is cached per distinct word, so a large text pays per distinct rare word.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from math import log10
from pathlib import Path
from zlib import crc32

from mtlint.checks.resourcefiles import resource_path
from mtlint.checks.spelling import (
    alphabet,
    lost_ending_letter,
    one_edit_words,
    pronounceable,
    spelling_table,
)
from mtlint.checks.spelling_search import ranked_corrections
from mtlint.checks.wordlists import frequency_dict

# A derived word's stem is known at this Zipf value or more.
DERIVED_STEM_ZIPF = 3.0
# Parts of a glued word: each at least this common (Zipf) in the language ...
GLUE_PART_ZIPF = 3.0
# ... and a part of two letters at least this (a function word: "of", "in", "on").
GLUE_SHORT_ZIPF = 5.5
# ... a part of three letters at least this ("the", "and", "was", "new"; not "nam", "rah").
GLUE_THREE_ZIPF = 4.5
# ... and a part of this many letters or more at least this (long words are rarer).
GLUE_LONG_PART = 7
GLUE_LONG_ZIPF = 2.5
# A glued reading with both parts this common is the surer band.
GLUE_SURE_ZIPF = 4.0
# A name run into a function word: the function word at least this common.
GLUE_NAME_TAIL_ZIPF = 5.5
# A word the web knows a little is a typo of a word this common (Zipf) ...
WEB_TYPO_ZIPF = 4.5
# ... and this much commoner.
WEB_TYPO_GAP = 2.5
MIN_WEB_TYPO_LETTERS = 5
# A run-together the web knows: its rarer part is this much commoner (Zipf) than the whole.
WEB_GLUE_GAP = 3.0
# A typo reading wins over a split when its correction is this much commoner (Zipf).
TYPO_OVER_GLUE = 1.5
# A sentence opener glued to the next word: the opener at least this common (Zipf).
GLUE_OPENER_ZIPF = 5.5
# A sure slip (``spelling.sure_typos``): a lower-case non-word of this many letters or more
# that is one doubled letter (written once, or a single letter written twice) from exactly one
# word at least ``SURE_DOUBLED_ZIPF`` common ("superseeded": "superseded"), or one first letter
# from exactly one word at least ``SURE_FIRST_ZIPF`` common ("anthusiasm": "enthusiasm"), and
# from no other frequent word by one edit. (MT980 never replaces a first letter, and its
# corrections are frequent words only: 3.2.)
SURE_TYPO_LETTERS = 8
SURE_DOUBLED_ZIPF = 2.5
SURE_FIRST_ZIPF = 3.5
# Letters: a candidate has at least this many (shorter unknown words are mostly codes).
MIN_LETTERS = 4
MAX_LETTERS = 30


@dataclass(frozen=True)
class Reading:
    """What an unknown word most likely is: ``kind`` (glued, typo, unexplained), the band its
    confidence comes from (``BANDS`` in the rule) and the corrections, best first."""

    kind: str
    band: str
    fixes: tuple[str, ...] = ()


def _zipf(word: str, frequencies: Mapping[str, float]) -> float:
    frequency = frequencies.get(word, 0.0)
    return log10(frequency) + 9 if frequency else 0.0


def _part_bar(size: int) -> float:
    """The frequency (0..1) a glued word's part of ``size`` letters must reach."""
    if size >= GLUE_LONG_PART:
        return 10 ** (GLUE_LONG_ZIPF - 9)
    return 10 ** ({2: GLUE_SHORT_ZIPF, 3: GLUE_THREE_ZIPF}.get(size, GLUE_PART_ZIPF) - 9)


_PART_BARS = tuple(_part_bar(size) for size in range(GLUE_LONG_PART + 1))


def _part_zipf(part: str, frequencies: Mapping[str, float]) -> float:
    """A glued word's part: its Zipf value, 0 when too short or too rare to be a part."""
    if len(part) < 2:
        return 0.0
    frequency = frequencies.get(part, 0.0)
    if frequency < _PART_BARS[min(len(part), GLUE_LONG_PART)]:
        return 0.0
    return log10(frequency) + 9


def glued_split(word: str, language: str) -> tuple[str, str, float] | None:
    """The likeliest split of the lower-case ``word`` into two words the language knows: the
    split whose rarer part is commonest, with that part's Zipf value."""
    frequencies = frequency_dict(language)
    get = frequencies.get
    bars = _PART_BARS
    top = GLUE_LONG_PART
    best_cut, best_low = 0, 0.0
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        low = min(
            get(left, 0.0) / bars[min(cut, top)], get(right, 0.0) / bars[min(len(right), top)]
        )
        if low >= 1.0 and low > best_low:
            best_cut, best_low = cut, low
    if not best_cut:
        return None
    left, right = word[:best_cut], word[best_cut:]
    return left, right, min(_part_zipf(left, frequencies), _part_zipf(right, frequencies))


def solid_words_path(code: str) -> Path:
    """Where the language's solid compounds live in the source tree (the build writes it)."""
    return (
        Path(__file__).resolve().parents[1] / "resources" / "spelling" / f"{code}_solid_words.txt"
    )


@cache
def _solid_words(code: str) -> array | None:
    """The language's words as their sorted CRC-32 checksums (4 bytes a word, ~56 KB for
    English: the list's text is read once and let go; a checksum shared by chance with a word
    outside the list is about one in 300,000 for the words asked)."""
    source = resource_path("spelling", f"{code}_solid_words.txt")
    if not source.is_file():
        return None
    return array("I", sorted({crc32(line) for line in source.read_bytes().split()}))


def solid_word(word: str, language: str) -> bool:
    """The lower-case ``word`` is a compound the language writes solid: its hunspell dictionary
    knows it ("mouthpart", "breakrooms"; resources/spelling/<code>_solid_words.txt, built by
    bench/build_solid_words.py), however rare it is on the web. Read on first use, as
    checksums (no set of strings)."""
    sums = _solid_words(language)
    if not sums:
        return False
    key = crc32(word.encode("utf-8"))
    at = bisect_left(sums, key)
    return at < len(sums) and sums[at] == key


@lru_cache(maxsize=32)
def _suffixes(suffixes: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The suffixes by length: index n holds those of n letters."""
    longest = max(map(len, suffixes), default=0)
    return tuple(frozenset(s for s in suffixes if len(s) == n) for n in range(longest + 1))


def derived_word(word: str, language: str, prefixed: bool = True) -> bool:
    """A rare but regular word: a known word (Zipf ``DERIVED_STEM_ZIPF``) with one of the
    language's derivation suffixes ("imploration": "implore"; "pinballed": "pinball") or
    prefixes ("antiterror": "terror"; "reinitialized": "initialize" + "d"), from
    ``spelling.derivation_suffixes`` / ``word_prefixes``."""
    table = spelling_table(language)
    frequencies = frequency_dict(language)
    bar = 10 ** (DERIVED_STEM_ZIPF - 9)

    def known(stem: str) -> bool:
        return len(stem) >= 3 and frequencies.get(stem, 0.0) >= bar

    suffixes = _suffixes(table.derivation_suffixes)
    for size in range(1, min(len(suffixes), len(word) - 2)):
        if word[-size:] not in suffixes[size]:
            continue
        stem = word[:-size]
        doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
        softened = stem[:-1] + "y" if stem[-1:] == "i" else ""
        if any(map(known, (stem, stem + "e", doubled, softened))):
            return True
    return prefixed and any(
        word.startswith(prefix)
        and (known(rest := word[len(prefix) :]) or derived_word(rest, language, False))
        for prefix in table.word_prefixes
    )


def _name_glue(word: str, language: str, names: AbstractSet[str]) -> tuple[str, str] | None:
    """A capitalised ``word`` that is a name the document writes (``names``: its words as
    written) with a common function word run on ("Scholzon": "Scholz" + "on")."""
    frequencies = frequency_dict(language)
    for size in (2, 3, 4):
        left, right = word[:-size], word[-size:]
        if len(left) >= 3 and left in names and _zipf(right, frequencies) >= GLUE_NAME_TAIL_ZIPF:
            return left, right
    return None


@lru_cache(maxsize=8192)
def read_word(
    word: str, language: str, indexed: bool = False, own_letters: bool = False
) -> Reading | None:
    """The reading of the lower-case ``word`` (letters only, unknown to the language): glued,
    a typo or unexplained (``indexed``, ``own_letters``: as for ``one_edit_words``). A
    capitalised word is no candidate here: at a sentence start as inside one, the dev sets
    read it as a name far more often than as a slip or glue (a name glued to a function word
    is ``read_name_glue``'s; a slip of a common word MT980's)."""
    if not set(alphabet(language)).issuperset(word):
        return None  # a letter the language does not write: foreign or mis-decoded (MT5xx)
    if derived_word(word, language) or solid_word(word, language):
        return None
    sure = sure_typo(word, language, indexed, own_letters)
    if sure is not None:
        return Reading("typo", "typo-sure", (sure,))
    split = glued_split(word, language)
    if split is not None:
        left, right, low = split
        band = "glued-sure" if low >= GLUE_SURE_ZIPF else "glued"
        return Reading("glued", band, (f"{left} {right}",))
    typo = _typo(word, language, indexed, own_letters)
    if typo:
        return Reading("typo", "typo", tuple(typo))
    if pronounceable(word, language):
        return Reading("unexplained", "unexplained")
    return None


def _doubling_edits(word: str) -> set[str]:
    """``word`` with one letter of a doubled pair taken out, or one letter doubled."""
    edits = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    edits.update(word[: i + 1] + word[i:] for i in range(len(word)))
    edits.discard(word)
    return edits


@lru_cache(maxsize=8192)
def sure_typo(
    word: str, language: str, indexed: bool = False, own_letters: bool = False
) -> str | None:
    """The one word the long lower-case non-word ``word`` is a sure slip of (``SURE_TYPO_*``),
    where the language's table asks for the reading (``spelling.sure_typos``)."""
    if len(word) < SURE_TYPO_LETTERS or not spelling_table(language).sure_typos:
        return None
    frequencies = frequency_dict(language)
    doubled_bar, first_bar = 10 ** (SURE_DOUBLED_ZIPF - 9), 10 ** (SURE_FIRST_ZIPF - 9)
    found = {edit for edit in _doubling_edits(word) if frequencies.get(edit, 0.0) >= doubled_bar}
    rest = word[1:]
    found.update(
        letter + rest
        for letter in alphabet(language)
        if letter != word[0] and frequencies.get(letter + rest, 0.0) >= first_bar
    )
    if len(found) != 1 or set(_typo(word, language, indexed, own_letters)) - found:
        return None
    return found.pop()


@lru_cache(maxsize=8192)
def read_web_typo(
    word: str, language: str, indexed: bool = False, own_letters: bool = False
) -> Reading | None:
    """The lower-case ``word`` the web knows a little (below ``spelling.SCARCE_ZIPF``) read as
    a common typo: one edit from a word at least ``WEB_TYPO_ZIPF`` common and ``WEB_TYPO_GAP``
    commoner ("differend": "different", "higgest": "highest")."""
    frequencies = frequency_dict(language)
    seen = _zipf(word, frequencies)
    if len(word) < MIN_WEB_TYPO_LETTERS or derived_word(word, language):
        return None
    keep_end = spelling_table(language).keep_end
    corrected = one_edit_words(word, language, keep_end, True, indexed, own_letters)
    ranked = ranked_corrections(word, corrected, language, frozenset(), True)
    if not ranked:
        return None
    best = _zipf(ranked[0], frequencies)
    if best < WEB_TYPO_ZIPF or best - seen < WEB_TYPO_GAP:
        return None
    return Reading("typo", "typo-web", (ranked[0],))


def read_web_word(
    word: str, language: str, indexed: bool = False, own_letters: bool = False
) -> Reading | None:
    """The lower-case ``word`` the web knows a little: two far commoner words run together, or
    a common typo; the typo when its correction is far commoner than the split's rarer part
    ("differend": "different", not "differ end")."""
    if solid_word(word, language):
        return None  # a compound the dictionary knows ("makefiles")
    glued = read_web_glue(word, language)
    typo = read_web_typo(word, language, indexed, own_letters)
    if glued is not None and typo is not None:
        frequencies = frequency_dict(language)
        rarer = min(_zipf(part, frequencies) for part in glued.fixes[0].split(" "))
        if _zipf(typo.fixes[0], frequencies) >= rarer + TYPO_OVER_GLUE:
            return typo
    return glued or typo


@lru_cache(maxsize=8192)
def read_web_glue(word: str, language: str) -> Reading | None:
    """The lower-case ``word`` the web knows a little read as two far commoner words run
    together ("itwas", "thereis": a run-together the web writes too, each part at least
    ``WEB_GLUE_GAP`` commoner than the whole)."""
    frequencies = frequency_dict(language)
    split = glued_split(word, language)
    if split is None or derived_word(word, language):
        return None
    left, right, low = split
    if low - _zipf(word, frequencies) < WEB_GLUE_GAP:
        return None
    return Reading("glued", "glued-web", (f"{left} {right}",))


@lru_cache(maxsize=8192)
def read_opener_glue(word: str, language: str) -> Reading | None:
    """A capitalised word opening a sentence read as a very common word (``GLUE_OPENER_ZIPF``:
    "It", "We", "The", "Now") with a known word run on ("Itseems", "Themore"); the text's own
    names rarely start so ("Theron": "ron" is no common word)."""
    lowered = word.casefold()
    if derived_word(lowered, language):
        return None
    frequencies = frequency_dict(language)
    for cut in range(2, min(len(lowered) - 2, 6)):
        left, right = lowered[:cut], lowered[cut:]
        if _zipf(left, frequencies) >= GLUE_OPENER_ZIPF and _part_zipf(right, frequencies):
            return Reading("glued", "glued-opener", (f"{word[:cut]} {right}",))
    return None


def read_name_glue(word: str, language: str, names: AbstractSet[str]) -> Reading | None:
    """A capitalised word read as a name the document writes with a function word run on."""
    found = _name_glue(word, language, names)
    if found is None:
        return None
    return Reading("glued", "glued-name", (f"{found[0]} {found[1]}",))


def _typo(word: str, language: str, indexed: bool = False, own_letters: bool = False) -> list[str]:
    """``indexed``: the one-edit words found through the deletion index (MT980's, built once
    for a text of many rare words); with ``own_letters``, exactly the words spelled out."""
    keep_end = spelling_table(language).keep_end
    corrected = one_edit_words(word, language, keep_end, True, indexed, own_letters)
    corrected = corrected or lost_ending_letter(word, language, keep_end)
    # Two edits (long English words) are MT980's: spelled out for every unknown word of a
    # large text they cost more than the rest of the reading.
    return ranked_corrections(word, corrected, language, frozenset(), True)
