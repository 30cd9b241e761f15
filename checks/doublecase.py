"""A word "doubled" in another case that is no double (MT401, checks/rules/repetition.py):
a lower-case name particle before the same particle opening a name ("droom van Van der
Berg", "de De Jong") and a capital letter used as a label before the same letter as a word
("bod A a bod B"). Both read the casing table of the language, not a list of pairs.
"""

from __future__ import annotations

import re

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingscan import capitalised, next_word

_AFTER_WORD = re.compile(r"\w[)\"”’]? $")


def case_changed_pair(text: str, start: int, end: int, word: str, second: str, code: str) -> bool:
    """True when ``word second`` (at ``text[start:end]``) differ in case as a name or a label."""
    particles = casing_data(code).name_particles
    if word.islower() and capitalised(second) and word in particles:
        following = next_word(text, end)
        return capitalised(following) or following in particles
    mid_sentence = _AFTER_WORD.search(text, max(0, start - 3), start) is not None
    return len(word) == 1 and word.isupper() and second.islower() and mid_sentence
