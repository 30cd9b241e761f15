"""Segmentation: paragraphs, headings, sentences and tokens, all as offsets into the text.

mtlint splits sentences itself (abbreviations, initials, decimals, ellipses, quotes) so that nothing
ever reaches argostranslate's own splitter, which downloads a model on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import EllipsisType

from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.textscan import WINDOW, windows
from mtlint.checks.wrapping import wrap_width, wrapped_paragraph_spans

_TERMINAL = '.!?…:;"”’»)]'
_SENTENCE_END = ".!?…。！？"


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int  # exclusive, before the line break
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into the document's paragraphs

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_WORD_COUNT = re.compile(r"\w+")


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line's content, without its line break. Offsets only: slicing a
    50 MB text into line strings up front would copy all of it."""
    if "\r" not in text:  # the common case: str.find runs at C speed
        find = text.find
        position = 0
        while True:
            end = find("\n", position)
            if end == -1:
                yield position, len(text)
                return
            yield position, end
            position = end + 1
    position = 0
    length = len(text)
    while position < length:
        match = _LINE.match(text, position)
        if match is None or match.end() == position:
            break
        yield position, position + len(match.group().rstrip("\r\n"))
        position = match.end()


def _with_next(
    spans: Iterator[tuple[int, int]],
) -> Iterator[tuple[tuple[int, int], tuple[int, int] | None]]:
    current = next(spans, None)
    while current is not None:
        following = next(spans, None)
        yield current, following
        current = following


_NON_BLANK = re.compile(r"\S")


# A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: for a text of
# short paragraphs that was half the cost of splitting it. Setting the slots directly builds the
# same object (tests/checks/test_speed_spacing_punctuation.py compares the two).
_PARAGRAPH_SLOTS = (
    object.__new__,
    Paragraph.start.__set__,  # type: ignore[attr-defined]
    Paragraph.end.__set__,  # type: ignore[attr-defined]
    Paragraph.is_heading.__set__,  # type: ignore[attr-defined]
)

# Lines are split in batches of about this many characters: a list of line strings per batch, never
# one for the whole text.
_LINE_BATCH = 1 << 18


def _line_batches(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) spans of whole lines, about ``size`` characters each, that leave out exactly
    the line break between two spans: ``text[start:end].split("\\n")`` gives their lines."""
    length = len(text)
    start = 0
    while True:
        cut = text.find("\n", start + size) if start + size < length else -1
        if cut == -1:
            yield start, length
            return
        yield start, cut
        start = cut + 1


def split_paragraphs(
    text: str, width: int | EllipsisType | None = ..., *, ragged: bool = False
) -> list[Paragraph]:
    """Paragraphs are non-blank lines; a hard-wrapped line (long, no final punctuation) joins
    the next one. A short line without final punctuation is a heading. A hard-wrapped text (a
    README, a FAQ) has its paragraphs' lines joined as ``checks/wrapping.py`` reads them.
    ``width``: the text's ``wrap_width`` when the caller has it (a document computes it once)."""
    if width is ...:
        width = wrap_width(text)
    if width is not None:
        spans = wrapped_paragraph_spans(text, width, ragged=ragged)
        return [_make_paragraph(text, s, e) for s, e in spans]
    if "\r" in text:
        return _split_paragraphs_by_spans(text)
    # The common case, no "\r": lines come from ``str.split`` batch by batch (C speed) instead
    # of one ``str.find`` and a generator step per line. A hard-wrapped line needs no look at
    # the next line: it stays pending, and the next line flushes it when blank (as does the
    # end of the text), which is exactly when the line-by-line loop flushed it.
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    terminal = _TERMINAL
    new, set_start, set_end, set_heading = _PARAGRAPH_SLOTS
    pending_start = -1
    pending_end = 0
    for batch_start, batch_end in _line_batches(text, _LINE_BATCH):
        line_start = batch_start
        for line in text[batch_start:batch_end].split("\n"):
            line_end = line_start + len(line)
            if not line:
                if pending_start >= 0:
                    append(_make_paragraph(text, pending_start, pending_end))
                    pending_start = -1
            elif pending_start < 0 and line[-1] in terminal and not line[0].isspace():
                # Most lines of prose: final punctuation, no surrounding space, nothing
                # pending — the line is a paragraph and cannot be a heading. Built as
                # ``Paragraph(line_start, line_end, False)`` is, but slot by slot.
                paragraph = new(Paragraph)
                set_start(paragraph, line_start)
                set_end(paragraph, line_end)
                set_heading(paragraph, False)
                append(paragraph)
            else:
                stripped = line.strip()
                if not stripped:
                    if pending_start >= 0:
                        append(_make_paragraph(text, pending_start, pending_end))
                        pending_start = -1
                else:
                    if pending_start < 0:
                        pending_start = line_start + len(line) - len(line.lstrip())
                    pending_end = line_start + len(line.rstrip())
                    last = stripped[-1]
                    if len(stripped) < 60 or last in terminal or last.isdigit():  # not wrapped
                        append(_make_paragraph(text, pending_start, pending_end))
                        pending_start = -1
            line_start = line_end + 1
    if pending_start >= 0:
        append(_make_paragraph(text, pending_start, pending_end))
    return paragraphs


def _split_paragraphs_by_spans(text: str) -> list[Paragraph]:
    """``split_paragraphs`` for a text with "\\r" line breaks, line by line."""
    paragraphs: list[Paragraph] = []
    pending_start: int | None = None
    pending_end = 0
    terminal = _TERMINAL
    append = paragraphs.append
    non_blank = _NON_BLANK.search
    for (line_start, line_end), following in _with_next(_line_spans(text)):
        # Fast path, most lines of prose: no surrounding space, final punctuation, nothing
        # pending — the line is a paragraph and cannot be a heading.
        if (
            pending_start is None
            and line_end > line_start
            and text[line_end - 1] in terminal
            and not text[line_start].isspace()
        ):
            append(Paragraph(line_start, line_end, False))
            continue
        content = text[line_start:line_end]
        stripped = content.strip()
        if not stripped:
            if pending_start is not None:
                paragraphs.append(_make_paragraph(text, pending_start, pending_end))
                pending_start = None
            continue
        leading = len(content) - len(content.lstrip())
        start = line_start + leading
        end = line_start + len(content.rstrip())
        if pending_start is None:
            pending_start = start
        pending_end = end
        wrapped = (
            len(stripped) >= 60 and stripped[-1] not in _TERMINAL and not stripped[-1].isdigit()
        )
        if not wrapped or following is None or not non_blank(text, *following):
            paragraphs.append(_make_paragraph(text, pending_start, pending_end))
            pending_start = None
    if pending_start is not None:
        paragraphs.append(_make_paragraph(text, pending_start, pending_end))
    return paragraphs


def _make_paragraph(text: str, start: int, end: int) -> Paragraph:
    if start >= end or text[end - 1] in _TERMINAL:
        return Paragraph(start, end, False)
    content = text[start:end]
    # Word counting only for lines that could be headings (no final punctuation).
    heading = len(content) < 400 and 0 < len(_WORD_COUNT.findall(content)) <= 15
    return Paragraph(start, end, heading)


# A sentence may end at terminal punctuation followed by closing quotes/brackets and whitespace,
# or at CJK terminal punctuation with no space at all.
_BREAK = re.compile(r"([.!?…]+|\.\.\.)([\"”’»)\]]*)(\s+)|([。！？]+[”」』）]*)")
# Every break starts with one of these: a plain character class that the regex engine skips to
# at C speed (``_BREAK`` itself starts with an alternation, which is tried at every position).
_BREAK_FIRST = re.compile(r"[.!?…。！？]")


def _breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BREAK.finditer(text, start, end)``, with the scan for a possible start done first."""
    search = _BREAK_FIRST.search
    match_at = _BREAK.match
    position = start
    while True:
        candidate = search(text, position, end)
        if candidate is None:
            return
        at = candidate.start()
        match = match_at(text, at, end)
        if match is None:
            position = at + 1
            continue
        yield match
        position = match.end()


_NEXT_STARTS_SENTENCE = re.compile(r"[\"“‘«(\[¿¡]*[\w\d]")


def split_sentences(
    text: str, paragraphs: list[Paragraph], lang_data: object = None
) -> list[Sentence]:
    data = lang_data if isinstance(lang_data, LanguageData) else load_language_data("en")
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        for start, end in _sentence_bounds(text, paragraph.start, paragraph.end, data):
            sentences.append(Sentence(start, end, index))
    return sentences


def _sentence_bounds(
    text: str, start: int, end: int, data: LanguageData
) -> Iterator[tuple[int, int]]:
    sentence_start = start
    for match in _breaks(text, start, end):
        if match.group(4):  # CJK terminator
            cut = match.end()
            if cut < end and text[sentence_start:cut].strip():
                yield sentence_start, cut
                sentence_start = cut
            continue
        punctuation = match.group(1)
        following = text[match.end() : match.end() + 2]
        if not _NEXT_STARTS_SENTENCE.match(text, match.end(), end):
            continue
        first_char = following[:1]
        if punctuation in ("…", "...") or punctuation.endswith("…"):
            # An ellipsis ends a sentence only when the next word is capitalised.
            if not first_char.isupper():
                continue
        elif punctuation == "." and _is_abbreviation(text, sentence_start, match.start(), data):
            if not first_char.isupper() or _is_title_abbreviation(text, match.start(), data):
                continue
        elif punctuation == "." and first_char.islower() and data.cased:
            continue
        cut = match.start(3)
        if text[sentence_start:cut].strip():
            yield sentence_start, cut
        sentence_start = match.end()
    if text[sentence_start:end].strip():
        yield sentence_start, end


_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, start: int, dot: int, data: LanguageData) -> bool:
    match = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return word in data.abbreviations


_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "mt"})


def _is_title_abbreviation(text: str, dot: int, data: LanguageData) -> bool:
    """Titles (Mr., Dr.) and initials are always followed by a name, never a new sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower()
    return word in _TITLES or (len(word) == 1 and word.isalpha() and word.isupper() is False)


TOKEN = re.compile(r"\w+(?:['’\-]\w+)*")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Word tokens as (start, end) spans."""
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        yield match.span()


def word_count(text: str) -> int:
    """Words as a word processor counts them: runs of non-space characters ("re-election" is
    one). A regex over every word cost as much as a third of the rule pass on a small file.
    Window by window: one ``split`` of a 50 MB text holds ~9 million strings (~600 MB) at once."""
    if len(text) <= WINDOW:
        return len(text.split())
    return sum(len(text[start:end].split()) for start, end in windows(text))


class ParagraphIndex:
    """Fast paragraph lookup for many offsets (one bisect each) plus per-paragraph style facts."""

    def __init__(self, text: str, paragraphs: list[Paragraph]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]
        self._title_case: dict[int, bool] = {}

    def index(self, offset: int) -> int | None:
        import bisect

        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset <= self.paragraphs[i].end:
            return i
        return None

    def at(self, offset: int) -> Paragraph | None:
        i = self.index(offset)
        return None if i is None else self.paragraphs[i]

    def is_headline(self, offset: int) -> bool:
        """A heading, or a title-case line (most longer words capitalised), where capitals and
        ellipses follow headline style rather than sentence rules."""
        i = self.index(offset)
        if i is None:
            return False
        paragraph = self.paragraphs[i]
        if paragraph.is_heading:
            return True
        cached = self._title_case.get(i)
        if cached is None:
            # A title-case line that ends like a sentence is a sentence full of names.
            line = self.text[paragraph.start : paragraph.end]
            cached = line[-1:] not in ".!?…" and is_title_case(line)
            self._title_case[i] = cached
        return cached


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def is_title_case(line: str) -> bool:
    words = _LONG_WORD.findall(line[:2000])
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6
