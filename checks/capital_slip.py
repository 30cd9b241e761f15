"""A capitalised word inside a sentence read as a typing slip of a common lower-case word
("the Office for Humanitrian Affairs", "Brigader General"), not as a name (MT994, h29slips).

The mechanism: a slip in the source (or in the MT engine's input) is carried through, and a
word inside a title or a name-like phrase is capitalised, so the fitted model reads it as a
name (a capitalised word inside a sentence is a name in nearly every token it was fitted on)
and scores it 0.00. A name differs from such a slip in evidence the word and the document
give: a name the web knows is no candidate at all (wordfreq lists it); a name of the
gazetteer is left out; and a rare name that is one letter from a common word has that letter
at its edge ("Vincenti", "Phantome", "Streett": a common word with a letter added or changed
at its end or its start), where a typing slip drops, doubles, swaps or strikes a letter
inside the word ("Humanitrian", "Cpaital", "Technlogy"). The reading asks all of it, and that
exactly one common word is so close.
"""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.lowernames import first_names, places
from mtlint.checks.spelling import one_edit_words, slip_kind
from mtlint.checks.wordlists import zipf

# The word itself: at least this many letters (short capitalised words are initials, codes
# and names of every kind), and rarer than this on the web (Zipf): a name the web knows is a
# name.
CAPITAL_SLIP_LETTERS = 6
CAPITAL_SLIP_OWN_ZIPF = 1.0
# The common word it slipped from: at least this common (Zipf), lower case, no given name or
# town of the gazetteer ("Vincent", "Bangladesh": the word is a variant of the name). 3.0 and
# 3.5 read the same words on the 1,012 documents of BENCHMARKS.md h29slips but "Brigader"
# ("brigadier", 3.3).
CAPITAL_SLIP_ZIPF = 3.0
# The slips read so: a letter left out (doubled or not) or two neighbours swapped. A letter
# struck or added is how a name differs from a word it sounds like ("Talant", "Carbet",
# "Shatan", "Longling"), and is left to the model.
SLIP_KINDS = frozenset({"dropped", "undoubled", "swapped"})


def _gazetteer(word: str) -> bool:
    return word in first_names() or word in places()


def inside_edit(typed: str, right: str) -> bool:
    """``typed`` is ``right`` with one letter dropped, added, struck or two neighbours swapped,
    and every way to read that edit leaves the first and the last letter of both alone ("Cpaital",
    "Technlogy"; not "Vincenti", "Streett", "Phantome")."""
    places_edited: list[tuple[int, int]] = []  # (first index touched, last index touched)
    if len(typed) == len(right) - 1:
        places_edited = [(i, i) for i in range(len(right)) if right[:i] + right[i + 1 :] == typed]
    elif len(typed) == len(right) + 1:
        places_edited = [(i, i) for i in range(len(typed)) if typed[:i] + typed[i + 1 :] == right]
    elif len(typed) == len(right):
        wrong = [i for i in range(len(typed)) if typed[i] != right[i]]
        if len(wrong) == 1:
            places_edited = [(wrong[0], wrong[0])]
        elif len(wrong) == 2 and wrong[1] == wrong[0] + 1:
            places_edited = [(wrong[0], wrong[1])]
    if not places_edited:
        return False
    shortest = min(len(typed), len(right))
    return all(first > 0 and last < shortest - 1 for first, last in places_edited)


@lru_cache(maxsize=4096)
def capital_slip(word: str, language: str) -> str | None:
    """The common lower-case word a capitalised ``word`` is a typing slip of, or None: the
    word title-cased, ``CAPITAL_SLIP_LETTERS`` long, rarer than ``CAPITAL_SLIP_OWN_ZIPF``, no
    gazetteer name, and exactly one word at ``CAPITAL_SLIP_ZIPF`` or more one edit inside it
    away (``inside_edit``), itself no gazetteer name. The caller checks the place (inside a
    sentence or a quotation, written once)."""
    if len(word) < CAPITAL_SLIP_LETTERS or not (word[:1].isupper() and word[1:].islower()):
        return None
    lowered = word.casefold()
    if zipf(lowered, language) >= CAPITAL_SLIP_OWN_ZIPF or _gazetteer(lowered):
        return None
    common = [
        other
        for other in one_edit_words(lowered, language, 0, False)
        if zipf(other, language) >= CAPITAL_SLIP_ZIPF
        and not _gazetteer(other)
        and inside_edit(lowered, other)
    ]
    if len(common) != 1 or slip_kind(lowered, common[0]) not in SLIP_KINDS:
        return None
    return common[0]
