"""Quotation marks of the wrong kind or lost in reported speech (family MT2): prime marks
used as quotation marks ("a ′′ Citizens hour ′′"), a dash that resumes a quotation after its
attribution ("…,” she said. – Then we left"), and a lone single mark facing the wrong way or
standing for a lost possessive s ("Continuity ‘, wrote", "the Assembly’ sessions").

Every pattern holds a rare character or a rare sequence; each rule asks the document's
distinct characters (or chunks) before it scans the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.quote_attribution import spaced_dash_hits
from mtlint.checks.quote_nesting import doubled_singles, single_closes_double
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, looks_technical, scan_marks, text_characters

# Two primes or a double prime, not part of a longer run of primes.
_PRIMES = re.compile(r"(?<![′″])(?:′′|″)(?![′″])")
_LETTER = re.compile(r"[^\W\d_]")


@register
class PrimeQuotes(Rule):
    code = "MT218"
    name = "prime-quotes"
    summary = "Prime marks used as quotation marks ('a ′′ Citizens hour ′′ was held')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a double prime (″) or two primes (′′) beside words, not after a number
    ("a ′′ Citizens hour ′′ was held", "′′ The prices…").
    Why it matters: some source-language keyboards and MT pipelines write the prime for the
    quotation mark; English readers see a measurement sign, often spaced off the words.
    Fix safety: unsafe: the marks become “ or ” (by the side the quoted word is on) and the
    space between them and the quotation is removed.
    Known false positives: primes after a number (5′ 10″, 45° 30′ 15″) are measurements and are
    left alone, as are primes in code, URLs and formulas glued to a letter (f″).
    """
    examples = (
        Example("Another ′′ Citizens hour ′′ was held.", "Another “Citizens hour” was held."),
        good("He is 5′ 10″ tall; the point lies at 45° 30′ 15″ north."),
        good("The second derivative f″ is positive."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        if "′" not in characters and "″" not in characters:
            return
        text = document.text
        opened = -1  # where the last opening prime quote stands, while its line lasts
        for match in scan_marks(document, [_PRIMES]):
            at, end = match.span()
            before = text[max(0, at - 2) : at].rstrip(" ")
            if before and (before[-1].isdigit() or before[-1] in "°′″"):
                continue
            if opened >= 0 and "\n" in text[opened:at]:
                opened = -1
            fix = _prime_fix(text, at, end, closing=opened >= 0)
            if fix is None or looks_technical(text, at, end):
                continue
            opened = at if fix.title == "write “" else -1
            yield self.finding(
                at,
                end,
                "Prime marks used as a quotation mark",
                fixes=[fix],
                confidence=0.85,
            )


def _prime_fix(text: str, at: int, end: int, *, closing: bool) -> Fix | None:
    """The quotation mark the primes at ``text[at:end]`` stand for (the space between them
    and the quotation removed), or None when they are not beside a word."""
    after = text[end : end + 1]
    spaced_before = at == 0 or text[at - 1] in " \n\t("
    letter_before = at >= 1 and _LETTER.match(text, at - 1)
    spaced_letter_before = text[at - 1 : at] == " " and at >= 2 and _LETTER.match(text, at - 2)
    if _LETTER.match(after) and not spaced_before:
        return None  # "f″x": a formula, not a quotation
    if not closing and after == " " and _LETTER.match(text, end + 1) and spaced_before:
        return Fix((Edit(at, end + 1, "“"),), Applicability.UNSAFE, "write “")
    if not closing and _LETTER.match(after) and spaced_before:
        return Fix((Edit(at, end, "“"),), Applicability.UNSAFE, "write “")
    if spaced_letter_before:
        return Fix((Edit(at - 1, end, "”"),), Applicability.UNSAFE, "write ”")
    if letter_before and closing:  # "f″ is": a formula unless a quotation is open
        return Fix((Edit(at, end, "”"),), Applicability.UNSAFE, "write ”")
    return None


# A sentence that ends with an attribution ("she said.", "said E. Smith."), then a dash opening
# the next sentence: the quotation resumes without its marks. Led by the dash (found by
# the scan MT208 makes for its dashes of direct speech, ``spaced_dash_hits``).
_ATTRIBUTION_END = re.compile(
    r"\b(?:said|says|stated|added|noted|stressed|emphasi[sz]ed|underlined|continued|explained|"
    r"declared|told (?:\w+)|wrote|asked|concluded|recalled|insisted)"
    r"(?: (?:[A-Z]\.|[A-Z][\w’'-]*|the|of))*\.$"
)
_CLOSING = '”"»'


@register
class DashResumesQuote(Rule):
    code = "MT219"
    name = "dash-resumes-quote"
    summary = "A dash resumes a quotation after its attribution ('…,” she said. – Then we left')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a sentence that ends with an attribution ("the President said.", "said E.
    Smith.") followed by a dash and a capitalised sentence ("… she said. – Then we left"),
    and, when the paragraph never closes the resumed quotation, its last word.
    Why it matters: Russian, Uzbek and other sources mark direct speech with dashes; MT keeps
    the dash where English opens the quotation again with “ and closes it with ”.
    Fix safety: unsafe: the dash becomes “ (and ” is added at the paragraph's end); the
    quotation may end earlier.
    Known false positives: a credit after an attribution ("…, he said. - Reuters") is left
    alone: the text after the dash must run to four words or more.
    """
    examples = (
        Example(
            "“We will build it,” the mayor said. – Then we will open it to all the people.",
            "“We will build it,” the mayor said. “Then we will open it to all the people.”",
        ),
        good("“We will build it,” the mayor said. - Reuters"),
        good("The mayor opened the bridge. – Then the rain began to fall on the town."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for at in spaced_dash_hits(document)[1]:
            yield from self._at(text, at)

    def _at(self, text: str, dash: int) -> Iterator[Finding]:
        line_end = text.find("\n", dash)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[dash + 2 : line_end]
        if not rest[:1].isupper() or len(rest.split()) < 4:
            return
        if not _ATTRIBUTION_END.search(text, max(0, dash - 80), dash - 1):
            return
        if looks_technical(text, dash - 2, dash + 1):
            return
        yield self.finding(
            dash,
            dash + 1,
            "A dash resumes the quotation after its attribution: English opens it with “",
            fixes=[Fix((Edit(dash, dash + 2, "“"),), Applicability.UNSAFE, "write “")],
            confidence=0.75,
        )
        if any(mark in rest for mark in _CLOSING):
            return
        tail = rest.rstrip()
        last = tail.rfind(" ") + 1
        start, end = dash + 2 + last, dash + 2 + len(tail)
        if tail[-1:] in ".!?" and end - start > 1:
            yield self.finding(
                start,
                end,
                "The quotation resumed by the dash is never closed",
                fixes=[Fix((Edit(end, end, "”"),), Applicability.UNSAFE, "close it with ”")],
                confidence=0.6,
            )


# An opening single mark right before punctuation ("Continuity ‘, wrote"), and a closing one
# after a word that ends in no s, before a lower-case word ("the Assembly’ sessions").
_OPEN_BEFORE_MARK = re.compile(r" ‘(?=[,.;:!?])")
# (Not before a contraction's tail spaced off: "the city’ s" is MT224's.)
_LONE_CLOSING = re.compile(r"(?<=[^\W\d_])’(?= [a-z])(?! (?:s|t|ll|re|ve|d|m)(?![^\W_]))")
_SINGLE_OPENING = re.compile(r"‘|(?:^|[\s(])'")
_CLOSING_SCREEN = re.compile(r"[^\W\d_sSzZxX]’(?:\n|\Z)")  # last chunk: no line break


@register
class LoneSingleQuote(Rule):
    code = "MT966"
    name = "lone-single-quote"
    summary = (
        "A single quotation mark turned the wrong way or standing alone ('Continuity ‘, wrote')."
    )
    languages = frozenset({"en"})
    doc = """
    What it finds: an opening single mark (‘) after a space and right before a comma or a
    full stop ("we are the future ‘, wrote"), and a closing single mark (’) after a word
    that does not end in s, before a lower-case word, in a paragraph with no opening single
    mark ("the Assembly’ sessions"). A ’ that closes a quotation “ opened in its paragraph
    ("he said “we are ready’ and left") is MT203's (one quotation in two styles).
    Why it matters: MT turns a closing mark the wrong way, or keeps the apostrophe of a
    possessive and drops its s; the reader sees a quotation that never opened.
    Fix safety: unsafe: the turned mark becomes ’ glued to the word; the lone one becomes ’s
    (it may instead be a stray mark to delete).
    Known false positives: plural possessives ("the members’ houses") end in s and are left
    alone, as are dropped letters of speech ("goin’ home", "rock ’n’ roll").
    """
    examples = (
        Example(
            "We are the future ‘, wrote the minister.", "We are the future’, wrote the minister."
        ),
        Example(
            "One of the Assembly’ sessions will be held here.",
            "One of the Assembly’s sessions will be held here.",
        ),
        good("The members’ houses and the boss’ car; we were goin’ home to rock ’n’ roll."),
        good("‘Call it the Assembly’ was the name they gave the meeting."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        if "‘" in characters:
            yield from self._turned(document.text)
        if "’" in characters and _CLOSING_SCREEN.search(chunk_text(document)):
            yield from self._lone(document)

    def _turned(self, text: str) -> Iterator[Finding]:
        for match in _OPEN_BEFORE_MARK.finditer(text):
            at = match.start()
            yield self.finding(
                at,
                at + 2,
                "An opening single mark before punctuation: a closing mark turned the wrong way",
                fixes=[Fix((Edit(at, at + 2, "’"),), Applicability.UNSAFE, "write ’")],
                confidence=0.8,
            )

    def _lone(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for match in _LONE_CLOSING.finditer(text):
            at = match.start()
            word = re.search(r"[^\W\d_]+$", text[max(0, at - 30) : at])
            if word is None or len(word.group()) < 3:
                continue
            word_text = word.group()
            if word_text[-1] in "sSzZxX" or word_text.endswith("in"):
                continue
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _SINGLE_OPENING.search(line) or looks_technical(text, at, at + 1):
                continue
            if _closes_a_double(document, at):
                continue  # "he said “we are ready’ and left": MT203's, one quotation
            yield self.finding(
                at,
                at + 1,
                f"A closing single mark after “{word_text}”, which ends in no s: a lost "
                "possessive s or a stray quotation mark",
                fixes=[Fix((Edit(at + 1, at + 1, "s"),), Applicability.UNSAFE, "write ’s")],
                confidence=0.65,
            )


def _closes_a_double(document: Document, at: int) -> bool:
    """Whether the ’ at ``at`` closes a quotation “ opened in its paragraph (MT203 reports
    that as one quotation in two styles)."""
    if "“" not in text_characters(document):
        return False
    paragraphs = document.paragraphs
    index = bisect_right([p.start for p in paragraphs], at) - 1
    if index < 0 or at >= paragraphs[index].end:
        return False
    paragraph = paragraphs[index]
    content = doubled_singles(document.text[paragraph.start : paragraph.end])
    return single_closes_double(content, at - paragraph.start)
