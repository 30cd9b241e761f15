"""Quotations opened with one pair's mark and closed with another's ("«siamo pronti”"), and the
inner level of a nested quotation standing alone at the top ("„да“" beside «…» in Russian).

One scan per document, kept in its analysis: MT229 reports what it finds, and MT203 reads a
mismatched closing mark as the closing its quotation takes, so one mistake is one finding.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import language_data, looks_technical, scan_marks, text_characters
from mtlint.checks.typography import table

# Double quotation marks of any language (straight ones pair with anything: left alone).
_DOUBLE = "«»“”„‟"
_DOUBLE_MARK = re.compile(f"[{_DOUBLE}]")
_GUILLEMETS = "«»"
_CURLY = "“”„‟"
# What may stand before an opening mark, and after a closing one.
_BEFORE_OPENING = " \t\u00a0\u202f([{—–-/"
_AFTER_CLOSING = " \t\u00a0\u202f)]}.,;:!?…—–-/"


# After a digit, a curly double mark is an inch or seconds sign ('55” screen'), as MT217 reads it.
_INCH_MARKS = frozenset("”“")


def _inch_mark(text: str, at: int, stack: list[int], pairs: dict[str, str]) -> bool:
    """A curly mark after a digit that closes nothing: no quotation is open, or the open one's
    own closing mark follows in the paragraph ('«un televisore da 55” ieri»')."""
    if text[at] not in _INCH_MARKS or not text[at - 1 : at].isdigit():
        return False
    if not stack:
        return True
    line_end = text.find("\n", at)
    return text.find(pairs[text[stack[-1]]], at, len(text) if line_end < 0 else line_end) != -1


def _role(text: str, at: int) -> str:
    """Whether the mark at ``at`` opens ("o") or closes ("c") a quotation by where it stands,
    or "" when its place does not say (glued on both sides, spaced on both sides)."""
    before = text[at - 1 : at] if at else ""
    after = text[at + 1 : at + 2]
    opens = (not before or before in _BEFORE_OPENING or before == "\n") and bool(
        after and not after.isspace()
    )
    closes = bool(before and not before.isspace()) and (
        not after or after in _AFTER_CLOSING or after == "\n"
    )
    if opens == closes:
        return ""
    return "o" if opens else "c"


class QuotePair(NamedTuple):
    """A quotation's opening and closing marks; ``expected`` is the closing mark its opening
    takes; ``inner`` says the pair is the nested level standing at the top (else a mismatch)."""

    opening: int
    closing: int
    expected: str
    inner: bool


def quote_pair_problems(document: Document) -> list[QuotePair]:
    """Every mismatched pair and every inner pair at the top level, in text order."""
    return document.analysis.get("quote_pair_problems", lambda: _problems(document))


def _problems(document: Document) -> list[QuotePair]:
    characters = text_characters(document)
    guillemets = any(mark in characters for mark in _GUILLEMETS)
    curly = any(mark in characters for mark in _CURLY)
    if not guillemets or not curly:
        return []  # a mismatch needs both conventions, and so does the inner pair's
    data = language_data(document)
    pairs = {o: c for o, c in data.quote_pairs.items() if o in _DOUBLE and c in _DOUBLE}
    if not pairs:
        return []
    inner = str(table(data, "nested_only_quotes", "") or "")
    text = document.text
    found: list[QuotePair] = []
    stack: list[int] = []
    skip_to = previous = -1
    for match in scan_marks(document, [_DOUBLE_MARK]):
        at, mark = match.start(), match.group()
        if previous >= 0 and text.find("\n", previous, at) != -1:
            stack, skip_to = [], -1  # a new paragraph
        previous = at
        if at < skip_to or _inch_mark(text, at, stack, pairs):
            continue
        role = _role(text, at)
        if role == "o" and mark in pairs:
            stack.append(at)
            continue
        if role != "c" or not stack:
            skip_to = text.find("\n", at) % (len(text) + 1)  # unpaired: MT203's
            continue
        opening = stack.pop()
        expected = pairs[text[opening]]
        if mark == expected:
            if not stack and text[opening] in inner and expected in inner:
                outer = next(o for o in pairs if o not in text[opening] + text[at])
                found.append(QuotePair(opening, at, outer, True))
            continue
        # Curly marks of one family typed the other way („…“ for „…” in Polish) are a
        # keyboard's variant that native copy writes too: only guillemets against curly
        # marks are two conventions.
        if (text[opening] in _GUILLEMETS) == (mark in _GUILLEMETS):
            continue
        if looks_technical(text, opening, at + 1):
            continue
        found.append(QuotePair(opening, at, expected, False))
    return found
