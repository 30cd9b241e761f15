"""MT980's wider search (checks/rules/spelling.py): which of several corrections a misspelt
word takes, corrections two edits away for long words, and capitalised words read against the
names the document writes or wordfreq knows.

Everything here is asked about a handful of words per document (those wordfreq does not know
and no one-edit correction settled): edits are spelled out at run time and looked up in the
language's frequent words, so no index is built and nothing is held in memory between
documents but the frequent-word set MT980 reads already."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from mtlint.checks.foreignwords import foreign_table, written_source_zipf
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import frequent_words
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import edit_distance, skeleton, within_one_edit

# One correction is clearly best when it is this much more common (Zipf) than the next.
CLEAR_GAP = 1.0
# A correction two edits away must be at least this common (Zipf) ...
FAR_ZIPF = 4.0
# ... and the misspelt word at least this long (a short word is two edits from many words).
FAR_LETTERS = 8
# A capitalised word one swap from a name wordfreq knows at least this well (Zipf) is the
# name misspelt ("Kramatrosk" for "Kramatorsk", 1.73) ...
SWAPPED_NAME_ZIPF = 1.5
# ... when it is at least this long.
SWAPPED_NAME_LETTERS = 6
# A name the document writes is evidence when wordfreq knows it at least this well (Zipf):
# "Eritre" beside "Eritrea", "Gnsu" beside "Gansu".
WRITTEN_NAME_ZIPF = 2.0


# Corrections offered for one slip, the likeliest first.
OFFERED = 3
# A typist's likeliest slips: a letter missed, doubled or swapped, or a neighbouring key hit.
# A correction that needs a less likely edit (the first letter changed, a key replaced by a far
# one) counts as this much rarer (Zipf) when corrections are ranked.
UNLIKELY_EDIT = 0.5


@cache
def keyboard_neighbours(language: str) -> dict[str, frozenset[str]]:
    """Each key of the language's keyboard (resources/spelling/keyboards.json: QWERTY, QWERTZ,
    AZERTY, ЙЦУКЕН …) to its neighbours: the keys beside it and those one row above or below
    within one column (the rows' stagger is ignored)."""
    table = resource_json("spelling", "keyboards.json")
    rows = table["layouts"][table["languages"].get(language, "qwerty")]
    return {
        letter: frozenset(
            other
            for r, other_row in enumerate(rows)
            if abs(r - row) <= 1
            for c, other in enumerate(other_row)
            if abs(c - column) <= 1 and other != letter
        )
        for row, keys in enumerate(rows)
        for column, letter in enumerate(keys)
    }


def _likely_edit(typed: str, meant: str, keys: dict[str, frozenset[str]]) -> bool:
    """Whether ``typed`` is ``meant`` with a likely slip: not at the first letter, and a
    replaced letter a neighbouring key (``keys``: the language's keyboard; letters off it:
    any)."""
    at = 0
    for a, b in zip(typed, meant, strict=False):
        if a != b:
            break
        at += 1
    if at == 0:
        return False
    if len(typed) != len(meant) or typed[at + 1 : at + 2] == meant[at : at + 1]:
        return True  # a letter missed or added, or two letters swapped
    wrong, right = typed[at : at + 1], meant[at : at + 1]
    return wrong not in keys or right not in keys or wrong in keys[right]


def ranked_corrections(
    word: str,
    candidates: Iterable[str],
    language: str,
    written: frozenset[str] = frozenset(),
    typed_lower: bool = True,
) -> list[str]:
    """The corrections of the lower-case ``word`` to offer among ``candidates``, best first
    (at most ``OFFERED``): the only one, else the only one the document writes (``written``:
    its words in lower case), else the one clearly likelier than every other (``CLEAR_GAP``:
    its frequency, less ``UNLIKELY_EDIT`` for an unlikely edit), the others after it; none
    when two stay close (no reading is clearly right). Alternatives after the first are no
    name or web form (``_typo_form``) where the word is ``typed_lower``."""
    found = sorted(set(candidates))
    if len(found) <= 1:
        return found
    frequencies = frequency_dict(language)
    keys = keyboard_neighbours(language)

    def score(other: str) -> float:
        likely = 1.0 if _likely_edit(word, other, keys) else 10**-UNLIKELY_EDIT
        return frequencies.get(other, 0.0) * likely

    ranked = sorted(found, key=score, reverse=True)
    in_text = [other for other in ranked if other in written]
    if len(in_text) == 1:
        best = in_text[0]
    elif score(ranked[0]) >= score(ranked[1]) * 10**CLEAR_GAP:
        best = ranked[0]
    else:
        return []
    others = (
        o
        for o in ranked
        if o != best and not (typed_lower and _typo_form(o, language, frequencies))
    )
    return [best, *others][:OFFERED]


def _typo_form(word: str, language: str, frequencies: Mapping[str, float]) -> bool:
    """Whether ``word`` (an alternative correction) is a name or a web form rather than a
    dictionary word: listed by the language's cased dictionary as no common word only
    ("luke", "clare"; "alot", "tryin", "shorty", which it lacks), or a commoner word with
    its apostrophe lost ("whats"); the first correction is never asked."""
    from mtlint.checks.entitynames import dictionary_names

    if word in dictionary_names(language):
        return True
    bar = frequencies.get(word, 0.0) * 10**CLEAR_GAP
    return any(frequencies.get(word[:i] + "'" + word[i:], 0.0) >= bar for i in range(1, len(word)))


def _shrunk(word: str, start: int, last: int) -> set[str]:
    """``word`` less one letter, or with two neighbouring letters swapped, at offsets from
    ``start`` to before ``last``."""
    forms = {word[:i] + word[i + 1 :] for i in range(start, last)}
    forms.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(start, last - 1))
    forms.discard(word)
    return forms


def two_edit_words(word: str, language: str, keep_end: int = 0) -> set[str]:
    """The common words (Zipf ``FAR_ZIPF``) of ``language`` two edits from the lower-case
    ``word`` of ``FAR_LETTERS`` letters or more, for the edits that cost no alphabet: two
    letters too many ("actitive" for "active"), a letter too many and two letters swapped, two
    swaps. The first letter and the last ``keep_end`` letters stay; so does the last letter
    (an ending is no slip). A few hundred look-ups a word. Only where endings do not inflect
    (``keep_end`` 0, English): elsewhere two letters more are an inflection as often as a slip
    (German "gleicheren", a comparative, is no "gleichen")."""
    if len(word) < FAR_LETTERS or keep_end:
        return set()
    frequent = frequent_words(language)
    frequencies = frequency_dict(language)
    bar = 10 ** (FAR_ZIPF - 9)
    last = len(word) - max(keep_end, 1)
    ending = word[last:]
    found = set()
    for once in _shrunk(word, 1, last):
        for twice in _shrunk(once, 1, len(once) - max(keep_end, 1)):
            if twice in frequent and frequencies.get(twice, 0.0) >= bar:
                found.add(twice)
    # The ending kept as typed: a word less an ending is an inflection, no slip.
    return {
        other for other in found if other.endswith(ending) and edit_distance(word, other, 2) == 2
    }


# A capitalised word with one letter too many is read against the names wordfreq knows from
# this length on ("Kancehenjunga" for "Kanchenjunga"): a shorter word less a letter is another
# name too often.
EXTRA_LETTER_NAME_LETTERS = 9


def swapped_name(word: str, language: str) -> str | None:
    """The name (capitalised) wordfreq knows that the capitalised ``word`` is with two
    neighbouring letters swapped back ("Kramatrosk": "Kramatorsk"), never the first letter;
    one only, and no other spelling of the name (the same transliteration skeleton)."""
    if len(word) < SWAPPED_NAME_LETTERS:
        return None
    lowered = word.casefold()
    own = frequency_dict(language)
    bar = 10 ** (SWAPPED_NAME_ZIPF - 9)
    found = set()
    # Never in the last two letters: a name's ending varies, and a word glued to a short
    # next one swaps there ("Romeso" is "Rome so", no "Romeos").
    for i in range(1, len(lowered) - 3):
        if lowered[i] == lowered[i + 1]:
            continue
        other = lowered[:i] + lowered[i + 1] + lowered[i] + lowered[i + 2 :]
        if own.get(other, 0.0) >= bar:
            found.add(other)
    if len(found) != 1:
        return None
    other = found.pop()
    if skeleton(other) == skeleton(lowered):
        return None  # one name transliterated two ways ("Mirziyoev"), no slip
    return word[0] + other[1:]


def extra_letter_name(word: str, language: str) -> str | None:
    """The name wordfreq knows that the long capitalised ``word`` is with one letter taken
    out ("Kancehenjunga": "Kanchenjunga"), never the first letter nor the last two, nor a
    letter transliterations add (y, j, h) or a doubled one; one only. Names one letter apart
    are common enough ("Binderman", "Biderman") that this reading is doubtful."""
    if len(word) < EXTRA_LETTER_NAME_LETTERS:
        return None
    lowered = word.casefold()
    own = frequency_dict(language)
    bar = 10 ** (SWAPPED_NAME_ZIPF - 9)
    found = set()
    for i in range(1, len(lowered) - 2):
        if lowered[i] in "yjh" or lowered[i] in (lowered[i - 1], lowered[i + 1]):
            continue
        other = lowered[:i] + lowered[i + 1 :]
        if own.get(other, 0.0) >= bar:
            found.add(other)
    return word[0] + found.pop()[1:] if len(found) == 1 else None


@cache
def _name_forms() -> tuple[tuple[tuple[str, str], ...], dict[int, str]]:
    """resources/spelling/names.json: endings two forms of one name take, and letters
    transliterations fold."""
    raw = resource_json("spelling", "names.json")
    pairs = tuple((a, b) for a, b in raw["ending_pairs"])
    return pairs, str.maketrans(raw["letter_folds"])


def name_forms(one: str, other: str) -> bool:
    """Whether the names ``one`` and ``other`` (one edit apart) are two forms of one name, no
    slip: one transliteration (the same skeleton, after y/i, g/j folded: "Navalnyi",
    "Navalny"), or two endings of one stem ("Lavrov", "Lavrova"; "Euphrate", "Euphrates")."""
    pairs, folds = _name_forms()
    a, b = one.casefold(), other.casefold()
    if skeleton(a) == skeleton(b) or skeleton(a.translate(folds)) == skeleton(b.translate(folds)):
        return True
    for x, y in pairs:
        for p, q in ((a, b), (b, a)):
            if p.endswith(x) and q.endswith(y) and p[: len(p) - len(x)] == q[: len(q) - len(y)]:
                return True
    return False


def written_names(names: Iterable[str], language: str) -> dict[tuple[str, int], list[str]]:
    """The capitalised words ``names`` that wordfreq knows (Zipf ``WRITTEN_NAME_ZIPF``), by
    first letter and length: ``written_name``'s candidates for a word are the three lengths
    around its own under its first letter (built once per document: asking every name of a
    letter for every capitalised rare word grew with the square of a long text's vocabulary
    — German, where every noun is capitalised, 3 MB of varied text: ~5 s)."""
    own, english = frequency_dict(language), frequency_dict("en")
    bar = 10 ** (WRITTEN_NAME_ZIPF - 9)
    index: dict[tuple[str, int], list[str]] = {}
    for name in names:
        folded = name.casefold()
        if max(own.get(folded, 0.0), english.get(folded, 0.0)) >= bar:
            index.setdefault((name[0], len(name)), []).append(name)
    return index


def written_name(
    word: str, names: Mapping[tuple[str, int], list[str]], keep_end: int = 0
) -> str | None:
    """The capitalised word of the document (``names``: ``written_names``) one edit from the
    capitalised ``word``, never in its first letter nor its last ``keep_end`` letters, that
    wordfreq knows (Zipf ``WRITTEN_NAME_ZIPF``): "Eritre" beside "Eritrea"; one only, and no
    other transliteration nor other form of it (``name_forms``)."""
    found = set()
    for length in (len(word) - 1, len(word), len(word) + 1):
        for name in names.get((word[0], length), ()):
            if name == word:
                continue
            if keep_end and name[-keep_end:] != word[-keep_end:]:
                continue
            if within_one_edit(word, name) == 1:
                found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    return None if name_forms(name, word) else name


# A word this common in a source language is that language's word.
_SOURCE_ZIPF = 2.0


def source_word(word: str, language: str) -> bool:
    """A word of one of the language's source languages ("reicht", "banche" in English): left
    untranslated (MT504's), not misspelt; their small lists are read for MT504 already. The
    web's accentless spelling of a source word ("acces" for French "accès") is no such word:
    English "access" lost a letter there."""
    return any(
        written_source_zipf(word, source) >= _SOURCE_ZIPF
        for source in foreign_table(language).sources
        if "-" not in source and source != "en"
    )
