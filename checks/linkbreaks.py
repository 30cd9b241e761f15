"""A page's link set on a line of its own: the sentence around it is cut by single line breaks
before and after the link's text ("le soutien de\nDonald Trump, le dirigeant … concernant\nVladimir
Putin et …"), and the text after the break starts with a capital, so nothing reads it as a
broken sentence. Found by the word before the break: one that leads into a link or cannot end a
sentence (the language's ``open_line_ends`` and ``link_lead_words``), or an elided article
(``clitics``: "juge l'\nUE"), on a line that is a paragraph or itself began mid-sentence.
MT985 (checks/rules/line_breaks.py) reports them; this module holds the reading."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A single line break after a letter or an apostrophe and before a letter. A pattern led by a
# lookbehind is tried at every character of the text (the MT153/MT205 trap: 0.48 s per 10 MB
# here); this one is led by the line break, the character before it read by a lookbehind after
# it (in C: a test in Python of the character before every break cost ~0.07 s per 50 MB).
_BREAK_BEFORE_LETTER = re.compile(r"\n(?<=[^\W\d_]\n|['’]\n)(?=[^\W\d_])")


def breaks_before_letter(text: str) -> Iterator[int]:
    """The offsets of single line breaks after a letter or an apostrophe and before a letter
    (the caller keeps the capitals)."""
    return map(re.Match.start, _BREAK_BEFORE_LETTER.finditer(text))


# A paragraph's line: no title, caption or line of verse is this long.
PARAGRAPH_LINE = 120
# The line's last word and an apostrophe after it (an elided article: "l'", "dell'").
_LAST = re.compile(r"([^\W\d_]+)(['’]?)[ \t\r]*$")
# The next line's first two words: a full name ("Zoltán Kovács") or an acronym ("UE") there
# continues a sentence; a single capitalised word may open a new one ("Publié").
_NAME_START = re.compile(r"([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
# Confidences: a word that cannot end a sentence before the break (measured on pool-ml29's
# link breaks: BENCHMARKS.md h29ml), and a line that only continues a chain of them.
STRONG = 0.6
CHAINED = 0.55


def _name_like(text: str, at: int) -> bool:
    """The text at ``at`` opens with an acronym or two capitalised words (a full name)."""
    match = _NAME_START.match(text, at)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    if first.isupper() and 2 <= len(first) <= 6:
        return True
    return bool(second) and first[:1].isupper() and second[:1].isupper()


def capital_break(
    text: str,
    line_start: int,
    at: int,
    lead: frozenset[str],
    clitics: frozenset[str],
    chained: bool,
) -> tuple[int, int, str, float] | None:
    """(start, end, joint, confidence) of the mid-sentence break at ``at`` (a line break before a
    capital), or ``None``: the span runs from the line's last word to the next line's first,
    ``joint`` is what replaces the break (a space, or nothing after an elided article)."""
    line = text[line_start:at]
    last = _LAST.search(line, max(0, len(line) - 60))
    if last is None or line.lstrip()[:1] in "-*•#|>":
        return None
    word, apostrophe = last.group(1), last.group(2)
    before = line[last.start(1) - 1 : last.start(1)] if last.start(1) else ""
    if before in ("@", "/", "_") or (before == "." and word.islower()):
        return None  # the end of an address or a path ("rsu.edu.ru", "portal.com")
    elided = bool(apostrophe) and (word.lower() + "'") in clitics
    if apostrophe and not elided:
        return None
    opened = elided or word.lower() in lead
    if opened and (chained or len(line) >= PARAGRAPH_LINE):
        confidence = STRONG
    elif chained and not apostrophe and _name_like(text, at + 1):
        confidence = CHAINED
    else:
        return None
    following = _NAME_START.match(text, at + 1)
    end = following.end(1) if following else at + 1
    return line_start + last.start(1), end, "" if elided else " ", confidence
