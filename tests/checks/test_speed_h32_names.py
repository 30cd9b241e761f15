"""Name look-ups that grew with the square of a long text's vocabulary (h32speed), each compared
with the code it replaced:

- ``wordshape.within_one_edit``: ``edit_distance(a, b, 1)`` read as 0, 1 or "more", without the
  table (MT995's ``_close``, MT980's ``written_name``);
- ``spelling_search.written_name`` over ``written_names`` (the names wordfreq knows, by first
  letter and length) — the same answer as the old loop over every name of the first letter.
"""

from __future__ import annotations

import random

from mtlint.checks.spelling_search import WRITTEN_NAME_ZIPF, name_forms, written_name, written_names
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import edit_distance, within_one_edit


def _mutated(rng: random.Random, word: str, alphabet: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 3)):
        kind = rng.randint(0, 3)
        if kind == 0 and letters:
            letters.pop(rng.randrange(len(letters)))
        elif kind == 1:
            letters.insert(rng.randint(0, len(letters)), rng.choice(alphabet))
        elif kind == 2 and letters:
            letters[rng.randrange(len(letters))] = rng.choice(alphabet)
        elif len(letters) > 1:
            at = rng.randrange(len(letters) - 1)
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def test_within_one_edit_reads_as_the_table_does():
    rng = random.Random(7)
    alphabet = "abcäß"
    for _ in range(40_000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        other = _mutated(rng, word, alphabet)
        for a, b in ((word, other), (other, word)):
            assert within_one_edit(a, b) == min(edit_distance(a, b, 1), 2), (a, b)


def _old_written_name(word, language, names, keep_end=0):
    """The loop ``written_name`` ran before h32speed, over every name of the first letter."""
    own, english = frequency_dict(language), frequency_dict("en")
    bar = 10 ** (WRITTEN_NAME_ZIPF - 9)
    found = set()
    for name in names:
        if name == word or name[0] != word[0] or abs(len(name) - len(word)) > 1:
            continue
        if keep_end and name[-keep_end:] != word[-keep_end:]:
            continue
        folded = name.casefold()
        if max(own.get(folded, 0.0), english.get(folded, 0.0)) < bar:
            continue
        if edit_distance(word, name, 1) == 1:
            found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    return None if name_forms(name, word) else name


def test_written_name_through_the_index_is_the_old_loop():
    rng = random.Random(11)
    known = ["Eritrea", "Berlin", "Bremen", "Brenda", "Paris", "Parish", "Hamburg", "Hanover"]
    known += ["Lavrov", "Lavrova", "Navalny", "Navalnyi", "Montag", "Montage", "Kanzler"]
    names = sorted({_mutated(rng, name, "aeinrs") or name for name in known * 12} | set(known))
    names = [name for name in names if name[:1].isupper()]
    index = written_names(names, "de")
    asked = sorted({_mutated(rng, name, "aeinrs") for name in known * 30} | set(known))
    asked = [word for word in asked if word[:1].isupper()]
    differing = 0
    found = 0
    for word in asked:
        for keep_end in (0, 2):
            old = _old_written_name(word, "de", names, keep_end)
            assert written_name(word, index, keep_end) == old, (word, keep_end)
            found += old is not None
            differing += old is None
    assert found and differing  # both answers were asked about
