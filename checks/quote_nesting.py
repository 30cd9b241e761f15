"""Nested quotations: a single quotation opened inside a double one, and double marks typed as
two single ones (MT203's helpers)."""

from __future__ import annotations

import re

# A single opening mark inside a double quotation: after a space, a colon or the “ itself.
_NESTED_OPEN = re.compile(r"(?<=[\s:“])‘(?=\w)")
# A closing single mark: after a letter or punctuation, before no letter ("’s" is a possessive).
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?;:])’(?![^\W\d_])")


def nested_single_left_open(content: str) -> int | None:
    """The offset of the ” that closes a double quotation in which a single one (‘) was opened
    and never closed (“… ‘…”); a ’ between letters is an apostrophe, not a closer."""
    for opened in _NESTED_OPEN.finditer(content):
        at = opened.start()
        if content.rfind("“", 0, at) <= content.rfind("”", 0, at):
            continue  # not inside a double quotation
        outer = content.find("”", at)
        if outer == -1 or _SINGLE_CLOSE.search(content, opened.end(), outer):
            continue
        return outer
    return None


def doubled_singles(content: str) -> str:
    """Two single marks written for a double one ("all,’’ he said", the typewriter habit of
    Nigerian and some MT copy) read as the double mark; the second becomes a NUL, so offsets
    stay put and nothing else matches it."""
    if "’’" in content:
        content = content.replace("’’", "”\x00")
    if "‘‘" in content:
        content = content.replace("‘‘", "“\x00")
    return content
