"""Repetition: material doubled across a bracket or a paragraph break: a term glossed with
itself ("the Rada (Rada)", MT404) and a paragraph repeated a little further on (MT405)."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import bracket_places
from mtlint.checks.textscan import language_data

_BRACKET_MAX = 60
_NAME_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*) $")


@register
class BracketedDoublet(Rule):
    code = "MT404"
    name = "bracketed-doublet"
    summary = "A word or name glossed with itself in brackets ('the Rada (Rada)')."
    severity = Severity.WARNING
    doc = """
    What it finds: a bracket right after one to six words that holds those same words again,
    ignoring case ("the attacks (attacks)", "the Rada (Rada)", "NATO (NATO)").
    Why it matters: the source glossed a term with its original-language form; machine
    translation turned both into the same word, and the bracket now says nothing.
    Fix safety: unsafe; the bracket and the space before it are deleted.
    Known false positives: none known in prose; figures are skipped ("ten (10)" differs, and
    "10 (10)" may be a table); a bracket that holds more than the words before it
    ("the Rada (Verkhovna Rada)") is a real gloss, and so is the short form of a longer name
    ("the Verkhovna Rada (Rada)"): both stay quiet.
    """
    examples = (
        Example("The attacks (attacks) continued.", "The attacks continued."),
        Example("Deputies of the Rada (Rada) voted.", "Deputies of the Rada voted."),
        good("Deputies of the Rada (Verkhovna Rada) voted; ten (10) left."),
        good("The word ‘ciao’ (ciao) and the total 10 (10)."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        function_words = data.stop_words | data.function_words
        for at, close in bracket_places(document):
            if close - at - 2 <= _BRACKET_MAX:
                finding = self._doublet(text, at, close, function_words)
                if finding is not None:
                    yield finding

    def _doublet(
        self, text: str, at: int, close: int, function_words: frozenset[str]
    ) -> Finding | None:
        inner = text[at + 2 : close]
        if not inner or not inner[0].isalpha() or not inner[-1].isalnum() or "(" in inner:
            return None
        start = at - len(inner)
        if start < 0 or text[start:at].casefold() != inner.casefold():
            return None
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            return None  # the bracket repeats the end of a longer word
        before = (
            _NAME_BEFORE.search(text, max(0, start - 40), start) if inner[0].isupper() else None
        )
        if before and before.group(1).lower() not in function_words:
            return None  # the short form of a longer name ("the Verkhovna Rada (Rada)")
        return self.finding(
            start,
            close + 1,
            f"“{inner}” is glossed with itself: an MT doublet?",
            fixes=[Fix((Edit(at, close + 1, ""),), Applicability.UNSAFE, f"keep one “{inner}”")],
            confidence=0.75,
        )


# A paragraph of prose: this many words at least, ending with a sentence mark.
_MIN_PARAGRAPH_WORDS = 10
_MIN_PARAGRAPH_CHARS = 2 * _MIN_PARAGRAPH_WORDS


def _prose(body: str) -> bool:
    body = body.strip()
    return body.count(" ") + 1 >= _MIN_PARAGRAPH_WORDS and bool(_PROSE_END.search(body))


_PROSE_END = re.compile(r"[.!?…][\"'”’»)]*$")
# A copy further away than this many paragraphs is a page's boilerplate or a summary, not MT.
_MAX_DISTANCE = 3
# A document that repeats more of its paragraphs than this share is built of repeats (lyrics,
# templates, a list of similar entries): nothing is reported.
_MAX_REPEATED_SHARE = 0.2


@register
class RepeatedParagraph(Rule):
    code = "MT405"
    name = "repeated-paragraph"
    summary = "A paragraph written again a little further on (a doubled block of the source)."
    severity = Severity.WARNING
    doc = """
    What it finds: a paragraph of prose (ten words or more, ending with a sentence mark) that
    comes again, word for word, within the next three paragraphs.
    Why it matters: MT pipelines and page builders double a block (a lead paragraph repeated
    after a quotation); a repeat right after itself on one line is MT402's, one across a
    paragraph break is this rule's.
    Fix safety: unsafe; the second copy and the line break before it are deleted.
    Known false positives: refrains and chants (a document that repeats three or more of its
    paragraphs, and more than a fifth of them, is left alone); bilingual files, where the same
    translation serves repeated source strings, are skipped.
    """
    examples = (
        Example(
            "The talks on the regional situation ended late on Monday in the capital.\n"
            "Both sides agreed to meet again.\n"
            "The talks on the regional situation ended late on Monday in the capital.",
            "The talks on the regional situation ended late on Monday in the capital.\n"
            "Both sides agreed to meet again.",
        ),
        good(
            "The talks on the regional situation ended late on Monday in the capital.\n"
            "Both sides agreed to meet again.\nShare this\nShare this"
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units or document.source_text is not None:
            return
        text = document.text
        # Speed: a paragraph costs a slice and a dictionary look-up; prose is tested only on
        # the rare repeat (and counted, for the share, only then).
        # Only the last few paragraphs are compared (a copy further away is not this rule's),
        # and only one of the same length is sliced and compared: most paragraphs cost a
        # length test.
        recent: deque[tuple[int, int, int]] = deque()  # (number, start, end)
        repeats: list[tuple[int, int, int]] = []  # (paragraph number, start, end)
        for number, paragraph in enumerate(document.paragraphs):
            start, end = paragraph.start, paragraph.end
            length = end - start
            if length < _MIN_PARAGRAPH_CHARS:
                continue
            while recent and number - recent[0][0] > _MAX_DISTANCE:
                recent.popleft()
            same = [(s, e) for _, s, e in recent if e - s == length]
            if same:
                body = text[start:end]
                if any(text[s:e] == body for s, e in same) and _prose(body):
                    repeats.append((number, start, end))
            recent.append((number, start, end))
        if not repeats:
            return
        prose = sum(
            _prose(text[p.start : p.end])
            for p in document.paragraphs
            if p.end - p.start >= _MIN_PARAGRAPH_CHARS
        )
        if len(repeats) > max(2, _MAX_REPEATED_SHARE * prose):
            return
        for _, start, end in repeats:
            # Delete the copy with the line break before it (or after it, at the text's start).
            cut_start = text.rfind("\n", 0, start)
            cut_start = cut_start if cut_start != -1 else start
            while start < end and text[start].isspace():
                start += 1
            yield self.finding(
                start,
                end,
                "This paragraph repeats one a little above it: a doubled block?",
                fixes=[Fix((Edit(cut_start, end, ""),), Applicability.UNSAFE, "delete the copy")],
                confidence=0.7,
            )
