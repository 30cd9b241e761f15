"""Where sentence punctuation or a comma is glued to the next word after something other than a
lower-case letter: an acronym that ends a sentence ("США.Джонсон", "NATO.The"), a closing
bracket before a comma ("(Heike),soldiers"). Read by MT103 and MT105 (checks/rules/spacing.py).
"""

from __future__ import annotations


def opener_glued(word: str, before: str, openers: frozenset[str]) -> bool:
    """MT103's test when the two characters before the mark are not lower-case letters: a
    word that opens sentences after a lower-case letter or a digit ("News.Az.They",
    "544,822.As for"), or a capitalised word after an acronym (``acronym_ends_sentence``)."""
    last = before[-1:]
    if word.lower() in openers and (last.islower() or last.isdigit()):
        return True
    return acronym_ends_sentence(word, before, openers)


def acronym_ends_sentence(word: str, before: str, openers: frozenset[str]) -> bool:
    """An acronym of capitals ends a sentence glued to the next one's capitalised word:
    ``before`` (the two characters before the mark) are capitals, as in "США.Джонсон". In
    Latin script the word must open sentences ("NATO.The"), since "ASP.Net" and "PDF.Js" are
    names; in another script (Cyrillic, Greek) any capitalised word of three letters or more."""
    if len(before) != 2 or not (before.isalpha() and before.isupper()) or len(word) < 3:
        return False
    if not (word[0].isupper() and word[1:].islower()):
        return False
    if word[0] < "\u0250" or before[-1] < "\u0250":  # Latin (and ASCII) letters
        return word.lower() in openers
    return True


def after_word(text: str, offset: int) -> bool:
    """A letter right before ``offset``, or a closing bracket that follows a letter ("),s")."""
    if offset <= 0:
        return False
    previous = text[offset - 1]
    if previous.isalpha():
        return True
    return previous == ")" and offset > 1 and text[offset - 2].isalpha()
