"""Punctuation: quotation marks opened and never closed, or closed and never opened (MT203)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from mtlint.checks import foreign
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.quote_nesting import (
    doubled_singles,
    nested_single_left_open,
    opens_after_attribution,
    single_closes_after,
    single_opened_before,
    turned_glued_open,
    turned_openings,
    turned_to_open,
)
from mtlint.checks.quote_pairs import quote_pair_problems
from mtlint.checks.quote_spans import carried_quotations, speech_tags
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    in_text,
    language_data,
    paragraphs_with,
    text_characters,
)
from mtlint.checks.typography import counted_quotes, quote_counting, table, word_set

_QUOTE_CHARS = '"“”‘’«»„‚‹›「」『』'
# A speech tag after a closing mark: a comma on either side of it, then up to three words, one
# of them a verb of saying ("…dobrze”, zaznaczył", "…statistiky," řekl", "…well,” he said").
_TAG_AFTER = re.compile(r",?\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")
_SENTENCE_END = re.compile(r"[.!?…]\s")
# A sentence's end, then spaces, right before a mark (searched up to the mark's index).
_REOPENED = re.compile(r"[.!?…][ \t]+$")


def segment_close(content: str, verbs: frozenset[str]) -> int:
    """Where the first paragraph's first quotation mark closes a quotation opened before the
    text began (-1 if it does not): the mark in the first sentence, a comma next to it and a
    speech tag after it (``attribution_words``, ``speech_tag_words``): the text is a segment
    cut from a longer one (a translation-memory sentence, an excerpt)."""
    at = next((i for i, char in enumerate(content) if char in _QUOTE_CHARS), -1)
    if at < 0 or not verbs or _SENTENCE_END.search(content, 0, at):
        return -1
    tag = _TAG_AFTER.match(content, at + 1)
    comma = content[at - 1 : at] == "," or content[at + 1 : at + 2] == ","
    if not tag or not comma or not tag.group(1).islower():
        return -1
    return at if any(word and word.lower() in verbs for word in tag.groups()) else -1


def _foreign_by_direction(document: Document, data: LanguageData) -> list[tuple[int, str]]:
    """Quotation marks turned the way the language does not write them, with the native form
    MT205 gives them (Polish “ → „, German «…» → „…“): ``foreign_by_direction``."""
    rules = table(data, "foreign_by_direction")
    if not isinstance(rules, dict):
        return []
    characters = text_characters(document)
    if not any(mark in characters for mark in rules if mark != "nested_in"):
        return []
    found = foreign.find("by_direction", document.text, characters, rules)
    return [(at, native) for at, mark, native in found if mark in _QUOTE_CHARS]


def _foreign_quote_marks(
    document: Document, data: LanguageData, pairs: dict[str, str]
) -> list[tuple[int, str]]:
    """Quotation marks of another language that MT205 reports with the language's own form
    (« » „ 「 」 in English: ``foreign_punctuation``), read as that form here: "« It is …,” said
    Fidan" is one foreign mark, not also a closing mark with no opening one."""
    foreign = {
        mark: native
        for mark, native in data.foreign_punctuation.items()
        if mark in _QUOTE_CHARS and (native in pairs or native in pairs.values())
    }
    characters = text_characters(document)
    if not any(mark in characters for mark in foreign):
        return []
    marks = re.compile("[" + re.escape("".join(foreign)) + "]")
    text = document.text
    found = [(m.start(), foreign[m.group()]) for m in marks.finditer(text)]
    # „…“ kept from German or Czech: the “ that closes the „ (glued to the word or stop before
    # it, no closing mark between, same line) is the closing mark, not a second opening one.
    for at, native in list(found):
        if text[at] != "„" or native not in pairs:
            continue
        line_end = text.find("\n", at)
        close = text.find(native, at + 1, len(text) if line_end < 0 else line_end)
        glued = close > 0 and (text[close - 1].isalnum() or text[close - 1] in ".,!?")
        if glued and pairs[native] not in text[at:close]:
            found.append((close, pairs[native]))
    return sorted(found)


def _first(content: str, a: str, b: str) -> str:
    """Which of ``a`` and ``b`` comes first in ``content`` (both are in it or one is)."""
    at_a, at_b = content.find(a), content.find(b)
    if at_a == -1:
        return b
    if at_b == -1:
        return a
    return a if at_a < at_b else b


def _closer_opens(content: str, at: int, opener: str, closer: str) -> bool:
    """Whether the closing mark at ``at`` stands where a quotation opens, in a language whose
    quotations open low („…”): at the paragraph's start or after a space or a bracket, a letter
    right after it, and the same mark later in the paragraph to close the quotation ("”Ascultaţi
    … încerce”", Romanian web copy)."""
    if opener != "„" or content.find(closer, at + 1) < 0:
        return False
    before = content[at - 1 : at] if at else " "
    return (before.isspace() or before in "([") and content[at + 1 : at + 2].isalpha()


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
    (skipped when the next paragraph opens with a quotation mark, or when a later paragraph, at most
    two quote-free paragraphs on, closes it before a verb of saying: "„Totuși, … (paragraph) …
    lucra”, a spus liderul", the habit of Romanian news; quote_spans); inch marks after digits (5",
    and 55” when no quotation is open) are ignored. A closing mark in the text's first sentence, no
    mark before it, a comma next to it and a speech tag after it, a verb of saying among its next
    three words (attribution_words, speech_tag_words: "…dobrze”, zaznaczył", "…well,” the minister
    said"), ends a quotation opened before a cut segment (a translation-memory sentence) began: left
    alone; a stray mark after a comma before any other word ("food," drink") is still reported.
    Single quotes are not counted. A quotation closed with another pair's mark («oui”) is MT229's:
    read here as closed.
    Read from the marks' own shapes (h30quotes): a closing-shaped mark glued to the word before
    and spaced from its own, closed a few words on in the same sentence, is the opening mark
    put on the wrong side ("firmly” clings” to", 0.7, fix ' “'); straight marks are walked in
    order, and a mark that opens after its own sentence's attribution (': "', or ', "' after a
    verb of saying) while a quotation is open means that quotation lost its closing mark at
    the end of the sentence before (the stop is reported, 0.6), the last one then reported if
    never closed. A colon inside a quotation before a new quoted sentence ("He wrote: "…")
    written inside one open quotation would be read the same way. A quotation opened with a
    single mark and closed with a double one, or the reverse ("‘we are ready”"), is one
    finding on the single mark (0.6): an opening single mark after a space, two words or more,
    no closing single mark between (a plural's possessive "workers’" is none). A paragraph whose
    straight marks are odd, its last mark opening a quotation, when the next paragraph opens with
    a straight mark, carries its quotation on (as for curly marks): left alone. In a language
    where „ is foreign (English), the “ that closes a „ on its line, glued to the word before,
    is read as the closing mark: „…“ kept from German is MT205's finding, not also an unclosed
    quotation.
    """
    examples = (
        Example("He said, “we will go there.", "He said, “we will go there.”"),
        Example(
            "He said, we will go there.” Then he left.", "He said, we will go there. Then he left."
        ),
        # A segment cut from a longer text may close a quotation opened before it.
        good("We hope it all goes well,” the minister said in January."),
        good("Das ist nicht unsere Aufgabe“, sagte der Minister.", language="de"),
        good("He said, “we will go.” She said “no” and “maybe.”"),
        good("“The first paragraph of a long quote.\n\n“The second paragraph,” he read."),
        good(
            "„Căutăm soluții. Am făcut o propunere.\n\nNu se poate lucra așa”, a spus el.",
            language="ro",
        ),
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
        good("« It is a known fact, » said the minister; « we know it,” he added."),
        Example(
            "He said: “We have a duty. “We are the heart of it.”",
            "He said: “We have a duty. We are the heart of it.”",
        ),
        good('“He said "no" to me,” she added; the ‘90s’ hits.'),
        good("“Security is the business of all,’’ he said; ‘‘Yes,’’ she replied."),
        # A quotation closed with another pair's mark is MT229's, once.
        good("Sie sagte: »Wir kommen“, und dann „nein“.", language="de"),
        good("Il a dit «nous sommes prêts” aux journalistes.", language="fr"),
        # An opening mark attached to the word before, faced by it (a detokeniser's side).
        Example(
            "The ink is stubborn and firmly” clings” to the cloth.",
            "The ink is stubborn and firmly “clings” to the cloth.",
        ),
        # A straight quotation left open: the next one opens after its own attribution.
        Example(
            'He said: "We lead in science. Turning to labs, he said: "We rank first."',
            'He said: "We lead in science." Turning to labs, he said: "We rank first."',
        ),
        good('"Yes," he said, "we will go." Then she added: "No."'),
        # One quotation, two styles: the single mark takes the double one's.
        Example("She said ‘we are ready” and left.", "She said “we are ready” and left."),
        Example("He said “we are ready’ and left.", "He said “we are ready” and left."),
        good("He said “the workers’ union agrees, and ‘no’ means no” and left."),
        # English marks turned the Polish way are MT205's, once.
        good("Powiedział: „Tak”. Potem dodał: “Wszystko będzie dobrze”, i wyszedł.", "pl"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        data = language_data(document)
        pairs = {
            o: c for o, c in data.quote_pairs.items() if o in _QUOTE_CHARS and c in _QUOTE_CHARS
        }
        pairs = {o: c for o, c in pairs.items() if o != c and o not in "‘’‚‹" and c not in "‘’›"}
        parity = quote_counting(data)[0]  # ”…“ typed either way; Hebrew gershayim
        marks = set(pairs) | set(pairs.values()) | {'"'} | set(parity)
        present = in_text(marks, document)
        if not present:
            return
        found = list(self._paragraphs(document, data, pairs, marks, present))
        if not found:
            return
        # A quotation over paragraphs, closed before a verb of saying (quote_spans): read only
        # where a paragraph's marks do not pair up.
        carried = carried_quotations(text, document.paragraphs, pairs, speech_tags(data))
        yield from (finding for finding in found if finding.start not in carried)

    def _paragraphs(
        self,
        document: Document,
        data: LanguageData,
        pairs: dict[str, str],
        marks: set[str],
        present: object,
    ) -> Iterator[Finding]:
        text = document.text
        parity, letter = quote_counting(data)
        alternatives = table(data, "closing_alternatives", {}) or {}
        verbs = word_set(data, "attribution_words")
        tags = verbs | word_set(data, "speech_tag_words")
        english = verbs and pairs.get("“") == "”"
        turned = turned_openings(text, verbs, chunk_text(document)) if english else []
        # Marks that MT229 or MT205 report with the mark they stand for are read as that mark:
        # one mistake, one finding.
        mismatched = sorted(
            [
                (problem.closing, problem.expected)
                for problem in quote_pair_problems(document)
                if not problem.inner
            ]
            + _foreign_by_direction(document, data)
            + _foreign_quote_marks(document, data, pairs)
        )
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
            first = bisect_left(mismatched, (paragraph.start, ""))
            if first < len(mismatched) and mismatched[first][0] < paragraph.end:
                # "»Wir kommen“": the other pair's mark closes its quotation (MT229's finding);
                # "“Wszystko”" in Polish: the English opening mark opens it (MT205's).
                chars = list(content)
                for at, expected in mismatched[first:]:
                    if at >= paragraph.end:
                        break
                    chars[at - paragraph.start] = expected
                content = "".join(chars)
            if not any(m in content for m in marks):
                continue
            next_start = ""
            if index + 1 < len(paragraphs):
                following = paragraphs[index + 1]
                next_start = text[following.start : following.start + 2]
            cut = segment_close(content, tags) if paragraph.start == 0 else -1
            mixed = [o + c for o, c in pairs.items() if o in content or c in content]
            if ('"' in content or any(m in content for m in parity)) and mixed:
                # Straight and curly marks mixed ("…,” he said): only the total count can tell,
                # or a curly quotation left open that a lone straight mark closes.
                yield from self._straight(
                    paragraph.start, content, '"' + "".join(mixed) + parity, letter, cut
                )
                yield from self._straight_closes_curly(paragraph.start, content, pairs)
                continue
            for opener, closer in pairs.items():
                # »…« and «…» both listed (German, Swiss): the paragraph's first mark opens.
                if pairs.get(closer) == opener and _first(content, closer, opener) == closer:
                    continue
                yield from self._pair(
                    paragraph.start, content, (opener, closer), next_start, alternatives, cut, verbs
                )
            yield from self._straight(
                paragraph.start, content, '"' + parity, letter, cut, verbs, next_start
            )
            if "‘" in content and "“" in content:
                yield from self._nested_left_open(paragraph.start, content)

    def _pair(
        self,
        offset: int,
        content: str,
        pair: tuple[str, str],
        next_start: str,
        alternatives: dict[str, str],
        cut: int = -1,
        verbs: frozenset[str] = frozenset(),
    ) -> Iterator[Finding]:
        opener, closer = pair
        pair_marks = opener + closer + '"'
        depth = 0
        open_at: list[int] = []
        # Openers met inside an open quotation right after a sentence's end ("…a noble nation.
        # “Ideas were …”"): MT split one quotation into sentences and opened each again.
        reopened: list[int] = []
        # A second closing form the language allows („…“ beside „…” in Polish).
        other = "".join(a for a, c in alternatives.items() if c == closer)
        for mark in re.finditer(
            f"[{re.escape(opener)}{re.escape(closer)}{re.escape(other)}]", content
        ):
            i, char = mark.start(), mark.group()
            if depth == 0 and char in "”“" and char != opener and content[i - 1 : i].isdigit():
                continue  # '55”' with no quotation open: an inch or seconds sign
            char = closer if char in other else char
            if char == closer and _closer_opens(content, i, opener, closer):
                # "(”screw”, în engleză)": the closing glyph typed where „ opens (reported
                # once, as that mark, and the quotation read as opened).
                depth += 1
                open_at.append(i)
                yield self._closing_glyph_opens(offset + i, opener, closer)
            elif char == opener and (at := self._reopens(content, i, open_at, verbs)) > 0:
                # "…science. Turning to it, he said: “Today…": the open one lost its closing mark.
                yield self._lost_close(offset, content, at, closer)
                open_at[-1] = i
            elif char == opener or (depth == 0 and char == closer and turned_to_open(content, i)):
                if depth and char == opener and _REOPENED.search(content, 0, i):
                    reopened.append(i)
                depth += 1
                open_at.append(i)
            elif char == closer:
                if depth == 0 and i == cut:
                    continue  # "Mam nadzieję, że będzie dobrze”, zaznaczył": a cut segment
                if depth == 0 and turned_glued_open(content, i):
                    # "firmly” clings” to": the opening mark, turned, on the word before.
                    depth += 1
                    open_at.append(i)
                    yield self._turned_glued(offset + i, opener)
                elif depth == 0 and (single := single_opened_before(content, i, pair_marks)) >= 0:
                    # "she said ‘we are ready” and left": opened with a single mark.
                    yield self._other_style(offset + single, content[single], opener, closer)
                elif depth == 0:
                    yield self._mark(
                        offset + i,
                        f"Closing '{closer}' with no opening '{opener}' in this paragraph",
                        Edit(offset + i, offset + i + 1, ""),
                        f"remove '{closer}'",
                    )
                else:
                    depth -= 1
                    open_at.pop()
        if open_at and next_start[:1] != opener and reopened and reopened[-1] not in open_at:
            # The quotation closes once after the stray opener: that opener is the mistake,
            # not the first one.
            yield self._reopened(offset, content, reopened[-1], opener, closer)
        elif open_at and (single := single_closes_after(content, open_at[-1], pair_marks)) >= 0:
            # "he said “we are ready’ and left": closed with a single mark.
            yield self._other_style(offset + single, content[single], closer, opener)
        elif open_at and next_start[:1] != opener:
            end = offset + len(content)
            yield self._mark(
                offset + open_at[-1],
                f"Opening '{opener}' is never closed in this paragraph",
                Edit(end, end, closer),
                f"close with '{closer}' at the end of the paragraph",
            )

    def _reopened(self, offset: int, content: str, at: int, opener: str, closer: str) -> Finding:
        """ "…responsibility. “We are …”": a second opening mark inside an open quotation after a
        sentence's end; either the mark is stray or the quotation's closing mark was lost
        before it."""
        where = offset + at
        stop = offset + len(content[:at].rstrip())
        fixes = [
            Fix(
                (Edit(where, where + 1, ""),), Applicability.UNSAFE, f"remove the second '{opener}'"
            ),
            Fix(
                (Edit(stop, stop, closer),),
                Applicability.UNSAFE,
                f"close with '{closer}' before it",
            ),
        ]
        return self.finding(
            where,
            where + 1,
            f"'{opener}' opens a quotation again inside one that is still open",
            fixes=fixes,
            confidence=0.6,
        )

    def _mark(
        self,
        where: int,
        message: str,
        edit: Edit,
        label: str,
        applicability: Applicability = Applicability.DISPLAY_ONLY,
    ) -> Finding:
        """One quotation mark's finding (0.6) with its one fix."""
        fix = Fix((edit,), applicability, label)
        return self.finding(where, where + 1, message, fixes=[fix], confidence=0.6)

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
        self,
        offset: int,
        content: str,
        marks: str = '"',
        letter: re.Pattern[str] | None = None,
        cut: int = -1,
        verbs: frozenset[str] = frozenset(),
        next_start: str = "",
    ) -> Iterator[Finding]:
        positions = counted_quotes(content, marks, letter)
        if len(positions) % 2 and positions[0] == cut:
            positions = positions[1:]  # the quotation opened before a cut segment began
        walked = list(self._straight_walk(offset, content, positions, verbs))
        if walked:  # the marks' own shapes tell which one is missing: no count needed
            yield from walked
            return
        last = positions[-1] if len(positions) % 2 else -1
        if last > 0 and content[last] == '"' and not content[last - 1].isspace():
            single = single_opened_before(content, last, marks)
            if single >= 0:  # "said 'we will win the vote" and smiled"
                yield self._other_style(offset + single, content[single], '"', '"')
                return
        carried = next_start[:1] == '"' and next_start[1:].isalnum()
        if last >= 0 and carried and content[last + 1 : last + 2].isalnum():
            return  # this paragraph's last mark and the next one's first both open
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

    def _turned_glued(self, where: int, opener: str) -> Finding:
        """ "firmly” clings” to": the opening mark goes before the quoted word, turned."""
        fix = Fix(
            (Edit(where, where + 2, " " + opener),),
            Applicability.UNSAFE,
            f"open with '{opener}' before the quoted word",
        )
        return self.finding(
            where,
            where + 2,
            "A quotation opened on the wrong side of its space, with the closing mark",
            fixes=[fix],
            confidence=0.7,
        )

    def _straight_walk(
        self, offset: int, content: str, positions: list[int], verbs: frozenset[str]
    ) -> Iterator[Finding]:
        """Straight marks read by their own shape, in order: a mark that opens from the wrong
        side of its space ('firmly" clings" to'), and a quotation left open when the next one
        opens after its own attribution ('…science. Turning to it, he said: "Today…'): the lost
        closing mark belongs after the sentence before that attribution. Nothing is yielded
        unless one of the two is seen."""
        open_at, lost = -1, False
        for i in positions:
            if content[i] != '"' or content[i - 1 : i].isdigit():
                continue  # a parity mark of another kind; an inch mark
            if open_at < 0:
                open_at = i
                if turned_glued_open(content, i):
                    yield self._turned_glued(offset + i, '"')
                continue
            start = opens_after_attribution(content, i, verbs, open_at) if i - open_at > 1 else -1
            if start <= open_at:
                open_at = -1  # the mark closes the open quotation
                continue
            lost = True
            yield self._lost_close(offset, content, start, '"')
            open_at = i
        if lost and open_at >= 0:
            end = offset + len(content.rstrip())
            yield self._mark(
                offset + open_at,
                "Opening '\"' is never closed in this paragraph",
                Edit(end, end, '"'),
                "close with '\"' at the end of the paragraph",
            )

    def _other_style(self, where: int, mark: str, wanted: str, other: str) -> Finding:
        """A quotation opened with a single mark and closed with a double one, or the reverse
        ("‘we are ready”", "“we are ready’"): the single mark takes the double one's style."""
        return self.finding(
            where,
            where + 1,
            f"One quotation, two styles: '{mark}' here, '{other}' at its other end",
            fixes=[
                Fix((Edit(where, where + 1, wanted),), Applicability.UNSAFE, f"write '{wanted}'")
            ],
            confidence=0.6,
        )

    def _closing_glyph_opens(self, where: int, opener: str, closer: str) -> Finding:
        return self._mark(
            where,
            f"Quotation opened with the closing mark '{closer}': write '{opener}'",
            Edit(where, where + 1, opener),
            f"write '{opener}'",
            Applicability.UNSAFE,
        )

    @staticmethod
    def _reopens(content: str, at: int, open_at: list[int], verbs: frozenset[str]) -> int:
        """Where the sentence of the opening mark at ``at`` starts when the mark opens a new
        quotation after that sentence's attribution, inside the one opened before that
        sentence (``open_at[-1]``); else -1."""
        if len(open_at) != 1:  # one quotation open, no more
            return -1
        start = opens_after_attribution(content, at, verbs, open_at[-1])
        return start if start > open_at[-1] else -1

    def _lost_close(self, offset: int, content: str, start: int, closer: str) -> Finding:
        """The stop that ends the sentence before ``start`` (a sentence that opens a quotation
        after its own attribution), where the open quotation's closing mark was lost."""
        stop = offset + len(content[:start].rstrip())
        return self.finding(
            stop - 1,
            stop,
            "The quotation opened before this sentence is never closed; the next one "
            "opens after its attribution",
            fixes=[
                Fix((Edit(stop, stop, closer),), Applicability.UNSAFE, f"close it with '{closer}'")
            ],
            confidence=0.6,
        )
