"""One shared index of a large text's ", " for the rules whose patterns are led by a comma and
a space (", said", ", (?:verbs)", ", that ").

A comma and a space are the commonest two-character literal of prose (~530,000 on the 50 MB
benchmark): each such rule's ``finditer`` read the whole text for them, and tried its pattern at
every one (~0.1 s per rule on 50 MB). The repetition pass already holds every character of a
large text as numbers; it notes each ", " there with the four characters after it
(``repeats.TextShapes.comma_keys``), sorted by those characters once per document: the index
gives a pattern just the places whose next characters one of its matches may start with
(``regexprefix.prefixes``: "said", "has ", "is " …) — a few thousand, not half a million.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.regexprefix import prefixes
from mtlint.checks.textscan import matches_at

# Characters packed per key (16 bits each), as ``repeats._comma_keys`` packs them.
_WIDTH = 4
_BITS = 16


def comma_matches(
    document: Document, pattern: re.Pattern[str], after: re.Pattern[str] | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(document.text)`` for a pattern whose every match starts with ", "
    and holds a character after it. On a large text (one with ``repeats.text_shapes``) the
    pattern is tried only at the ", " followed by one of its start strings, in text order,
    skipping those inside the last match as finditer does: the same matches. A pattern whose
    start strings cannot be read (a class of letters, a look-ahead, a group: "(,) (\\d{3})")
    is tried at the ", " whose next character ``after`` (a class, given by the caller:
    "\\d") fully matches, or without ``after`` scanned as before."""
    from mtlint.checks.repeats import text_shapes

    text = document.text
    shapes = text_shapes(document)
    strings = _start_strings(pattern) if shapes is not None else None
    if shapes is None or (strings is None and after is None):
        return pattern.finditer(text)
    if strings is None:
        places = _chosen_first(shapes.comma_keys, shapes.comma_spaces, after)
    else:
        places = _chosen(shapes.comma_keys, shapes.comma_spaces, strings)
    return matches_at(text, pattern, places)


def _start_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings (1 to 4 characters) a match has right after its ", ", or None when the
    pattern does not open with ", " or they cannot be told (or hold a character the keys do
    not keep: NUL, which stands for the text's end, and anything from U+FFFF on)."""
    if prefixes(pattern, 0, 2) != frozenset({", "}):
        return None
    strings = prefixes(pattern, 2, _WIDTH)
    if strings is None or any(not "\x00" < char < "\uffff" for s in strings for char in s):
        return None
    return strings


def _chosen(keys: object, places: object, strings: Iterable[str]) -> list[int]:
    """The offsets whose key starts with one of ``strings``, in text order."""
    import numpy as np

    parts = []
    for string in strings:
        low = high = 0
        for place in range(_WIDTH):
            code = ord(string[place]) if place < len(string) else None
            low = (low << _BITS) | (code if code is not None else 0)
            high = (high << _BITS) | (code if code is not None else (1 << _BITS) - 1)
        first = np.searchsorted(keys, np.uint64(low), side="left")
        last = np.searchsorted(keys, np.uint64(high), side="right")
        if first < last:
            parts.append(places[first:last])
    if not parts:
        return []
    return np.unique(np.concatenate(parts)).tolist()


def _chosen_first(keys: object, places: object, after: re.Pattern[str]) -> list[int]:
    """The offsets whose key's first character ``after`` fully matches, or that is U+FFFF
    (any character beyond the BMP stands there), in text order."""
    import numpy as np

    firsts = keys >> np.uint64(_BITS * (_WIDTH - 1))  # sorted, as the keys are
    if not firsts.size:
        return []
    edges = np.flatnonzero(firsts[1:] != firsts[:-1]) + 1
    starts = np.concatenate(([0], edges))
    ends = np.concatenate((edges, [firsts.size]))
    parts = [
        places[start:end]
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True)
        if (code := int(firsts[start])) == 0xFFFF or after.fullmatch(chr(code))
    ]
    if not parts:
        return []
    return np.sort(np.concatenate(parts)).tolist()
