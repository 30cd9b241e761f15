"""A paragraph that ends with a comma while the next opens a new sentence: MT split a sentence
at the wrong place, or turned the source's full stop into a comma ("…said the head of the
Donetsk RMA,⏎When asked…")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data
from mtlint.checks.typography import word_set

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
