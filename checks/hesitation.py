"""Ellipses of speech, not of cut links: what MT201 (stray ellipsis) and MT303's cut-link names
(checks/entitycase.py) leave alone, in every language.

A link cut by extraction leaves one ellipsis between two unrelated words ("a visit to… north
korea"). Transcribed speech and fiction use ellipses another way, and two shapes say so from
the text alone:

- **self-repair**: the speaker starts a word and says it again, whole or with another ending,
  after the pause ("ja... ja", Turkish "Aşktan... aşkınızdan"): the words either side share
  their first letters (a preposition before the pause is no start of a word: "dans…
  danemark" is a cut);
- **a chain of pauses**: three ellipses or more within a short stretch, each running on into
  a lower-case word ("Aurelius... ja... ja... hvornår... javel"); a cut link leaves one, at
  most two.
"""

from __future__ import annotations

import re

# An ellipsis the sentence runs on through: a lower-case word follows (checked by islower).
_RUNNING_ON = re.compile(r"(?:…|\.\.\.) ?([^\W\d_])")
_CHAIN = 3  # ellipses in one stretch that make a chain of pauses
_STRETCH = 60  # characters either side of the ellipsis that the chain is counted in
_SHARED = 3  # first letters a repaired word shares with the word it repeats
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,2}$")


def speech_pause(text: str, start: int, end: int, following: str, leads: frozenset[str]) -> bool:
    """True when the ellipsis at ``start:end`` (``following``: the word after it) is a pause
    of speech: a self-repair or one of a chain. ``leads`` are the language's words that lead
    into a link (prepositions): a word the speaker repeats is never one of them."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        previous = before.group(1).lower()
        after = following.lower()
        shared = min(len(previous), len(after), _SHARED)
        if (
            previous not in leads
            and (previous == after or (shared >= _SHARED and len(previous) > _SHARED))
            and previous[:shared] == after[:shared]
        ):
            return True
    window = text[max(0, start - _STRETCH) : end + _STRETCH]
    return sum(1 for m in _RUNNING_ON.finditer(window) if m.group(1).islower()) >= _CHAIN


def pause_at(text: str, match: re.Match[str], leads: frozenset[str]) -> bool:
    """:func:`speech_pause` for MT201's match (group 1 the ellipsis, group 2 the next word)."""
    return speech_pause(text, match.start(1), match.end(1), match.group(2), leads)
