"""Punctuation: stray ellipses and doubled punctuation (MT201, MT202).

Unbalanced quotes (MT203) live in punctuation_quotes.py, unbalanced brackets and foreign marks
(MT204, MT205) in punctuation_marks.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import methodcaller
from typing import ClassVar

from mtlint.checks import hesitation
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.openers import leads_into_link
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    scan_starts,
    unique_chunks,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import proper_nouns, zipf


@register
class StrayEllipsis(Rule):
    code = "MT201"
    name = "stray-ellipsis"
    summary = "An ellipsis inside a running sentence, where a link or phrase was cut ('to… north')."
    doc = """
    What it finds: an ellipsis ("…" or "...") glued to the previous word and followed by a
    lower-case word, so the sentence runs on through it: "a visit by Putin to… north korea".
    Confidence rises when the ellipsis sits at a link boundary of the source markup, after a
    preposition or article ("to…", "of…"), or before a lower-cased name. In languages that
    mark place by case endings (Finnish, Hungarian: typography table ``links_marked_by_case``)
    no word leads into a link, so an ellipsis glued inside a running sentence is enough.
    Why it matters: MT tools and web extraction leave an ellipsis where link text was cut or
    re-inserted; the reader sees an unexplained omission.
    Fix safety: unsafe; the ellipsis is removed, but something may really be missing there.
    Known false positives: hesitation in transcribed speech ("I was... thinking") after
    ordinary words scores below the default threshold; quoted cuts ("[…]", "(...)"), trailing
    ellipses and headlines are never flagged. In Finnish and Hungarian, hesitation glued to a
    word ("se oli… kummallista") is flagged too.
    """
    examples = (
        Example(
            "Uusi versio levisi… verkkoon viime viikolla.",
            "Uusi versio levisi verkkoon viime viikolla.",
            "fi",
        ),
        good("Hän sanoi: odota... Sitten hän lähti.", "fi"),
        Example(
            "The Kremlin was preparing a visit by Putin to… north korea next month.",
            "The Kremlin was preparing a visit by Putin to north korea next month.",
        ),
        Example(
            "Boating is a pastime in... finland today.", "Boating is a pastime in finland today."
        ),
        good("He said […] that it was fine (...) and then… Nothing. It trailed off..."),
        good("Waiting for… The Return Of The King"),
        good("I was... thinking about it, and... well, you know."),
        Example("A visit to… North Korea was planned.", "A visit to North Korea was planned."),
        Example("Troops moved into … eastern towns.", "Troops moved into eastern towns."),
        good("He waited … And then it rained. It was late... Then we left."),
        Example(
            "Committee Meeting...President Yoon spoke.", "Committee Meeting. President Yoon spoke."
        ),
    )

    # Two literal-led patterns scan much faster than one alternation.
    _patterns = (
        re.compile(r"(…)(?= ?([^\W\d_][\w'’-]*))"),
        re.compile(r"(\.\.\.)(?!\.)(?= ?([^\W\d_][\w'’-]*))"),
    )
    _previous_word = re.compile(r"([^\W\d_]+) ?$")

    def _separator(self, text: str, match: re.Match[str]) -> Iterator[Finding]:
        """ "Meeting...President", "complaints"...Local": an ellipsis glued on both sides before
        a capital, where items (headlines, sentences) were joined."""
        start, end = match.span(1)
        yield self.finding(
            start,
            end,
            "Ellipsis glued between two items: a separator lost in MT or extraction",
            fixes=[
                Fix((Edit(start, end, ". "),), Applicability.UNSAFE, "end the sentence"),
                Fix((Edit(start, end, "; "),), Applicability.UNSAFE, "a semicolon"),
            ],
            confidence=0.6,
        )

    def _after_lead(self, text: str, start: int, leads: frozenset[str], ends: tuple) -> bool:
        """Whether a word that leads into a link comes right before ("visit to… North Korea":
        a preposition or article never ends a sentence, whatever follows; Turkish participles
        and locatives by their endings, link_lead_endings: "bulunan… istanbul")."""
        head = text[max(0, start - 30) : start].rsplit(None, 1)
        return bool(head) and leads_into_link(head[-1].lower(), leads, ends)

    def _ellipses(self, document: Document, lead_words: frozenset[str]) -> list[re.Match[str]]:
        """The ellipses before a word, in text order, that are no pause of speech; scanned only
        for the kinds of ellipsis some chunk holds (none, in most texts)."""
        text = document.text
        lines = chunk_text(document)
        matches = [
            m
            for ellipsis, pattern in zip(("…", "..."), self._patterns, strict=True)
            if ellipsis in lines
            for m in pattern.finditer(text)
            if not hesitation.pause_at(text, m, lead_words)
        ]
        return sorted(matches, key=lambda m: m.start())

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        language = base_language(document)
        names = proper_nouns(data)
        paragraphs: ParagraphIndex | None = None
        boundaries = set(document.boundaries)
        # Words that lead into a link ("a visit to… north korea"); hesitation follows others.
        lead_words = word_set(data, "link_lead_words")
        lead_endings = tuple(sorted(word_set(data, "link_lead_endings")))
        # Finnish, Hungarian: place is a case ending on the name ("levisi… internetiin"), so no
        # preposition leads into a link; the cut shows only in the run-on sentence.
        case_marked = bool(table(data, "links_marked_by_case", False))
        for match in self._ellipses(document, lead_words):
            following = match.group(2)
            before = text[max(0, match.start() - 2) : match.start()]
            spaced = before[-1:] == " "  # "to … north": judged by the word before alone
            glued_capital = text[match.end(1) : match.end(1) + 1] != " " and following[0].isupper()
            if not (before[-1:].isalpha() or (spaced and before[:1].isalpha())):
                if glued_capital and before[-1:] and before[-1:] in '"”’':
                    yield from self._separator(text, match)
                continue
            if glued_capital:
                yield from self._separator(text, match)
                continue
            if (spaced or not following[0].islower()) and not self._after_lead(
                text, match.start(), lead_words, lead_endings
            ):
                continue
            if paragraphs is None:
                paragraphs = ParagraphIndex(text, document.paragraphs)
            if paragraphs.is_headline(match.start()):
                continue
            start, end = match.span(1)
            previous = self._previous_word.search(text, max(0, start - 40), start)
            previous_word = previous.group(1).lower() if previous else ""
            confidence = 0.4
            reasons = []
            if boundaries and any(b in boundaries for b in range(start - 1, end + 2)):
                confidence += 0.35
                reasons.append("at a link boundary")
            if leads_into_link(previous_word, lead_words, lead_endings):
                confidence += 0.2
                reasons.append(f"right after '{previous_word}'")
            # "masujiro's"; Turkish "putin’i" (a name takes its ending after an apostrophe).
            lowered = re.split("['’]", following.lower(), maxsplit=1)[0]
            marked = data.tables.get("apostrophe_names") and lowered != following.lower()
            if (
                marked
                or lowered in names
                or (language and zipf(lowered, language) < 3.0 and len(lowered) > 2)
            ):
                confidence += 0.2
                reasons.append(f"before '{following}', which looks like a lower-cased name")
            if case_marked and not reasons and not spaced and following[0].islower():
                confidence += 0.15
                reasons.append("inside a running sentence, where the language leads no link")
            if not reasons:  # hesitation in speech looks just like this: say nothing
                continue
            why = ", ".join(reasons)
            # "to … north" loses one space with the ellipsis; "to…north" needs one.
            edit = Edit(start - 1, end, "") if spaced else Edit(start, end, "")
            if text[end : end + 1] != " ":
                edit = Edit(edit.start, end, " ")
            yield self.finding(
                start,
                end,
                f"Stray ellipsis inside a running sentence ({why})",
                fixes=[Fix((edit,), Applicability.UNSAFE, "remove the ellipsis")],
                confidence=min(confidence, 0.95),
            )


# The rest of a line after two dots is a page number: a table of contents' leader dots cut
# short ("Society.. 1"), no doubled full stop.
_PAGE_NUMBER_ENDS_LINE = re.compile(r"[ \t]+\d{1,4}[ \t]*(?:\n|$)")


@register
class DoubledPunctuation(Rule):
    code = "MT202"
    name = "doubled-punctuation"
    summary = "A doubled comma, semicolon or full stop (',,' '..'), or a comma next to a full stop."
    doc = """
    What it finds: ",," ";;" "::" between words, exactly two full stops (not an ellipsis: also
    glued to the next sentence, "prices..Rising", or between spaces, "children .. will"), and
    ",." or ".," after an ordinary word, also with a space between (". ," ", .").
    Why it matters: joined MT segments and edits keep the punctuation of both halves.
    Fix safety: safe for ",," and ";;" (one is dropped); unsafe for ".." (an ellipsis may have
    been meant) and for mixed pairs.
    Known false positives: "?!" and "!!" are style, not errors, and are left alone; ".," after
    an abbreviation ("etc.,") is correct; "::" in code ("std::vector") and ".." in paths are
    skipped, and so are two dots before a page number that ends the line (a table of contents'
    leader dots: "Society.. 1").
    """
    examples = (
        Example("He said,, that it was fine.", "He said, that it was fine."),
        Example("It was over.. The end.", "It was over. The end."),
        Example("It was over,. Then more.", "It was over. Then more."),
        Example("Prices..Rising fast", "Prices. Rising fast"),
        Example("The children .. will stay.", "The children will stay."),
        Example("They finished. , then left.", "They finished, then left."),
        good("Really?! Wow!! Wait... see ../docs, etc., and std::vector in Ph.D. work."),
        good("Ranges 1..10 and a..z; he paused . . . then spoke; see ../Docs."),
        good("Contents\nFarming.. 4\nThe town fair.. 12\nThe fair opened on Monday."),
    )

    # Any run of , ; : . (rare outside ellipses); each run is classified per match.
    _pattern = re.compile(r"[,;:.][,;:.]+")
    _word_before = re.compile(r"([\w.]+)$")

    # A run that starts with this mark: led by a literal, a scan jumps between its occurrences.
    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile(re.escape(mark) + "[,;:.]+") for mark in ",;:."
    }

    @classmethod
    def _runs(cls, text: str, lines: str) -> Iterator[re.Match[str]]:
        """``_pattern.finditer(text)``, less runs that are never reported.

        A run holds no whitespace, so it lies in one chunk and the chunk lines hold it too
        (``chunk_text``). Only a run of two after a letter is reported (the letter, in the
        same chunk, sees whitespace or "\\n" outside it alike), so only the marks that start
        such a run there are scanned for. A mark's own pattern also matches inside a longer run
        that starts with another mark; the finditer match starts where no mark comes before.
        """
        marks = set()
        for match in scan_starts(lines, cls._by_mark.values()):
            start = match.start()
            if match.end() - start == 2 and lines[start - 1].isalpha():
                marks.add(match.group()[0])
        for match in scan_starts(text, [cls._by_mark[mark] for mark in sorted(marks)]):
            start = match.start()
            if start == 0 or text[start - 1] not in ",;:.":
                yield match

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        yield from self._spaced(document, data.abbreviations)
        for match in self._runs(text, chunk_text(document)):
            start, end = match.span()
            run = match.group()
            after = text[end : end + 1]
            # Two marks after a letter only: not "...", "1.,", or a path like "../".
            if len(run) != 2 or not text[start - 1 : start].isalpha():
                continue
            separator = None
            if run in (",,", ";;"):
                replacement, safe = run[0], True
            elif run == "::":
                if not after.isspace():  # std::vector
                    continue
                replacement, safe = ":", True
            elif run == "..":
                if after == "/" or (after.isalnum() and not _next_sentence(text, end)):
                    continue
                if _PAGE_NUMBER_ENDS_LINE.match(text, end):
                    continue  # "Society.. 1": a contents line's leader dots (h27prec)
                replacement, safe = (". " if after.isalnum() else "."), False
                separator = _separator_fix(text, start, end)
            elif run == ",.":
                replacement, safe = ".", False
            elif run == ".,":
                word = self._word_before.search(text, max(0, start - 12), start)
                token = word.group(1).lower().strip(".") if word else ""
                if len(token) <= 1 or token in data.abbreviations or "." in token:
                    continue
                if word and _ROMAN.fullmatch(word.group(1)):
                    continue  # an ordinal's dot, then the comma: "Pavla VI., sa"
                # Latin and English abbreviations turn up in every language ("et al.,").
                if token in load_language_data("en").abbreviations:
                    continue
                replacement, safe = ",", False
            else:
                continue
            if looks_technical(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                f"Doubled punctuation '{match.group()}'",
                fixes=[
                    Fix(
                        (Edit(start, end, replacement),),
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        f"'{match.group()}' → '{replacement}'",
                    )
                ]
                + ([separator] if separator else []),
                confidence=0.85 if safe else 0.7,
            )

    # A mark standing alone between spaces after a word and its mark: "finished. , then";
    # or two full stops standing alone: "children .. will".
    _spaced_dots = re.compile(r"\.\.(?<=[^\W\d_] \.\.)(?= [^\W\d_])")

    def _spaced(self, document: Document, abbreviations: frozenset[str]) -> Iterator[Finding]:
        chunks = unique_chunks(document)
        text = document.text
        # " , " found by a scan led by the mark itself (a literal the scan jumps between: 4x
        # faster than str.find of " , ", whose leading space is everywhere), then a mark right
        # before it after a letter ("finished. , then").
        at_marks = sorted(
            at
            for mark in ",;:."
            if mark in chunks
            for at in map(_start, scan_marks(document, [_SPACED_MARK[mark]]))
            if at > 2 and text[at - 2] in ".,;:" and text[at - 3].isalpha()
        )
        dots = [m.start() for m in self._spaced_dots.finditer(text)] if ".." in chunks else []
        for at in sorted(at_marks + dots):
            start, end = at - 2, at + 1
            separator = None
            if text[at : at + 2] == "..":  # "children .. will": a cut, or an ellipsis meant
                start, end = at - 1, at + 2
                edit, safe, title = Edit(start, end, ""), False, "remove the dots"
                separator = _separator_fix(text, start, end)
            else:
                first, second = text[start], text[end - 1]
                if text[end + 1 : end + 2] == "." or first == second == ".":
                    continue  # ". . ." is a spaced ellipsis
                word = self._word_before.search(text, max(0, start - 12), start)
                token = word.group(1).lower().strip(".") if word else ""
                if first == "." and (token in abbreviations or "." in token):
                    edit, safe, title = Edit(start + 1, start + 2, ""), True, "remove the space"
                else:
                    lower = text[end + 1 : end + 2].islower()
                    keep = "," if lower and "," in (first, second) else first
                    edit, safe, title = Edit(start, end, keep), False, f"keep '{keep}'"
            if looks_technical(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                f"Stray punctuation '{text[start:end]}'",
                fixes=[Fix((edit,), Applicability.SAFE if safe else Applicability.UNSAFE, title)]
                + ([separator] if separator else []),
                confidence=0.75,
            )


# A mark standing alone between two spaces (led by the mark).
_SPACED_MARK = {m: re.compile(re.escape(m) + rf"(?<= {re.escape(m)})(?= )") for m in ",;:."}
_start = methodcaller("start")


_ROMAN = re.compile(r"[IVXLCDM]{2,}")


# Two dots between a clause and a capitalised word: Arabic news copy writes ".." where English
# writes a colon between a headline's halves or before a clause that explains the first
# ("asked him not to get angry.. Sisi proposes", "in Iraq .. These forces").
_CAPITAL_AFTER = re.compile(r"[ \t]*[A-ZÀ-Þ]")
_WORD_BEFORE_DOTS = re.compile(r"([\w.]+)[ \t]*$")


def _separator_fix(text: str, start: int, end: int) -> Fix | None:
    """A colon in place of two dots before a capital (the second fix: a full stop or no mark
    is the first)."""
    if not _CAPITAL_AFTER.match(text, end):
        return None
    word = _WORD_BEFORE_DOTS.search(text, max(0, start - 12), start)
    if word and "." in word.group(1):
        return None  # "The U.S.. Supreme Court": an abbreviation's dot and a full stop
    cut = start
    while cut and text[cut - 1] in " \t":
        cut -= 1
    colon = ":" if text[end : end + 1] in " \t" else ": "
    return Fix((Edit(cut, end, colon),), Applicability.UNSAFE, "a colon in place of the dots")


def _next_sentence(text: str, end: int) -> bool:
    """ "..Rising": a lower-case word before, a capitalised word of letters after."""
    word = re.match(r"[^\W\d_]+", text[end : end + 30])
    return bool(
        word and word.group().istitle() and len(word.group()) > 1 and text[end - 3].islower()
    )
