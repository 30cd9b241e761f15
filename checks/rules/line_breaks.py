"""Line breaks inside a sentence (MT985): a paragraph or line cut in the middle of a sentence by
a converter or a copy from a PDF ("the minister said that\\n\\nthe plan")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.linkbreaks import breaks_before_letter, capital_break
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import language_data
from mtlint.checks.wrapping import code_like, document_wrap_width, list_item

# The last break before a letter that is not an upper-case Latin or Cyrillic one (the rest is
# sorted out by ``str.islower``); the blank lines before it are found by walking back
# (_run_start). The pattern starts with a literal line break, so the scan runs at the speed of
# a search for one (~9 ms per 10 MB); it never crosses a break, so a long run of blank lines
# is read once (with "[ \t\n]*" it was read again from each of its breaks: quadratic, a 3 MB
# file of line breaks did not finish in 120 s — h24speed).
_BREAK_BEFORE_LETTER = re.compile(r"\n[ \t]*[^\W\d_A-ZÀ-ÞА-Я]")
# A line this long is a paragraph, never a line of wrapped text (wrapping stops at ~80).
_PARAGRAPH_LINE = 120
# A short line must hold this many words before its break, and the next line this many after.
_MIN_WORDS = 4
# The end of the line before a break is read from its last characters only.
_TAIL = 60
# The last word (or number) of the line, and a comma after it: a sentence goes on after both.
_LAST_WORD = re.compile(r"([^\W_]+)(,?)[ \t\r]*$")
# A wrapped line is short only when the next word would not fit: a line this much shorter
# than the next one, with the next word added, was not cut by wrapping.
_UNWRAPPED_MARGIN = 20
_FIRST_WORD = re.compile(r"[ \t\n]*([^\W\d_]+)")
# Formats whose lines are cut on purpose (subtitles are cut mid-sentence by design), and
# bilingual files (a unit's breaks follow its source: the bilingual rules' concern).
_CUT_FORMATS = frozenset({"srt", "vtt", "subtitles"})


@register
class BrokenSentence(Rule):
    code = "MT985"
    name = "broken-sentence"
    summary = "A line or paragraph break in the middle of a sentence ('said that\\n\\nthe plan')."
    severity = Severity.WARNING
    doc = """
    What it finds: a line break (blank lines included) after a line that ends with a letter,
    no punctuation, before a line that starts with a lower-case word, when the line before is
    a paragraph (120 characters or more: no wrapped line is that long), or, before a blank
    line, ends with a word that cannot end a sentence (an article, a preposition, a
    conjunction: the language's ``open_line_ends`` table: "the minister said
    that\\n\\nthe plan would go ahead").
    Why it matters: a converter, a copy from a PDF or a CMS cut the sentence in two; the
    reader sees two paragraphs, a lower-case paragraph start, and a screen reader pauses.
    A page that set a link's text on a line of its own breaks the sentence before a capital
    ("le soutien de\nDonald Trump, le dirigeant …", "juge l'\nUE plus menaçante"): a single
    line break before a capitalised word is found when the line before ends with a word that
    leads into a link or cannot end a sentence (``open_line_ends``, ``link_lead_words``) or with
    an elided article (``clitics``: joined without a space), and that line is a paragraph
    (120 characters or more) or itself began mid-sentence; a line that began mid-sentence and
    ends without punctuation before a full name or an acronym ("les responsables\nZoltán
    Kovács et") continues the chain.
    Fix safety: unsafe: the break becomes one space (a heading or caption without punctuation
    may stand before a lower-case line on purpose).
    Known false positives: poetry and lyrics cut after an article; a README line that
    introduces a command of words without a colon, when the command is not one of
    resources/typography/line_openers.json ("pip", "git", "npm" … stay quiet), and a
    lower-case sign-off not listed there ("best regards" stays quiet); hard-wrapped plain text
    (README, e-mail) is recognised from its line lengths and left alone, and so are list
    items, code, subtitles and bilingual files (their breaks follow the source).
    """
    examples = (
        Example(
            "The minister said that\n\nthe plan would go ahead next year.",
            "The minister said that the plan would go ahead next year.",
        ),
        good("The minister spoke on Monday.\n\nthe plan, he said, was ready."),
        good("Shopping list\n\n- apples and the\n- pears"),
        good("Roses are red and the\nsky is blue"),
        Example(
            "Le ministre a rencontré les élus de la région pendant toute la journée de lundi "
            "et il a longuement répondu aux questions de\nJean Dupont sur le budget.",
            "Le ministre a rencontré les élus de la région pendant toute la journée de lundi "
            "et il a longuement répondu aux questions de Jean Dupont sur le budget.",
            "fr",
        ),
        good("Le marché de\nNoël ouvre lundi.", "fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units or document.format in _CUT_FORMATS:
            return
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        open_ends = data.word_set("open_line_ends")
        wrapped = None
        for match in _BREAK_BEFORE_LETTER.finditer(text):
            if not text[match.end() - 1].islower():
                continue
            if wrapped is None:
                wrapped = document_wrap_width(document) is not None
                if wrapped:
                    return
            finding = self._finding(text, _run_start(text, match.start()), open_ends, data.code)
            if finding is not None:
                yield finding
        if not data.cased or next(breaks_before_letter(text), None) is None:
            return
        if wrapped is None and document_wrap_width(document) is not None:
            return
        yield from self._capital_breaks(text, data)

    def _capital_breaks(self, text: str, data: LanguageData) -> Iterator[Finding]:
        """Single line breaks before a capital that a link's own line left inside a sentence
        (``linkbreaks.capital_break``), each line that began mid-sentence carrying the chain."""
        lead = data.word_set("open_line_ends") | data.word_set("link_lead_words")
        clitics = frozenset(c.replace("’", "'") for c in data.word_set("clitics"))
        chained_at = -1
        for at in breaks_before_letter(text):
            if not text[at + 1].isupper():
                continue
            line_start = text.rfind("\n", 0, at) + 1
            cut = capital_break(text, line_start, at, lead, clitics, line_start == chained_at)
            if cut is None:
                continue
            chained_at = at + 1
            start, end, joint, confidence = cut
            yield self.finding(
                start,
                end,
                "a line break in the middle of a sentence, before a capital (a link's own line)",
                fixes=(Fix((Edit(at, at + 1, joint),), Applicability.UNSAFE, "join the lines"),),
                confidence=confidence,
            )

    def _finding(self, text: str, at: int, open_ends: frozenset[str], code: str) -> Finding | None:
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at]
        last = _LAST_WORD.search(line, max(0, len(line) - _TAIL))
        if last is None or list_item(line) or code_like(line):
            return None
        first = _FIRST_WORD.match(text, at)
        if first is None:
            return None
        next_end = text.find("\n", first.start(1))
        following = text[first.start(1) : next_end if next_end != -1 else len(text)]
        if list_item(following) or code_like(following) or _opens_on_purpose(following, code):
            return None
        if len(following.split()) < _MIN_WORDS:
            return None
        # A paragraph-long line; or one that ends with a word that cannot end a sentence (or a
        # comma) before a blank line, or before a line whose first word would have fit on it
        # (a wrapped line may end with any word, a paragraph may not).
        long_line = len(line) >= _PARAGRAPH_LINE
        blank = "\n" in text[at + 1 : first.start(1)]
        unwrapped = len(line) + len(first.group(1)) + _UNWRAPPED_MARGIN < len(following)
        word = last.group(1)
        open_end = (word in open_ends or last.group(2)) and not word.isdigit()
        if not (
            long_line or (open_end and (blank or unwrapped) and len(line.split()) >= _MIN_WORDS)
        ):
            return None
        start, end = line_start + last.start(1), first.end(1)
        gap_start, gap_end = line_start + last.end(2), first.start(1)
        return self.finding(
            start,
            end,
            "a line break in the middle of a sentence",
            fixes=(Fix((Edit(gap_start, gap_end, " "),), Applicability.UNSAFE, "join the lines"),),
            confidence=0.6,
        )


def _run_start(text: str, at: int) -> int:
    """The first line break of the run of breaks and blanks that ends with the one at ``at``."""
    start = at
    while start > 0 and text[start - 1] in " \t\n":
        start -= 1
    return text.index("\n", start)


def _line_openers() -> dict:
    return resource_json("typography", "line_openers.json")


@cache
def _commands() -> frozenset[str]:
    return frozenset(_line_openers()["commands"])


@cache
def _closings(code: str) -> tuple[str, ...]:
    return tuple(_line_openers()["closings"].get(code, ()))


def _opens_on_purpose(following: str, code: str) -> bool:
    """A line that starts lower-case on purpose: a shell command a README line introduces
    without a colon ("pip install …"), or an e-mail's sign-off ("best regards from …"):
    resources/typography/line_openers.json."""
    first = following.split(maxsplit=1)[0]
    if first in _commands():
        return True
    lowered = following.lower()
    return any(
        lowered.startswith(closing) and lowered[len(closing) : len(closing) + 1] in ("", " ", ",")
        for closing in _closings(code)
    )
