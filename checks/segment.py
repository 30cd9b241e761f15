"""Segmentation: paragraphs, headings, sentences and tokens, all as offsets into the text.

mtlint splits sentences itself (abbreviations, initials, decimals, ellipses, quotes) so that nothing
ever reaches argostranslate's own splitter, which downloads a model on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checks.langdata import LanguageData, load_language_data

_TERMINAL = ".!?…:;\"”’»)]"
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


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are non-blank lines; a hard-wrapped line (long, no final punctuation) joins
    the next one. A short line without final punctuation is a heading."""
    paragraphs: list[Paragraph] = []
    pending_start: int | None = None
    pending_end = 0
    position = 0
    length = len(text)
    while position < length:
        match = _LINE.match(text, position)
        if match is None or match.end() == position:
            break
        line_start = position
        line = match.group()
        position = match.end()
        content = line.rstrip("\r\n")
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
        wrapped = len(stripped) >= 60 and stripped[-1] not in _TERMINAL and not stripped[-1].isdigit()
        next_match = _LINE.match(text, position) if position < length else None
        next_blank = next_match is None or not next_match.group().strip()
        if not wrapped or next_blank:
            paragraphs.append(_make_paragraph(text, pending_start, pending_end))
            pending_start = None
    if pending_start is not None:
        paragraphs.append(_make_paragraph(text, pending_start, pending_end))
    return paragraphs


def _make_paragraph(text: str, start: int, end: int) -> Paragraph:
    content = text[start:end]
    words = len(_WORD_COUNT.findall(content))
    heading = bool(content) and content[-1] not in _TERMINAL and 0 < words <= 15
    return Paragraph(start, end, heading)


# A sentence may end at terminal punctuation followed by closing quotes/brackets and whitespace,
# or at CJK terminal punctuation with no space at all.
_BREAK = re.compile(r"([.!?…]+|\.\.\.)([\"”’»)\]]*)(\s+)|([。！？]+[”」』）]*)")
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
    for match in _BREAK.finditer(text, start, end):
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
    return len(_WORD_COUNT.findall(text))
