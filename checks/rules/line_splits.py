"""A word cut in two by a line break (MT199): a page's layout, a PDF's or a CMS's line wrap,
left a break inside a word, with no hyphen ("…criticising the government. Sev⏎enty-three
projects", an invented example of the shape): neither half is a word of the language, the two
together are a common one (the language's word frequencies, wordfreq)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.proseblocks import PROSE_FORMATS
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.wordlists import zipf

# Letters ending a line and letters opening the next one in lower case: led by the literal
# line break (the scan jumps between breaks at C speed). Group 1 the tail of the line (from
# the start of its last word: read back from the break), group 2 the head of the next line.
_BREAK_IN_WORD = re.compile(r"\n([a-z]+)")
_LINE_TAIL = re.compile(r"(?<![\w'’.-])([A-Za-z]+)\Z")
# A half is no word of the language below this Zipf frequency ("sev", "enty", "gover"); the
# joined word is a common one from this one on, and far more common than either half.
_HALF_ZIPF = 2.6
_WORD_ZIPF = 3.5
_MARGIN = 1.0
# The halves hold at least this many letters together (short tokens are abbreviations).
_MIN_LETTERS = 6


@register
class WordSplitAcrossLines(Rule):
    code = "MT199"
    name = "word-split-across-lines"
    summary = "A word cut in two by a line break ('Sev⏎enty-three')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a line that ends on letters and a next line that opens with lower-case
    letters, when neither half is a word of the language (Zipf below 2.6) and the two joined
    are a common word (Zipf 3.5 or more, one more than either half): "Sev⏎enty-three",
    "gover⏎nment".
    Why it matters: a page's line wrap (a PDF's layout, a CMS's fixed-width column) left a
    break inside the word; MT and spell checkers then read two broken words.
    Fix safety: unsafe: the break is removed and the halves joined.
    Known false positives: none measured; a half that is a word ("in⏎formation", "con⏎tinue")
    is left alone (a hard-wrapped line may end on a word), and so are subtitles, PO and XLIFF
    units, whose lines break where their format says.
    Confidence: 0.6, a prior: one labelled span (pool-rec25), no firing in the scan of
    BENCHMARKS.md "h29ends".
    """
    examples = (
        Example(
            "Officials said the new rules would take effect at the start of next week. Sev\n"
            "enty-three schools stayed closed on Monday because of the storm.",
            "Officials said the new rules would take effect at the start of next week. "
            "Seventy-three schools stayed closed on Monday because of the storm.",
        ),
        good("The office keeps all the in\nformation about the projects in one place, he said."),
        good("The minister met the press in\nthe capital on Monday and spoke about the plans."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if document.format not in PROSE_FORMATS or document.units or "\n" not in text:
            return
        language = document.language or "en"
        for match in _BREAK_IN_WORD.finditer(text):
            at = match.start()
            tail = _LINE_TAIL.search(text, max(0, at - 40), at)
            if tail is None:
                continue
            head = match.group(1)
            if len(tail.group(1)) + len(head) < _MIN_LETTERS:
                continue
            joined = tail.group(1) + head
            whole = zipf(joined, language)
            if whole < _WORD_ZIPF:
                continue
            halves = max(zipf(tail.group(1), language), zipf(head, language))
            if halves >= _HALF_ZIPF or whole < halves + _MARGIN:
                continue
            yield self.finding(
                tail.start(1),
                match.end(1),
                f"'{joined}' is cut in two by a line break",
                fixes=[Fix((Edit(at, at + 1, ""),), Applicability.UNSAFE, f"join '{joined}'")],
                confidence=0.6,
            )
