"""A paragraph that ends on the wrong mark while the next opens a new sentence or a list: a
comma (MT210: MT split a sentence at the wrong place, or turned the source's full stop into a
comma, "…said the head of the Donetsk RMA,⏎When asked…"), a semicolon or a bare hyphen (MT297:
a lead-in's colon or a full stop turned into the source's "；" or lost after a cut, "…as
follows;⏎The unit…", "…the rules in our city-⏎1. Pray…")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.proseblocks import PROSE_FORMATS
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data
from mtlint.checks.typography import word_set
from mtlint.checks.wrapping import code_like, document_wrap_width, list_item

# A comma ending a line, and the next line opening with a capitalised word of letters. Led by
# the literal ",\n" (the scan jumps between them). Group 1 the next line's first word.
_COMMA_LINE_END = re.compile(r",\n(?:[ \t]*\n)?([A-Z][a-z]+)\b")
# Openings of letters and speeches ("Dear Sir,", "Hello everyone,"): a comma ends them.
_SALUTATIONS = re.compile(
    r"^(?:Dear|Hi|Hello|Hey|Greetings|Ladies|Good (?:morning|afternoon|evening)|Thanks|Thank you|"
    r"Regards|Best|Sincerely|Yours|Cheers|Love)\b"
)
# A line of prose: at least this many words (verse, addresses and list items are shorter).
_MIN_WORDS = 8


@register
class CommaEndsParagraph(Rule):
    code = "MT210"
    name = "comma-ends-paragraph"
    summary = "A paragraph ends with a comma and the next opens a new sentence."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a line of prose (eight words or more) that ends with a comma, when the next
    line opens with a capitalised word that opens sentences ("When", "The", "He", "In"), not a
    name.
    Why it matters: MT turns the source's full stop into a comma, or a sentence is cut in two
    at a paragraph break; either way a sentence is left unfinished.
    Fix safety: unsafe; the comma becomes a full stop (the sentence may instead continue in
    the next paragraph, with a wrongly capitalised first word).
    Known false positives: salutations ("Dear Sir,") and verse, whose lines are short or open
    with the greeting; a hard-wrapped sentence whose next line starts with "I" or a name is
    never flagged.
    """
    examples = (
        Example(
            "The fires are spreading, the situation is very hard, said the mayor,\n"
            "When asked about the evacuation, the official noted that it was updated.",
            "The fires are spreading, the situation is very hard, said the mayor.\n"
            "When asked about the evacuation, the official noted that it was updated.",
        ),
        good("Dear members of the board and dear colleagues of the union,\nThe meeting is on."),
        good("Shall I compare thee to a summer's day,\nThou art more lovely and more temperate."),
        good("We walked along the shore of the lake in the morning light,\nAnd the sun came up."),
        good("He met the delegates of the three parties in the capital on Monday,\nJohn Smith"),
        good("We talked about the war and the peace and what comes after it,\nI said."),
        good("The team played well in the first half and scored twice, but\nthe second was worse."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if ",\n" not in text:
            return
        data = language_data(document)
        openers = data.sentence_starters
        if not openers:
            return
        # Words that carry a sentence on in verse and lyrics, whose lines open with capitals
        # (the language's verse_continuations, resources/typography).
        continuations = word_set(data, "verse_continuations")
        for match in _COMMA_LINE_END.finditer(text):
            word = match.group(1)
            if word.lower() not in openers or word.lower() in continuations:
                continue
            at = match.start()
            line = text[text.rfind("\n", 0, at) + 1 : at].strip()
            if len(line.split()) < _MIN_WORDS or _SALUTATIONS.match(line):
                continue
            if not any(char.islower() for char in line):
                continue
            yield self.finding(
                at,
                at + 1,
                f"The paragraph ends with a comma, and the next opens a sentence (“{word}”)",
                fixes=[Fix((Edit(at, at + 1, "."),), Applicability.UNSAFE, "write a full stop")],
                confidence=0.6,
            )


# A semicolon or a hyphen ending a line, one pattern per mark, each led by its literal (the
# scan jumps between the marks at C speed; a pattern led by a lookbehind or a class tests every
# character). The word before the mark is read after the match.
_OPEN_MARK_LINE_ENDS = (re.compile(r";[ \t]*\n"), re.compile(r"-[ \t]*\n"))
# The next line (after one blank line at most): a list item or a sentence opening with a
# capital; group 1 its text.
_NEXT_LINE = re.compile(r"([ \t]*\n)?[ \t]*([^\n]*)")
# A line a lead-in may be: this many words or more (a label or a heading is shorter).
_LEAD_IN_WORDS = 5
# A sentence after the mark: this many words or more.
_NEXT_SENTENCE_WORDS = 4
# Characters of code and markup: a line holding one is no prose ("color: red;").
_CODE_MARKS = frozenset("{}[]<>=|$`\\_")
_BEFORE_LIST, _BEFORE_SENTENCE = 0.6, 0.45
# How far around the line its list neighbours are looked for (characters).
_NEIGHBOURHOOD = 600


@register
class LeadInLostColon(Rule):
    code = "MT297"
    name = "paragraph-ends-on-semicolon-or-hyphen"
    summary = "A paragraph ends with a semicolon or a bare hyphen before a new sentence or list."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a line of prose (five words or more) that ends with a semicolon, or with a
    hyphen glued to its last word, when the next line (after one blank line at most) is a
    list item or (after a semicolon) a sentence that opens with a capital: "…is as
    follows;⏎The academic unit …", "…the special rules in our city-⏎1. Pray for …".
    Why it matters: MT carries the source's "；" (Chinese and Japanese lead-ins and list
    items end with it) or a cut word's hyphen to a paragraph's end where English writes a
    colon before a list or a full stop after a sentence.
    Fix safety: unsafe: a colon before a list item, else a full stop (a colon second: the
    line may lead in to the paragraph after it).
    Known false positives: a lead-in of a documentation page that its author ended with ";"
    ("check you can do the following;⏎Checklist"), right but not MT. Quiet: a list whose items
    end with semicolons (the nearest line with text before, the next line or the one after it
    ends with one), a list item, an indented line or the wrapped rest of an item (its paragraph
    opens with one), a hard-wrapped text's line that does not end its paragraph (its lines break
    anywhere: "…signed in Paris;⏎Berlin followed"), a hyphen before anything but a list item (a
    compound's hyphen at a wrapped line's end: "anti-⏎American"), a line of code or markup, and
    a next line in lower case (the sentence goes on).
    Confidence: 0.6 before a list item, 0.45 before a sentence (doubtful): priors from two
    labelled spans (realmt-en22); the scans of BENCHMARKS.md "h29ends" (store, treebanks, 6,815
    documentation pages) keep no false alarm at the bar after the item readings.
    """
    examples = (
        Example(
            "The terms of the exchange agreement with the partner universities are as follows;\n"
            "The unit that wishes to send students must apply before the end of May.",
            "The terms of the exchange agreement with the partner universities are as follows.\n"
            "The unit that wishes to send students must apply before the end of May.",
        ),
        Example(
            "I would like to share with you some of the special customs of our city-\n"
            "1. Pray for good business before the holiday starts.\n"
            "2. Light the firecrackers at midnight.",
            "I would like to share with you some of the special customs of our city:\n"
            "1. Pray for good business before the holiday starts.\n"
            "2. Light the firecrackers at midnight.",
        ),
        good(
            "Applicants must send the following documents to the office;\n"
            "A letter of motivation signed by the applicant;\n"
            "A copy of the last diploma."
        ),
        good("- a copy of the contract signed by both parties;\n- The invoice."),
        good("The talks were long and at times rather tense and hard;\nthe sides agreed anyway."),
        good("body { color: red; background: white;\nFont sizes follow the theme of the page."),
        good(
            "The senator criticised what he called the growing anti-\nAmerican mood in the region."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if ";\n" not in text and "-\n" not in text:
            return
        if document.format not in PROSE_FORMATS or document.units:
            return
        wrapped = document_wrap_width(document) is not None
        matches = [m for pattern in _OPEN_MARK_LINE_ENDS for m in pattern.finditer(text)]
        for match in sorted(matches, key=lambda found: found.start()):
            at = match.start()
            mark = text[at]
            if not text[at - 1 : at].isalpha():
                continue
            line_start = text.rfind("\n", 0, at) + 1
            line = text[line_start:at]
            after = _NEXT_LINE.match(text, match.end())
            # A hard-wrapped text's lines end anywhere in a sentence: only a paragraph's end
            # (a blank line after it) is read there.
            if wrapped and after.group(1) is None:
                continue
            following = after.group(2).strip()
            confidence = _reading(line, following, mark)
            if confidence is None or _in_list(text, line_start, after.end(2), mark):
                continue
            if _inside_item(text, line_start):
                continue
            colon = list_item(following)
            stop = Fix((Edit(at, at + 1, "."),), Applicability.UNSAFE, "write a full stop")
            lead = Fix((Edit(at, at + 1, ":"),), Applicability.UNSAFE, "write a colon")
            yield self.finding(
                at,
                at + 1,
                f"The paragraph ends with “{mark}” before a new "
                + ("list item" if colon else "sentence"),
                fixes=[lead, stop] if colon else [stop, lead],
                confidence=confidence,
            )


def _reading(line: str, following: str, mark: str) -> float | None:
    """The finding's confidence, or None when the line is no lead-in of prose or the next
    line opens no list item and no sentence."""
    if len(line.split()) < _LEAD_IN_WORDS or list_item(line) or code_like(line):
        return None
    if _CODE_MARKS.intersection(line) or (mark == "-" and line.endswith(("--", " -"))):
        return None
    if list_item(following):
        return _BEFORE_LIST
    if mark == "-":  # a compound's hyphen at a line's break ("anti-⏎American"): a wrapped line
        return None
    words = following.split()
    if len(words) < _NEXT_SENTENCE_WORDS or not words[0][:1].isupper():
        return None
    return _BEFORE_SENTENCE if words[0].isalpha() else None


def _inside_item(text: str, line_start: int) -> bool:
    """The line is indented, or its paragraph (back to a blank line) opens with a list item:
    the wrapped rest of an item ("* the library has never provided a module⏎  for it;"), whose
    list a neighbouring item's end shows better than its own lines (h29ends: the PEPs' lists)."""
    if text[line_start : line_start + 1] in (" ", "\t"):
        return True
    start = max(0, line_start - _NEIGHBOURHOOD)
    window = text[start:line_start]
    blank = max(window.rfind("\n\n"), window.rfind("\n \n"))
    if blank >= 0:
        first = window[blank + 2 :]
    else:  # the text's start, or the first whole line of the window
        first = window if start == 0 else window[window.find("\n") + 1 :]
    return bool(first.strip()) and list_item(first.lstrip("\n"))


def _in_list(text: str, line_start: int, next_end: int, mark: str) -> bool:
    """The nearest line with text before the line, the next line or the one after it ends with
    the same mark (blank lines between them skipped): a list whose items end so."""
    before = text[max(0, line_start - _NEIGHBOURHOOD) : line_start].split("\n")
    after = text[next_end - 1 : next_end + _NEIGHBOURHOOD].split("\n")
    previous = [line.rstrip() for line in before if line.strip()][-1:]
    following = [line.rstrip() for line in after[1:] if line.strip()][:1]
    next_line = text[text.rfind("\n", 0, next_end) + 1 : next_end].rstrip()
    return any(line.endswith(mark) for line in (*previous, next_line, *following))
