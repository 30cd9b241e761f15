"""Quotations that run over several paragraphs with no mark between them (MT203): Romanian,
Czech and other news copy open a long quotation in one paragraph and close it in a later one,
where the reporting clause follows ("„Totuși, … (paragraph) … lucra”, a spus liderul"); the
English habit of re-opening each paragraph is read elsewhere (MT203's next_start)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.langdata import LanguageData
from mtlint.checks.typography import word_set

# At most this many paragraphs without the quotation's marks between the two ends.
_GAP = 2
# The clause right after the closing mark (no sentence stop between): ", a spus liderul".
_WORDS_AFTER = re.compile(r"[ ,—–-]*(\w+)(?: +(\w+))?(?: +(\w+))?")


def speech_tags(data: LanguageData) -> frozenset[str]:
    """Verbs of saying that follow a quotation: the typography table's and the entity table's
    reporting verbs ("a spus", "řekl", "säger")."""
    entity = entity_case_data(data.code)
    return (
        word_set(data, "attribution_words")
        | word_set(data, "speech_tag_words")
        | entity.reporting_verbs
    )


def carried_quotations(
    text: str, paragraphs: Sequence, pairs: dict[str, str], tags: frozenset[str]
) -> frozenset[int]:
    """The places of marks that open a quotation left open at a paragraph's end and of the
    marks that close it in a later paragraph, a verb of saying among the next three words."""
    if not tags:
        return frozenset()
    carried: set[int] = set()
    for opener, closer in [*pairs.items(), ('"', '"')]:
        pending, gap = -1, 0
        mark = re.compile(f"[{re.escape(opener + closer)}]")
        for paragraph in paragraphs:
            start = paragraph.start
            content = text[start : paragraph.end]
            marks = [m.start() for m in mark.finditer(content)]
            if not marks:
                gap += 1
                if gap > _GAP:
                    pending = -1
                continue
            first = start + marks[0]
            if (
                pending >= 0
                and _closes_first(content, marks, opener, closer)
                and _tagged(text, first + 1, tags)
            ):
                carried.update((pending, first))
            pending, gap = _left_open(content, marks, opener, closer, start), 0
    return frozenset(carried)


def _closes_first(content: str, marks: list[int], opener: str, closer: str) -> bool:
    if opener == closer:
        return len(marks) % 2 == 1
    chars = [content[i] for i in marks]
    return chars[0] == closer and chars.count(closer) == chars.count(opener) + 1


def _left_open(content: str, marks: list[int], opener: str, closer: str, start: int) -> int:
    """The place of the paragraph's last mark when it opens a quotation left open, else -1."""
    chars = [content[i] for i in marks]
    if opener == closer:
        return start + marks[-1] if len(marks) % 2 == 1 else -1
    if chars[-1] == opener and chars.count(opener) == chars.count(closer) + 1:
        return start + marks[-1]
    return -1


def _tagged(text: str, at: int, tags: frozenset[str]) -> bool:
    match = _WORDS_AFTER.match(text, at, at + 80)
    return bool(match) and any(w and w.lower() in tags for w in match.groups())
