"""A web page's widgets left in the text (family MT9): a line that is a button row ("Share -
WeChat", "Font size • Large • small"), a player or image widget's label ("Listen to this article
now", "No alt text provided for this image"), a metadata label with no value ("Tags: ,"), a
byline label with no name ("2022-06-02 0 By"), a line of camera file names ("IMG_0412
IMG_0413") or the view and comment counters under a headline.

Only whole lines are read, in prose documents (plain text, Markdown, Word; never the units of a
bilingual file, whose strings are interface text by design, nor an HTML file, whose markup says
what a button is: its "Back to top" link is part of the page, not residue of extraction). The
strings are data (resources/residue/widgets.json), per language where they are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, chunk_text, lowered_chunk_heads, trie_pattern

_PROSE_FORMATS = frozenset({"text", "markdown", "docx"})
# Marks a widget line may carry around its words (bullets, separators, arrows).
_TRIM = " \t•·|*>»›→←‹«-–—:：[]()"
_SPLIT = re.compile(r"[\s•·|/,;:：，、]+")
_MAX_LINE = 120
# A prose sentence: what tells an article from a list of interface strings (its words, its
# final mark at a line's end).
_SENTENCE_WORDS = 8
_LINE_END_MARK = re.compile(r"[.!?。][\"'”’)]*[ \t]*(?=\n|\Z)")
# A headline above counters has a few words ("Results" above a table's numbers is no headline).
_HEADLINE_WORDS = 4
_INTEGER_LINE = re.compile(r"[ \t]*(\d{1,7})[ \t]*(?:\n|$)")
# A year under a title ("Annual report of the village board / 2023") is no counter.
_YEAR = re.compile(r"(?:19|20)\d\d")
# The bands: a listed line, a lone listed line a capitalised paragraph follows (a help text's
# heading "Print this page" has that shape too), counters (two lines: "0", "846") and one
# number line alone.
_LISTED, _LONE_HEADING = 0.9, 0.4
_COUNTERS, _ONE_COUNTER = 0.7, 0.4


@cache
def _table() -> dict:
    return resource_json("residue", "widgets.json")


@cache
def _lines(language: str) -> frozenset[str]:
    table = _table()["lines"]
    return frozenset(table.get(language, ())) | frozenset(table.get("en", ()))


@cache
def _words() -> frozenset[str]:
    return frozenset(_table()["widget_words"])


@cache
def _buttons() -> frozenset[str]:
    """The names of buttons: the widget heads and the share buttons (MT518's)."""
    return _heads() | frozenset(_table()["share_buttons"])


@cache
def _heads() -> frozenset[str]:
    return frozenset(_table()["widget_heads"])


def _at_line_starts(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``body`` after a line break (led by the break: the scan jumps between breaks at C speed,
    where a ``^`` pattern is tried at every character), and at the text's start."""
    return re.compile("\n" + body), re.compile(body)


def line_matches(
    text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterator[re.Match[str]]:
    """The matches of ``_at_line_starts`` patterns: at the start, then after every break."""
    led, first = patterns
    match = first.match(text)
    if match is not None:
        yield match
    yield from led.finditer(text)


@cache
def _line_pattern(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Lines that start with a word some widget line starts with (the only lines read)."""
    alternation = trie_pattern(_screen_words(language))
    return _at_line_starts(
        rf"[ \t]*(?:[•·*|›»→–—-][ \t]*)?((?i:{alternation})(?![^\W\d_])[^\n]{{0,{_MAX_LINE}}}?)"
        r"[ \t]*(?=\n|\Z)"
    )


@cache
def _empty_label() -> re.Pattern[str]:
    labels = "|".join(sorted(map(re.escape, _table()["empty_labels"]), key=len, reverse=True))
    # The label, its colon, then separators only: at least one (a "Tags: ," whose tags the
    # page's template failed to fill), never a value.
    return re.compile(rf"(?:{labels})[ \t]*[:：][ \t]*[,;，、|/][\s,;，、|/]*$", re.IGNORECASE)


@cache
def _byline_end() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A short metadata line ending in a byline label with no name after it."""
    labels = "|".join(sorted(map(re.escape, _table()["byline_labels"]), key=len, reverse=True))
    return _at_line_starts(
        rf"[ \t]*(\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}(?:[ \t]+\d{{1,2}}:\d{{2}})?(?:[ \t]+\d+)?"
        rf"[ \t]+(?i:{labels})[ \t]*[:：]?)[ \t]*(?=\n|\Z)"
    )


@cache
def _camera_line() -> tuple[re.Pattern[str], re.Pattern[str]]:
    prefixes = "|".join(map(re.escape, _table()["camera_files"]))
    name = rf"(?i:{prefixes})_?\d{{3,}}(?:_\d+)*(?:\.(?i:jpe?g|png|heic|mp4|mov))?"
    return _at_line_starts(rf"[ \t]*({name}(?:[ \t,;]+{name})*)[ \t]*(?=\n|\Z)")


def _has_prose(document: Document) -> bool:
    """The text holds a line of prose that ends a sentence: found from the sentence ends, each
    line's words counted by its spaces (a regex search for the line was quadratic on long
    lines without a final mark)."""

    def find() -> bool:
        text = document.text
        for match in _LINE_END_MARK.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if text.count(" ", line_start, match.start()) >= _SENTENCE_WORDS - 1:
                return True
        return False

    return document.analysis.get("widget_prose", find)


def _sentence_goes_on(text: str, end: int) -> bool:
    """The next line goes on in lower case: the line starts a sentence ("Print this page / is
    the label of the button")."""
    following = text[end : end + 40].lstrip()
    return following[:1].islower()


def _heading_like(text: str, end: int) -> bool:
    """The next line that holds text opens with a capital, as a heading's paragraph does."""
    following = text[end : end + 200].lstrip()
    return following[:1].isupper()


def _markdown_structure(document: Document, start: int) -> bool:
    """In a Markdown file: the line is a heading, a list item or a quote as written."""
    if document.format != "markdown" or document.raw_text is None:
        return False
    raw = document.raw_text
    position = document.to_file_offset(start)
    line_start = raw.rfind("\n", 0, position) + 1
    return bool(raw[line_start:position].strip())


def classify(line: str, language: str) -> float | None:
    """The confidence that ``line`` (a whole line, stripped) is a widget's text, or None."""
    lowered = line.lower().strip(_TRIM)
    if not lowered:
        return None
    if lowered in _lines(language):
        return _LISTED
    if _empty_label().fullmatch(line.strip()):
        return 0.85
    tokens = [token.strip(_TRIM) or token for token in _SPLIT.split(lowered) if token]
    words, heads = _words(), _heads()
    if len(tokens) < 2 or not all(token in words for token in tokens):
        return None
    # Two words are a row of two buttons ("Facebook Twitter", "Print Email"), not a heading
    # with a button's name in it ("Font size", "Email us").
    if len(tokens) == 2 and not all(token in _buttons() for token in tokens):
        return None
    return 0.85 if any(token in heads for token in tokens) else None


def _line_fix(document: Document, start: int, end: int) -> Fix:
    """Delete the line and its line break."""
    text = document.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = end + 1 if text.startswith("\n", end) else end
    if line_end == end and line_start > 0:  # the last line: take the break before it
        line_start -= 1
    return Fix((Edit(line_start, line_end, ""),), Applicability.UNSAFE, "delete the line")


@register
class WidgetResidue(Rule):
    code = "MT964"
    name = "widget-residue"
    summary = "A page widget's text left on a line of its own ('Share - WeChat', 'Tags: ,')."
    doc = """
    What it finds: a line that only a web page's widgets write: a row of share, print or
    font-size buttons ("Share - WeChat", "Font size • Large • small", "Facebook Twitter
    Email"), a player's or an image's label ("Listen to this article now", "No alt text
    provided for this image", "top of page"), a metadata label the template left empty ("Tags:
    ,"), a date line ending in a byline label with no name ("2022-06-02 0 By"), a line of camera
    file names ("IMG_0412 IMG_0413"), and a line of bare counters between a headline and the
    article ("0", "846": comments and views). The strings are data
    (resources/residue/widgets.json, per language).
    Why it matters: extraction kept the page's furniture; machine translation then carried it
    into the text a reader, a translation memory or a corpus takes as the article.
    Fix safety: unsafe: the line is deleted; a page that really is about its widgets (a help
    text) may use one of these lines on purpose.
    Known false positives: a help page that lists its buttons one per line in running prose; a
    help text's heading that is a listed line ("Print this page" above its paragraph): alone in
    the document, such a line is in the doubtful tier (0.4), as is one number line under a
    title (a year, 1900-2099, is never read as a counter);
    a one-word heading "Share" is not read (a button row needs two of its words, one of them a
    button's name, and a row of two words two buttons: "Facebook Twitter", not "Font size").
    Only prose documents are read (a list of interface strings, a PO or XLIFF file, an HTML
    file whose buttons are marked up as such are not),
    and in Markdown no heading, list item or quote."""
    examples = (
        Example(
            "Police warned residents about a new wave of telephone scams on Tuesday.\n"
            "Share - WeChat\n"
            "Officers said three people had lost money to the callers this week.",
            "Police warned residents about a new wave of telephone scams on Tuesday.\n"
            "Officers said three people had lost money to the callers this week.",
        ),
        Example(
            "Listen to this article now\n"
            "The city council approved the new budget on Monday after a long debate.",
            "The city council approved the new budget on Monday after a long debate.",
        ),
        Example(
            "The festival drew more than ten thousand visitors to the old town this year.\nTags: ,",
            "The festival drew more than ten thousand visitors to the old town this year.",
        ),
        Example(
            "Village roads repaired before the rainy season\n"
            "2024-05-12 0 By\n"
            "Workers finished repairing the main roads of the village before the rains began.",
            "Village roads repaired before the rainy season\n"
            "Workers finished repairing the main roads of the village before the rains began.",
        ),
        Example(
            "The new bridge opened to traffic on Friday morning after two years of work.\n"
            "IMG_0412 IMG_0413\n"
            "Residents gathered on both banks to watch the first cars cross it.",
            "The new bridge opened to traffic on Friday morning after two years of work.\n"
            "Residents gathered on both banks to watch the first cars cross it.",
        ),
        Example(
            "Governor visits flood victims in two districts\n0\n846\n"
            "The governor visited two districts on Sunday and handed out food to families.",
            "Governor visits flood victims in two districts\n"
            "The governor visited two districts on Sunday and handed out food to families.",
        ),
        good(
            "The festival drew more than ten thousand visitors to the old town this year.\n"
            "Tags: festival, old town, tourism"
        ),
        good("Share\nTo share a page, press the button at the top of the screen and pick an app."),
        good("Share\nPrint\nEmail\nFont size"),
        good("Font size\nThe font size of the report is twelve points, the editor said in May."),
        good(
            "Results\n2\n3\n"
            "The table above lists the results of the last two rounds of the competition."
        ),
        good(
            "To print the form, choose Print from the File menu and pick your printer.\n"
            "Print this page\n"
            "is the label of the button at the bottom of the form, the help text says."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.format not in _PROSE_FORMATS or document.units or "\n" not in document.text:
            return
        found = sorted(self._candidates(document), key=lambda item: item[0])
        if not found or not _has_prose(document):
            return
        kept = [
            (start, end, confidence, what)
            for start, end, confidence, what in found
            if not (
                _markdown_structure(document, start)
                or document.is_protected(start, end)
                or _sentence_goes_on(document.text, end)
            )
        ]
        for start, end, confidence, what in kept:
            if len(kept) == 1 and confidence == _LISTED and _heading_like(document.text, end):
                # One listed line and nothing else of a page's furniture, above a paragraph
                # that opens with a capital: a help text's heading ("Print this page") reads
                # the same, so the line waits for a second piece of evidence.
                confidence = _LONE_HEADING
            line = document.text[start:end]
            yield self.finding(
                start,
                end,
                f"page {what} '{line[:40]}' left in the text",
                fixes=(_line_fix(document, start, end),),
                confidence=confidence,
            )

    def _candidates(self, document: Document) -> Iterator[tuple[int, int, float, str]]:
        text = document.text
        language = base_language(document)
        heads = lowered_chunk_heads(document)
        if any(word in heads for word in _screen_words(language)):
            for match in line_matches(text, _line_pattern(language)):
                confidence = classify(match.group(1), language)
                if confidence is not None:
                    yield match.start(1), match.end(1), confidence, "widget"
        chunks = chunk_text(document)
        if _CAMERA_CHUNK.search(chunks):
            for match in line_matches(text, _camera_line()):
                yield match.start(1), match.end(1), 0.85, "file name"
        if _DATE_CHUNK.search(chunks) and _table_words("byline_labels") & heads:
            for match in line_matches(text, _byline_end()):
                yield match.start(1), match.end(1), 0.8, "byline label"
        yield from _counters(text)


# In the distinct chunks: a camera file name, a date of the byline line (screens before the
# line scans, which read every line break).
_CAMERA_CHUNK = re.compile(r"\n(?i:img|dsc|pxl|mvimg|vid|pano|gopr|dji)_?\d{3}")
_DATE_CHUNK = re.compile(r"\n\d{4}[-./]\d{1,2}[-./]\d{1,2}\n")


@cache
def _table_words(key: str) -> frozenset[str]:
    """The first words of a table's entries, lower case."""
    return frozenset(entry.split()[0] for entry in _table()[key])


@cache
def _screen_words(language: str) -> frozenset[str]:
    table = _table()
    firsts = {line.split()[0].rstrip(":") for line in _lines(language)}
    return frozenset(firsts | set(_heads()) | {label.split()[0] for label in table["empty_labels"]})


def _counters(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Lines of bare numbers between the first line (a headline: no final mark) and the first
    sentence of the article: a page's view, like and comment counters."""
    first_end = text.find("\n")
    headline = text[:first_end].strip()
    if (
        first_end < 0
        or len(headline.split()) < _HEADLINE_WORDS
        or headline[-1] in ".!?:;,)0123456789"
        or len(headline) > 150
    ):
        return
    position = first_end + 1
    start = position
    numbers = []
    while (match := _INTEGER_LINE.match(text, position)) and match.end() > position:
        position = match.end()
        numbers.append(match.group(1))
    if not numbers or position - start > 30 or any(map(_YEAR.fullmatch, numbers)):
        return
    line_end = text.find("\n", position)
    following = text[position : line_end if line_end >= 0 else len(text)]
    if _LINE_END_MARK.search(following) is None or following.count(" ") < _SENTENCE_WORDS - 1:
        return
    end = position - 1 if text[position - 1] == "\n" else position
    # The page's counters come in a row (views and comments); one number line alone may be a
    # title's edition or volume.
    yield start, end, _COUNTERS if len(numbers) > 1 else _ONE_COUNTER, "counter"
