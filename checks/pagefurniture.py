"""Lines of a web page's furniture flattened into the text: a breadcrumb trail, a line of
metadata fields, a row of bracketed buttons.

A page copied to plain text keeps its toolbar and its metadata as lines of their own ("current
location: Home » News » Text", "channel:news  date:2018-11-23  views:3", "[ Print ]  [ Close ]",
"Chinese  |  English  |  Login").
Their spacing and case are the template's, not the translation's: two spaces separate two
fields, a label starts in lower case, a button pads its bracket. Rules that read sentences (a
lower-case sentence start, a run of spaces, a space inside brackets) leave such lines alone
(h24prec: 9 of the 15 wrong findings at the bar on pool-prec24, 54 unlabelled MT pages, stood
on them; none right). A missing space after a label's colon ("date:2018") stays MT146's to find.
"""

from __future__ import annotations

import re
from functools import cache

from mtlint.checks.resourcefiles import resource_json

# A label glued to its value: a word ending in a letter, a colon, then no space and no slash
# ("date:2018-11-23", "views:3", "writer:admin"; not "18:18", not "https://", not a reST role
# ":keyword:`try`", whose word stands after a colon and before a backquote).
_FIELD = re.compile(r"(?<![:\w])[^\W\d_][\w-]*:(?=[^\s/\\:`])")
# A breadcrumb separator standing between spaces.
_CRUMB = re.compile(r"(?<= )[»›>](?= )")
# A breadcrumb separator glued to the item before it, as some templates write it ("Home» News»
# Campus»"; h26prec: 4 MT205 at 0.8 on pool-prec26); only on a line with no opening guillemet,
# where it cannot close a quotation ("«Текст» и «другой»").
_GLUED_CRUMB = re.compile(r"(?<=\w)[»›](?= |$)")
# A separator between the items of a menu or language-switch row: a bar or a dot standing
# between spaces ("Chinese  |  English  |  Login", "Home · About · Contact"; h26prec: 8 MT106
# at 0.9 on one such row of pool-prec26). Prose has no bar between spaced words.
_ITEM_SEPARATOR = re.compile(r"(?<= )[|·•](?= )")
# One bracketed button, padded inside ("[ Print ]"): one to three words.
_BUTTON = re.compile(r"\[ +[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2} +\]")


def line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def button_row(line: str) -> bool:
    """The line holds bracketed buttons and nothing else ("[ Print ]  [ Close ]")."""
    return bool(_BUTTON.search(line)) and not _BUTTON.sub("", line).strip()


# Marks a widget line may carry around its words (as MT964 reads them).
_WIDGET_TRIM = " \t•·|*>»›→←‹«-–—:：[]()"


@cache
def _widget_lines() -> frozenset[str]:
    """The whole lines of page widgets in every language (resources/residue/widgets.json, the
    table MT964 reports them from: "top of page", "back to top", "listen to this article")."""
    lines = resource_json("residue", "widgets.json")["lines"]
    return frozenset(line for listed in lines.values() for line in listed)


def widget_line(line: str) -> bool:
    """The line is a listed page widget and nothing else ("top of page", "Back To Top")."""
    return line.lower().strip(_WIDGET_TRIM) in _widget_lines()


def furniture_line(line: str) -> bool:
    """A breadcrumb trail (two separators or more), a row of menu items between bars or dots
    (two separators or more), a line of two glued ``label:value`` fields or more, a row of
    bracketed buttons, or a listed page widget ("top of page": MT964 reports it; a rule that
    reads sentences leaves it alone; h26prec: 2 MT304 wrong on native-news26)."""
    if button_row(line) or widget_line(line):
        return True
    if ":" in line and len(_FIELD.findall(line)) >= 2:
        return True
    if len(_CRUMB.findall(line)) >= 2 or len(_ITEM_SEPARATOR.findall(line)) >= 2:
        return True
    return "«" not in line and "‹" not in line and len(_GLUED_CRUMB.findall(line)) >= 2


def furniture_at(text: str, at: int) -> bool:
    """The line holding offset ``at`` is page furniture (``furniture_line``)."""
    return furniture_line(line_at(text, at))


# A line this short with none of these marks is a page item (a menu entry, a byline, a
# breadcrumb), not a sentence.
_ITEM_WORDS = 4
_SENTENCE_MARKS = re.compile(r"[.!?,;:。，]")


def joined_items(text: str, start: int, cut: int) -> bool:
    """Two page items the page's flattening ran together at ``cut`` (a token from ``start``
    on): the token's line is a short item line (four words or fewer, no sentence punctuation)
    beside a furniture line ("top of page" / "• Writer's pictureMark Tullett": an image's label
    and the author's name), or the text after the cut stands as the next line of its own (a
    breadcrumb's last item repeating the page's title: "Top PageSite Use" / "Site Use";
    h27prec: MT116 wrong on pool-prec26 and native-news26)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if len(line.split()) > _ITEM_WORDS or _SENTENCE_MARKS.search(line):
        return False
    before = line_at(text, line_start - 1) if line_start else ""
    after = line_at(text, line_end + 1) if line_end < len(text) else ""
    if furniture_line(before) or furniture_line(after):
        return True
    tail = text[cut:line_end].strip()
    return bool(tail) and tail == after.strip()
