"""Direct speech whose quotation marks were both lost (family MT2): "We will not give up, the
minister said." — a first-person sentence closed by its attribution, in a paragraph without a
single quotation mark.

The attribution verbs are data (``attribution_words`` and ``attribution_participles`` in
``resources/typography/en.json``).
One scan finds ", " and an attribution (a subject, then a verb of the table); everything else is
judged per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical, text_characters, trie_pattern
from mtlint.checks.typography import word_set

# The attribution's end: a full stop before a capital or the line's end, not after a title.
_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)\.(?= [A-Z]|[ \t]*(?:\n|$))")
_ATTRIBUTION_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
_STRICT: dict[frozenset[str], re.Pattern[str]] = {}


def _strict(verbs: frozenset[str]) -> re.Pattern[str]:
    """A comma, a subject (a pronoun, "the" and a few words, or a name) and one of ``verbs``
    (a trie: the literal ", " leads, and most commas fail on the next letters at C speed)."""
    pattern = _STRICT.get(verbs)
    if pattern is None:
        alternation = trie_pattern(verbs)
        pattern = _STRICT[verbs] = re.compile(
            r", (?:(?:he|she|they|the(?: [a-z]+){1,3}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) )?"
            r"(?:" + alternation + r")\b"
        )
    return pattern


# First- and second-person words: speech, never reported speech.
_PERSON = re.compile(r"\b(?:I|I'm|I’m|[Ww]e|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our)\b")
# Any quotation mark; the apostrophe inside a word is no quotation mark.
_QUOTE = re.compile(r"[\"“”„«»‹›‘]|’(?![^\W\d_])|(?<![^\W\d_])'|'(?![^\W\d_])")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:] )|(?<=\n))(?=[A-Z])", re.MULTILINE)
_SAYING_BEFORE_COLON = re.compile(r"\b(?:said|says|added|stated|declared|noted|stressed|told \w+):")
_NOT_SPEECH = frozenset({"that", "whether", "if", "how", "why", "when", "which", "who"})


@register
class SpeechMarksLost(Rule):
    code = "MT227"
    name = "speech-marks-lost"
    summary = "Direct speech with both quotation marks lost ('We will win, he said.')."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a sentence in the first or second person (I, we, our, you …) closed by a
    comma and its attribution ("…, he said.", "…, said the minister.", "…, the mayor told
    reporters."), in a paragraph that holds no quotation mark at all.
    Why it matters: MT and scraping drop both marks of a quotation; the speaker's words then
    read as the reporter's.
    Fix safety: unsafe; “ goes before the sentence and ” after its comma, but the quotation
    may have started in an earlier sentence.
    Known false positives: indirect speech in the first person of a group the writer belongs
    to ("our country must act, the minister said" in a national newspaper), and a quotation
    carried over from the previous paragraph without marks.
    """
    examples = (
        Example(
            "We will not let anyone harm our people, the minister said.",
            "“We will not let anyone harm our people,” the minister said.",
        ),
        Example(
            "Prices rose. The main task for us is peace, said Mr. Smith. Then he left.",
            "Prices rose. “The main task for us is peace,” said Mr. Smith. Then he left.",
        ),
        good("The plan will be ready in May, the minister said."),
        good("“We will win,” he said. Then he said we would see, the aide added."),
        good("We will win, says the prime minister"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        verbs = word_set(data, "attribution_words") | word_set(data, "attribution_participles")
        if not verbs:
            return
        text = document.text
        if ", " not in text:
            return
        for match in _strict(verbs).finditer(text):
            if not _is_attribution(text, match.start() + 2, verbs):
                continue
            comma = match.start()
            start = _sentence_start(text, comma)
            if start is None:
                continue
            spoken = text[start:comma]
            if not _PERSON.search(spoken) or len(spoken.split()) < 4:
                continue
            # "He said that we…, the aide added": reported speech inside, no quotation.
            if not verbs.isdisjoint(_ATTRIBUTION_WORD.findall(spoken.lower())):
                continue
            line_start = text.rfind("\n", 0, comma) + 1
            line_end = text.find("\n", comma)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _QUOTE.search(line) or looks_technical(text, start, comma):
                continue
            curly = "“" in text_characters(document) or '"' not in text_characters(document)
            opening, closing = ("“", "”") if curly else ('"', '"')
            yield self.finding(
                start,
                comma + 1,
                "Direct speech closed by its attribution, with no quotation marks",
                fixes=[
                    Fix(
                        (Edit(start, start, opening), Edit(comma + 1, comma + 1, closing)),
                        Applicability.UNSAFE,
                        "put the speech in quotation marks",
                    )
                ],
                confidence=0.7,
            )


def _sentence_start(text: str, comma: int) -> int | None:
    """Where the sentence holding ``comma`` starts (None when it starts more than 400
    characters back, or holds a verb of saying and a colon: "He said: we…" is MT208's)."""
    window = max(0, comma - 400)
    start = None
    for match in _SENTENCE_START.finditer(text, window, comma):
        start = match.start()
    if start is None:
        return None
    colon = text.find(":", start, comma)
    if colon >= 0 and _SAYING_BEFORE_COLON.search(text, start, colon + 1):
        return None
    return start


def _is_attribution(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether ``text[at:]`` is a short attribution ending its sentence ("the minister said.",
    "said Mr. Smith.", "he told reporters on Monday."): at most sixteen words, one of them an
    attribution verb, none a conjunction of reported speech."""
    end = _END.search(text, at, at + 120)
    if end is None:
        return False
    words = _ATTRIBUTION_WORD.findall(text, at, end.start())
    if not words or len(words) > 16 or len(" ".join(words)) + 8 < end.start() - at:
        return False
    lowered = {word.lower() for word in words}
    return bool(lowered & verbs) and not lowered & _NOT_SPEECH
