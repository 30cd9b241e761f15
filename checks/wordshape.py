"""Word shapes shared by the rules that compare spellings within one document: MT903 (one name
transliterated two ways, checks/rules/consistency.py) and MT971 (a name or word damaged once,
checks/rules/garble.py). One edit distance, one transliteration skeleton, one capitalised-word
scan, so the two rules agree on what "one letter apart" and "the same name" mean."""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import repeat
from typing import overload

from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import unique_chunks
from mtlint.checks.wordgate import offset_array

# A title-case word's letters at the least, and what may lead it: an upper-case letter of the
# BMP (``capitalised_words``; the repetition pass reads its candidates with the same test).
TITLE_MIN_LETTERS = 5


def title_capital(char: str) -> bool:
    """Whether ``char`` may lead a title-case word (the class of ``capitalised_words``)."""
    return char.isupper() and char.isalpha()


@cache
def capitalised_words() -> re.Pattern[str]:
    """A capitalised word of five letters or more. Led by an upper-case letter (every one in the
    BMP, as one character class), so the scan skips lower-case words at C speed: on a large text
    most of the time went to looking at every long word in Python. Built on first use, not at
    start-up (the class takes a pass over 65,536 code points). The class comes first and the
    look-behind after it (on the letter and the character before it): a pattern led by a class
    lets the regex engine skip ahead by the class alone, one led by a look-behind tries the
    look-behind at every position (0.23 -> 0.08 s per 10 MB; same matches,
    tests/checks/test_speed_wordshape.py)."""
    upper = "".join(sorted(filter(title_capital, map(chr, range(0x10000)))))
    rest = f"[^\\W\\d_]{{{TITLE_MIN_LETTERS - 1},}}"
    return re.compile(r"[" + re.escape(upper) + r"](?<![\w'’-][\s\S])" + rest + r"(?![\w'’-])")


class Spans(Sequence[tuple[int, int]]):
    """Where one word stands, as (start, end) pairs, kept as an array of starts (the end is the
    start plus the word's length): a list of tuples cost ~120 bytes per occurrence, 26 MB of a
    50 MB text's peak; this costs 8."""

    __slots__ = ("length", "starts")

    def __init__(self, length: int, typecode: str = "q") -> None:
        self.length = length
        self.starts = array(typecode)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return [(start, start + self.length) for start in self.starts[index]]
        start = self.starts[index]
        return start, start + self.length

    def __iter__(self) -> Iterator[tuple[int, int]]:
        length = self.length
        return ((start, start + length) for start in self.starts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def title_case_words(text: str, starts: Iterable[int] | None = None) -> dict[str, Spans]:
    """Every title-case word of five letters or more and where it stands, in text order.
    ``starts``: where a match may start, in order (a large text's runs of \\w characters led
    by a capital and long enough, ``repeats.title_starts``): the pattern is tried there only,
    not scanned over the whole text (a match starts a run of \\w characters — no \\w before
    its capital — and lies inside it, so none is missed and none overlaps another)."""
    pattern = capitalised_words()
    matches = (
        pattern.finditer(text)
        if starts is None
        else filter(None, map(pattern.match, repeat(text), starts))
    )
    positions: dict[str, Spans] = {}
    typecode = offset_array(len(text)).typecode
    # Each distinct word is judged once: its Spans' append, or None for no title-case word (a
    # 50 MB text has 225,000 matches of 250 words; the test and look-ups per match were a
    # fifth of this loop).
    adders: dict[str, Callable[[int], None] | None] = {}
    for match in matches:
        word = match.group()
        add = adders.get(word, _UNSEEN)
        if add is _UNSEEN:
            add = None
            if word[1:].islower():
                spans = positions[word] = Spans(len(word), typecode)
                add = spans.starts.append
            adders[word] = add
        if add is not None:
            add(match.start())
    return positions


_UNSEEN = object()  # a word not met yet (None: met, and no title-case word)


def document_title_case_words(document: Document) -> dict[str, Spans]:
    """``title_case_words`` of the document's text, computed once (MT903, MT971, MT974,
    MT995 …); a large text's candidates come from the repetition pass."""
    from mtlint.checks.repeats import title_starts

    def build() -> dict[str, Spans]:
        return title_case_words(document.text, title_starts(document))

    return document.analysis.get("title_case_words", build)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent transpositions, stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def within_one_edit(a: str, b: str) -> int:
    """``min(edit_distance(a, b, 1), 2)`` without the table: 0 for equal words, 1 for one letter
    replaced, added, lost or two neighbours swapped, else 2 — the first difference found, the
    rest compared as slices (at C speed)."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return 2
    at = 0
    for char_a, char_b in zip(a, b, strict=False):
        if char_a != char_b:
            break
        at += 1
    if len(a) != len(b):  # a letter of ``a`` lost in ``b``
        return 1 if a[at + 1 :] == b[at:] else 2
    if a[at + 1 :] == b[at + 1 :]:  # one letter replaced
        return 1
    swapped = a[at + 1 : at + 2] == b[at] and a[at] == b[at + 1 : at + 2]
    return 1 if swapped and a[at + 2 :] == b[at + 2 :] else 2


_SKELETON_FIRST = (("ß", "ss"), ("ph", "f"))
_SKELETON_STEPS = (("ue", "u"), ("oe", "o"), ("ae", "a"), ("w", "v"))
_SKELETON_DROP = str.maketrans("", "", "yjh")
_SKELETON_MAP = str.maketrans("cz", "ks")
_DOUBLE = re.compile(r"(.)\1+")


def strip_marks(word: str) -> str:
    """The word without combining marks (accents, diaeresis, cedilla)."""
    decomposed = unicodedata.normalize("NFD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", plain)


@cache
def skeleton(word: str) -> str:
    """What transliterations of one name share: no diacritics, y/j/h dropped (Mirziyoyev,
    Mirziyoev), ü = ue, c = k, z = s, w = v, doubled letters single (Zelensky, Zelenskyy)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for old, new in _SKELETON_FIRST:
        plain = plain.replace(old, new)
    plain = plain.translate(_SKELETON_DROP)
    for old, new in _SKELETON_STEPS:
        plain = plain.replace(old, new)
    plain = plain.translate(_SKELETON_MAP)
    return _DOUBLE.sub(r"\1", plain)


def transliteration_variant(usual: str, rare: str) -> bool:
    """MT903's pair test: same first two and last two letters (so inflected endings never pair),
    one edit apart (two for words of eight letters or more), the same skeleton."""
    if (usual[:2], usual[-2:]) != (rare[:2], rare[-2:]):
        return False
    limit = 2 if min(len(usual), len(rare)) >= 8 else 1
    if edit_distance(usual, rare, limit) > limit:
        return False
    return skeleton(usual) == skeleton(rare)


_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'«»“”„‘’‚‹›…*/—–-"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def document_words(document: Document) -> frozenset[str]:
    """The document's distinct words (letters, inner hyphens), from its distinct chunks with
    edge punctuation taken off ("vsprintf()" and the like left out: names in code are no words
    of the language); computed once per document (MT973, MT974, MT978)."""

    def build() -> frozenset[str]:
        words = set()
        for chunk in unique_chunks(document):
            word = chunk.strip(_EDGE_PUNCTUATION)
            if word and _WORD.fullmatch(word) and "()" not in chunk:
                words.add(word)
        return frozenset(words)

    return document.analysis.get("garble:words", build)
