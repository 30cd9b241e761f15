"""Spacing around sentence marks: MT103, no space after a full stop ("said.The"), and MT104, a
space before a mark, inside brackets or in a contraction ("word ,", "( FTIR )", "do n't").
MT105, no space after a comma, lives in spacing_comma.py; MT101, glued words, in spacing_glued.py.

Every rule here scans the whole text with one regex that rarely matches (or looks up the text's
*unique* tokens once), so a clean megabyte costs milliseconds; per-match work may be slower.
Most first ask the distinct chunks which marks can match at all, and scan only for those.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from itertools import repeat
from operator import sub
from typing import ClassVar

from mtlint.checks.documents.base import Document
from mtlint.checks.fixes import insertion
from mtlint.checks.langdata import LanguageData, every_language_words
from mtlint.checks.markglue import opener_glued
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.pagefurniture import button_row, line_at
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.spacedlayout import document_markup_runs
from mtlint.checks.textscan import (
    chunk_around,
    chunk_edge,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    scan_starts,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import zipf


@register
class MissingSpaceAfterSentence(Rule):
    code = "MT103"
    name = "missing-space-after-sentence"
    summary = "No space after a full stop, question or exclamation mark ('said.The')."
    doc = """
    What it finds: a lower-case word, sentence punctuation (optionally a closing quote) and a
    capitalised word with no space between: "said.The", "ready?We"; the one-letter words that
    open sentences ("the plan.I think", "done.A new law": capital_letter_words in the
    typography table, a lower-case word after them); a lower-case sentence opener ("after",
    "however", "the": sentence_starters) glued to a full stop after a lower-case word of three
    letters or more, prose after it ("met its goal.after this test"); and a small word
    of the language glued
    to the last dot of an abbreviation written with inner dots ("5 p.m.on Friday", "e.g.the").
    Why it matters: the sentence break survives but the space is lost, usually where two
    segments or a link were joined; readers and later tools see one long word.
    Fix safety: safe after a full stop; unsafe after "?" or "!", which brands use ("Yahoo!Mail").
    Known false positives: code in prose ("System.Console"), handled by skipping tokens followed
    by "(" or another dot; abbreviations written with capitals (U.S., Ph.D), decimals, domain
    names and file names never match.
    """
    examples = (
        Example("The minister said.The talks went on.", "The minister said. The talks went on."),
        Example("He said “yes.”Then he left.", "He said “yes.” Then he left."),
        Example(
            "Cases rose to 544,822.As for deaths, few.",
            "Cases rose to 544,822. As for deaths, few.",
        ),
        good("The U.S. economy grew 2.5 percent, e.g. in example.com and report.PDF files."),
        good("Call System.Console.WriteLine() or String.Format(x)."),
        Example(
            "Cases rose in Salta 12 and Jujuy 1.Overall, few died.",
            "Cases rose in Salta 12 and Jujuy 1. Overall, few died.",
        ),
        good("1.Introduction\nVersion 3.1.Beta is out; 5.Mio people."),
        Example(
            "The ministry told News.Az.They expressed readiness.",
            "The ministry told News.Az. They expressed readiness.",
        ),
        good("See www.example.In or docs.python.org.The docs say so."),
        Example("We studied the plan.I think it works.", "We studied the plan. I think it works."),
        Example("It opens at 5 p.m.on Friday.", "It opens at 5 p.m. on Friday."),
        Example(
            "The trial met its goal.after this test, the nurses rested.",
            "The trial met its goal. after this test, the nurses rested.",
        ),
        good("Call promise.then or list.last; see site.info and ab.after it."),
        good("Take Vitamin.A, the U.S.A team and e.g.A cases; it opens at 5 p.m. on Friday."),
    )

    # Any script: a capitalised word (checked per match) glued to sentence punctuation.
    _pattern = re.compile(r"([.!?])([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")

    # The pattern for one mark: led by a literal, a scan jumps between the mark's occurrences.
    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile("(" + re.escape(mark) + r")([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")
        for mark in ".!?"
    }

    @classmethod
    def _screen(
        cls,
        lines: str,
        openers: frozenset[str],
        dotted: frozenset[str],
        letters: frozenset[str],
        lowers: frozenset[str],
    ) -> list[re.Pattern[str]]:
        """The patterns of the marks that can match. A match (mark, quote, letters) holds no
        whitespace, so it lies in one chunk, and the chunk lines hold it too (``chunk_text``).
        The two tests on the letters and on the two characters before the mark look no
        further: outside the chunk they see whitespace, which fails them as "\\n" does."""
        marks = set()
        for match in scan_starts(lines, cls._by_mark.values()):
            word = match.group(3)
            before = lines[max(0, match.start() - 2) : match.start()]
            if (
                _glued_sentence(word, before, openers)
                or before[-1:].isdigit()
                or _letter_word_glued(lines, match, letters, screen=True)
                or _after_dotted_abbreviation(lines, match, openers, dotted, screen=True)
                or _lower_opener_glued(lines, match, lowers, screen=True)
            ):
                marks.add(match.group(1))
        return [cls._by_mark[mark] for mark in sorted(marks)]

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        openers = data.sentence_starters | data.function_words
        # Abbreviations written with inner dots ("p.m", "e.g"): a function word glued after
        # their last dot ("5 p.m.on Friday") lost its space.
        dotted = frozenset(word for word in data.abbreviations if "." in word)
        letters = word_set(data, "capital_letter_words")  # "I", "A"
        # Sentence openers glued in lower case after a word ("goal.after this").
        # Not the openers that code writes after a dot ("promise.then", "this.x", "list.last":
        # the language table's code_member_words).
        lowers = frozenset(
            word for word in data.sentence_starters if word.islower()
        ) - data.word_set("code_member_words")
        screen = self._screen(chunk_text(document), openers, dotted, letters, lowers)
        # A match never holds another mark, so the matches of the marks' own patterns,
        # merged in order, are the matches of ``_pattern``.
        for match in scan_marks(document, screen):
            before = text[max(0, match.start() - 2) : match.start()]
            glued = (
                _glued_sentence(match.group(3), before, openers)
                or _letter_word_glued(text, match, letters)
                or _after_dotted_abbreviation(text, match, openers, dotted)
            )
            lower = not glued and _lower_opener_glued(text, match, lowers)
            glued = glued or lower
            after_number = not glued and _number_ends_sentence(text, match.start(), match.group(3))
            if not (glued or after_number):
                continue
            # A number's dots are no host name ("9.931.De" is not a domain under .de).
            if (
                not after_number
                and looks_technical(text, match.start(), match.end())
                and not _opener_after_name(text, match, openers)
            ):
                continue
            mark = match.group(1)
            insert_at = match.start(3)
            safe = mark == "."
            yield self.finding(
                match.start(1),
                match.end(3),
                f"No space after '{mark}' before '{match.group(3)}'",
                fixes=[
                    insertion(
                        insert_at,
                        " ",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                # A lower-case opener is the least sure reading (a member after a dot); its
                # 0.7 is a prior: 1 real case (en17 1/1; en13, numbers-real-en 0/0; clean
                # look-alike text 0 on 464,785 words).
                confidence=(0.85 if safe else 0.65) - (0.15 if lower else 0.0),
            )


def _letter_word_glued(
    text: str, match: re.Match[str], letters: frozenset[str], screen: bool = False
) -> bool:
    """A one-letter word that opens sentences ("I", "A") glued to a full stop after a word
    of lower-case letters, a lower-case word after it ("the plan.I think", "done.A new law"):
    "U.S.A" or "Vitamin.A," have no such word around them. On the chunk lines
    (``screen``) the chunk ends after the letter: what follows is not read."""
    word, start = match.group(3), match.start()
    if len(word) != 1 or not word.isupper() or word.lower() not in letters:
        return False
    if match.group(1) != "." or match.group(2) or not text[start - 2 : start].islower():
        return False
    if not text[start - 2 : start].isalpha():
        return False
    after = match.end()
    if screen:
        return text[after : after + 1] == "\n"
    return (
        text[after : after + 1] == " "
        and text[after + 1 : after + 3].isalpha()
        and (text[after + 1 : after + 3].islower())
    )


def _lower_opener_glued(
    text: str, match: re.Match[str], openers: frozenset[str], screen: bool = False
) -> bool:
    """A lower-case word that opens sentences ("after", "however", "the") glued to a full
    stop after a lower-case word of three letters or more, prose after it ("the trial met its
    goal.after this test"): a lost space where the writer (or the engine) also
    lost the capital. Domains and file names end on other words; on the chunk lines
    (``screen``) what follows is not read."""
    word, start = match.group(3), match.start()
    if match.group(1) != "." or match.group(2) or not word.islower() or len(word) < 3:
        return False
    if word not in openers:
        return False
    before = text[max(0, start - 4) : start]
    if not (before[-3:].isalpha() and before[-3:].islower()) or before[:1] in "._":
        return False
    after = match.end()
    if screen:
        return text[after : after + 1] == "\n"
    return text[after : after + 1] == " " and text[after + 1 : after + 2].isalpha()


def _after_dotted_abbreviation(
    text: str,
    match: re.Match[str],
    openers: frozenset[str],
    dotted: frozenset[str],
    screen: bool = False,
) -> bool:
    """A function word glued to the last dot of an abbreviation written with inner dots, a
    space after it ("5 p.m.on Friday", "e.g.the"): never a host name, whose labels are not
    the language's small words followed by a space."""
    word, start = match.group(3), match.start()
    if match.group(1) != "." or match.group(2) or not word.islower() or word not in openers:
        return False
    if text[match.end() : match.end() + 1] != ("\n" if screen else " "):
        return False
    lead = max(0, start - 8)  # the longest dotted abbreviation is shorter
    head = max(text.rfind(" ", lead, start), text.rfind("\n", lead, start)) + 1
    if head == 0 and lead:  # no space within reach: a longer token, no abbreviation
        return False
    return text[head:start].lstrip("(").lower() in dotted


def _opener_after_name(text: str, match: re.Match[str], openers: frozenset[str]) -> bool:
    """A sentence opener glued after a dotted name that is no address by itself ("told
    News.Az.They expressed"): only the third dotted part made the chunk look like a host name,
    and that part is "They", a word that opens sentences, never a host's label."""
    word = match.group(3)
    if match.group(1) != "." or match.group(2) or word.lower() not in openers:
        return False
    chunk_start, _ = chunk_around(text, match.start(), match.end())
    return not looks_technical(text[chunk_start : match.start()], 0, match.start() - chunk_start)


# A word, then a count: plain digits or digits grouped by threes ("1", "9.931", "12,400"); a
# version ("3.1") has shorter groups.
_NUMBER_IN_PROSE = re.compile(r"[^\W\d_]{2,}[ \t](?:\d+|\d{1,3}(?:[.,]\d{3})+)$")


def _number_ends_sentence(text: str, mark: int, word: str) -> bool:
    """A number that ends a sentence in running text, glued to the next sentence's capitalised
    word ("cases in Tucumán 1.Of all cases"): the number follows a word on the same line, so a
    numbered heading ("1.Introduction") or a version ("v2.Beta") never matches."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
        return False
    # Capitalised abbreviations written after a number and a dot ("5.Mio", "19.Jh"): not a
    # sentence, in whichever language's table (number_unit_abbreviations).
    if word.lower() in every_language_words("number_unit_abbreviations"):
        return False
    line_start = text.rfind("\n", 0, mark) + 1
    return _NUMBER_IN_PROSE.search(text, max(line_start, mark - 60), mark) is not None


def _glued_sentence(word: str, before: str, openers: frozenset[str]) -> bool:
    """MT103's test of a mark's surroundings: a capitalised word after it, and two lower-case
    letters before it (not "U.S.A", "Ph.D", "2.5" or "..."), or, when the word is one that
    opens sentences ("They", "As"), a lower-case letter or a digit ("News.Az.They",
    "544,822.As for")."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
        return False
    if len(before) == 2 and before.isalpha() and before.islower():
        return True
    return opener_glued(word, before, openers)


@register
class SpaceBeforePunctuation(Rule):
    code = "MT104"
    name = "space-before-punctuation"
    summary = "A space before a comma or full stop, inside brackets, or inside a contraction."
    doc = """
    What it finds: spaces before punctuation that takes none in the language ("word ," and,
    for English, "word ;" "word ?"), spaces just inside brackets ("( FTIR )"), and, where the
    language table lists them, split clitics ("do n't", "it 's") — the marks of tokenised MT.
    Why it matters: tokenised output (detokenisation skipped) reads as sloppy and breaks
    search and line wrapping.
    Fix safety: safe; the spaces are removed.
    Known false positives: French-style spacing before ; : ! ? is allowed wherever the language
    table does not list those marks; an ellipsis after a space (" ...") is left alone; a row of
    a page's bracketed buttons ("[ Print ]  [ Close ]", checks/pagefurniture.py) pads them by
    design (h24prec: 4 wrong at 0.85 on pool-prec24, none right); nor does a command a typed
    manual sets off by two spaces ("type  dw  , to delete", checks/spacedlayout.py).
    """
    examples = (
        Example("The talks , he said , went on .", "The talks, he said, went on."),
        Example("A test by spectroscopy ( FTIR ) worked.", "A test by spectroscopy (FTIR) worked."),
        Example("Prices fell in Porto ( -0.2 %).", "Prices fell in Porto (-0.2 %)."),
        Example("Rents rose in Guarda (20% ).", "Rents rose in Guarda (20%)."),
        Example("I do n't know .", "I don't know."),
        Example(
            "We met at 10 o 'clock and at three o ‘clock.",
            "We met at 10 o'clock and at three o’clock.",
        ),
        Example("They finished the plan .It was late.", "They finished the plan. It was late."),
        Example(
            "The board approved 12 .It was a record.", "The board approved 12. It was a record."
        ),
        Example(
            "Steel plays a big role in modern cookware .Due to its price, it sells.",
            "Steel plays a big role in modern cookware. Due to its price, it sells.",
        ),
        good("The tool runs on 4 .Net hosts; version 2 .5 is out."),
        good("Our team ships the .Net builds and the app .Net runtime today."),
        good("It runs on .Net and .NET; see .Item files."),
        good("Subió un 8 % en un año; ¿por qué?", language="es"),
        good("He paused ... then spoke: yes, 50 % of it (roughly)."),
        good("The plant opened in May.\n[ Print ]  [ Close ]"),
        good("Il a dit : « oui » ?", language="fr"),
        Example("Il a vu l' homme qu' il aime.", "Il a vu l'homme qu'il aime.", "fr"),
        good("Ne serait-ce qu'« une seule », l'homme d'État ; les élèves' notes.", language="fr"),
    )

    # Two simple scans beat one alternation (which the engine tries at every position).
    _open_bracket = re.compile(r"[(\[] +(?=\w|[-−+][\d.,])")
    _close_bracket = re.compile(r" [)\]]")

    # Each scan below is screened on the distinct chunks first (``chunk_text``): every
    # match has a chunk start or end right at its mark, so a mark no chunk starts (or ends)
    # with cannot match, and the text is scanned only for the marks that can, each with a
    # pattern led by the mark itself (rarer than the space before it). The original checks
    # then run on every match, in the original order.

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        lines = chunk_text(document)
        marks = str(table(data, "no_space_before") or ",.")
        openers = data.sentence_starters | data.function_words
        if any(mark.isspace() for mark in marks):  # never in the tables; scan as before
            spaces = (m.start() for m in _space_before_pattern(marks).finditer(text))
        else:
            # " ," with the mark then followed by whitespace, a closing quote or the end: a
            # chunk that is the mark alone, or the mark and a closing quote.
            chunks = unique_chunks(document)
            # " .It": the mark then the next sentence, glued (a chunk like ".It").
            glued = {m.group(1) for m in _SENTENCE_GLUED.finditer(lines) if m.group(1) in marks}
            present = [
                mark
                for mark in dict.fromkeys(marks)
                if mark in chunks or mark in glued or _chunk_start_then_quote(mark).search(lines)
            ]
            spaces = (m.start() - 1 for m in scan_marks(document, map(_after_space, present)))
        for space_at in spaces:
            mark_at = space_at + 1
            mark = text[mark_at]
            after = text[mark_at + 1 : mark_at + 2]
            # Then a space, a closing quote or the end: not " :)", " .5", " ..." or " .com";
            # or the next sentence glued on after a word ("the plan .It was").
            if after and not (after.isspace() or after in '"”’'):
                if mark in ".!?" and _SENTENCE_GLUED.match(text, space_at):
                    yield from self._sentence_glued(text, space_at, openers, data)
                continue
            space_start = space_at
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            # After a word, a number or a closing bracket/quote ("1995 ) ." "dear " ,").
            before = text[space_start - 1 : space_start]
            if not before or not (before.isalnum() or before in ')]”’"%'):
                continue
            if space_start in document_markup_runs(document):  # "type  x  , to delete"
                continue
            yield self._finding(space_start, mark_at + 1, f"'{mark}'", space_start, mark_at)
        # "( FTIR": a chunk that ends with the bracket.
        opening = [_OPEN_BRACKET[b] for b in "([" if chunk_edge(lines, b, start=False)]
        for match in scan_marks(document, opening):  # spaces after the bracket
            start, end = match.span()
            if text[start] == "[" and button_row(line_at(text, start)):  # "[ Print ]"
                continue
            yield self._finding(start, end, "inside brackets", start + 1, end)
        # "FTIR )": a chunk that starts with the bracket.
        closing = [_after_space(b) for b in ")]" if chunk_edge(lines, b, start=True)]
        for match in scan_marks(document, closing):
            start, end = match.start() - 1, match.end()
            space_start = start
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            # After a word, a number with its sign or unit ("(20% )", "(312 euros/mes )").
            if text[end - 1] == "]" and button_row(line_at(text, space_start)):  # "[ Close ]"
                continue
            if space_start > 0 and re.match(r"[\w.!?%‰€$£°]", text[space_start - 1]):
                yield self._finding(space_start, end, "inside brackets", space_start, end - 1)
        yield from self._elisions(document, word_set(data, "elisions"))
        clitics = word_set(data, "clitics")
        if clitics:
            pattern = _clitic_pattern(clitics)
            for space_at in _clitic_spaces(text, lines, clitics):
                match = pattern.match(text, space_at)
                if match and _after_letter(text, match.start()):
                    yield self._clitic(match)

    def _clitic(self, match: re.Match[str]) -> Finding:
        """ "do n't", "o 'clock": the space goes; an opening mark written for the apostrophe
        ("o ‘clock", "it ‘s") becomes the apostrophe."""
        start, mark = match.start(), match.start(1)
        if match.string[mark] != "‘":
            return self._finding(start, match.end(), "in a contraction", start, mark)
        return self.finding(
            start,
            match.end(),
            "Stray space in a contraction, and an opening quote for its apostrophe",
            fixes=[Fix((Edit(start, mark + 1, "’"),), Applicability.SAFE, "remove the space, ’")],
            confidence=0.85,
        )

    def _elisions(self, document: Document, elisions: frozenset[str]) -> Iterator[Finding]:
        """ "l' homme": an elided article or pronoun (a table) that attaches to the next word,
        with a space after its apostrophe."""
        chunks = unique_chunks(document)
        present = [e for e in elisions if e in chunks or e.capitalize() in chunks]
        if not present:
            return
        text = document.text
        for match in _ELIDED.finditer(text):  # led by the apostrophe, a rare character
            at = match.start()
            word = _ELIDED_WORD.search(text, max(0, at - 8), at)
            if not word or (word.group() + text[at]).lower() not in present:
                continue
            if word.start() and text[word.start() - 1].isalnum():
                continue
            yield self._finding(word.start(), at + 2, "after an elision", at + 1, at + 2)

    def _sentence_glued(
        self, text: str, space_at: int, openers: frozenset[str], data: LanguageData
    ) -> Iterator[Finding]:
        """ " .It": the space belongs after the mark, when a word, a number or a closing mark
        comes before ("the plan .It", "approved 12 .It", "(2019) .The") and a capitalised word
        that opens sentences after (not ".Net")."""
        word = _WORD.match(text, space_at + 2)
        before = text[space_at - 1 : space_at]
        if not (
            (before.isalnum() or (before and before in ')]”’"%'))
            and word
            and word.group().istitle()
        ):
            return
        confidence = 0.8
        if word.group().lower() not in openers:
            # Any common word after a content word ("kitchenware .Due to"): the tokeniser's
            # space, whichever word opens the next sentence; not after a function word or a
            # number ("on .Net", "4 .Net"), nor a name a dot leads (dot_led_names: ".Net").
            last = _LAST_WORD.search(text, max(0, space_at - 40), space_at)
            if not last or len(last.group()) < 3 or not last.group().islower():
                return
            folded = word.group().lower()
            small = data.function_words
            if last.group() in small or folded in word_set(data, "dot_led_names"):
                return
            if zipf(folded, data.code) < 3.5 or _names_dot_led(text, space_at, small):
                return
            confidence = 0.7
        mark_at = space_at + 1
        yield self.finding(
            space_at,
            mark_at + 2,
            f"Space before '{text[mark_at]}' instead of after it",
            fixes=[
                Fix(
                    (Edit(space_at, mark_at, ""), Edit(mark_at + 1, mark_at + 1, " ")),
                    Applicability.SAFE,
                    "move the space after the mark",
                )
            ],
            confidence=confidence,
        )

    def _finding(
        self, start: int, end: int, what: str, space_start: int, space_end: int
    ) -> Finding:
        message = f"Space before {what}" if what.startswith("'") else f"Stray space {what}"
        return self.finding(
            start,
            end,
            message,
            fixes=[
                Fix((Edit(space_start, space_end, ""),), Applicability.SAFE, "remove the space")
            ],
            confidence=0.85,
        )


# A chunk that starts with sentence punctuation and then a capitalised word (".It").
_SENTENCE_GLUED = re.compile(r"\s([.!?])(?=[^\W\d_][^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
# A token a dot leads, after the word or number before it (".Net", ".NET", ".Item").
_DOT_LED = re.compile(r"(\w+)?\s\.(?=[^\W\d_])|\.[A-Z]{2,}\b")


def _names_dot_led(text: str, space_at: int, function_words: frozenset[str]) -> bool:
    """Whether the line talks of names a dot leads ("runs on .Net and .NET; see .Item"): a
    token in capitals after a dot, or another dot-led token after a function word or a
    number. A sentence glued on after a tokenised stop is then not told from such a name."""
    start = text.rfind("\n", 0, space_at) + 1
    end = text.find("\n", space_at)
    for match in _DOT_LED.finditer(text, start, len(text) if end < 0 else end):
        if match.start() <= space_at < match.end():
            continue
        before = match.group(1)
        if before is None or before.isdigit() or before.lower() in function_words:
            return True
    return False


# An elided word, its apostrophe, one space and a letter ("l' homme").
_ELIDED = re.compile(r"['’](?= [^\W\d_]| [“«\"‘„])")  # (or a quotation: "d' “abord”")
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,7}$")


def _after_letter(text: str, offset: int) -> bool:
    return offset > 0 and text[offset - 1].isalpha()


_PATTERN_CACHE: dict[object, re.Pattern[str]] = {}


def _space_before_pattern(marks: str) -> re.Pattern[str]:
    pattern = _PATTERN_CACHE.get(marks)
    if pattern is None:
        pattern = re.compile(" [" + re.escape(marks) + "]")
        _PATTERN_CACHE[marks] = pattern
    return pattern


# "(" or "[", spaces, then a word or a signed number ("( -0,2 %)"):
# ``SpaceBeforePunctuation._open_bracket`` for one bracket.
_OPEN_BRACKET = {b: re.compile(re.escape(b) + r" +(?=\w|[-−+][\d.,])") for b in "(["}


def _chunk_start_then_quote(mark: str) -> re.Pattern[str]:
    """A pattern that finds, in the chunk lines, a chunk that starts with ``mark`` and a
    closing quote; led by the mark, not by the line break before every chunk."""
    key = ("chunk start then quote", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        escaped = re.escape(mark)
        pattern = re.compile(escaped + "(?<=\n" + escaped + ')["”’]')
        _PATTERN_CACHE[key] = pattern
    return pattern


def _after_space(mark: str) -> re.Pattern[str]:
    """A pattern for " " + ``mark`` that is led by the mark: its match is the mark alone."""
    key = ("after space", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        pattern = re.compile(re.escape(mark) + "(?<= " + re.escape(mark) + ")")
        _PATTERN_CACHE[key] = pattern
    return pattern


def _clitic_spaces(text: str, lines: str, clitics: frozenset[str]) -> Iterator[int]:
    """Every offset where ``_clitic_pattern(clitics)`` can match (and some where it cannot),
    in order, once each.

    The pattern is a space, a clitic and no word character or apostrophe after it: the clitic
    starts a chunk, and the test after it sees the chunk's next character or, at the chunk's
    end, whitespace (or the end of the chunk lines). So the pattern led by "\\n" finds in the
    chunk lines the clitics that can match in the text, and only the spaces before them need
    looking at: found by a scan led by the clitic's apostrophe (rare), not the space.
    """
    if not all(clitic and not re.search(r"\s", clitic) for clitic in clitics):
        # Never in the tables: a clitic that is empty or holds a space is scanned as before.
        yield from (match.start() for match in _clitic_pattern(clitics).finditer(text))
        return
    key = ("clitics at a chunk start", clitics)
    screen = _PATTERN_CACHE.get(key)
    if screen is None:
        screen = re.compile(rf"\n({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = screen
    scans = []
    for clitic in sorted({match.group(1) for match in screen.finditer(lines)}):
        pattern = _PATTERN_CACHE.get(("space and clitic", clitic))
        if pattern is None:
            lead = min((clitic.find(q) for q in "'’" if q in clitic), default=0)
            pattern = re.compile(re.escape(clitic[lead:]) + "(?<= " + re.escape(clitic) + ")")
            _PATTERN_CACHE[("space and clitic", clitic)] = pattern
        # The space before each: its match ends the clitic.
        scans.append(map(sub, map(re.Match.end, pattern.finditer(text)), repeat(len(clitic) + 1)))
    previous = -1
    # One clitic may start another ("n'" and "n't"): the same space once.
    for space_at in heapq.merge(*scans):
        if space_at != previous:
            yield space_at
            previous = space_at


def _clitic_pattern(clitics: frozenset[str]) -> re.Pattern[str]:
    key = ("clitics", clitics)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        # Prefix-factored, after exactly one space: the engine rejects most spaces at once.
        pattern = re.compile(rf" ({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = pattern
    return pattern
