"""Language: a web page's widgets flattened into the text beside the translated article: share
buttons whose icon label and text label both survive ("FacebookFacebookTwitterTwitter", MT518)
and an empty Markdown image a converter left ("![]() Prime Minister …", MT519)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import chunk_text, looks_technical, scan_marks

# A capitalised word written twice with nothing between ("TwitterTwitter", "WhatsAppWhatsApp").
_DOUBLED = re.compile(r"([A-Z][a-z]+(?:[A-Z][a-z]+)?)\1")
# A run of them, with nothing but such pairs in the chunk.
_RUN = re.compile(r"(?<!\S)(?:([A-Z][a-z]+(?:[A-Z][a-z]+)?)\1)+(?!\S)")
_MIN_WORD = 4
# Two pairs make a run of buttons by themselves; one pair must be a network's or a share
# button's name (resources/residue/widgets.json).
_MIN_PAIRS = 2


@lru_cache(maxsize=1)
def _share_names() -> frozenset[str]:
    return frozenset(resource_json("residue", "widgets.json")["share_buttons"])


def _pairs(run: str) -> list[str]:
    return [match.group(1) for match in _DOUBLED.finditer(run)]


@register
class ShareButtonResidue(Rule):
    code = "MT518"
    name = "share-button-residue"
    summary = "Share buttons flattened into the text ('WhatsAppWhatsAppFacebookFacebook')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word of its own made of capitalised names each written twice with nothing
    between them, "WhatsAppWhatsAppFacebookFacebookTwitterTwitter…ShareShare": a page's share
    buttons, whose icon label and visible label both went into the extracted text. Two doubled
    names in a row are enough; one alone must be a network's or a share button's name
    (resources/residue/widgets.json: "FacebookFacebook", "ShareShare").
    Why it matters: the run is page furniture, not a word; it is printed inside the translated
    article and a reader or a corpus takes it for text.
    Fix safety: unsafe: the run is removed (a person checks nothing else was glued to it).
    Known false positives: a brand written as a doubled word ("TomTom", names under four
    letters are left alone; "BoraBora" alone is no network name).
    """
    examples = (
        Example(
            "Tourism resumes in the provinces\nWhatsAppWhatsAppFacebookFacebookShareShare\n"
            "After the lockdown ended, hotels reopened.",
            "Tourism resumes in the provinces\n\nAfter the lockdown ended, hotels reopened.",
        ),
        Example("The mayor spoke. FacebookFacebook\nHe left.", "The mayor spoke. \nHe left."),
        good("They flew to BoraBora and bought a TomTom before the trip."),
        good("The Baden-Baden meeting and the Walla Walla vineyards were both mentioned."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _DOUBLED.search(chunk_text(document)):
            return
        text = document.text
        names = _share_names()
        for match in _RUN.finditer(text):
            pairs = [p for p in _pairs(match.group(0)) if len(p) >= _MIN_WORD]
            if not pairs:
                continue
            if len(pairs) < _MIN_PAIRS and pairs[0].lower() not in names:
                continue
            start, end = match.span()
            if looks_technical(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                f"share buttons left in the text ({', '.join(dict.fromkeys(pairs))})",
                fixes=[Fix((Edit(start, end, ""),), Applicability.UNSAFE, "remove the buttons")],
                confidence=0.8 if len(pairs) >= _MIN_PAIRS else 0.65,
            )


# "![alt](target)" in plain text: an image that Markdown conversion left as its source.
_IMAGE = re.compile(r"!\[[^\]\n]{0,120}\]\([^)\s]{0,300}\)[ \t]*")
_IMAGE_CHUNK = re.compile(r"!\[")


@register
class MarkdownImageResidue(Rule):
    code = "MT519"
    name = "markdown-image-residue"
    summary = "A Markdown image left in plain text ('![]() Prime Minister …')."
    severity = Severity.WARNING
    doc = """
    What it finds: in a document read as plain text, a Markdown image, "![alt](address)" or the
    empty "![]()" a converter leaves where a page's photo was, before a caption or inside an
    article.
    Why it matters: the marks are printed as they are; the image is gone and the reader sees
    markup.
    Fix safety: unsafe: the image and the spaces after it are removed (its alternative text
    with them).
    Known false positives: a plain-text file that quotes Markdown on purpose (a tutorial: left
    alone where the text looks like code); Markdown files are read as Markdown and never reach
    this rule with their marks.
    """
    examples = (
        Example("![]() The minister opens the bridge.", "The minister opens the bridge."),
        good("Exclamation marks! [Note] (see below) are not images."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.format != "text" or not _IMAGE_CHUNK.search(chunk_text(document)):
            return
        text = document.text
        for match in scan_marks(document, [_IMAGE]):
            start, end = match.span()
            if looks_technical(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                "a Markdown image left in the text",
                fixes=[Fix((Edit(start, end, ""),), Applicability.UNSAFE, "remove it")],
                confidence=0.75,
            )


# A line holding only a bar: a breadcrumb's or a byline's separator whose neighbours went to
# other lines ("Photo: VGP\n|\nIn his directive …").
_BAR_LINE = re.compile(r"\n[ \t]*(\|{1,2}|¦)[ \t]*(?=\n)")


def _prose_line(line: str) -> bool:
    """A line of words (a caption, a sentence), not a table's row or a diagram's."""
    return "|" not in line and sum(c.isalpha() for c in line) >= 3


@register
class SeparatorLine(Rule):
    code = "MT521"
    name = "separator-line"
    summary = "A page's bar separator left on a line of its own ('Photo: VGP\\n|\\nIn his …')."
    severity = Severity.WARNING
    doc = """
    What it finds: a line holding nothing but a bar ("|", "||", "¦") between two lines of
    prose: the separator of a page's byline or breadcrumb ("Photo: VGP | 12 May") whose
    neighbours extraction moved to lines of their own.
    Why it matters: the bar is page furniture; printed alone between a caption and the
    article it reads as a stray mark.
    Fix safety: unsafe: the line is removed.
    Known false positives: tables and diagrams drawn with bars (left alone when a neighbouring
    line holds a bar too); scene breaks written with other marks ("*", "—") are never taken.
    """
    examples = (
        Example(
            "The minister chairs the meeting. Photo: VGP\n|\nIn his directive, he said.",
            "The minister chairs the meeting. Photo: VGP\nIn his directive, he said.",
        ),
        good("| a | b |\n|\n| c | d |"),
        good("The chapter ends here.\n*\nThe next one begins."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        # A bar alone is a chunk of its own: asked of the distinct chunks, not the whole text.
        chunks = chunk_text(document)
        if "\n|\n" not in chunks and "\n||\n" not in chunks and "\n¦\n" not in chunks:
            return
        text = document.text
        for match in _BAR_LINE.finditer(text):
            start = match.start()
            before = text[text.rfind("\n", 0, start) + 1 : start]
            line_end = match.end()
            after = text[line_end + 1 : (text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1]
            if not (_prose_line(before) and _prose_line(after)):
                continue
            yield self.finding(
                match.start(1),
                match.end(1),
                "a separator bar left on a line of its own",
                fixes=[Fix((Edit(start, line_end, ""),), Applicability.UNSAFE, "remove the line")],
                confidence=0.6,
            )
