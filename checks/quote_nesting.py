"""Nested quotations: a single quotation opened inside a double one, and double marks typed as
two single ones (MT203's helpers); which way a quotation mark faces where it stands (MT110,
MT211)."""

from __future__ import annotations

import re
from functools import lru_cache

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


_WORD = re.compile(r"[^\W\d_]+")
_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})


def quotation_open_at(text: str, at: int, marks: str) -> bool:
    """Whether a quotation is open at ``at``: an odd number of the double ``marks`` stand
    between the start of its paragraph (line) and ``at`` (inch marks after digits aside)."""
    start = text.rfind("\n", 0, at) + 1
    count = 0
    for match in _double_marks(marks).finditer(text, start, at):
        if not (match.group() == '"' and text[match.start() - 1 : match.start()].isdigit()):
            count += 1
    return count % 2 == 1


@lru_cache(maxsize=32)
def _double_marks(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]")


def attribution_follows(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the words from ``at`` attribute a quotation: a verb of saying ("added the
    minister") or a subject pronoun and one ("he said")."""
    first = _WORD.match(text, at)
    if first is None:
        return False
    word = first.group().lower()
    if word in verbs:
        return True
    if word not in _SUBJECTS:
        return False
    second = (
        _WORD.match(text, first.end() + 1) if text[first.end() : first.end() + 1] == " " else None
    )
    return second is not None and second.group().lower() in verbs


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")


def saying_before(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the text before ``at`` ends with a colon or a verb of saying ("said ”we"): a
    quotation opens there."""
    before = text[max(0, at - 30) : at].rstrip(" \t")
    if before.endswith(":"):
        return True
    word = _LAST_WORD.search(before)
    return word is not None and word.group(1).lower() in verbs


# “ glued to a word before it, then a letter, punctuation and a space, or the end; or after a
# sentence mark at the end of its line (led by the mark, a literal the scan jumps between).
# (Or spaced off a sentence's end and ending the line: "…in the city. “", MT110's.)
_TURNED_OPENING = re.compile(
    r"“(?:(?<=[^\W\d_]“)(?=[^\W\d_]|[.,;:!?](?:\s|$)|$)|(?<=[.,!?]“)(?=[ \t]*$)"
    r"|(?<=[.!?] “)(?=[ \t]*$))",
    re.MULTILINE,
)


_TURNED_CHUNK = re.compile(r"“(?<=[^\W\d_.,!?\n]“)|“(?<=[.,!?]“|\n“)(?=\n|\Z)")


def turned_openings(text: str, verbs: frozenset[str], lines: str) -> list[int]:
    """The offsets of English opening marks “ that end a quotation (MT211's reading: glued to
    the word before, and before a verb of saying, punctuation or the end: "Venezuela“added",
    "times“,"): they read as the closing mark ”. ``lines`` is the text's distinct chunks
    (``textscan.chunk_text``): a mark glued to a word before it lies inside one, so the text
    is scanned only when a chunk holds one."""
    if "“" not in lines or not _TURNED_CHUNK.search(lines):
        return []
    found = []
    for match in _TURNED_OPENING.finditer(text):
        at = match.start()
        if text[at + 1 : at + 2].isalpha() and not attribution_follows(text, at + 1, verbs):
            continue
        found.append(at)
    return found


def turned_to_open(content: str, at: int) -> bool:
    """Whether the closing mark at ``at`` (no quotation open before it) stands where a
    quotation opens and was turned: a space before it and a space and a word after ("relato, ”
    32 …”"), or a sentence end before it and a capital after ("MID.»Мы"), with the same mark
    later in the paragraph to close the quotation (MT110 reports the turned mark)."""
    mark = content[at]
    if content.find(mark, at + 1) < 0:
        return False
    before, after = content[at - 1 : at] if at else "\n", content[at + 1 : at + 3]
    if before.isspace():
        return after[:1] == " " and after[1:2].isalnum()
    return before in ".!?" and after[:1].isupper()


_QUOTE_MARKS = '"“”„«»'
# A sentence's end inside a paragraph: a stop (and a closing bracket) before spaces.
_STOP_SPACE = re.compile(r"[.!?…][)\]]?[ \t]+")


def turned_glued_open(content: str, at: int) -> bool:
    """Whether the closing-shaped mark at ``at`` (no quotation open before it) opens a short
    quotation from the wrong side of its space: glued to the word before it, a space and a
    word after it, and the same mark closing a few words on in the same sentence ("stubborn
    and firmly” clings” to it"): a detokeniser attached the opening mark to the left word, and
    smart-quote conversion then faced it by that neighbour. Inch marks (after digits) are not
    read."""
    mark = content[at]
    if not (at and content[at - 1].isalpha() and content[at + 1 : at + 2] == " "):
        return False
    if not content[at + 2 : at + 3].isalpha():
        return False
    close = content.find(mark, at + 1)
    if close < 0 or close - at > 60:
        return False
    inside = content[at + 1 : close]
    if any(m in inside for m in _QUOTE_MARKS) or _STOP_SPACE.search(inside):
        return False
    if len(inside.split()) > 6 or not (
        content[close - 1].isalpha() or content[close - 1] in ".,!?"
    ):
        return False
    return not content[close + 1 : close + 2].isalnum()


def opens_after_attribution(content: str, at: int, verbs: frozenset[str], lo: int = 0) -> int:
    """Where the sentence that holds the mark at ``at`` begins, when the mark opens a quotation
    after that sentence's own attribution ("Turning to the labs, he said: "Today…", or
    "…, she added, “We…"): a colon right before it, or a comma and a verb of saying earlier in
    the sentence; -1 when it does not, or when the sentence is the paragraph's first. Only a
    sentence that begins after ``lo`` is looked for (the open quotation's mark: the callers
    want none before it, and a scan from the paragraph's start at every mark is quadratic)."""
    if not content[at + 1 : at + 2].isalnum():
        return -1
    start = -1
    for stop in _STOP_SPACE.finditer(content, lo, at):
        start = stop.end()
    if start < 0:
        return -1
    before = content[start:at].rstrip(" \t")
    if before.endswith(":"):
        return start
    if before.endswith(",") and any(w.lower() in verbs for w in _WORD.findall(before)):
        return start
    return -1


# A single mark that opens: at the start, or after a space, a bracket or a colon, before a
# letter ("'90s" and "rock 'n' roll" are elisions: a digit, or closed at once).
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[:]))[‘'](?=[^\W\d_])")
# A single mark that closes: after a letter or punctuation, before a space, punctuation or the
# end; after an s it is a plural's possessive ("the workers’ union") and does not count.
_SINGLE_CLOSING = re.compile(r"(?<=[^\W\d_s.,!?])[’'](?=[\s,.;:!?)]|$)")
_ANY_CLOSING_SINGLE = re.compile(r"[’'](?![^\W\d_])")


def single_opened_before(content: str, at: int, doubles: str) -> int:
    """Where a single mark opened the quotation that the double closing mark at ``at`` closes
    ("she said ‘we are ready” and left"): the last single opening mark after the last double
    mark before ``at``, two words or more before it, no closing single mark between; -1."""
    start = max(content.rfind(mark, 0, at) for mark in doubles) + 1
    last = -1
    for match in _SINGLE_OPENING.finditer(content, start, at):
        last = match.start()
    if last < 0 or _ANY_CLOSING_SINGLE.search(content, last + 1, at):
        return -1
    return last if len(content[last + 1 : at].split()) >= 2 else -1


def single_closes_after(content: str, at: int, doubles: str) -> int:
    """Where a single mark closes the quotation that the double opening mark at ``at`` opened
    and no double mark closes ("he said “we are ready’ and left"): the first single closing
    mark after it, two words or more on, with no single opening mark or double mark between;
    -1 when there is none."""
    match = _SINGLE_CLOSING.search(content, at + 1)
    if match is None:
        return -1
    between = content[at + 1 : match.start()]
    if any(mark in between for mark in doubles) or _SINGLE_OPENING.search(between):
        return -1
    return match.start() if len(between.split()) >= 2 else -1


_DOUBLE_MARKS = re.compile("[“”]")


def single_closes_double(content: str, at: int) -> bool:
    """Whether the closing single mark at ``at`` closes a quotation that “ opened before it in
    the paragraph ``content`` and no ” closes ("he said “we are ready’ and left"): MT203 reads
    them as one quotation in two styles (``single_closes_after``), so the mark is no lone one
    (MT966). The double marks after it pair up among themselves (or “ stays open)."""
    doubles = '“”"'
    last = max(content.rfind(mark, 0, at) for mark in doubles)
    if last < 0 or content[last] != "“" or single_closes_after(content, last, doubles) != at:
        return False
    depth = 0
    for mark in _DOUBLE_MARKS.finditer(content, at):
        depth += 1 if mark.group() == "“" else -1
        if depth < 0:
            return False  # a ” after it closes the quotation: the single mark is inside
    return True
