"""Spacing: runs of spaces between words (MT106)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.pagefurniture import furniture_at
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import text_shapes
from mtlint.checks.spacedlayout import document_markup_runs
from mtlint.checks.wrapping import document_wrap_width

# Sentence punctuation, maybe with a closing quote or bracket, right before a run of spaces.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]?$")
# A plain-text file's layout before a run (h30files): an e-mail address closing a signature
# (" -- Name <a@b.org>  Sat, 15 Mar 2026": Debian's changelog mandates the two spaces), or a
# "|tag|" column of a help file's table of contents ("|usr_03.txt|  Moving around").
# A Vim help file's "*tag*" before its heading ("*05.1*  The vimrc file") and the "<" that
# ends an example at a line's start ("<   The help shows …"; h31files, vimdoc-ja) too.
_LAYOUT_BEFORE = re.compile(r"(?:<[^<>\s]+@[^<>\s]+>|\|[^|\s]+\||\*[^*\s]+\*|\n<)$")


def _laid_out(text: str, start: int) -> bool:
    """Whether the run at ``start`` separates a plain-text file's columns: it follows an e-mail
    address in angle brackets or a "|tag|", or its line is indented by a tab (a field table,
    an example block: "⇥uint32  protocol version")."""
    if _LAYOUT_BEFORE.search(text, max(0, start - 80), start):
        return True
    return text[text.rfind("\n", 0, start) + 1 : start + 1][:1] == "\t"


# A plain-text file of long lines (a paragraph per line), not hard-wrapped: most often prose
# copied out of a web page, whose source spacing (two spaces where the page's markup met) the
# browser never showed; realmt-en22's labelling notes leave such runs unlabelled (page layout,
# not a translation error; 6 wrong at 0.9 there, 2 of 2 wrong on pool-prec26). Stated in the
# doubtful tier: a hint, still fixed by a lower bar. A hard-wrapped text (a README, reST or
# a .txt document: checks/wrapping.py) and every other format (Markdown, HTML, catalogues, Word,
# subtitles) is a file someone typed: there the run is reported at 0.9 (bench_freshfiles.py:
# 7 runs in hard-wrapped reST judged real errors).
_PLAIN_TEXT_CONFIDENCE = 0.45


def _inside_a_phrase(text: str, start: int, end: int) -> bool:
    """A run between two lower-case letters ("helping  each", "the  estimated") sits inside a
    phrase, where no markup of a page meets: it shows in print whatever the file's origin and
    stays at the bar. The page's seams fall next to punctuation, brackets, digits or capitals
    ("Nasrallah,  Al-Manar", "Meeting    (2021", "Year 2016  Migrant")."""
    return text[start - 1].islower() and text[end].islower()


@register
class DoubleSpace(Rule):
    code = "MT106"
    name = "double-space"
    summary = "Two or more spaces between words."
    severity = Severity.INFO
    doc = """
    What it finds: runs of two or more spaces between two non-space characters inside a line.
    Why it matters: MT and copy-paste from web pages leave them; they show in print, break search.
    Fix safety: safe; the run becomes one space.
    Known false positives: deliberately aligned plain-text tables (runs at line starts ignored).
    Two spaces after a sentence end (". ", also after a closing quote or bracket) are a typing
    convention, not an artefact, and are left alone. A run of three or more spaces before a
    capital is most often a layout gap of the page (a cell or line boundary lost on the way to
    plain text: "(walk 0:05) @   From the bus stop") rather than a doubled space: it stays in
    the doubtful tier (0.4; 0 of 5 such runs were artefacts on realmt-en19, none elsewhere in the
    dev sets, while 14 of 14 two-space runs and a three-space run before a lower-case word were).
    On a line of a page's furniture (checks/pagefurniture.py: a row of buttons "[ Print ]  [ Close
    ]", a line of ``label:value`` fields "date:2018-11-23  views:3", a breadcrumb trail) the run
    separates two fields of the template: left alone (h24prec: 3 wrong at 0.9 on pool-prec24);
    so is a row of menu items between bars ("Chinese  |  English  |  Login"; h26prec: 8 wrong
    at 0.9 on pool-prec26). A plain-text file's columns are left alone too (h30files): a run
    after an e-mail address in angle brackets (a changelog's signature), after a "|tag|" (a help
    file's contents), or on a line indented by a tab (a field table, an example block).
    Where the run comes from depends on the file: in a plain-text file of a paragraph per line,
    most often prose copied out of a web page whose markup left the run where the browser showed
    none, a run at such a seam (next to punctuation, a bracket, a digit or a capital) is a hint
    in the doubtful tier (0.45; realmt-en22's labelling notes: page layout, not a translation
    error), while a run between two lower-case letters ("helping  each") shows in print whatever
    the file's origin and stays at 0.9; in a file someone typed (hard-wrapped text, Markdown,
    HTML, a catalogue, a Word document, subtitles) every run is reported at 0.9.
    A typed manual's markup is left alone too (h31files, checks/spacedlayout.py): commands set
    off by two spaces on each side ("press  x  to delete", "type  :wq  to save") once the text
    sets off at least three tokens that read as code, a run that lines up with a run of the
    line above or below (a table's column), and two spaces after a colon in hard-wrapped text
    ("NOTE:  the file"), a typist's convention like two after a full stop.
    """
    examples = (
        Example("The president  arrived on Sunday.", "The president arrived on Sunday."),
        good("The president arrived on Sunday.  He left on Monday.”  Then (at 5 p.m.)  rain."),
        good("    indented code stays as it is"),
        good("Font size  release date:2019-04-02  hits:12\n[ Print ]  [ Close ]"),
        good("The plan was agreed.\nChinese  |  English  |  School web site  |  Login"),
        good(" -- Jo Bloggs <jo@example.org>  Sat, 15 Mar 2026 21:00:00 +0100"),
        good("Next: |usr_03.txt|  Moving around\n\tuint32  request id"),
        good("*05.1*  The vimrc file\n\t:help vimrc\n<   The help shows it."),
        good("1. Press  x  to delete.\n2. Type  dw  , for a word.\n3. Type  :wq  to save."),
        good("LIST         shows the list\nCHAT <nick>  offers a chat"),
        Example("One  two. Three  four.", "One two. Three four."),
    )

    # A literal two-space start lets the regex engine skip ahead fast; the non-space neighbours
    # are checked per match. The lookbehind starts a match only where a run of spaces starts,
    # and the possessive run never gives a space back: "  +(?=\S)" tried every position of a
    # long run, re-reading it each time (a megabyte of spaces took hours).
    _pattern = re.compile(r"  (?<!   ) *+(?=\S)")

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        # A str.find for the first two spaces (none in most texts) is twice as fast as the
        # scan, which then starts there: no match can start before them.
        shapes = text_shapes(document)  # a large text: its first two spaces, already found
        first = text.find("  ") if shapes is None else shapes.double_space
        if first == -1:
            return
        page_text = None  # a web page's text: asked at the first run (most texts have none)
        runs = [
            (match.start(), match.end())
            for match in self._pattern.finditer(text, first)
            if match.start() and not text[match.start() - 1].isspace()
        ]
        # A command set off by two spaces on each side, a table's column (h31files).
        markup = document_markup_runs(document)
        typed = None  # a hard-wrapped text: two spaces after a colon are a typist's too
        for start, end in runs:
            # Two spaces after a sentence end are a typing convention, not an artefact.
            if _SENTENCE_END.search(text, max(0, start - 3), start) or start in markup:
                continue
            if text[start - 1] == ":":
                if typed is None:
                    typed = document_wrap_width(document) is not None
                if typed:
                    continue
            if furniture_at(text, start):  # two fields of a page's template
                continue
            if _laid_out(text, start):  # a plain-text file's columns
                continue
            layout_gap = end - start >= 3 and text[end].isupper()
            confidence = 0.4 if layout_gap else 0.9
            if page_text is None:
                page_text = document.format == "text" and document_wrap_width(document) is None
            if page_text and not _inside_a_phrase(text, start, end):
                confidence = min(confidence, _PLAIN_TEXT_CONFIDENCE)
            yield self.finding(
                start,
                end,
                "Two or more spaces between words",
                fixes=[Fix((Edit(start, end, " "),), Applicability.SAFE, "one space")],
                confidence=confidence,
            )
