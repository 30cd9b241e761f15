"""The gate on hunspell's evidence (MT930): a word the language's hunspell dictionary rejects
counts only where something says it is damage from machine translation or the page pipeline,
never for being unknown alone (on the English pools hunspell's unknown words beyond mtlint's
findings were ~82 % names, loanwords, codes and rare words: BENCHMARKS.md, h31spell).

The mechanisms read, each a ``kind`` with its own measured precision (the rule's ``BANDS``):

- ``camel-glue``: a lower-case word run into a capitalised one ("girlfriendIf",
  "buildingPer"): a line or sentence break lost between two segments; both halves are words
  the dictionary accepts and wordfreq knows.
- ``slip-far``: a long lower-case word wordfreq does not know, two edits from exactly one
  common word with its first and last letters ("innaguration" → "inauguration").
- ``slip``: one edit (a letter dropped, added, changed, two swapped) turns the word into the
  one word far more common than it that the dictionary accepts ("prepation" no, two edits;
  "kindergardens" → "kindergartens", "Saturdy" → "Saturday"); ``slip-written``: the
  document writes that word elsewhere.

Never read: a word the document writes twice (its own term or name), a word wordfreq knows at
``SCARCE_ZIPF`` or more in the language or English, a given name or town of the gazetteer,
a word in code, a URL or beside a digit or compound mark (the rule's place test), a
word one edit from another by its first letter (names differ so: "Talant" is no "Talent"),
a capitalised word one edit from a word the dictionary writes in lower case ("Parly" is no
"Party"), an edit in the last letters where the language's endings inflect.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from math import log10

from mtlint.checks.hunspelldicts import SpellDictionary
from mtlint.checks.spelling import one_edit_words, spelling_table
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import edit_distance

# A slip's correction is at least this common (Zipf; the index holds the language's frequent
# words, English 3.2 and up) ...
SLIP_ZIPF = 3.0
# ... this much commoner than the word ...
SLIP_GAP = 2.5
# ... and this much commoner than the next correction (else the slip is ambiguous).
SLIP_LEAD = 1.0
# A capitalised word's correction is at least this common (names one edit from a rare word).
TITLE_SLIP_ZIPF = 4.0
# A slip has at least this many letters (shorter words are codes, names, abbreviations).
SLIP_LETTERS = 5
# A two-edit slip: a word of this many letters or more, that wordfreq does not know at all,
# two edits from exactly one word this common that shares its first and last letters.
FAR_SLIP_LETTERS = 8
FAR_SLIP_ZIPF = 3.0
# Each half of a camel glue is at least this common (Zipf) and this long.
CAMEL_ZIPF = 3.0
CAMEL_LETTERS = 2
# A common word run into a name the dictionary lists: the word at least this long.
CAMEL_NAME_LETTERS = 3


@dataclass(frozen=True)
class GateReading:
    """Why a rejected word counts: its ``kind`` and the corrected text."""

    kind: str
    fix: str


def zipf(word: str, language: str) -> float:
    frequency = frequency_dict(language).get(word, 0.0)
    return log10(frequency) + 9 if frequency else 0.0


def camel_split(word: str) -> tuple[str, str] | None:
    """A lower-case run followed by one capitalised run ("girlfriendIf"), else None."""
    if not word[:1].islower():
        return None
    for cut in range(1, len(word)):
        if word[cut].isupper():
            left, right = word[:cut], word[cut:]
            if right[1:].islower() and left.islower():
                return left, right
            return None
    return None


def read_camel(word: str, language: str, dictionary: SpellDictionary) -> GateReading | None:
    """Two words run together across a lost break: both halves known and common."""
    halves = camel_split(word)
    if halves is None:
        return None
    left, right = halves
    if min(len(left), len(right)) < CAMEL_LETTERS:
        return None
    if zipf(left, language) < CAMEL_ZIPF or not dictionary.knows(left):
        return None
    if zipf(right.lower(), language) >= CAMEL_ZIPF and (
        dictionary.knows(right) or dictionary.knows(right.lower())
    ):
        return GateReading("camel-glue", f"{left} {right}")
    if (
        len(left) >= CAMEL_NAME_LETTERS
        and dictionary.knows(right)
        and not dictionary.knows(right.lower())
    ):
        # A name the dictionary lists, capitalised ("manyMallorca", "ofBelarus"): the link
        # or the name's markup ended with no space after the word before.
        return GateReading("camel-name", f"{left} {right}")
    return None


def read_slip(
    word: str,
    language: str,
    dictionary: SpellDictionary,
    written: AbstractSet[str],
    indexed: bool = False,
) -> GateReading | None:
    """The one common word one edit from ``word`` that the dictionary accepts (in the word's
    case), far commoner than the word and than any other such word; ``written``: the
    document's words in lower case; ``indexed``: the edits found through the deletion index
    (for many words: the same set, as ``own_letters`` is asked)."""
    if len(word) < SLIP_LETTERS or not word.isalpha():
        return None
    title = word[:1].isupper()
    if title and not word[1:].islower():
        return None
    lowered = word.lower()
    own = zipf(lowered, language)
    floor = max(TITLE_SLIP_ZIPF if title else SLIP_ZIPF, own + SLIP_GAP)
    found = []
    keep_end = spelling_table(language).keep_end
    # The language's frequent words one edit away: spelled out for a few words, through the
    # deletion index MT980 and MT994 share for many (~20 MB held for the process, so only when
    # it pays, as MT994 decides: INDEX_AFTER).
    for edit in one_edit_words(lowered, language, keep_end, False, indexed, True):
        if (seen := zipf(edit, language)) >= floor - SLIP_LEAD:
            found.append((seen, edit))
    found.sort(reverse=True)
    if not found or found[0][0] < floor:
        return None
    if len(found) > 1 and found[1][0] > found[0][0] - SLIP_LEAD:
        return None
    best = found[0][1]
    capital = best[:1].upper() + best[1:]
    if title:
        # A capitalised non-word one edit from a lower-case word is a name as often as not
        # ("Parly", "Werth", "Piegza"): only a word the dictionary writes capitalised counts
        # (a day, a month, a people, a German noun: "Saturdy", "Jahrunderts").
        if not dictionary.knows(capital) or dictionary.knows(best):
            return None
        shaped = capital
    elif dictionary.knows(best):
        shaped = best
    else:
        return None
    kind = "slip-written" if best in written else "slip"
    return GateReading(kind, shaped)


@cache
def _far_buckets(language: str) -> dict[tuple[str, str, int], tuple[str, ...]]:
    """The language's words of ``FAR_SLIP_ZIPF`` or more and ``FAR_SLIP_LETTERS - 2`` letters
    or more, by first letter, last letter and length (built once: ~0.1 s for English)."""
    bar = 10 ** (FAR_SLIP_ZIPF - 9)
    buckets: dict[tuple[str, str, int], list[str]] = {}
    for word, frequency in frequency_dict(language).items():
        if frequency < bar:
            break  # wordfreq's lists run from the commonest word down
        if len(word) >= FAR_SLIP_LETTERS - 2 and word.isalpha():
            buckets.setdefault((word[0], word[-1], len(word)), []).append(word)
    return {key: tuple(words) for key, words in buckets.items()}


def read_far_slip(
    word: str, language: str, dictionary: SpellDictionary, written: AbstractSet[str]
) -> GateReading | None:
    """The one common word two edits from a long lower-case ``word`` wordfreq does not know
    at all ("innaguration": "inauguration"), sharing its first and last letters, that the
    dictionary accepts ("Mengshan" is no "Meghan", "Copenaghen" no "Copenhagen": names and
    their spellings in other languages are left alone)."""
    if len(word) < FAR_SLIP_LETTERS or not word.isalpha() or not word.islower():
        return None  # a capitalised word two letters from another is a name as often
    if spelling_table(language).keep_end:
        return None  # endings inflect: two letters off is an inflection ("ungleicheren")
    lowered = word.lower()
    if frequency_dict(language).get(lowered, 0.0):
        return None
    buckets = _far_buckets(language)
    letters = set(lowered)  # a cheap screen in C before the edit distance
    found = [
        other
        for size in range(len(lowered) - 2, len(lowered) + 3)
        for other in buckets.get((lowered[0], lowered[-1], size), ())
        if len(letters ^ set(other)) <= 4 and edit_distance(lowered, other, 2) <= 2
    ]
    if len(found) != 1:
        return None
    best = found[0]
    if not dictionary.knows(best):
        return None
    return GateReading("slip-written" if best in written else "slip-far", best)
