"""The screened spacing and punctuation rules, and the batched paragraph split, give exactly what
their plain versions give.

Each rule here asks the document's distinct chunks (``chunk_text``) which marks can match
before it scans the text. The reference versions below are the rules as they were before the
screens (whole-text scans, one test per paragraph); hypothesis compares the findings on texts
built from the pieces the rules look for, in several languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mtlint.checks import segment
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.rules import punctuation, spacing
from mtlint.checks.rules.punctuation import (
    DoubledPunctuation,
    ForeignPunctuation,
    UnbalancedBrackets,
    UnbalancedQuotes,
)
from mtlint.checks.rules.spacing import (
    DoubleSpace,
    MissingSpaceAfterComma,
    MissingSpaceAfterSentence,
    SpaceBeforePunctuation,
)
from mtlint.checks.textscan import (
    chunk_edge,
    chunk_text,
    language_data,
    looks_technical,
    text_characters,
)
from mtlint.checks.typography import table, word_set

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words, the marks and the spacing the rules look for, glued in any order.
_PIECES = [
    "said",
    "The",
    "a",
    "We",
    "x",
    "U",
    "2",
    "nbsp",
    "&nbsp",
    "&#160",
    "to",
    "korea",
    "Moscow",
    "http://a.org/x",
    "f(x)=",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\r\n",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "%",
    "..",
    "...",
    "…",
    "'",
    "’",
    "n't",
    "n’t",
    "'s",
    "'re",
    "l'",
    "qu’",
    "d'",
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "。",
    "，",
    "、",
    "北京",
    "¿",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_LANGUAGE = st.sampled_from(["en", "fr", "de", "it", "nl", "ja"])


def _findings(rule: object, text: str, language: str) -> list[Finding]:
    return list(rule.check(Document(text=text, language=language)))  # type: ignore[attr-defined]


def _insert(offset: int, text: str, applicability: Applicability, title: str = "") -> Fix:
    return Fix((Edit(offset, offset, text),), applicability, title)


# --- the rules as they were: whole-text scans --------------------------------------------------


class PlainMissingSpaceAfterSentence(MissingSpaceAfterSentence):
    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        openers = data.sentence_starters | data.function_words
        for match in self._pattern.finditer(text):
            before = text[max(0, match.start() - 2) : match.start()]
            if not spacing._glued_sentence(match.group(3), before, openers):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            mark = match.group(1)
            safe = mark == "."
            yield self.finding(
                match.start(1),
                match.end(3),
                f"No space after '{mark}' before '{match.group(3)}'",
                fixes=[
                    _insert(
                        match.start(3),
                        " ",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.85 if safe else 0.65,
            )


class PlainSpaceBeforePunctuation(SpaceBeforePunctuation):
    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        marks = str(table(data, "no_space_before") or ",.")
        openers = data.sentence_starters | data.function_words
        for match in re.finditer(" [" + re.escape(marks) + "]", text):
            mark_at = match.end() - 1
            mark = text[mark_at]
            after = text[mark_at + 1 : mark_at + 2]
            if after and not (after.isspace() or after in '"”’'):
                if mark in ".!?" and spacing._SENTENCE_GLUED.match(text, match.start()):
                    yield from self._sentence_glued(text, match.start(), openers)
                continue
            space_start = match.start()
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            before = text[space_start - 1 : space_start]
            if not before or not (before.isalnum() or before in ')]”’"'):
                continue
            yield self._finding(space_start, mark_at + 1, f"'{mark}'", space_start, mark_at)
        for match in self._open_bracket.finditer(text):
            start, end = match.span()
            yield self._finding(start, end, "inside brackets", start + 1, end)
        for match in self._close_bracket.finditer(text):
            start, end = match.span()
            space_start = start
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            if space_start > 0 and re.match(r"[\w.!?]", text[space_start - 1]):
                yield self._finding(space_start, end, "inside brackets", space_start, end - 1)
        yield from self._elisions(document, word_set(data, "elisions"))
        clitics = word_set(data, "clitics")
        if clitics:
            for match in spacing._clitic_pattern(clitics).finditer(text):
                if spacing._after_letter(text, match.start()):
                    yield self._finding(
                        match.start(),
                        match.end(),
                        "in a contraction",
                        match.start(),
                        match.start(1),
                    )


class PlainMissingSpaceAfterComma(MissingSpaceAfterComma):
    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        text = document.text
        for match in self._pattern.finditer(text):
            start = match.start()
            if not spacing._after_letter(text, start) or looks_technical(text, start, match.end()):
                continue
            if match.group() == ";" and spacing._ENTITY_BEFORE.search(
                text, max(0, start - 40), start
            ):
                continue
            previous = text[max(0, start - 20) : start].split()
            if "=" in text[max(0, start - 20) : start + 20] or (previous and "(" in previous[-1]):
                continue
            before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
            after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 40])
            wordy = before and after and len(before.group()) > 1 and len(after.group()) > 1
            yield self.finding(
                start,
                match.end(),
                f"No space after '{match.group()}'",
                fixes=[
                    _insert(
                        match.end(),
                        " ",
                        Applicability.SAFE if wordy else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.8 if wordy else 0.55,
            )


class PlainDoubleSpace(DoubleSpace):
    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for match in self._pattern.finditer(text):
            if match.start() == 0 or text[match.start() - 1].isspace():
                continue
            if spacing._SENTENCE_END.search(text, max(0, match.start() - 3), match.start()):
                continue
            yield self.finding(
                match.start(),
                match.end(),
                "Two or more spaces between words",
                fixes=[
                    Fix((Edit(match.start(), match.end(), " "),), Applicability.SAFE, "one space")
                ],
                confidence=0.9,
            )


class PlainDoubledPunctuation(DoubledPunctuation):
    """The runs ``_pattern.finditer`` gives, through the rule's own per-run checks."""

    @classmethod
    def _runs(cls, text: str, lines: str) -> Iterator[re.Match[str]]:
        return cls._pattern.finditer(text)


class PlainUnbalancedQuotes(UnbalancedQuotes):
    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        quotes = punctuation._QUOTE_CHARS
        pairs = {o: c for o, c in data.quote_pairs.items() if o in quotes and c in quotes}
        pairs = {o: c for o, c in pairs.items() if o != c and o not in "‘’‚‹" and c not in "‘’›"}
        marks = set(pairs) | set(pairs.values()) | {'"'}
        if not any(m in text for m in marks):
            return
        alternatives = table(data, "closing_alternatives", {}) or {}
        paragraphs = document.paragraphs
        for index, paragraph in enumerate(paragraphs):
            content = text[paragraph.start : paragraph.end]
            if not any(m in content for m in marks):
                continue
            next_start = ""
            if index + 1 < len(paragraphs):
                following = paragraphs[index + 1]
                next_start = text[following.start : following.start + 1]
            mixed = [o + c for o, c in pairs.items() if o in content or c in content]
            if '"' in content and mixed:
                yield from self._straight(paragraph.start, content, '"' + "".join(mixed))
                continue
            for opener, closer in pairs.items():
                if (
                    pairs.get(closer) == opener
                    and punctuation._first(content, closer, opener) == closer
                ):
                    continue
                yield from self._pair(
                    paragraph.start, content, opener, closer, next_start, alternatives
                )
            yield from self._straight(paragraph.start, content)


class PlainUnbalancedBrackets(UnbalancedBrackets):
    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if not any(c in text for c in "()[]{}"):
            return
        for paragraph in document.paragraphs:
            content = text[paragraph.start : paragraph.end]
            if not any(c in content for c in "()[]{}"):
                continue
            yield from self._paragraph(paragraph.start, content)


class PlainForeignPunctuation(ForeignPunctuation):
    """The marks ``_class_pattern`` finds, in text order."""

    def check(self, document: Document) -> Iterator[Finding]:
        table = language_data(document).foreign_punctuation
        if not table:
            return
        text = document.text
        for match in punctuation._class_pattern("".join(table)).finditer(text):
            yield self.finding(match.start(), match.end(), match.group())


class ScreenedForeignPunctuation(ForeignPunctuation):
    """The rule's own matches, reduced like ``PlainForeignPunctuation``'s (the CJK test and the
    message are shared code): every mark is reported, whatever surrounds it."""

    _cjk = re.compile(r"(?!)")

    def _in_context(self, document: Document, data: object) -> Iterator[Finding]:
        return iter(())  # marks foreign by their context are not screened: not compared here

    def check(self, document: Document) -> Iterator[Finding]:
        for finding in super().check(document):
            yield self.finding(finding.start, finding.end, document.text[finding.start])


PAIRS = [
    (PlainMissingSpaceAfterSentence, MissingSpaceAfterSentence),
    (PlainSpaceBeforePunctuation, SpaceBeforePunctuation),
    (PlainMissingSpaceAfterComma, MissingSpaceAfterComma),
    (PlainDoubleSpace, DoubleSpace),
    (PlainDoubledPunctuation, DoubledPunctuation),
    (PlainUnbalancedQuotes, UnbalancedQuotes),
    (PlainUnbalancedBrackets, UnbalancedBrackets),
    (PlainForeignPunctuation, ScreenedForeignPunctuation),
]


@pytest.mark.parametrize(("plain", "screened"), PAIRS, ids=[p[1].code for p in PAIRS])
@SETTINGS
@given(text=_TEXT, language=_LANGUAGE)
def test_screened_rule_finds_what_the_plain_scan_finds(plain, screened, text, language):
    assert _findings(screened(), text, language) == _findings(plain(), text, language)


def test_the_screens_let_through_what_only_the_text_shows():
    """Marks at chunk edges whose context lies outside the chunk: the screens must keep them."""
    cases = {
        SpaceBeforePunctuation: [
            "He said .” Then he left ,",
            "A test ( FTIR ) and [ x ] worked .",
            "I do n't know ; it 's late , they ’re here .",
            "Il l' a dit , qu’ il vient .",
        ],
        MissingSpaceAfterSentence: ["He said “yes.”Then he left.", "Ready?We go!Now said.The"],
        MissingSpaceAfterComma: ["He visited Moscow,Tashkent;Minsk and vendors&nbsp;today."],
        DoubledPunctuation: ["He said,, that it was over.. The end,. And;; then:: so.,"],
        ForeignPunctuation: ["He said «yes» to the plan。Moscow，Tashkent"],
        UnbalancedQuotes: ['He said, “we will go there.\n\nOdd "one.\n\nShe said ”no.'],
        UnbalancedBrackets: ["The agency (RIA said.\n\nThe [agency] said) so.\n\n{x"],
        DoubleSpace: ["Two  spaces and three   here.\n  indented"],
    }
    pairs = {screened.code: (plain, screened) for plain, screened in PAIRS}
    for rule, texts in cases.items():
        plain, screened = pairs[rule.code]
        for text in texts:
            for language in ("en", "fr"):
                expected = _findings(plain(), text, language)
                assert _findings(screened(), text, language) == expected, (rule.code, text)
                if language == "en":
                    assert expected, (rule.code, text)


@SETTINGS
@given(text=_TEXT)
def test_the_stray_ellipsis_screen_is_exact(text):
    """MT201 scans for an ellipsis only when the chunk lines hold it: an ellipsis holds no
    whitespace, so they hold it exactly when the text does (its whole-text scan is the rule)."""
    lines = chunk_text(Document(text=text, language="en"))
    for ellipsis in ("…", "..."):
        assert (ellipsis in lines) == (ellipsis in text)


# --- the shared screens ------------------------------------------------------------------------


@SETTINGS
@given(text=_TEXT, edge=st.sampled_from([".", ",", "(", ")", "…", "...", "'s", "n't", ".”"]))
def test_chunk_edges_follow_their_definition(text, edge):
    lines = chunk_text(Document(text=text, language="en"))
    chunks = text.split()
    assert chunk_edge(lines, edge, start=True) == any(c.startswith(edge) for c in chunks)
    assert chunk_edge(lines, edge, start=False) == any(c.endswith(edge) for c in chunks)


def test_screens_follow_a_replaced_text():
    document = Document(text="one two", language="en")
    rule = SpaceBeforePunctuation()
    assert not list(rule.check(document)) and "," not in text_characters(document)
    document.text = "one two three ,"
    assert [f.span for f in rule.check(document)] == [
        f.span for f in _findings(rule, document.text, "en")
    ]
    assert list(rule.check(document))


@SETTINGS
@given(
    text=st.lists(st.sampled_from(["a", "(", "“", "\n", "\n\n", " ", "b.", "Wrapped " * 9])).map(
        "".join
    ),
    marks=st.lists(st.sampled_from(["(", "“", "a", "b.", "(“", ""]), max_size=3),
)
def test_paragraphs_with_equals_a_test_per_paragraph(text, marks):
    paragraphs = segment.split_paragraphs(text)
    expected = [
        index
        for index, p in enumerate(paragraphs)
        if any(mark in text[p.start : p.end] for mark in marks)
    ]
    assert punctuation.paragraphs_with(text, paragraphs, marks) == expected


# --- paragraphs split in batches of lines ------------------------------------------------------

_LINES = st.lists(
    st.sampled_from(
        [
            "a",
            " ",
            "\n",
            "\n\n",
            ".",
            "\t",
            "9",
            "\u2028",
            "\x0c",
            "\u00a0",
            "Head line",
            "Wrapped " * 9,
            "Done " * 13 + ".",
            "”",
        ]
    ),
    max_size=16,
).map("".join)


def _paragraphs_line_by_line(text: str) -> list[tuple[int, int, bool]]:
    """The split as it was: one line at a time, each wrapped line looking at the next one."""
    out = []
    pending = None
    pending_end = 0
    spans = list(segment._line_spans(text))
    for index, (line_start, line_end) in enumerate(spans):
        content = text[line_start:line_end]
        stripped = content.strip()
        if not stripped:
            if pending is not None:
                out.append(segment._make_paragraph(text, pending, pending_end))
                pending = None
            continue
        if pending is None:
            pending = line_start + len(content) - len(content.lstrip())
        pending_end = line_start + len(content.rstrip())
        wrapped = len(stripped) >= 60 and stripped[-1] not in segment._TERMINAL
        wrapped = wrapped and not stripped[-1].isdigit()
        following = spans[index + 1] if index + 1 < len(spans) else None
        if not wrapped or following is None or not text[following[0] : following[1]].strip():
            out.append(segment._make_paragraph(text, pending, pending_end))
            pending = None
    if pending is not None:
        out.append(segment._make_paragraph(text, pending, pending_end))
    return [(p.start, p.end, p.is_heading) for p in out]


@SETTINGS
@given(text=_LINES, batch=st.sampled_from([0, 1, 5, 40, 1 << 18]))
def test_paragraphs_split_in_batches_equal_the_line_by_line_split(text, batch):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment, "_LINE_BATCH", batch)
        got = segment.split_paragraphs(text)
    assert [(p.start, p.end, p.is_heading) for p in got] == _paragraphs_line_by_line(text)
    # Built slot by slot, each paragraph is what the dataclass's own constructor builds.
    assert got == [segment.Paragraph(p.start, p.end, p.is_heading) for p in got]
    assert all(type(p) is segment.Paragraph for p in got)
