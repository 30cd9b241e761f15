"""Punctuation: stray ellipses, doubled and foreign punctuation, unbalanced quotes and brackets."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import methodcaller
from typing import ClassVar

from mtlint.checks import foreign, hesitation
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.openers import leads_into_link
from mtlint.checks.quote_nesting import (
    doubled_singles,
    nested_single_left_open,
    turned_openings,
    turned_to_open,
)
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.segment import ParagraphIndex
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    in_text,
    language_data,
    looks_technical,
    paragraphs_with,
    scan_starts,
    text_characters,
    unique_chunks,
)
from mtlint.checks.typography import counted_quotes, quote_counting, table, word_set
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
        # Scan only for the kinds of ellipsis some chunk holds (none, in most texts).
        lines = chunk_text(document)
        matches = [
            m
            for ellipsis, pattern in zip(("…", "..."), self._patterns, strict=True)
            if ellipsis in lines
            for m in pattern.finditer(text)
            if not hesitation.pause_at(text, m, lead_words)
        ]
        for match in sorted(matches, key=lambda m: m.start()):
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
    skipped.
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
            if run in (",,", ";;"):
                replacement, safe = run[0], True
            elif run == "::":
                if not after.isspace():  # std::vector
                    continue
                replacement, safe = ":", True
            elif run == "..":
                if after == "/" or (after.isalnum() and not _next_sentence(text, end)):
                    continue
                replacement, safe = (". " if after.isalnum() else "."), False
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
                ],
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
            for at in map(_start, _SPACED_MARK[mark].finditer(text))
            if at > 2 and text[at - 2] in ".,;:" and text[at - 3].isalpha()
        )
        dots = [m.start() for m in self._spaced_dots.finditer(text)] if ".." in chunks else []
        for at in sorted(at_marks + dots):
            start, end = at - 2, at + 1
            if text[at : at + 2] == "..":  # "children .. will": a cut, or an ellipsis meant
                start, end = at - 1, at + 2
                edit, safe, title = Edit(start, end, ""), False, "remove the dots"
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
                fixes=[Fix((edit,), Applicability.SAFE if safe else Applicability.UNSAFE, title)],
                confidence=0.75,
            )


_QUOTE_CHARS = '"“”‘’«»„‚‹›「」『』'
# A mark standing alone between two spaces (led by the mark).
_SPACED_MARK = {m: re.compile(re.escape(m) + rf"(?<= {re.escape(m)})(?= )") for m in ",;:."}
_start = methodcaller("start")


def _first(content: str, a: str, b: str) -> str:
    """Which of ``a`` and ``b`` comes first in ``content`` (both are in it or one is)."""
    at_a, at_b = content.find(a), content.find(b)
    if at_a == -1:
        return b
    if at_b == -1:
        return a
    return a if at_a < at_b else b


_ROMAN = re.compile(r"[IVXLCDM]{2,}")


def _next_sentence(text: str, end: int) -> bool:
    """ "..Rising": a lower-case word before, a capitalised word of letters after."""
    word = re.match(r"[^\W\d_]+", text[end : end + 30])
    return bool(
        word and word.group().istitle() and len(word.group()) > 1 and text[end - 3].islower()
    )


@register
class UnbalancedQuotes(Rule):
    code = "MT203"
    name = "unbalanced-quotes"
    summary = "A paragraph opens a quotation and never closes it, or closes one it never opened."
    severity = Severity.INFO
    doc = """
    What it finds: per paragraph, an opening double quotation mark with no closing one (or the
    reverse), using the language's quote pairs, and an odd number of straight double quotes.
    Why it matters: MT drops or duplicates quotation marks, often at segment joins: the reader
    cannot tell where a quotation ends.
    Fix safety: display only; the hint shows where a closing mark could go, but only a person
    can tell where the quotation really ends.
    Known false positives: a quotation over several paragraphs, where only the last closes it
    (skipped when the next paragraph opens with a quotation mark); inch marks after digits
    (5", and 55” when no quotation is open) are ignored. Single quotes are not counted.
    """
    examples = (
        Example("He said, “we will go there.", "He said, “we will go there.”"),
        Example(
            "He said, we will go there.” Then he left.", "He said, we will go there. Then he left."
        ),
        good("He said, “we will go.” She said “no” and “maybe.”"),
        good("“The first paragraph of a long quote.\n\n“The second paragraph,” he read."),
        good('A 5" screen, and "quoted" words.'),
        good("Der Begriff »Schwarzes Loch« wurde geprägt.", language="de"),
        good("Jest „zatrważająca“ i „dobra”.", language="pl"),
        Example(
            'He said that “the state is defeated, and it may fall,"',
            "He said that “the state is defeated, and it may fall,”",
        ),
        Example(
            "She said: “I always remarked: ‘Without peace we cannot grow.”",
            "She said: “I always remarked: ‘Without peace we cannot grow.’”",
        ),
        good("He said: “I told them ‘no’ twice, and the workers’ union agreed.”"),
        good('“He said "no" to me,” she added; the ‘90s’ hits.'),
        good("“Security is the business of all,’’ he said; ‘‘Yes,’’ she replied."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        pairs = {
            o: c for o, c in data.quote_pairs.items() if o in _QUOTE_CHARS and c in _QUOTE_CHARS
        }
        pairs = {o: c for o, c in pairs.items() if o != c and o not in "‘’‚‹" and c not in "‘’›"}
        parity, letter = quote_counting(data)  # ”…“ typed either way; Hebrew gershayim
        marks = set(pairs) | set(pairs.values()) | {'"'} | set(parity)
        present = in_text(marks, document)
        if not present:
            return
        alternatives = table(data, "closing_alternatives", {}) or {}
        verbs = word_set(data, "attribution_words")
        english = verbs and pairs.get("“") == "”"
        turned = turned_openings(text, verbs, chunk_text(document)) if english else []
        paragraphs = document.paragraphs
        for index in paragraphs_with(text, paragraphs, present):
            paragraph = paragraphs[index]
            content = doubled_singles(text[paragraph.start : paragraph.end])
            first = bisect_left(turned, paragraph.start)
            if first < len(turned) and turned[first] < paragraph.end:
                # "Venezuela“added": a turned closing mark closes (MT211 reports it).
                chars = list(content)
                for at in turned[first : bisect_left(turned, paragraph.end)]:
                    chars[at - paragraph.start] = "”"
                content = "".join(chars)
            if not any(m in content for m in marks):
                continue
            next_start = ""
            if index + 1 < len(paragraphs):
                following = paragraphs[index + 1]
                next_start = text[following.start : following.start + 1]
            mixed = [o + c for o, c in pairs.items() if o in content or c in content]
            if ('"' in content or any(m in content for m in parity)) and mixed:
                # Straight and curly marks mixed ("…,” he said): only the total count can tell,
                # or a curly quotation left open that a lone straight mark closes.
                yield from self._straight(
                    paragraph.start, content, '"' + "".join(mixed) + parity, letter
                )
                yield from self._straight_closes_curly(paragraph.start, content, pairs)
                continue
            for opener, closer in pairs.items():
                # »…« and «…» both listed (German, Swiss): the paragraph's first mark opens.
                if pairs.get(closer) == opener and _first(content, closer, opener) == closer:
                    continue
                yield from self._pair(
                    paragraph.start, content, opener, closer, next_start, alternatives
                )
            yield from self._straight(paragraph.start, content, '"' + parity, letter)
            if "‘" in content and "“" in content:
                yield from self._nested_left_open(paragraph.start, content)

    def _pair(
        self,
        offset: int,
        content: str,
        opener: str,
        closer: str,
        next_start: str,
        alternatives: dict[str, str],
    ) -> Iterator[Finding]:
        depth = 0
        open_at: list[int] = []
        # A second closing form the language allows („…“ beside „…” in Polish).
        other = "".join(a for a, c in alternatives.items() if c == closer)
        for mark in re.finditer(
            f"[{re.escape(opener)}{re.escape(closer)}{re.escape(other)}]", content
        ):
            i, char = mark.start(), mark.group()
            if depth == 0 and char in "”“" and char != opener and content[i - 1 : i].isdigit():
                continue  # '55”' with no quotation open: an inch or seconds sign
            char = closer if char in other else char
            if char == opener or (depth == 0 and char == closer and turned_to_open(content, i)):
                depth += 1
                open_at.append(i)
            elif char == closer:
                if depth == 0:
                    where = offset + i
                    yield self.finding(
                        where,
                        where + 1,
                        f"Closing '{closer}' with no opening '{opener}' in this paragraph",
                        fixes=[
                            Fix(
                                (Edit(where, where + 1, ""),),
                                Applicability.DISPLAY_ONLY,
                                f"remove '{closer}'",
                            )
                        ],
                        confidence=0.6,
                    )
                else:
                    depth -= 1
                    open_at.pop()
        if open_at and next_start != opener:
            where = offset + open_at[-1]
            end = offset + len(content)
            yield self.finding(
                where,
                where + 1,
                f"Opening '{opener}' is never closed in this paragraph",
                fixes=[
                    Fix(
                        (Edit(end, end, closer),),
                        Applicability.DISPLAY_ONLY,
                        f"close with '{closer}' at the end of the paragraph",
                    )
                ],
                confidence=0.6,
            )

    def _straight_closes_curly(
        self, offset: int, content: str, pairs: dict[str, str]
    ) -> Iterator[Finding]:
        """One curly quotation more opened than closed, and an odd number of straight marks:
        the last straight mark closes it ("“Netanyahu is defeated,"")."""
        straight = content.count('"')
        if straight % 2 == 0:
            return
        for opener, closer in pairs.items():
            # Low-9 openers („) are often closed with a straight mark in native Polish and
            # German typing; only the “ ” pair is judged.
            if opener != "“" or content.count(opener) - content.count(closer) != 1:
                continue
            last = content.rfind('"')
            if last < content.rfind(opener):
                continue
            where = offset + last
            yield self.finding(
                where,
                where + 1,
                f"A quotation opened with '{opener}' is closed with a straight '\"'",
                fixes=[
                    Fix(
                        (Edit(where, where + 1, closer),),
                        Applicability.UNSAFE,
                        f"'\"' → '{closer}'",
                    )
                ],
                confidence=0.6,
            )
            return

    def _nested_left_open(self, offset: int, content: str) -> Iterator[Finding]:
        outer = nested_single_left_open(content)
        if outer is not None:
            where = offset + outer
            yield self.finding(
                where,
                where + 1,
                "The quotation opened with '‘' inside this one is never closed",
                fixes=[
                    Fix(
                        (Edit(where, where, "’"),),
                        Applicability.DISPLAY_ONLY,
                        "close it with '’' before '”'",
                    )
                ],
                confidence=0.5,
            )

    def _straight(
        self, offset: int, content: str, marks: str = '"', letter: re.Pattern[str] | None = None
    ) -> Iterator[Finding]:
        positions = counted_quotes(content, marks, letter)
        # Inch marks (5") are not quotes, unless the digit ends a quotation ("3").
        inches = [p for p in positions if content[p - 1 : p].isdigit() and content[p] in '"”“']
        if len(positions) % 2 == 1 and (len(positions) - len(inches)) % 2 == 1:
            where = offset + positions[-1]
            yield self.finding(
                where,
                where + 1,
                "Odd number of double quotation marks in this paragraph",
                confidence=0.55,
            )


@register
class UnbalancedBrackets(Rule):
    code = "MT204"
    name = "unbalanced-brackets"
    summary = "A paragraph opens a bracket and never closes it, or closes one it never opened."
    severity = Severity.INFO
    doc = """
    What it finds: per paragraph, "(" "[" "{" without their closing partner, or the reverse.
    Why it matters: MT drops one half of a bracket pair when it reorders a clause.
    Fix safety: display only; the hint removes a lone closing bracket or closes an open one at
    the end of the paragraph, but only a person can tell where the aside really ends.
    Known false positives: list labels ("a) first, b) second", "1)") and emoticons (":)") are
    ignored; a bracket opened in one paragraph and closed in another is flagged.
    """
    examples = (
        Example("The agency (RIA Novosti reported it.", "The agency (RIA Novosti reported it.)"),
        Example("The agency RIA Novosti) reported it.", "The agency RIA Novosti reported it."),
        good("The agency (RIA Novosti) said: a) first, b) second, 1) third :) [done] {ok}"),
    )

    _pairs: ClassVar[dict[str, str]] = {"(": ")", "[": "]", "{": "}"}
    _closers: ClassVar[dict[str, str]] = {")": "(", "]": "[", "}": "{"}
    _bracket = re.compile(r"[()\[\]{}]")
    _label = re.compile(r"(?:^|[\s(])(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})$")

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        present = in_text("()[]{}", document)
        if not present:
            return
        paragraphs = document.paragraphs
        for index in paragraphs_with(text, paragraphs, present):
            paragraph = paragraphs[index]
            content = text[paragraph.start : paragraph.end]
            if not any(c in content for c in "()[]{}"):
                continue
            yield from self._paragraph(paragraph.start, content)

    def _paragraph(self, offset: int, content: str) -> Iterator[Finding]:
        stack: list[tuple[str, int]] = []
        for mark in self._bracket.finditer(content):
            i, char = mark.start(), mark.group()
            if char in self._pairs:
                stack.append((char, i))
            elif char in self._closers:
                if stack and stack[-1][0] == self._closers[char]:
                    stack.pop()
                    continue
                before = content[max(0, i - 6) : i]
                if self._label.search(before) or before.endswith((":", ";", ":-", "=")):
                    continue
                where = offset + i
                yield self.finding(
                    where,
                    where + 1,
                    f"Closing '{char}' with no opening '{self._closers[char]}'",
                    fixes=[
                        Fix(
                            (Edit(where, where + 1, ""),),
                            Applicability.DISPLAY_ONLY,
                            f"remove '{char}'",
                        )
                    ],
                    confidence=0.6,
                )
        end = offset + len(content)
        for char, i in stack:
            where = offset + i
            closer = self._pairs[char]
            yield self.finding(
                where,
                where + 1,
                f"'{char}' is never closed in this paragraph",
                fixes=[
                    Fix(
                        (Edit(end, end, closer),),
                        Applicability.DISPLAY_ONLY,
                        f"close with '{closer}' at the end of the paragraph",
                    )
                ],
                confidence=0.6,
            )


@register
class ForeignPunctuation(Rule):
    code = "MT205"
    name = "foreign-punctuation"
    summary = (
        "Punctuation from another language's conventions (« » or 。， in English, ',' in Chinese)."
    )
    doc = """
    What it finds: marks the language table lists as foreign ("foreign_punctuation"), such as
    guillemets or CJK full-width punctuation in English output.
    Why it matters: MT copies source-language punctuation into the target, especially
    full-width CJK marks from Chinese and Japanese sources.
    Fix safety: unsafe; each mark is replaced with the table's local form (a space is added
    after a full-width comma or stop when a word follows).
    Marks foreign by where they stand, from resources/typography: a half-width comma or
    question mark after a Chinese or Japanese character ("北京,上海"), a Latin comma or question
    mark in Arabic or Persian text that uses "،" or "؟" elsewhere, guillemets turned the French
    way in German («ja» where German writes »ja« or „ja“), straight quotes in a French,
    Russian, German, Polish or Czech text that otherwise uses its own marks (« », „ “, „ ”):
    replaced by the opening or closing form by whether a quotation is open there.
    Known false positives: quotations in the foreign language itself; marks between two CJK
    characters in a Latin-script language (an untranslated CJK run, reported by the language
    rules) are left alone; each language's own typography (French « oui », German »ja«,
    Spanish ¿…?) is never flagged.
    """
    examples = (
        Example("He said «yes» to the plan。", "He said “yes” to the plan."),
        Example("He met Chile''s foreign minister.", "He met Chile’s foreign minister."),
        good("He wrote ''yes'' and ``no'' in the old TeX way, 5'' long."),
        Example("Moscow，Tashkent and Minsk", "Moscow, Tashkent and Minsk"),
        good("He said “yes” to the plan, and (rightly) so."),
        good("The sign read 北京，上海 in Chinese."),
        Example("我们去了北京,上海和广州。", "我们去了北京，上海和广州。", "zh"),
        good("我们去了北京，上海和广州，价格是3,5元。iPhone 15, Pro.", language="zh"),
        Example("قال الوزير، إن الخطة, جاهزة.", "قال الوزير، إن الخطة، جاهزة.", "ar"),
        good("قال الوزير, إن الخطة, جاهزة.", language="ar"),
        Example("Er sagte «ja» dazu.", "Er sagte „ja“ dazu.", "de"),
        good("Er sagte »ja« und „nein“ dazu.", language="de"),
        Example('Il a dit « oui » puis "non".', "Il a dit « oui » puis « non ».", "fr"),
        good('Il a dit "oui" puis "non".', language="fr"),
        Example(
            '„Wir arbeiten gut zusammen", sagte er.', "„Wir arbeiten gut zusammen“, sagte er.", "de"
        ),
    )

    _cjk = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        yield from self._in_context(document, data)
        table = data.foreign_punctuation
        if not table:
            return
        text = document.text
        marks = "".join(table)
        if all(len(mark) == 1 and not mark.isspace() for mark in table):
            # One character per mark, none of them whitespace (always, in the tables): scan
            # only for the marks the text holds (none, in most texts), each with a pattern of
            # its own, a literal the scan jumps between.
            characters = text_characters(document)
            matches = scan_starts(text, [_class_pattern(m) for m in marks if m in characters])
        else:
            matches = list(_class_pattern(marks).finditer(text))
        for match in matches:
            start = match.start()
            mark = match.group()
            before, after = text[start - 1 : start], text[start + 1 : start + 2]
            if self._cjk.match(before) or self._cjk.match(after):
                continue
            replacement = table[mark]
            if replacement in ",.;:?!" and after.isalnum():
                replacement += " "
            yield self.finding(
                start,
                start + 1,
                f"Foreign punctuation '{mark}'"
                + (f"; this language uses '{replacement.strip()}'" if replacement.strip() else ""),
                fixes=[
                    Fix(
                        (Edit(start, start + 1, replacement),),
                        Applicability.UNSAFE,
                        f"'{mark}' → '{replacement}'",
                    )
                ],
                confidence=0.8,
            )

    def _in_context(self, document: Document, data: LanguageData) -> Iterator[Finding]:
        """The marks foreign by where they stand (resources/typography): a half-width mark in
        Chinese or Japanese text, a Latin comma in Arabic text that uses "،" elsewhere,
        straight quotes in a French text that uses « », guillemets turned the wrong way."""
        characters = text_characters(document)
        text = document.text
        for kind in ("in_script", "with_evidence", "by_direction", "ascii_quotes"):
            rules = table(data, "foreign_" + kind)
            # A mark of two characters ("''") is screened by its first; named settings
            # ("script", "after") are no marks.
            if not isinstance(rules, dict) or not any(
                m[:1] in characters for m in rules if m and not m.isalpha()
            ):
                continue
            found = foreign.find(kind, text, characters, rules, chunk_text(document))
            for at, mark, replacement in found:
                yield self.finding(
                    at,
                    at + len(mark),
                    f"'{mark}' is foreign to this language's typography here; it uses "
                    f"'{replacement.strip()}'",
                    fixes=[
                        Fix(
                            (Edit(at, at + len(mark), replacement),),
                            Applicability.UNSAFE,
                            f"'{mark}' → '{replacement}'",
                        )
                    ],
                    confidence=0.7,
                )


@lru_cache(maxsize=256)
def _class_pattern(chars: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
