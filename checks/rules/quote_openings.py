"""Quotations that lost their opening mark: MT keeps the attribution ("…,’ he said", "… – said
Filashkin") or the closing mark but drops the mark that opens the quotation, or renders a
Russian or Ukrainian dash of direct speech instead of quotation marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.quote_attribution import (
    ATTRIBUTION as _ATTRIBUTION,
)
from mtlint.checks.quote_attribution import (
    NAMED as _NAMED,
)
from mtlint.checks.quote_attribution import (
    SAYING as _SAYING,
)
from mtlint.checks.quote_attribution import (
    SPEAKER as _SPEAKER,
)
from mtlint.checks.quote_attribution import (
    spaced_dash_hits,
    stands_alone,
)
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text, language_data, scan_marks
from mtlint.checks.typography import table, word_set

# A closing mark right after the quotation's last punctuation or word, then the attribution
# (",’ he said", ".” said Filashkin", "” added the minister"). Group 1 the closing mark.
# A ’ counts only after punctuation: after a letter it may close a plural possessive ("the
# Saudis’ Foreign Minister said"); no mark counts after a digit (inches: 7" said the maker).
_CLOSE_THEN_ATTRIBUTION = re.compile(
    rf"(?:(?<=[.,!?])[”’\"]|(?<=[^\W\d_])[”\"])(?: {_SPEAKER} {_SAYING}\b| {_SAYING} {_NAMED}\b)"
)
# A dash of direct speech after the quotation's last word or punctuation, then the attribution
# ending the paragraph (". – said Filashkin.", "district - said Artyukh."): the source
# language's way of quoting. Group 1 the punctuation and the dash.
_DASH_ATTRIBUTION = re.compile(
    rf"(?<=\w)([.,!?]? [–—-]) (?:{_SAYING} {_NAMED}\b|{_SPEAKER} {_SAYING}\b)"
    r"(?=[^.!?]{0,100}[.!?]?\s*$)"
)
# A spaced dash earlier in the paragraph makes the last one the end of a parenthesis ("no
# student - much less any teacher - said they"), not a dash of direct speech.
_DASHES = re.compile(r" [–—-] ")
# A closing mark at the end of a quotation: after a word or punctuation, before a space,
# punctuation or the end ("about“." counts: MT often turns the closing mark round).
_CLOSING_MARK = re.compile(r"(?<=[\w.,!?])[”“\"](?=[\s.,;:!?)]|$)")
# A verb of saying and a colon, then a capitalised word with no quotation mark: where the
# quotation of "he said: We are…" begins. Group 1 the first word.
_SAYING_COLON = re.compile(rf"\b{_SAYING}: ([A-Z][\w'’-]*)")
# Where a finding can be: the rule reads only the paragraphs these whole-text scans hit, each
# led by a literal so the scan jumps between its occurrences at C speed (a pattern led by a
# character class is entered at every position, about ten times slower): a closing mark and
# an attribution, a spaced dash and an attribution, a colon after a verb of saying.
# Each scan is first tried on the document's distinct chunks (``chunk_text``, a few percent of
# its size): a closing mark ends a chunk, a spaced dash is a chunk, the colon ends a verb of
# saying; a scan runs on the text only where its chunk screen hits. (The chunks come in no
# particular order, and the last one has no line break after it.)
# Each chunk screen needs a chunk that ends in its mark (the fourth field): where none does
# (two ``str`` tests at C speed), the chunk screen, led by a class or a word boundary, is not run.
_SCREENS = (
    *(
        (
            "close",
            re.compile(rf"[.,!?\w]{mark}(?:\n|\Z)"),
            re.compile(re.escape(f"{mark} ") + _ATTRIBUTION),
            mark,
        )
        for mark in '”’"'
    ),
    (
        "colon",
        re.compile(rf"\b{_SAYING}:(?:\n|\Z)"),
        re.compile(r": (?<=[dse]: )(?=[A-Z])"),
        ":",
    ),
)


def _screened(chunks: str, chunk_screen: re.Pattern[str], end: str) -> bool:
    """Some chunk ends in ``end`` (two ``str`` tests) and ``chunk_screen`` finds it."""
    return (end + "\n" in chunks or chunks.endswith(end)) and bool(chunk_screen.search(chunks))


# Any mark that could open a quotation (a ’ between letters is an apostrophe, not listed).
_OPENING_MARKS = re.compile(r"[“\"‘«„]")


@register
class QuotationWithoutOpening(Rule):
    code = "MT208"
    name = "quotation-without-opening"
    summary = "A quotation with its closing mark or attribution but no opening mark."
    languages = frozenset({"en", "de"})
    severity = Severity.INFO
    doc = """
    What it finds: a paragraph whose quotation ends with a closing mark followed by its
    attribution (",’ he said", ".” added the minister"), or a dash of direct speech and the
    attribution ending the paragraph (". – said Filashkin.", "district - added the head of
    the region.", the Russian and Ukrainian way), with no quotation mark
    before it in the paragraph; and a quotation after "said:" with a closing mark but no
    opening one ("said: We are not… about“."). The finding covers the quotation, from where
    its opening mark belongs to its end.
    Why it matters: MT keeps the attribution but drops the opening mark (or renders the dash of
    direct speech literally); the reader cannot tell where the quoted words begin.
    Fix safety: unsafe; the opening mark is inserted at the paragraph's start (or after the
    colon) and a speech dash becomes a comma and a closing mark, but a quotation can start
    mid-paragraph, so a person should confirm.
    Other languages with a table (German: ``attribution_words``, ``speech_quotes`` „“): the
    dash of direct speech only ("… zu bringen – erklärte Herr Meta." → „… zu bringen“,
    erklärte Herr Meta.), not after a conjunction of reported speech (``reported_speech_words``:
    "hervorgehoben, dass … – erklärte er" is indirect speech).
    Known false positives: a quotation carried over from the previous paragraph (skipped when
    that paragraph leaves one open); a dash before "said" used as a parenthesis.
    """
    examples = (
        Example(
            "It is very difficult to deliver aid there,’ he said.",
            "‘It is very difficult to deliver aid there,’ he said.",
        ),
        Example(
            "We identified more places that require evacuation. – said Filashkin.",
            "“We identified more places that require evacuation,” said Filashkin.",
        ),
        Example(
            "Eduardo Domínguez said: We are not what we show on the court”.",
            "Eduardo Domínguez said: “We are not what we show on the court”.",
        ),
        good("“It is very difficult,” he said. “We will try,” he added."),
        good("The students’ union said so; the workers’ strike went on, officials said."),
        good("“The first paragraph of a long quotation\nruns on here,” he said."),
        good("He said: We will see. Then he left."),
        good("The plan – said to be the largest ever – was approved."),
        good("Prices rose - the minister said - by five percent in the year to March."),
        good("No student interviewed - much less any teacher - said they believed it."),
        Example(
            "Most of them are communities in Sumy district - said Artyukh.",
            "“Most of them are communities in Sumy district,” said Artyukh.",
        ),
        good('Sizes were 5" and 7" said the maker.'),
        Example(
            'The power was restored at 2:30 a.m., although it had been promised by 11 p.m.," '
            "Itar-Tass reported.",
            '"The power was restored at 2:30 a.m., although it had been promised by 11 p.m.," '
            "Itar-Tass reported.",
        ),
        good("The talks went on, the Saudis’ Foreign Minister said on Monday."),
        Example(
            "Wir wollen die Beziehungen auf einen neuen Stand bringen – erklärte Herr Meta.",
            "„Wir wollen die Beziehungen auf einen neuen Stand bringen“, erklärte Herr Meta.",
            "de",
        ),
        good(
            "Die Projekte – von der Straße bis zur Schule – dienen allen, erklärte er.",
            language="de",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if base_language(document) != "en":
            yield from self._speech_dash(document)
            return
        text = document.text
        chunks = chunk_text(document)
        hits = sorted(
            [
                *(
                    (m.start(), kind)
                    for kind, chunk_screen, screen, end in _SCREENS
                    if _screened(chunks, chunk_screen, end)
                    for m in scan_marks(document, [screen])
                ),
                *((at, "dash") for at in spaced_dash_hits(document)[0]),
            ]
        )
        if not hits:
            return
        paragraphs = document.paragraphs
        starts = [paragraph.start for paragraph in paragraphs]
        # The first hit of each kind in each paragraph hit, paragraphs in text order.
        firsts: dict[int, dict[str, int]] = {}
        for at, kind in hits:
            index = bisect_right(starts, at) - 1
            if index >= 0:
                firsts.setdefault(index, {}).setdefault(kind, at - starts[index])
        for index, kinds in firsts.items():
            paragraph = paragraphs[index]
            previous = paragraphs[index - 1] if index else None
            carried = previous is not None and _leaves_open(text[previous.start : previous.end])
            content = text[paragraph.start : paragraph.end]
            found = self._paragraph(paragraph.start, content, carried, kinds)
            if found is not None:
                yield found

    def _paragraph(
        self, offset: int, content: str, carried: bool, kinds: dict[str, int]
    ) -> Finding | None:
        """The finding for one paragraph, if its first quotation has no opening mark. The
        searches start where the screens first hit (``kinds``): nothing matches before."""
        if not carried and "close" in kinds:
            attributed = _CLOSE_THEN_ATTRIBUTION.search(content, kinds["close"])
            if (
                attributed
                and not _OPENING_MARKS.search(content, 0, attributed.start())
                and _has_words(content, 0, attributed)
            ):
                close = attributed.start()
                opener = {"’": "‘", '"': '"'}.get(content[close], "“")
                return self._report(offset, 0, close + 1, ((0, 0, opener),))
        if not carried and "dash" in kinds:
            dashed = _DASH_ATTRIBUTION.search(content, max(0, kinds["dash"] - 3))
            if (
                dashed
                and not _OPENING_MARKS.search(content, 0, dashed.start())
                and _has_words(content, 0, dashed)
                and not _DASHES.search(content, 0, dashed.start())
            ):
                start, end = dashed.span(1)
                return self._report(offset, 0, end, ((0, 0, "“"), (start, end, ",”")))
        if "colon" not in kinds:
            return None
        colon = _SAYING_COLON.search(content, max(0, kinds["colon"] - 14))
        if colon is None:
            return None
        start = colon.start(1)
        closing = _CLOSING_MARK.search(content, start)
        if closing is None or _OPENING_MARKS.search(content, start, closing.start()):
            return None
        return self._report(offset, start, closing.end(), ((start, start, "“"),))

    def _speech_dash(self, document: Document) -> Iterator[Finding]:
        """Other languages: a dash of direct speech and an attribution ending the paragraph
        ("… zu bringen – erklärte Herr Meta."), the verbs from the language's
        ``attribution_words``, the marks from its ``speech_quotes`` ("„“")."""
        data = language_data(document)
        verbs = word_set(data, "attribution_words")
        marks = str(table(data, "speech_quotes", "") or "")
        chunks = chunk_text(document)
        if not verbs or len(marks) != 2 or not any(stands_alone(chunks, d) for d in "–—"):
            return
        text = document.text
        pattern = _speech_dash_pattern(tuple(sorted(verbs)))
        reported = word_set(data, "reported_speech_words")
        for paragraph in document.paragraphs:
            content = text[paragraph.start : paragraph.end]
            if " –" not in content and " —" not in content:
                continue
            dashed = pattern.search(content)
            if dashed is not None and _reported(content[: dashed.start()], reported):
                continue  # "hervorgehoben, dass …": indirect speech, no quotation to open
            if (
                dashed is None
                or _OPENING_MARKS.search(content, 0, dashed.start())
                or _DASHES.search(content, 0, dashed.start())
                or not _has_words(content, 0, dashed)
            ):
                continue
            start, end = dashed.span(1)
            yield self._report(
                paragraph.start, 0, end, ((0, 0, marks[0]), (start, end, marks[1] + ","))
            )

    def _report(
        self, offset: int, start: int, end: int, edits: tuple[tuple[int, int, str], ...]
    ) -> Finding:
        return self.finding(
            offset + start,
            offset + end,
            "This quotation has no opening quotation mark",
            fixes=[
                Fix(
                    tuple(Edit(offset + a, offset + b, new) for a, b, new in edits),
                    Applicability.UNSAFE,
                    "open the quotation here",
                )
            ],
            confidence=0.6,
        )


@lru_cache(maxsize=16)
def _speech_dash_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A dash of direct speech after the quotation's last word or punctuation, then a verb of
    saying and a short attribution ending the paragraph. Group 1 the punctuation and dash."""
    alternatives = "|".join(re.escape(v) for v in verbs)
    return re.compile(
        rf"(?<=\w)([.,!?]? [–—]) (?:{alternatives})\b(?=[^.!?\n]{{0,60}}[.!?]?\s*$)", re.IGNORECASE
    )


def _reported(content: str, words: frozenset[str]) -> bool:
    """Whether ``content`` holds a conjunction of reported speech ("dass")."""
    return any(word in words for word in re.findall(r"\w+", content.lower()))


def _has_words(content: str, start: int, match: re.Match[str]) -> bool:
    """At least three words of quotation before the closing mark (not a lone quoted word)."""
    return len(content[start : match.start()].split()) >= 3


def _leaves_open(content: str) -> bool:
    """The paragraph opens a double quotation it does not close (a quotation over paragraphs)."""
    return content.count("“") > content.count("”") or content.count('"') % 2 == 1
