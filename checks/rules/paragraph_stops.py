"""A paragraph of running prose that lost its final full stop (MT249): the engine or the page
scraper dropped the mark, and the next paragraph opens as if it were there ("…to provide
everything needed in this field⏎For his part, the ambassador …", an invented example).

Read with the page-residue family's model of the page (``checks/proseblocks.py``): the same
blocks (a hard-wrapped text by its wrapped paragraphs, other text line by line), only in a
document whose paragraphs mostly end with a mark. MT962 takes an open block when the next one
goes on in lower case, MT963 when it stops on a comma or a word no sentence ends on; this rule
reads the rest with the page's structure, so that a heading, a caption, a byline, a list or a
credit line does not fire: a block of twelve words or more, a paragraph of its own, the only
open one of the page, not its first block (see below), with a paragraph ending on a mark after
it (and before it, unless the block holds sentences of its own), not Title Case, not a heading
repeated in the lead, not a line of a run of open lines, ending on a plain word. The page's
first block (or an excerpt's first of two) is read on stronger evidence ("first" band): twenty
words or more, a long sentence with commas or a paragraph of sentences, the page's only open
paragraph, and a next paragraph that opens a sentence, ends with a mark and does not restate
it. A paragraph that ends on a quotation's attribution ("…from now on,” the minister said") is
read in its own band, and the page's last block only as a paragraph of sentences (h29ends).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.proseblocks import (
    Block,
    Blocks,
    block_continues_lower,
    block_ends_sentence,
    block_is_prose,
    block_open_word,
    prose_blocks,
    residue_label,
    two_blocks,
    unended_blocks,
)
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, language_data
from mtlint.checks.typography import word_set

# A page's first block (h27stops): a title, a dek or a lead-in as often as a paragraph that lost
# its stop, so only a long sentence with commas or a paragraph of sentences is read, with a
# body paragraph after it that ends with a mark and does not restate it (a dek is restated).
# Measured on the labelled pools, the store's dev sets (529 texts of two lines or more), the
# clean pools and translators' files: 1 right, 0 wrong (BENCHMARKS.md, "h27stops"); pooled as
# below, (1 + 3) / (1 + 10) = 0.36, rounded down: doubtful, like the other bands.
FIRST_CONFIDENCE = 0.35
# Each band's confidence: its precision on the tuning pages (stops-real-ml, realmt-en13) and the
# false-alarm scan (bench/eval_stops.py --scan: the store's texts and real files, 4,561
# documentation pages, 390 treebank documents; BENCHMARKS.md, "h19stop"), too few to stand
# alone, so each band carries the pooled estimate (R + 10 p) / (N + 10), rounded down to 0.05,
# p the rule's pooled rate 3/10: a long one-sentence paragraph with commas 1 of 1, a shorter
# one 1 of 4 (a pull quote, a poem's line, a recipe's tip wrong), one before a quotation 1 of 3
# (a speaker's lead-in wrong twice), a paragraph of sentences 0 of 2 (two treebank headings
# run into a paragraph), one ending on a name none. None reaches the bar (0.5): the rule shows
# with --min-confidence 0.2 or --show-doubtful only.
# A paragraph that ends on a quotation's attribution ("…from now on,” the minister said"): a
# clause that closes its sentence, so the open end is the lost mark itself, not a heading's
# (h29ends). Headlines attribute too ("'We will win,' says minister"), but in fewer than twelve
# words; see BENCHMARKS.md "h29ends" for the pages read. Doubtful: measured on too few.
ATTRIBUTION_CONFIDENCE = 0.4
# The page's last block, read only as a paragraph of sentences whose last lost its mark ("I was
# there. The firemen enjoyed it. Show your joy for next year's festival"): a page's foot is
# credits and links, a short last sentence; pooled like the other bands.
LAST_CONFIDENCE = 0.25
BANDS = {
    "long": 0.35,
    "quoted": 0.3,
    "capital": 0.3,
    "plain": 0.25,
    "sentences": 0.25,
    "first": FIRST_CONFIDENCE,
    "attribution": ATTRIBUTION_CONFIDENCE,
    "last": LAST_CONFIDENCE,
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A quotation closed near the block's end and attributed after it: the closing mark, then one
# to five words, one of them the language's attribution verb ("…from now on,” the minister
# said"; resources/typography ``attribution_words``). Group 1 the words.
_ATTRIBUTED = re.compile(r"[”\"’»]\s+((?:[^\W\d_]+(?:['’.-][^\W\d_]+)*\s+){0,4}[^\W\d_]+)$")
# The block's last token: a plain word, closing quotation marks after it allowed (no digit,
# bracket, URL, e-mail address, hashtag or emoji: those end labels, captions and links).
_LAST_TOKEN = re.compile(r"[\"'“‘«„]?([^\W\d_]+(?:['’-][^\W\d_]+)*)([\"'”’»“]*)$")
# A sentence that ends inside the block and another that starts after it.
# A stop glued to the next sentence's capital ("…possible.Floor leader") ends one too.
_INNER_END = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’»)]*(?:\s+[\"'“‘«„(]?|(?=[^\W\d_]))([^\W\d_])")
# A quotation's or a photo's credit after a dash at the block's end ("… — Rick Santorum").
_CREDIT = re.compile(r"\s(?:[—–]|--?)\s*(?:\S+\s+){0,4}\S+$")
# A Title Case heading: this share of its longer words capitalised. A block's last sentence
# after sentences of its own is Title Case only from the higher share: a sentence full of names
# ("…also visited Agats City, the capital city of Asmat Regency, Papua", 9 of 14) still holds
# the lower-case words of a sentence (h29ends).
_TITLE_SHARE = 0.5
_LAST_SENTENCE_TITLE_SHARE = 0.75
_LONG_WORD = 4
# How far the body is looked for on either side of the block.
_REACH = 4
_SENTENCE_WORDS = 4
_OPENING_QUOTES = frozenset("\"'“‘«„‚»")
# How much of a block's end is read for an attribution (a closing mark and five words).
_ATTRIBUTION_TAIL = 80
_LONG_BLOCK = 20
_ONE_LINE_PARAGRAPH = 100
_LINE_PARAGRAPH_SHARE = 0.75
# A paragraph of prose: at least this many words (a line of speech or a label is shorter).
_MIN_WORDS = 12
# A block's last sentence is a sentence from this many words on (one ending on a capital,
# a name, from the second).
_MIN_LAST_SENTENCE = 6
_MIN_CAPITAL_SENTENCE = 8


@cache
def _marks_table(language: str) -> dict:
    table = resource_json("typography", "final_marks.json")
    return {**table["default"], **table.get(language, {})}


class Reading(NamedTuple):
    band: str
    word_end: int  # where the last word ends (the fix goes here or after the closers)
    closers: str


def _title_case(words: list[str], share: float = _TITLE_SHARE) -> bool:
    long_words = [word for word in words[1:] if len(word) >= _LONG_WORD]
    if not long_words:
        return True
    capitals = sum(word[0].isupper() for word in long_words)
    return capitals >= share * len(long_words)


def read_block(line: str, marks: str, nouns_capitalised: bool = False) -> Reading | None:
    """How a block that ends without a mark reads: None for a heading, a label, a caption or
    a credit, else its band. In a language that capitalises its nouns (German) a capital
    neither ends a heading nor makes one Title Case, so only a block with sentences inside it
    is read there."""
    stripped = line.rstrip()
    if not stripped or stripped[-1] in marks:
        return None
    token = _LAST_TOKEN.fullmatch(stripped, stripped.rfind(" ") + 1)
    if token is None:
        return None
    words = _WORD.findall(stripped)
    if len(words) < _MIN_WORDS or _CREDIT.search(stripped):
        return None
    end = len(stripped) - len(token.group(2))
    inner = _last_inner_end(stripped)
    lower = token.group(1)[0].islower()
    if nouns_capitalised:
        band = None if inner is None else _last_sentence_band(stripped[inner:], True, "")
    elif inner is not None:
        # Sentences of the block's own: its last sentence is read, not the whole block's
        # capitals (a paragraph full of names is no Title Case heading; h29ends).
        band = _last_sentence_band(stripped[inner:], lower, token.group(2))
    elif _title_case(words):
        band = None
    elif len(words) >= _LONG_BLOCK and "," in stripped:
        band = "long"
    else:
        band = "plain" if lower else None
    return Reading(band, end, token.group(2)) if band else None


def attributed(line: str, verbs: frozenset[str]) -> bool:
    """The block ends on a quotation's attribution: a closing quotation mark, then up to five
    words holding one of ``verbs`` ("…,” the minister said", "…," said Ahmed Ali)."""
    tail = line.rstrip()[-_ATTRIBUTION_TAIL:]
    match = _ATTRIBUTED.search(tail)
    return match is not None and any(word.lower() in verbs for word in match.group(1).split())


def _last_inner_end(line: str) -> int | None:
    """Where the block's last sentence starts, when a sentence ends inside it."""
    start = None
    for match in _INNER_END.finditer(line):
        if match.group(1).isupper():
            start = match.start(1)
    return start


def _last_sentence_band(last_sentence: str, lower: bool, closers: str) -> str | None:
    """A block's last sentence is read as one when it is long enough: a short one is a
    heading or a credit run into the paragraph ("Photo: Reuters", "Valeska Paris"). One that
    ends on a capitalised word (a name: "…relations among Lebanon, Syria and Iraq") must be
    longer still, hold no colon ("Image credit: …") and not end on a quoted title."""
    words = _WORD.findall(last_sentence)
    if lower:
        return "sentences" if len(words) >= _MIN_LAST_SENTENCE else None
    if ":" in last_sentence or closers or len(words) < _MIN_CAPITAL_SENTENCE:
        return None
    return None if _title_case(words, _LAST_SENTENCE_TITLE_SHARE) else "capital"


def _ends(document: Document, block: Block) -> bool:
    text = document.text
    return len(text[block.start : block.end].split()) >= _SENTENCE_WORDS and block_ends_sentence(
        text, block.start, block.end
    )


def _in_body(document: Document, index: int, band: str) -> bool:
    """A block of sentences that end with a mark stands after the block, and (for a block of
    one sentence) before it: the head of a page (title, dek, byline) and its foot (credits,
    links) are read as none. The first block of a page is its title."""
    blocks = prose_blocks(document)
    if blocks is None or index == 0:
        return False
    after = range(index + 1, min(len(blocks), index + 1 + _REACH))
    if not any(_ends(document, blocks[i]) for i in after):
        return False
    before = range(index - 1, max(-1, index - 1 - _REACH), -1)
    return band == "sentences" or any(_ends(document, blocks[i]) for i in before)


def _repeated(document: Document, index: int, line: str) -> bool:
    """A heading repeated in the lead: its words open (or make up) a neighbouring block."""
    blocks = prose_blocks(document)
    if blocks is None:
        return False
    text = document.text
    head = line.strip()
    for i in range(max(0, index - _REACH), min(len(blocks), index + 1 + _REACH)):
        if i != index and text.startswith(head, blocks[i].start):
            return True
    return False


def _opening(document: Document, block: Block) -> str | None:
    """How a block opens a new sentence: "plain" with a capitalised word, "quoted" with an
    opening quotation mark before it (the block before may introduce the quotation, as a
    speaker's lead-in does), None when it opens none."""
    text = document.text
    first = _WORD.search(text, block.start, block.end)
    if first is None or not first.group()[0].isupper():
        return None
    if len(text[block.start : block.end].split()) < _SENTENCE_WORDS:
        return None
    lead = text[block.start : first.start()].strip()
    if not lead:
        return "plain"
    return "quoted" if lead in _OPENING_QUOTES else None


def _fix(reading: Reading, block: Block, table: dict) -> Fix:
    stop = table["stop"]
    inside = reading.closers and table.get("stop_inside_quotes")
    at = block.start + reading.word_end + (0 if inside else len(reading.closers))
    return Fix((Edit(at, at, stop),), Applicability.UNSAFE, f"end the paragraph with '{stop}'")


@register
class ParagraphLostStop(Rule):
    code = "MT249"
    name = "paragraph-lost-stop"
    summary = "A paragraph of prose ends with no full stop and the next opens a new sentence."
    severity = Severity.WARNING
    doc = """
    What it finds: a paragraph of prose (twelve words or more, not Title Case) inside the body
    of a page whose other paragraphs all end with a mark, that ends on a plain word (German:
    any word after sentences of its own) with no final mark, while the next paragraph opens
    a new sentence with a capital ("…provide everything needed in this field" / "For his
    part, …"). A page with a second such paragraph is not read: it writes them on purpose.
    Why it matters: the engine or the page's scraper dropped the mark; the reader, a
    segmenter and a translation memory see one sentence running into the next paragraph.
    Fix safety: unsafe: the language's full stop (resources/typography/final_marks.json;
    inside a closing quotation mark in English, after it elsewhere); the paragraph may be a
    heading or a caption after all.
    Known false positives: a pull quote, a line of a poem or a speech, a tip in a recipe, a
    speaker's lead-in to a quotation, a long dek that the lead does not restate. The page's
    first block (or an excerpt's first of two) is read only from twenty words with commas or
    sentences inside, before a paragraph that ends with a mark and does not repeat most of its
    words (a title, a byline, a dek: quiet); a first block whose last sentence ends on a name is
    read when that sentence is no Title Case (three quarters of its longer words capitalised).
    The page's last block (credits, links) is read only as a paragraph of sentences whose last
    (six words or more, ending on a lower-case word) or attribution lost its mark, after two
    blocks that end with one. Not read: headings repeated in the lead, lines of a list or of
    verse (a neighbour that also ends open), captions and credits ("Photo: …", "— Name"), lines
    ending on a digit, a bracket, a URL or an emoji, hard-wrapped lines, subtitles, PO/XLIFF
    units, and scripts whose own marks end the paragraph (。 । ۔ ؟). Bands, all doubtful
    (measured on too few real pages): a long sentence with commas 0.35, before a quotation 0.3,
    ending on a name 0.3, a shorter sentence 0.25, a paragraph of sentences 0.25, a page's first
    block 0.35, a paragraph ending on a quotation's attribution ("…from now on,” the minister
    said") 0.4, the page's last block 0.25. The span reaches the line break where the mark
    belongs.
    """
    examples = (
        Example(
            "Talks on trade\n\nThe two ministers met in the capital on Monday. They agreed to "
            "open new flights and to provide everything needed in this field\n\n"
            "For his part, the ambassador thanked the government for its support.\n\n"
            "The next round of talks will be held in May.",
            "Talks on trade\n\nThe two ministers met in the capital on Monday. They agreed to "
            "open new flights and to provide everything needed in this field.\n\n"
            "For his part, the ambassador thanked the government for its support.\n\n"
            "The next round of talks will be held in May.",
        ),
        Example(
            "Gespräche über Handel\n\nDie beiden Minister trafen sich am Montag. Sie einigten "
            "sich darauf, neue Flüge zu öffnen und den Handel zu stärken\n\n"
            "Der Botschafter dankte der Regierung für ihre Unterstützung.\n\n"
            "Die nächste Runde findet im Mai statt.",
            "Gespräche über Handel\n\nDie beiden Minister trafen sich am Montag. Sie einigten "
            "sich darauf, neue Flüge zu öffnen und den Handel zu stärken.\n\n"
            "Der Botschafter dankte der Regierung für ihre Unterstützung.\n\n"
            "Die nächste Runde findet im Mai statt.",
            "de",
        ),
        good(
            "The two ministers met in the capital on Monday and agreed to open new flights.\n\n"
            "New Flights Between The Two Capitals Will Open In The Spring Season\n\n"
            "The ambassador thanked the government for its support.\n\nTalks go on in May."
        ),
        good(
            "The two ministers met in the capital on Monday and agreed to open new flights.\n\n"
            "The minister of foreign affairs speaks to reporters after the talks (Photo: AFP)\n\n"
            "The ambassador thanked the government for its support.\n\nTalks go on in May."
        ),
        good(
            "The two ministers met in the capital on Monday. They agreed to open new flights "
            "and to visit each other soon 🙂\n\n"
            "The ambassador thanked the government for its support.\n\nTalks go on in May."
        ),
        # A title that ends on a name (a first block of two sentences ending so is a
        # paragraph that lost its stop, h29ends: "…between the two capitals in May").
        good(
            "Two ministers agree to open new flights between the two capitals in May\n\n"
            "The ambassador thanked the government for its support.\n\nTalks go on in May."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        table = _marks_table(language)
        verbs = word_set(language_data(document), "attribution_words")
        first = _first_block(document, language, table["marks"], verbs)
        if first is not None:
            yield self._finding(document, *first, table)
        last = _last_block(document, language, table["marks"], verbs)
        if last is not None:
            yield self._finding(document, *last, table)
        indices = unended_blocks(document)
        blocks = prose_blocks(document)
        if not indices or blocks is None:
            return
        nouns_capitalised = casing_data(language).nouns_capitalised
        text = document.text
        lines_are_paragraphs = _lines_are_paragraphs(blocks)
        unended = frozenset(indices)
        if _open_paragraphs(document, blocks, indices) > 1:
            return
        for index in indices:
            before, after = blocks[index], blocks[index + 1]
            line = text[before.start : before.end]
            if len(line.split()) < _MIN_WORDS or not _paragraph(before, line, lines_are_paragraphs):
                continue
            reading = read_block(line, table["marks"], nouns_capitalised)
            if reading is None or block_open_word(line, language) is not None:
                continue
            if _in_open_run(document, blocks, index, unended):
                continue
            opening = _next_opens(document, after, language)
            if opening is None or not block_is_prose(document, before):
                continue
            if opening == "quoted":
                reading = reading._replace(band="quoted")
            if attributed(line, verbs):
                reading = reading._replace(band="attribution")
            if not _in_body(document, index, reading.band) or _repeated(document, index, line):
                continue
            yield self._finding(document, before, reading, table)

    def _finding(self, document: Document, before: Block, reading: Reading, table: dict) -> Finding:
        text = document.text
        line = text[before.start : before.end]
        last = list(_WORD.finditer(line, max(0, reading.word_end - 60), reading.word_end))
        span_start = before.start + (last[-1].start() if last else reading.word_end - 1)
        end = before.start + reading.word_end + len(reading.closers)
        # The span reaches the line break where the mark belongs: the artefact is the gap
        # between the last word and the break, and readers point at either (h29ends).
        end += text.startswith("\n", end)
        message = (
            "the paragraph ends with no full stop and the next one starts a new sentence"
            if text[end:].strip()
            else "the text's last paragraph ends with no full stop (its other sentences do)"
        )
        return self.finding(
            span_start,
            end,
            message,
            fixes=(_fix(reading, before, table),) if table["stop"] else (),
            confidence=BANDS[reading.band],
            data=(("band", reading.band),),
        )


def _open_paragraphs(document: Document, blocks: Blocks, indices: list[int]) -> int:
    """How many paragraphs of a prose length inside the page (its first and last blocks left
    out) end without a mark. A page that lost one final mark has one; a page with more writes
    such paragraphs on purpose (pull quotes, captions, verse, a speech's lines, list entries),
    or lost its marks everywhere, which no single paragraph's reading can tell apart."""
    text = document.text
    count = 0
    for index in indices:
        block = blocks[index]
        if index and len(text[block.start : block.end].split()) >= _MIN_WORDS:
            count += 1
            if count > 1:
                break
    return count


def _in_open_run(document: Document, blocks: Blocks, index: int, unended: frozenset[int]) -> bool:
    """The block before or after it is also one sentence that ends without a mark (a list of
    objectives, places or captions, verse, a run of headings): the page writes such lines
    without marks. A neighbour of several sentences that lost its mark too is no such line."""
    text = document.text
    for near in (index - 1, index + 1):
        if near < 0 or near >= len(blocks) or (near not in unended and near != len(blocks) - 1):
            continue
        block = blocks[near]
        line = text[block.start : block.end]
        if len(line.split()) < _SENTENCE_WORDS or block_ends_sentence(text, block.start, block.end):
            continue
        if _last_inner_end(line.rstrip()) is None:
            return True
    return False


def _lines_are_paragraphs(blocks: Blocks) -> bool:
    """A text read line by line (not hard-wrapped) whose lines of a sentence's length nearly
    all end with a mark: each line is a paragraph, however short (extracted pages)."""
    return blocks.prose is None and blocks.ended >= _LINE_PARAGRAPH_SHARE * blocks.sentences


def _paragraph(block: Block, line: str, lines_are_paragraphs: bool) -> bool:
    """A block that is a paragraph of its own, not a line of a wrapped one."""
    return (
        block.blank_after
        or lines_are_paragraphs
        or ("\n" not in line and len(line) > _ONE_LINE_PARAGRAPH)
    )


def _next_opens(document: Document, after: Block, language: str) -> str | None:
    """How the next block opens a new sentence (``_opening``), when it is prose (not a list
    item, a label or the lower-case rest of a split sentence)."""
    if block_continues_lower(document, after) or not block_is_prose(document, after):
        return None
    if residue_label(document.text[after.start : after.end], language):
        return None
    return _opening(document, after)


# A page's first block is read from this many words on (a title or a byline is shorter).
_FIRST_WORDS = 20
# The next block restates the first (a dek or a title before the lead) when it holds this
# share of the first block's longer words.
_RESTATED_SHARE = 0.5


def _first_block(
    document: Document, language: str, marks: str, verbs: frozenset[str]
) -> tuple[Block, Reading] | None:
    """The page's first block (or an excerpt's first of two), when it reads as a paragraph
    that lost its stop: twenty words or more, a long sentence with commas or a paragraph of
    sentences ending on a plain word (or, after sentences of its own, on a name in a sentence
    that is no Title Case), the only open paragraph of the page, and a paragraph after it that
    opens a sentence, ends with a mark and does not restate it. One that ends on a quotation's
    attribution is read in that band."""
    blocks = prose_blocks(document)
    if blocks is not None:
        indices = unended_blocks(document)
        if not indices or indices[0] != 0 or _open_paragraphs(document, blocks, indices) > 0:
            return None
    else:
        blocks = two_blocks(document)
        if blocks is None:
            return None
    text = document.text
    first, after = blocks[0], blocks[1]
    line = text[first.start : first.end]
    if len(line.split()) < _FIRST_WORDS or block_ends_sentence(text, first.start, first.end):
        return None
    if casing_data(language).nouns_capitalised or not block_is_prose(document, first):
        return None
    reading = read_block(line, marks)
    if reading is None or reading.band not in ("long", "sentences", "capital"):
        return None
    if block_open_word(line, language) is not None or not _ends(document, after):
        return None
    if _next_opens(document, after, language) is None:
        return None
    band = "attribution" if attributed(line, verbs) else "first"
    return (
        None
        if _restated(line, text[after.start : after.end])
        else (first, reading._replace(band=band))
    )


# Blocks before the page's last one that must end with a mark for it to be read.
_LAST_ENDED_BEFORE = 2


def _last_block(
    document: Document, language: str, marks: str, verbs: frozenset[str]
) -> tuple[Block, Reading] | None:
    """The page's last block, when it is a paragraph of its own whose earlier sentences end
    with a mark and whose last sentence (six words or more, ending on a lower-case word) or
    quotation's attribution does not: the page's only open paragraph, after two blocks that
    end with a mark. A page's foot of credits and links ends on names, short lines and labels,
    which the reading leaves out; a list's or a verse's last line follows open lines."""
    blocks = prose_blocks(document)
    if blocks is None or unended_blocks(document):
        return None
    index = len(blocks) - 1
    last = blocks[index]
    text = document.text
    line = text[last.start : last.end]
    if len(line.split()) < _MIN_WORDS or block_ends_sentence(text, last.start, last.end):
        return None
    if casing_data(language).nouns_capitalised or not block_is_prose(document, last):
        return None
    if not _paragraph(last._replace(blank_after=True), line, _lines_are_paragraphs(blocks)):
        return None
    reading = read_block(line, marks)
    band = "attribution" if reading is not None and attributed(line, verbs) else None
    if reading is None or (band is None and reading.band != "sentences"):
        return None
    if block_open_word(line, language) is not None or residue_label(line, language):
        return None
    before = range(index - 1, max(-1, index - 1 - _LAST_ENDED_BEFORE), -1)
    if len(before) < _LAST_ENDED_BEFORE or not all(_ends(document, blocks[i]) for i in before):
        return None
    return last, reading._replace(band=band or "last")


def _restated(line: str, after: str) -> bool:
    """The next block repeats most of the block's longer words: a dek or a title that the
    lead restates, not a paragraph of its own."""
    words = {word.lower() for word in _WORD.findall(line) if len(word) >= _LONG_WORD}
    if not words:
        return False
    later = {word.lower() for word in _WORD.findall(after)}
    return len(words & later) >= _RESTATED_SHARE * len(words)
