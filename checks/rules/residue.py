"""Page residue inside the text: lines of the web page (an advertising slot, a "Read also" link,
a subscription call) that extraction or machine translation left inside an article, and the
paragraph breaks such a page leaves in the middle of a sentence.

Prose is read block by block (``checks/proseblocks.py``, shared with MT249): a hard-wrapped
text by its wrapped paragraphs, any other text line by line; only prose formats. The labels and
the words that never end a sentence are data (resources/residue/residue.json), per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.proseblocks import (
    MAX_LABEL_LINE,
    PROSE_FORMATS,
    PROSE_WORD,
    Block,
    Blocks,
    block_continues_lower,
    block_is_prose,
    block_open_word,
    open_block,
    open_pairs,
    prose_blocks,
    residue_label,
    residue_markers,
)
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text
from mtlint.checks.wordlists import zipf

# A lower-case word that continues a clause is a word of the language (Zipf), not a name.
_MIN_CONTINUATION_ZIPF = 2.5


def _join(document: Document, before: Block, after: Block, description: str) -> Fix:
    return Fix((Edit(before.end, after.start, " "),), Applicability.UNSAFE, description)


_DOC_COMMON = """
    Not read: subtitles, PO, CSV and TMX (their units split sentences by design), Markdown
    lists, tables, code and quotes, and texts whose long paragraphs mostly end without final
    punctuation (notes, lists, verse). A hard-wrapped text is read by its wrapped paragraphs;
    in other text a single line break counts only after a line longer than any fill column
    (one paragraph per line, as extracted pages are).
"""


@register
class ResidueLine(Rule):
    code = "MT961"
    name = "page-residue-line"
    summary = "A web-page line ('Advertisement', 'Read also: …') left inside the article."
    severity = Severity.WARNING
    doc = (
        """
    What it finds: a line that is a page label (an advertising slot, "Read also: <headline>",
    "Related", "Subscribe", "Continue reading", per language in resources/residue) standing
    between two halves of one sentence: the block before it ends without final punctuation and
    the block after it starts in lower case, or ends on a word no sentence ends on. Ad-plugin
    slot markers ("[ad_1]") are flagged wherever they stand.
    Why it matters: the reader meets a menu item in the middle of a sentence; a translation
    memory or a corpus built from the page keeps a broken sentence.
    Fix safety: unsafe: the label line is deleted and the two halves joined with a space; the
    line may have been a real heading.
    Known false positives: a one-word heading that is also a label ("Related") between a
    paragraph cut on purpose and a lower-case list; page labels between complete paragraphs are
    left alone (they are page structure, not a broken sentence)."""
        + _DOC_COMMON
    )
    examples = (
        Example(
            "The minister said the new rules would take effect next month and that the\n\n"
            "Advertisement\n\n"
            "government would review them after a year.\n\nOfficials declined to comment.",
            "The minister said the new rules would take effect next month and that the "
            "government would review them after a year.\n\nOfficials declined to comment.",
        ),
        Example(
            "Der Minister sagte, die neuen Regeln würden im kommenden Monat in Kraft treten und\n\n"
            "Lesen Sie auch: Streit um das Haushaltsgesetz\n\n"
            "die Regierung werde sie nach einem Jahr prüfen.\n\nDas Amt schwieg dazu.",
            "Der Minister sagte, die neuen Regeln würden im kommenden Monat in Kraft treten und "
            "die Regierung werde sie nach einem Jahr prüfen.\n\nDas Amt schwieg dazu.",
            "de",
        ),
        good(
            "The minister said the new rules would take effect next month.\n\n"
            "Read also: Budget dispute goes on\n\n"
            "The government will review them after a year, he added.\n\nNo more was said."
        ),
        good(
            "Related\n\nThe minister said the new rules would take effect next month.\n\n"
            "Advertisement\n\nThe government will review them after a year.\n\nNo comment."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        language = base_language(document)
        if document.format in PROSE_FORMATS and not document.units:
            yield from self._markers(document)
        blocks = prose_blocks(document)
        if blocks is None:
            return
        starts, ends = blocks.starts, blocks.ends
        for index in range(1, len(blocks) - 1):
            if ends[index] - starts[index] > MAX_LABEL_LINE:
                continue
            line = text[starts[index] : ends[index]]
            if not residue_label(line, language):
                continue
            label = blocks[index]
            before, after = blocks[index - 1], blocks[index + 1]
            if not open_block(document, Block(before.start, before.end, True)):
                continue
            lower = block_continues_lower(document, after)
            if not lower and block_open_word(text[before.start : before.end], language) is None:
                continue
            yield self.finding(
                label.start,
                label.end,
                f"page residue '{line.strip()[:40]}' interrupts a sentence",
                fixes=(_join(document, before, after, "delete the line, join the sentence"),),
                confidence=0.85 if lower else 0.75,
            )

    def _markers(self, document: Document) -> Iterator[Finding]:
        text = document.text
        # Both marks hold no whitespace: the distinct chunks hold them when the text does
        # (a search of a few percent of the text, not two of all of it).
        chunks = chunk_text(document)
        if "[ad" not in chunks and "adsbygoogle" not in chunks:
            return
        for match in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text, re.MULTILINE):
            if match.group(1).lower() in residue_markers():
                end = match.end() + 1 if text.startswith("\n", match.end()) else match.end()
                fix = Fix((Edit(match.start(), end, ""),), Applicability.UNSAFE, "delete it")
                yield self.finding(
                    match.start(1),
                    match.end(1),
                    f"page residue '{match.group(1)[:40]}' (an ad-plugin slot)",
                    fixes=(fix,),
                    confidence=0.9,
                )


@register
class SentenceSplitAcrossParagraphs(Rule):
    code = "MT962"
    name = "sentence-split-across-paragraphs"
    summary = "A sentence broken across two paragraphs (the second starts in lower case)."
    severity = Severity.WARNING
    doc = (
        """
    What it finds: a paragraph of eight words or more that ends without final punctuation,
    followed by a paragraph that starts with a lower-case word and so goes on with the clause
    ("benefit the country's" / "economy.").
    Why it matters: extraction and MT pipelines cut sentences at page elements (an image, an
    ad slot) and keep the cut; the reader and every sentence-level tool see two fragments.
    Fix safety: unsafe: the two paragraphs are joined with a space.
    Known false positives: a paragraph that deliberately leads into a lower-case list or
    example without a colon; verse with long lines inside an otherwise punctuated text."""
        + _DOC_COMMON
    )
    examples = (
        Example(
            "The minister said the government is focused on projects that will benefit the "
            "country's\n\neconomy.\n\nHe left for Lahore on Monday.\n\nThe talks will go on.",
            "The minister said the government is focused on projects that will benefit the "
            "country's economy.\n\nHe left for Lahore on Monday.\n\nThe talks will go on.",
        ),
        good(
            "Install the package with the following command and then restart the service\n\n"
            "- pip install mtlint\n\nThat is all you need.\n\nIt works."
        ),
        good(
            "Prime Minister Announces New Measures To Support Farmers In The Region\n\n"
            "iPhone sales rose in the third quarter, the company said.\n\nShares rose.\n\n"
            "Analysts expected it."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        blocks = prose_blocks(document)
        if blocks is None:
            return
        text = document.text
        for before, after in open_pairs(document, blocks):
            if not block_continues_lower(document, after):
                continue
            if residue_label(text[after.start : after.end], base_language(document)):
                continue
            first = PROSE_WORD.match(text, after.start)
            assert first is not None
            if _looks_like_name(first.group(), base_language(document)):
                continue
            yield self.finding(
                before.end,
                first.end(),
                f"the sentence goes on in the next paragraph ('{first.group()}')",
                fixes=(_join(document, before, after, "join the two paragraphs"),),
                confidence=0.8,
            )


def _looks_like_name(word: str, language: str) -> bool:
    """A lower-case brand, command or handle written that way on purpose (iPhone, eBay, yq): a
    capital inside, or a word the language hardly knows. A clause goes on with common words."""
    return any(ch.isupper() for ch in word[1:]) or zipf(word, language) < _MIN_CONTINUATION_ZIPF


@register
class ParagraphCutOff(Rule):
    code = "MT963"
    name = "paragraph-cut-off"
    summary = "A paragraph ends on a comma or a word no sentence ends on ('and', 'the')."
    severity = Severity.WARNING
    doc = (
        """
    What it finds: a paragraph of eight words or more that ends without final punctuation on a
    comma or on a word that never ends a sentence (articles, coordinating conjunctions, "of";
    per language in resources/residue), followed by a paragraph that starts a new sentence
    ("in any country in the world, and" / "It was the reason …").
    Why it matters: the end of the sentence was lost, or a paragraph break was put inside it;
    either way the text no longer reads as a sentence.
    Fix safety: no fix: whether words are missing or only the break is wrong needs a reader.
    Known false positives: a deliberately unfinished line (a teaser before a link) in page
    text; lines of verse."""
        + _DOC_COMMON
    )
    examples = (
        Example(
            "He said that a strong infrastructure was necessary for development in any "
            "country in the world, and\n\nIt was the reason the government built roads.\n\n"
            "The plan was approved.",
            "He said that a strong infrastructure was necessary for development in any "
            "country in the world, and\n\nIt was the reason the government built roads.\n\n"
            "The plan was approved.",
        ),
        good(
            "He said that a strong infrastructure was necessary for development in any "
            "country in the world, and the plan was approved.\n\nIt was the reason.\n\nNo more."
        ),
        good("Rock and Roll\n\nThe band played on Monday.\n\nIt rained. The crowd stayed."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        blocks = prose_blocks(document)
        if blocks is None:
            return
        text = document.text
        language = base_language(document)
        for before, after in open_pairs(document, blocks):
            if block_continues_lower(document, after):
                continue
            first = PROSE_WORD.match(text, after.start)
            if first is None or not block_is_prose(document, after):
                continue
            if residue_label(text[after.start : after.end], language):
                continue
            word = block_open_word(text[before.start : before.end], language)
            if word is None:
                continue
            yield self.finding(
                before.end - len(word),
                before.end,
                f"the paragraph stops on '{word}' and the next one starts a new sentence",
                confidence=0.75,
            )


def residue_blocks(document: Document) -> Blocks | None:
    """The prose blocks this family reads (for MT249, benchmarks and tests)."""
    return prose_blocks(document)
