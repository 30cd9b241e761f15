"""Which way straight double quotes face in a line with an odd number of them (MT110): one mark
of the line has lost its partner, so counting from the line's start is right before it and
counting from its end is right after it.

Each mark in turn is tried as the unpaired one: the marks before it are read from the start
(open, close, open …), the marks after it from the end. A reading must agree with every mark
whose spaces show its direction (a space before and a letter after opens: ' "notice'; a letter
before and a space or a stop after closes: 'accidents".'). Of the readings left, those whose
quotations hold the fewest sentence ends win, then those whose quotations open or close on the
fewest function words ('week"and"clean' quotes "and" in a wrong reading), then the one
quoting the fewest characters, by a margin of eight (MT quotes titles and slogans: "clean
roads drive"). A mark faces the way every winning reading agrees on; where they
disagree, or where the mark itself may be the unpaired one, its direction is unknown.
"""

from __future__ import annotations

import re

# Quoted characters by which the shortest reading must beat the others to win alone.
_LENGTH_MARGIN = 8
# Lines with more marks than this are tables or data, not prose.
_MOST_MARKS = 41
# A sentence's end inside a quotation: a stop, a space and a letter.
_SENTENCE_END = re.compile(r"[.!?] +[^\W\d_]")
_EDGE_WORDS = re.compile(r"[^\W\d_]+")
_OPENS_BEFORE = frozenset(" \t([{—–-\u00a0")
_CLOSES_AFTER = frozenset(" \t.,;:!?)]}\u00a0")


def _evident(line: str, at: int) -> str:
    """'o', 'c' or '' (unknown) for the straight mark at ``at`` from its neighbours."""
    before = line[at - 1] if at else " "
    after = line[at + 1] if at + 1 < len(line) else " "
    if before in _OPENS_BEFORE and after.isalnum():
        return "o"
    if (before.isalnum() or before in ".,!?") and after in _CLOSES_AFTER:
        return "c"
    return ""


def _reading(count: int, unpaired: int) -> list[str]:
    """Directions with the mark ``unpaired`` left out: from the start before it, from the
    end after it ('' for the unpaired mark)."""
    directions = []
    for i in range(count):
        if i < unpaired:
            directions.append("o" if i % 2 == 0 else "c")
        elif i > unpaired:
            directions.append("c" if (count - 1 - i) % 2 == 0 else "o")
        else:
            directions.append("")
    return directions


def _cost(
    line: str, marks: list[int], directions: list[str], function_words: frozenset[str]
) -> tuple[int, int, int]:
    """Sentence ends inside the reading's quotations, function words at their edges, then
    the characters they quote."""
    ends = edges = quoted = 0
    opened = -1
    for at, way in zip(marks, directions, strict=True):
        if way == "o":
            opened = at
        elif way == "c" and opened >= 0:
            ends += len(_SENTENCE_END.findall(line, opened + 1, at))
            quoted += at - opened - 1
            words = _EDGE_WORDS.findall(line, opened + 1, at)
            if words:
                edges += (words[0] in function_words) + (words[-1] in function_words)
            opened = -1
    return ends, edges, quoted


def odd_line_directions(
    line: str, marks: list[int], function_words: frozenset[str]
) -> dict[int, str]:
    """The direction ('o' or 'c') of each straight mark (offsets in ``line``) of a line with an
    odd number of them where the readings agree on it; marks left out are unknown."""
    count = len(marks)
    if count < 3 or count % 2 == 0 or count > _MOST_MARKS:
        return {}
    evident = [_evident(line, at) for at in marks]
    readings: list[tuple[tuple[int, int, int], list[str]]] = []
    for unpaired in range(count):
        directions = _reading(count, unpaired)
        if any(e and d and e != d for e, d in zip(evident, directions, strict=True)):
            continue
        readings.append((_cost(line, marks, directions, function_words), directions))
    if not readings:
        return {}
    least = min(cost for cost, _ in readings)
    # Quoted lengths decide only by a clear margin: readings within it all win.
    best = [
        directions
        for cost, directions in readings
        if cost[:2] == least[:2] and cost[2] - least[2] < _LENGTH_MARGIN
    ]
    found: dict[int, str] = {}
    for i, at in enumerate(marks):
        ways = {directions[i] for directions in best}
        if len(ways) == 1 and "" not in ways:
            found[at] = ways.pop()
    return found
