"""Direct questions that end with a full stop: MT from languages that mark questions by word
order or intonation only, or a question mark lost in conversion ("What can we produce.")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register

# A sentence that opens with a question word, an auxiliary or modal, and a subject pronoun
# (the inverted order only a direct question has: "What can we", "Why did they", "How is
# it"), runs to a full stop without a comma, colon or quotation mark, and is at most
# twelve words long. Group 1 the full stop.
_INVERTED_QUESTION = re.compile(
    r"(?:What|Why|How|Where|When|Who|Whom|Which)(?: [a-z]+)? "
    r"(?:can|could|will|would|shall|should|must|may|might|do|does|did|is|are|was|were|has|have)"
    r" (?:we|you|they|he|she|it|I|one)\b"
    r"(?=[^.!?,;:“”\"\n]{0,80}\.(?:\s|$))"
    r"[^.!?,;:“”\"\n]{0,80}?(\.)(?=\s|$)"
)
# Where a question can start: "Wh" or "How" after a stop or a line break, scanned as
# literals (each scan jumps between occurrences at C speed; a pattern led by an alternation is
# entered at every position); the question is then matched there.
_LEADS = (re.compile("Wh"), re.compile("How"))
_AFTER_STOP = frozenset({". ", "? ", "! "})


def _sentence_starts(text: str) -> Iterator[int]:
    """Offsets of "Wh…" and "How" at the start of the text, of a line, or after ". ", "? " or
    "! "."""
    if text.startswith(("Wh", "How")):
        yield 0
    for lead in _LEADS:
        for hit in lead.finditer(text):
            at = hit.start()
            before = text[at - 2 : at] if at > 1 else text[:at]
            if before[-1:] == "\n" or before in _AFTER_STOP:
                yield at


# Words that turn "How can we … ." into a statement ("How we can …" is not matched at all;
# "What do we know is that" is a clause used as a subject).
_STATEMENT_TAIL = re.compile(r"\b(?:is|was|remains|depends)\b(?! (?:we|you|they|he|she|it|I)\b)")


@register
class QuestionWithFullStop(Rule):
    code = "MT209"
    name = "question-with-full-stop"
    summary = "A direct question ending with a full stop ('What can we produce.')."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a short sentence (twelve words at most, no comma, colon or quotation mark)
    in the inverted order of a direct question, a question word, an auxiliary or modal and a
    subject pronoun ("What can we produce.", "Why did they leave.", "How is it possible."),
    that ends with a full stop.
    Why it matters: Russian, Chinese and other sources mark some questions by word order or
    intonation; MT keeps the English word order of a question but the source's full stop, or
    a question mark is lost in conversion. The reader stumbles.
    Fix safety: unsafe; the full stop becomes a question mark (a rhetorical question may end
    with a full stop on purpose).
    Known false positives: rhetorical questions deliberately closed with a full stop;
    exclamations in the same word order ("How can you say that.") in informal writing.
    Indirect questions ("He asked what we can produce.") and infinitive questions ("What to
    do.") are not matched.
    """
    examples = (
        Example(
            "What can we produce. Now, of course, the time is not easy.",
            "What can we produce? Now, of course, the time is not easy.",
        ),
        Example(
            "Why did they leave the city. Nobody knows.",
            "Why did they leave the city? Nobody knows.",
        ),
        good("He asked what we can produce. What we need is time."),
        good("What can we produce? How to apply. What is clear is that it worked."),
        good("What we can do, we will do. How do we know, he asked."),
        good("How can we win is the question. What it is remains unclear."),
        good("He wondered, What can we do about it."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if "Wh" not in text and "How" not in text:
            return
        for start in sorted(_sentence_starts(text)):
            match = _INVERTED_QUESTION.match(text, start)
            if match is None:
                continue
            sentence = match.group()
            if _STATEMENT_TAIL.search(sentence, sentence.find(" ", sentence.find(" ") + 1)):
                continue
            at = match.start(1)
            yield self.finding(
                match.start(),
                at + 1,
                "A question that ends with a full stop",
                fixes=[
                    Fix((Edit(at, at + 1, "?"),), Applicability.UNSAFE, "write a question mark")
                ],
                confidence=0.6,
            )
