"""Stretches of text wholly in another language (MT522): a line, a label, a bracket or a
sentence every word of which leans to a source language, calibrated by its evidence.

The words come from MT516's per-word evidence (``foreignruns.candidate_words``: wordfreq says a
source language uses the word well and far more than the text's own language), placed in the
text once per document and shared with MT516. Around each placed word the *segment* is read: the
text between the nearest line break, bar, bullet, bracket, label colon or sentence end on either
side. Every letter word of the segment is one of three kinds: the source's (it leans), the
text's own (the text's language knows it and the source clearly less) or shared (names, numbers,
words both know: "a", "in", "Facebook"). A segment with no word of the text's own and mostly the
source's words is left in that language; how sure that is depends on its evidence
(``Evidence.band``): how many source words, whether one is in lower case (a name is capitalised),
whether one is a grammar word of the source ("of the", "by", "your"), whether the segment is a
whole line. Each band's confidence is the precision measured for it on the dev sets and clean
text (resources/language/segments.json, BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignruns import Hit, candidate_words, hits, loan_phrases
from mtlint.checks.foreignwords import source_zipf
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.wordlists import zipf

# What ends a segment on either side: a line break, a bar or bullet, a bracket, a sentence end
# followed by a space, a colon followed by a space (a label), a semicolon.
_LEFT_STOP = re.compile(r"[\n|•·()\[\]{};]|[.!?:…](?=\s)|[.!?:…]$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_QUOTES = '"“”‘’«»„‹›'


@lru_cache(maxsize=1)
def segments_table() -> dict:
    return resource_json("language", "segments.json")


_SOURCE, _OWN, _SHARED = 0, 1, 2
_CODE_NEAR = re.compile(r"%\(|%[sd]\b|\{\w*\}|[^\W\d_]_[^\W\d_]|[a-z]\.[a-z_]")


@lru_cache(maxsize=65536)
def word_kind(word: str, code: str, language: str) -> int:
    """A lower-case word in a segment: the source's (it uses the word ``margin`` Zipf points
    more than the text's own, even one the text's own list knows from quoted English: "this",
    "your" in French), the text's own (known there and clearly less in the source) or shared
    (names, numbers, words both know)."""
    table = segments_table()
    own = zipf(word, code)
    theirs = source_zipf(word, language)
    if theirs >= table["source_zipf"] and theirs - own >= table["source_margin"]:
        return _SOURCE
    if own >= table["own_zipf"] and own - theirs >= table["own_margin"]:
        return _OWN
    return _SHARED


def document_hits(document: Document, code: str) -> list[Hit]:
    """The places the document's leaning words stand (once per document: MT516 and MT522)."""
    return document.analysis.get(
        f"untranslated:hits:{code}", lambda: hits(document, candidate_words(document, code))
    )


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    language: str
    source_words: int
    shared_words: int
    lower_source: bool
    grammar: bool
    whole_line: bool
    label: bool
    capitals: bool
    titled: bool = False
    bracketed: str = ""
    form: bool = False
    loans: bool = False

    def band(self) -> str:
        """The evidence band whose measured precision is this segment's confidence."""
        if self.bracketed == "[":
            return "square_bracket"  # a translator's insertion left in the source's words
        if self.bracketed:
            # A gloss after the text's own word ("Supporto (Support)") is written on purpose;
            # a phrase of the source's grammar words is a page's string ("(opens in a new tab)").
            return "bracket_phrase" if self.grammar and self.source_words >= 3 else "bracket"
        lone = self.source_words == 1
        if lone and not (self.label or self.whole_line):
            return "one"
        if self.titled and not self.whole_line:
            return "title"
        if lone and self.form:
            # A participle or a calendar word is no page's own label ("Published:", "October
            # 17, 2020").
            return "one_form"
        if self.loans:
            return "loans"  # every source word one the text's language writes too ("green pass")
        if self.capitals:
            return "capitals"
        if lone:
            return "one_label"  # a noun a page may write in English on purpose ("Tags:")
        if self.titled:
            return "title_line" if self.whole_line else "title"
        if self.grammar and self.source_words >= 3:
            return "sentence"
        if self.lower_source:
            return "lower_line" if self.whole_line or self.label else "lower"
        return "title_line" if self.whole_line else "title"


def _segment_bounds(text: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """The segment around ``text[start:end]``, whether it is a whole line and a label."""
    left = max(0, start - 300)
    stops = [match.end() for match in _LEFT_STOP.finditer(text, left, start)]
    if stops:
        seg_start = stops[-1]
    elif left == 0:
        seg_start = 0
    else:
        return start, end, False, False
    stop = _LEFT_STOP.search(text, end, min(len(text), end + 300))
    seg_end = stop.start() if stop else min(len(text), end + 300)
    if stop is None and seg_end < len(text):
        return start, end, False, False
    while seg_start < seg_end and text[seg_start] in " \t\u00a0-–•*" + _QUOTES:
        seg_start += 1
    while seg_end > seg_start and text[seg_end - 1] in " \t\u00a0,–-" + _QUOTES:
        seg_end -= 1
    before = text[seg_start - 1 : seg_start] if seg_start else "\n"
    line_before = text[text.rfind("\n", 0, seg_start) + 1 : seg_start].strip()
    after_line = text[seg_end : (text.find("\n", seg_end) + 1 or len(text) + 1) - 1].strip()
    whole_line = (before == "\n" or not line_before) and not after_line.strip(".!?:")
    label = text[seg_end : seg_end + 1] == ":" and not line_before
    return seg_start, seg_end, whole_line, label


def segments(document: Document, code: str) -> tuple[Segment, ...]:
    """The document's segments wholly in a source language, in text order (once per
    document: MT522 reports them, MT523 stays out of them)."""
    return document.analysis.get(
        f"untranslated:segments:{code}", lambda: tuple(_segments(document, code))
    )


def _segments(document: Document, code: str) -> Iterator[Segment]:
    found = document_hits(document, code)
    if not found:
        return
    table = segments_table()
    max_words = table["max_words"]
    grammar_words = table["grammar_words"]
    text = document.text
    seen: set[tuple[int, int]] = set()
    for hit in found:
        start, end, whole_line, label = _segment_bounds(text, hit.start, hit.end)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if _quotation(text, start, end):
            continue  # a quotation in its own language, written on purpose (« I was happy … »)
        words = _WORD.findall(text, start, end)
        if not words or len(words) > max_words:
            continue
        language = hit.leaning.language
        grammar = frozenset(grammar_words.get(language, ()))
        source = shared = 0
        lower = has_grammar = form = False
        loans = True
        forms = frozenset(table["label_forms"].get(language, ()))
        for word in words:
            lowered = word.lower()
            kind = word_kind(lowered, code, language)
            if kind == _SOURCE:
                source += 1
                lower = lower or word.islower()
                form = form or lowered in forms
                loans = loans and zipf(lowered, code) >= table["loan_zipf"]
                has_grammar = has_grammar or lowered in grammar
                continue
            if kind == _OWN:
                break  # a word of the text's own: the segment is not left in another language
            shared += 1
            has_grammar = has_grammar or (word.islower() and lowered in grammar)
        else:
            if source < table["min_share"] * len(words):
                continue
            capitals = all(w.isupper() for w in words if len(w) > 1)
            long_words = [w for w in words if len(w) >= 4]
            titled = len(long_words) >= 2 and all(w[0].isupper() for w in long_words)
            if label and _bulleted(text, start):
                continue  # a term defined in a list ("- Pivot Points: calculados …")
            if _CODE_NEAR.search(text, max(0, start - 15), min(len(text), end + 5)):
                continue  # a placeholder or identifier beside it ("%(name)s.allow_empty")
            if _citation_line(text, start):
                continue  # a reference keeps its title in its language ("Smith (2020). …")
            if not whole_line and _foreign_paragraph(text, start, code, language, max_words):
                continue  # a paragraph in the other language: a quotation, or MT502's
            yield Segment(
                start,
                end,
                language,
                source,
                shared,
                lower,
                has_grammar,
                whole_line,
                label,
                capitals,
                titled,
                _bracket(text, start, end),
                form,
                loans or _set_phrase(words, code, language),
            )


_OPENING_QUOTES = '"“„«‹'
_CLOSING_QUOTES = '"”“»›'


def _quotation(text: str, start: int, end: int) -> bool:
    """The segment is a quotation: a quotation mark opens right before it and one closes right
    after it (spaces and a final stop aside)."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\u202f")
    after = text[end : end + 4].lstrip(" \u00a0\u202f.!?…")
    opened, closed = before[-1:], after[:1]
    return bool(opened and closed) and opened in _OPENING_QUOTES and closed in _CLOSING_QUOTES


def _bracket(text: str, start: int, end: int) -> str:
    """The opening bracket right around the segment, if any."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return before if (before, after) in {("(", ")"), ("[", "]")} else ""


def _set_phrase(words: list[str], code: str, language: str) -> bool:
    """The segment is, or holds, a loan phrase or a fixed phrase of the source that native pages
    write on purpose ("machine learning", "stay tuned", "Thank you, everybody")."""
    shown = " ".join(w.lower() for w in words)
    if shown in loan_phrases(code):
        return True
    if len(words) > 4:
        return False
    padded = f" {shown} "
    return any(f" {phrase} " in padded for phrase in _set_phrases())


@lru_cache(maxsize=1)
def _set_phrases() -> tuple[str, ...]:
    """Every source's set phrases (a saying shared by Spanish and Portuguese leans to either)."""
    return tuple(p for phrases in segments_table()["set_phrases"].values() for p in phrases)


def _foreign_paragraph(text: str, at: int, code: str, language: str, most: int) -> bool:
    """The line around ``at`` is longer than ``most`` words and holds no word of the text's
    own: a paragraph in the other language (quoted, or left whole: MT502), not a leftover."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = _WORD.findall(text, line_start, len(text) if line_end == -1 else line_end)
    if len(words) <= most:
        return False
    return not any(word_kind(w.lower(), code, language) == _OWN for w in words)


def _citation_line(text: str, at: int) -> bool:
    """The line around ``at`` is a reference or citation (a year in brackets, a DOI, "et al.")."""
    from mtlint.checks.foreignruns import CITATION

    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return CITATION.search(text, line_start, len(text) if line_end == -1 else line_end) is not None


def _bulleted(text: str, start: int) -> bool:
    """The line opens on a bullet before ``start``."""
    head = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(head.strip()) and not head.strip(" \t-–•*·")


@dataclass(frozen=True)
class Inside:
    """Source words inside a sentence of the text's own (MT523): one word or a run."""

    start: int
    end: int
    language: str
    words: int
    lower: bool
    grammar: bool
    slot: bool
    opener: bool
    mt516: bool = False
    # The word's own evidence (``word_evidence``): "grammar", a closed-class word of the source
    # ("however", "several"); "form", an ending no language borrows ("processed",
    # "available"); "noun_case", a lower-case word in a language that capitalises its nouns
    # (German writes a loan "das Meeting": "das meeting" was left by MT); "noun_capital", a
    # capitalised word the text's language does not know at all, in a language that capitalises
    # its nouns, with no word of the source beside it ("vom Sculptor Shreder": a noun, not part
    # of an English name, which stands among English words: "North Shore", "Allied Bank").
    evidence: str = ""

    def band(self) -> str:
        if self.words >= 2:
            if self.grammar:
                return "run_grammar"
            return "run_lower" if self.lower else "run_title"
        if self.lower:
            if self.evidence == "grammar":
                return "lower_grammar"
            if self.evidence == "form":
                return "lower_form"  # "processed", "significantly": no language borrows these
            if self.evidence == "noun_case":
                return "lower_noun_case"
            return "lower_slot" if self.slot else "lower"
        if self.evidence == "noun_capital":
            return "capital_noun"
        if self.opener:
            return "opener"
        return "capital_slot" if self.slot else "capital"


@lru_cache(maxsize=16)
def _inside_forms(language: str) -> tuple[frozenset[str], re.Pattern | None]:
    """The source's closed-class words and the endings of its forms no other language borrows
    (segments.json ``inside_forms``)."""
    table = segments_table().get("inside_forms", {}).get(language)
    if not table:
        return frozenset(), None
    endings = "|".join(sorted(table["endings"], key=len, reverse=True))
    stem = int(table["min_stem"])
    # Forms other languages borrow ("contactless", "embedded") are no evidence by their ending.
    loans = "|".join(map(re.escape, table.get("loans", ())))
    unless = rf"(?!(?:{loans})$)" if loans else ""
    return frozenset(table["grammar"]), re.compile(rf"^{unless}[a-z]{{{stem},}}(?:{endings})$")


@lru_cache(maxsize=4096)
def word_evidence(word: str, language: str, code: str) -> str:
    """What a single lower-case ``word`` of source ``language`` says by itself in a text of
    ``code`` (see ``Inside.evidence``): "grammar", "form", "noun_case" or ""."""
    if not word.islower():
        return ""
    grammar, form = _inside_forms(language)
    if word in grammar:
        return "grammar"
    if _own_inflection(word, code):
        return ""  # a known word of the text's own with one of its endings ("separate")
    if form is not None and form.search(word):
        return "form"
    if _nouns_capitalised(code) and word not in segments_table().get("lower_loans", {}).get(
        code, ()
    ):
        return "noun_case"
    return ""


def capital_evidence(text: str, start: int, end: int, language: str, code: str) -> str:
    """What a single capitalised word ``text[start:end]`` of source ``language`` says by itself
    in a text of ``code`` that capitalises its nouns: "noun_capital" when the text's language
    does not know it at all (wordfreq below ``own_max``, not in its lexicon, not one of its
    stems inflected: "Moments", "Stresses") while the source knows it well, it stands inside a
    sentence, and no capitalised word the source knows well stands beside it (segments.json
    ``capital_noun``); else ""."""
    word = text[start:end]
    table = segments_table().get("capital_noun")
    if not table or not _nouns_capitalised(code) or not word[:1].isupper() or word.isupper():
        return ""
    lower = word.lower()
    if zipf(lower, code) >= table["own_max"] or source_zipf(lower, language) < table["source_min"]:
        return ""
    if _own_inflection(lower, code) or _known_form(lower, code):
        return ""
    if text[end : end + 1] in "-‐" or text[start - 1 : start] in "-‐'’":
        return ""  # part of a hyphenated compound or name ("Early Access-Titel")
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    after = _CAPITAL_AFTER.match(text, end, end + 40)
    for near in (before and before.group(1), after and after.group(1)):
        if (
            near
            and near[0].isupper()
            and source_zipf(near.lower(), language) >= table["source_min"]
        ):
            return ""  # a name or title of the source's words ("North Shore", "Bias Chains")
    return "noun_capital"


_CAPITAL_BEFORE = re.compile(r"([^\W\d_][\w'’.&]*)[ \u00a0-]{1,2}$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0-]{1,2}([^\W\d_][\w'’&]*)")


def _known_form(word: str, code: str) -> bool:
    from mtlint.checks.lexicon import known_form

    return known_form(word, code)


def _own_inflection(word: str, code: str) -> bool:
    """``word`` is a word the text's language knows well with one of its inflection endings
    (segments.json ``own_endings``): German "separate" is "separat" inflected, not English."""
    endings = segments_table().get("own_endings", {}).get(code, ())
    bar = segments_table().get("own_stem_zipf", 3.0)
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= 3
        and zipf(word[: -len(ending)], code) >= bar
        for ending in endings
    )


@lru_cache(maxsize=64)
def _nouns_capitalised(code: str) -> bool:
    from mtlint.checks.casingdata import casing_data

    return casing_data(code).nouns_capitalised


_BEFORE = re.compile(r"([^\W\d_]+)([ \u00a0]{1,2})$")
_AFTER = re.compile(r"([ \u00a0]{1,2})([^\W\d_]+)")
_OPENED = re.compile(r"(?:^|[.!?:…]\s+|\n\s*)$")


def _own_lower(word: str | None, code: str, language: str) -> bool:
    return bool(word) and word.islower() and word_kind(word, code, language) == _OWN


def inside_runs(document: Document, code: str, covered: list[tuple[int, int]]) -> Iterator[Inside]:
    """Groups of source words (``foreignruns.runs``) standing inside a sentence of the text's
    own, outside the ``covered`` segments, with their evidence."""
    from mtlint.checks.foreignruns import runs

    found = document_hits(document, code)
    if not found:
        return
    text = document.text
    grammar_words = segments_table()["grammar_words"]
    uses: dict[str, int] = {}
    for hit in found:
        uses[hit.word.lower()] = uses.get(hit.word.lower(), 0) + 1
    for group in runs(text, found, code):
        placed = [item for item in group if isinstance(item, Hit)]
        start, end = placed[0].start, placed[-1].end
        if any(a <= start and end <= b for a, b in covered):
            continue
        if any(uses[h.word.lower()] >= segments_table()["term_uses"] for h in placed):
            continue
        words = text[start:end].split()
        language = placed[0].leaning.language
        if _foreign_paragraph(text, start, code, language, segments_table()["max_words"]):
            continue  # a paragraph in the other language: a quotation, or MT502's
        grammar = frozenset(grammar_words.get(language, ()))
        before = _BEFORE.search(text, max(0, start - 40), start)
        after = _AFTER.match(text, end, end + 40)
        slot = _own_lower(before and before.group(1), code, language) and _own_lower(
            after and after.group(2), code, language
        )
        opener = bool(_OPENED.search(text, max(0, start - 4), start))
        lower = any(w.islower() for w in words)
        yield Inside(
            start,
            end,
            language,
            len(words),
            lower,
            any(w.lower().strip(".,;:") in grammar for w in words),
            slot,
            opener,
            _mt516s(text, placed, code, lower, opener),
            _single_evidence(text, start, end, words, language, code, lower or opener),
        )


def _single_evidence(
    text: str, start: int, end: int, words: list[str], language: str, code: str, skip_capital: bool
) -> str:
    """A single word's own evidence (``Inside.evidence``): lower case by ``word_evidence``, a
    capitalised word inside a sentence by ``capital_evidence``."""
    if len(words) != 1:
        return ""
    if words[0].islower():
        return word_evidence(words[0], language, code)
    return "" if skip_capital else capital_evidence(text, start, end, language, code)


def _mt516s(text: str, placed: list[Hit], code: str, lower: bool, opener: bool) -> bool:
    """What MT516 reports (one finding a span): a run in lower case inside a sentence that goes
    on in the text's own language, and a capitalised opener its own language hardly knows."""
    from mtlint.checks.foreignruns import own_words_around, runs_table

    first = placed[0]
    if len(placed) >= 2:
        return lower and own_words_around(
            text, first.start, placed[-1].end, code, first.leaning.language
        )
    table = runs_table(code)
    evidence = first.leaning
    return (
        opener
        and evidence.own <= table.opener_own_max
        and evidence.theirs - evidence.own >= table.opener_margin
        and evidence.theirs >= table.single_min_zipf
    )
