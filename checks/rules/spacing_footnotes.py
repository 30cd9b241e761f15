"""A footnote or glossary number glued to the word it annotates (MT155): "the evaluation2 of the
staff", "under the system3, the bureau".

A translated page whose source marked terms with superscript numbers loses the superscript in
MT or extraction: the number stays, glued to the end of the word. Screened on the distinct chunks
(a lower-case word and one or two digits, nothing after but punctuation); the document must then
show the habit, two different words numbered in ascending order, before anything is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    find_word,
    language_data,
    looks_technical,
)
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import zipf

# In the chunk lines: a word of four letters or more ending in one or two digits, then at most
# one punctuation mark before the chunk ends.
_CHUNK = re.compile(r"\n([^\W\d_]{4,})([1-9]\d?)[,.;:)]?(?=\n)")
# After the numbered word: a space and a letter, or punctuation (the sentence goes on
# or ends: "evaluation2 of", "system3, the").
_AFTER = re.compile(r"[,.;:)]?(?: [^\W\d_]|[,.;:)]?(?:\s|$))")
# The word must be one the language knows well, the glued whole one it does not.
_WORD_ZIPF = 3.0
_LARGEST = 30  # a footnote's number: small
_EVIDENCE = 2  # distinct numbered words the document must show


@register
class FootnoteGlued(Rule):
    code = "MT155"
    name = "footnote-number-glued"
    summary = "A footnote number glued to the word it annotates ('the evaluation2 of the staff')."
    doc = """
    What it finds: a common lower-case word with a small number (1 to 30) glued to its end,
    the sentence going on after it ("the evaluation2 of the staff", "the system3, the bureau"),
    where the text does so with at least two different words whose numbers rise in the
    order they come: the superscript marks of a glossary or of footnotes, flattened.
    Why it matters: the source marked terms with superscript numbers that MT or extraction
    turned into plain digits glued to the word; readers see a misspelt word.
    Fix safety: unsafe: the number is removed (it may be restored as a superscript instead,
    if the notes are kept).
    Known false positives: words that take a number by convention ("page2", "level3",
    "covid19": number_label_words in the typography table, and any glued form wordfreq
    knows); one numbered word alone is never taken, nor two that share one word ("node1 and
    node2") or whose numbers do not rise; identifiers in prose ("item1 … value2") still can be.
    """
    examples = (
        Example(
            "The evaluation2 of the staff and the training3 of new hires were reviewed.",
            "The evaluation of the staff and the training of new hires were reviewed.",
        ),
        good("Read page2 and level3 of the guide; covid19 rose, see chapter5 and step6."),
        good("The evaluation2 of the staff was reviewed."),
        good("Start node1 and node2, then route traffic to node3."),
        good("The training3 and the evaluation2 were reviewed."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        hits = _CHUNK.findall(chunk_text(document))
        if len(hits) < _EVIDENCE:
            return
        language = base_language(document)
        labels = word_set(data, "number_label_words")
        candidates = {
            word + number
            for word, number in hits
            if word.islower()
            and int(number) <= _LARGEST
            and word not in labels
            and zipf(word, language) >= _WORD_ZIPF
            and not zipf(word + number, language)
            and not zipf(word + number, "en")
        }
        if len(candidates) < _EVIDENCE:
            return
        text = document.text
        places = sorted(
            (start, end, token)
            for token in candidates
            for start, end in find_word(text, token)
            if _AFTER.match(text, end) and not looks_technical(text, start, end)
        )
        if not _rising(places):
            return
        for start, end, token in places:
            cut = len(token.rstrip("0123456789"))
            yield self.finding(
                start,
                end,
                f"'{token}' looks like '{token[:cut]}' with a footnote number glued to it",
                fixes=[
                    Fix(
                        (Edit(start + cut, end, ""),),
                        Applicability.UNSAFE,
                        f"remove the number: '{token[:cut]}'",
                    )
                ],
                confidence=0.6,
            )


def _rising(places: list[tuple[int, int, str]]) -> bool:
    """Whether the numbered words, in the order they come, are at least two different words
    whose numbers rise (each word's first use counts): footnotes are numbered in order."""
    seen: dict[str, int] = {}
    for _, _, token in places:
        word = token.rstrip("0123456789")
        seen.setdefault(word, int(token[len(word) :]))
    numbers = list(seen.values())
    return len(numbers) >= _EVIDENCE and all(a < b for a, b in pairwise(numbers))
