"""Punctuation left behind when the words around it were dropped or rewritten (family MT2):
a label's colon with nothing after it but the next mark ("(Chinese:; pinyin: Xiang)"), two
different marks in a row after a word ("Sports Club");, commonly"), a question mark standing
after the sentence's own full stop (a full-width source mark carried over: "etc. ?",
"Qianzhou. ?The"), and an ellipsis after "etc." ("roads, bridges, etc...").

Each language's own conventions come from data: which marks it spaces (``spaced_marks`` in
resources/typography/<lang>.json: French "etc. ?" is correct) and how it writes "et cetera"
(``etcetera``, the same files).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    abbreviation_before,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
)
from mtlint.checks.typography import languages_with_table, table, word_set

# Two different marks of , ; : in a row (maybe a space between), the second a comma or a
# semicolon, each led by its first mark (a literal the scan jumps between); what stands before
# the first and after the second is judged per match.
_MARK_PAIR = {mark: re.compile(re.escape(mark) + r" ?[,;]") for mark in ",;:"}
# In the distinct chunks: the glued pair inside a chunk (a lone colon, ": ;", is asked apart).
_MARK_PAIR_CHUNK = re.compile(r"[,;:][,;]")
# What a dropped word's mark follows: a letter, a closing bracket or quotation mark.
_BEFORE_MARK = re.compile(r"[^\W\d_]|[)\]\"”»’]")
_WORD_END = re.compile(r"[^\W\d_]+$")
# A label's colon, then a space and the closing bracket: "(Chinese : )", "(pinyin: )"; led by
# the colon, the letter before it (maybe after a space) is asked per match.
_EMPTY_LABEL = re.compile(r": \)")
# A paragraph that opens with a comma before a word: the words before it were dropped. Led by
# the line break (a "^" pattern is tried at every character of the text).
_LEADING_COMMA = re.compile(r"\n[ \t]*(,[ \t]*)(?=[^\W\d_])")
_FIRST_COMMA = re.compile(r"[ \t]*(,[ \t]*)(?=[^\W\d_])")
# A prose line: at least this many words, ending with a sentence's mark, no code characters.
_PROSE_WORDS = 6
_CODE_CHARACTERS = frozenset("{}<>=_/\\|`")
_PROSE_FORMATS = frozenset({"text", "markdown", "html", "docx"})
# A full stop, a space and a question or exclamation mark, led by the full stop (a letter
# before it, a space, the end or a letter after the mark).
_STOP_THEN_QUESTION = re.compile(r"\. [?!？！](?<=[^\W\d_]\. .)(?=\s|\Z|[^\W\d_])")


def _stop_abbreviations(document: Document) -> frozenset[str]:
    """The language's abbreviations and the last word of its "et cetera" ("etc", "ecc", "д"
    of "и т. д"), lower-cased, without their full stop (``abbreviation_before``'s words)."""
    data = language_data(document)
    etcetera = word_set(data, "etcetera")
    return data.abbreviations | {word.rsplit(" ", 1)[-1].lower() for word in etcetera}


def _opened(text: str, stop: int, closing: str, opening: str | None) -> bool:
    """Whether the question (exclamation) ending at ``stop`` was opened: always in a language
    without inverted marks; else an opening "¿" since the line's start or the last closing
    mark ("¿Trajiste pan, etc. ?" is a question, "Trajo pan, etc. ?" is not)."""
    if opening is None:
        return True
    start = max(text.rfind("\n", 0, stop), text.rfind(closing, 0, stop), stop - 400, 0)
    return text.find(opening, start, stop) != -1


def _prose_line(line: str) -> bool:
    """A line of prose: enough words, a sentence's final mark, no code characters."""
    stripped = line.rstrip().rstrip("\"'”’)")
    return (
        stripped[-1:] in (".", "!", "?")
        and len(line.split(None, _PROSE_WORDS)) > _PROSE_WORDS - 1
        and _CODE_CHARACTERS.isdisjoint(line)
    )


def _after_paragraph_end(text: str, line_start: int) -> bool:
    """The line before ends a sentence or a paragraph (or there is none): a comma opening the
    line then opens a paragraph, where a wrapped sentence's line ("council\n, as") goes on."""
    before = text[max(0, line_start - 200) : line_start].rstrip(" \t")
    if not before or before.endswith("\n\n") or not before.strip():
        return True
    return before.rstrip()[-1] in '.!?…:;”"’)»'


def _spaced_before(document: Document) -> str:
    """The marks the language writes with a space before them (French ; : ! ?)."""
    groups = table(language_data(document), "spaced_marks", []) or []
    return "".join(group.get("before", "") for group in groups)


@register
class OrphanedMark(Rule):
    code = "MT236"
    name = "orphaned-mark"
    summary = "A mark left standing after another one when the words between were dropped."
    doc = """
    What it finds: a label's colon followed at once by a comma or semicolon ("(Chinese:;
    pinyin: Xiang)", "(Китайский : ; пиньинь") or, inside a bracket, by the closing bracket
    ("(Chinese : )"), two different marks of , ; in a row after a
    word or a closing bracket ("Sports Club");, commonly"), and a question or exclamation
    mark standing after the sentence's own full stop, spaced off it ("etc. ?", "Qianzhou.
    ?The dynasty"), and a paragraph of prose that opens with a comma (", the bureau also
    asked": the words before it were dropped; plain text, Markdown, HTML and Word only, never
    the units of a bilingual file, whose strings are often fragments).
    Why it matters: MT drops a word it cannot render (a name in Chinese characters, a
    bracketed gloss) and keeps the punctuation around it; a full-width source mark ("？")
    is carried over beside the target's own full stop.
    Fix safety: unsafe; of two marks the second is kept, or (second suggestion) the first (the
    label lost its content: only a person can restore it), and the stray question mark is
    removed; after an abbreviation's full stop ("the U.S. ?", "ecc. ?") the question may be
    real, so the space is removed first (the mark is the second suggestion), unless the mark
    is glued to the next word ("etc. ?The", a carried-over source mark) or the language opens
    its questions (``inverted_marks``) and this one was never opened ("Trajo pan, etc. ?").
    Known false positives: a language that spaces ? and ! before them (French "etc. ?") is
    left alone for the question mark; a real question ending in an abbreviation is still
    reported for its space ("the U.S. ? Nobody"), and a stop after a word not in the
    language's ``abbreviations`` ("in Kyiv. ? Yes", "en EE. UU. ?") is read as the
    sentence's own, so the mark is the first suggestion to remove there; ",,"
    and ";;" are MT202's; code, URLs and paths ("a[:,1]", "x;,y" in a technical chunk) are
    skipped; a colon after a digit (times, ratios) never matches.
    """
    examples = (
        Example(
            "The county (Chinese:; pinyin: Xiang) lies in the north.",
            "The county (Chinese; pinyin: Xiang) lies in the north.",
        ),
        Example(
            "Уезд (Китайский : ; пиньинь : сян) лежит на севере.",
            "Уезд (Китайский ; пиньинь : сян) лежит на севере.",
            "ru",
        ),
        Example(
            'The club ("Yellow Canaries");, commonly called the club, won.',
            'The club ("Yellow Canaries"), commonly called the club, won.',
        ),
        Example(
            "They grew rice, tea, cotton, etc. ?The dynasty fell.",
            "They grew rice, tea, cotton, etc. The dynasty fell.",
        ),
        good("Times 12:30, ratios 3:1; a[:,1] in code; he asked: why?; Really?! Wow."),
        Example(
            "Did he really move to the U.S. ? Nobody knew.",
            "Did he really move to the U.S.? Nobody knew.",
        ),
        Example("Trajo pan, leche, etc. ?", "Trajo pan, leche, etc.", "es"),
        good("Ils cultivaient le riz, le thé, etc. ? Et après ?", language="fr"),
        good("Value of :maxdepth:, ignored; option :toctree: , ignored."),
        Example(
            "The district (Chinese : ) is a division of the city.",
            "The district (Chinese) is a division of the city.",
        ),
        good("Nice day: ) and (see below: the list) and (a: b) or 10: )."),
        good("The marks ',;' and ':,' are listed in quotes; 10:,5 is a typo in digits."),
        Example(
            "The campaign goes on.\n, the bureau also asked banks to check large transfers.",
            "The campaign goes on.\nThe bureau also asked banks to check large transfers.",
        ),
        good("SELECT id\n, name\n, city FROM users;\n, and so on"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        text = document.text
        lone_colon = "\n:\n" in lines or lines.endswith("\n:")
        spaced_colon = lone_colon and ("\n;" in lines or "\n," in lines)
        if spaced_colon or _MARK_PAIR_CHUNK.search(lines):
            for match in scan_marks(document, _MARK_PAIR.values()):
                if match.start() and text[match.start() - 1] in ",;:":
                    continue  # inside a longer run: its first mark leads
                found = self._pair(text, match.start(), match.end())
                if found is not None:
                    yield found
        if ("\n)\n" in lines or lines.endswith("\n)")) and ":" in lines:
            for match in scan_marks(document, [_EMPTY_LABEL]):
                found = self._empty_label(text, match.start(), match.end())
                if found is not None:
                    yield found
        if any(f"\n{mark}" in lines for mark in "?!？！"):
            yield from self._stop_then_question(document, text)
        if "\n," in lines and document.format in _PROSE_FORMATS and not document.units:
            yield from self._leading_commas(text)

    def _leading_commas(self, text: str) -> Iterator[Finding]:
        """ ", the bureau also asked …" opening a paragraph of prose."""
        first = _FIRST_COMMA.match(text)
        for match in chain([first] if first else [], _LEADING_COMMA.finditer(text)):
            start, word = match.start(1), match.end(1)
            line_end = text.find("\n", word)
            line = text[word : line_end if line_end >= 0 else len(text)]
            line_start = match.start() + (text[match.start()] == "\n")
            if not _prose_line(line) or not _after_paragraph_end(text, line_start):
                continue
            fix = Fix(
                (Edit(start, word + 1, text[word].upper()),),
                Applicability.UNSAFE,
                "remove the comma, capitalise the first word",
            )
            yield self.finding(
                start,
                start + 1,
                "A paragraph opens with a comma: the words before it were dropped",
                fixes=[fix],
                confidence=0.75,
            )

    def _stop_then_question(self, document: Document, text: str) -> Iterator[Finding]:
        """A question or exclamation mark spaced off the sentence's full stop ("Qianzhou. ?",
        "etc. ?The"). After an abbreviation's stop ("the U.S. ?", "5 p.m. ? Please") the mark
        may end a real question: unless it is glued to the next word (a carried-over source
        mark), the space is the first suggestion to remove, the mark the second; in a language
        that opens questions (``inverted_marks``: Spanish ¿), only when the sentence opened one."""
        spaced = _spaced_before(document)
        abbreviations: frozenset[str] | None = None
        inverted: dict[str, str] = {}
        for match in _STOP_THEN_QUESTION.finditer(text):
            mark = match.end() - 1
            if text[mark] in spaced or looks_technical(text, match.start(), mark + 1):
                continue
            glued = not text[mark + 1 : mark + 2].isspace() and mark + 1 < len(text)
            start = mark if glued else mark - 1
            remove_mark = Fix(
                (Edit(start, mark + 1, ""),), Applicability.UNSAFE, f"remove '{text[mark]}'"
            )
            if not glued and abbreviations is None:
                abbreviations = _stop_abbreviations(document)
                inverted = table(language_data(document), "inverted_marks", {}) or {}
            if (
                not glued
                and abbreviation_before(text, match.start(), abbreviations or frozenset())
                and _opened(text, match.start(), text[mark], inverted.get(text[mark]))
            ):
                yield self.finding(
                    start,
                    mark + 1,
                    f"A space before '{text[mark]}' after an abbreviation's full stop",
                    fixes=[
                        Fix((Edit(start, mark, ""),), Applicability.UNSAFE, "remove the space"),
                        remove_mark,
                    ],
                    confidence=0.7,
                )
                continue
            yield self.finding(
                start,
                mark + 1,
                f"'{text[mark]}' stands after the sentence's full stop",
                fixes=[remove_mark],
                confidence=0.7,
            )

    def _empty_label(self, text: str, colon: int, end: int) -> Finding | None:
        """ "(Chinese : )": a letter before the colon (maybe a space between), and the bracket
        opens before the label in the same line."""
        start = colon - 1 if text[colon - 1 : colon] == " " else colon
        if not start or not text[start - 1].isalpha():
            return None
        opening = text.rfind("(", max(0, start - 60), start)
        if opening < 0 or text.find(")", opening, start) != -1 or "\n" in text[opening:start]:
            return None
        if looks_technical(text, opening, end):
            return None
        return self.finding(
            colon,
            end - 1,
            "A label's colon with nothing after it before the closing bracket",
            fixes=[Fix((Edit(start, end - 1, ""),), Applicability.UNSAFE, "remove the colon")],
            confidence=0.65,
        )

    def _pair(self, text: str, start: int, end: int) -> Finding | None:
        first, second = text[start], text[end - 1]
        if first == second:
            return None  # ",," and ";;" are MT202's
        at = start - 1
        if text[at : at + 1] == " " and first == ":":
            at -= 1  # "Китайский : ;", a French-spaced colon
        if at < 0 or not _BEFORE_MARK.match(text, at):
            return None
        word = _WORD_END.search(text, max(0, at - 40), at + 1)
        if word and word.start() and text[word.start() - 1] in ":`":
            return None  # reST options and roles: ":maxdepth:, ignored", ":members:,"
        after = text[end : end + 1]
        if after and not (after.isspace() or after.isalpha() or after in ")]"):
            return None
        if looks_technical(text, start, end):
            return None
        return self.finding(
            start,
            end,
            f"'{text[start:end]}': a mark left standing before another",
            fixes=[
                Fix((Edit(start, end - 1, ""),), Applicability.UNSAFE, f"keep '{second}'"),
                Fix((Edit(start + 1, end, ""),), Applicability.UNSAFE, f"keep '{first}'"),
            ],
            confidence=0.7,
        )


@register
class EtceteraEllipsis(Rule):
    code = "MT237"
    name = "etcetera-ellipsis"
    languages = languages_with_table("etcetera")
    summary = "An ellipsis after 'etc.' ('roads, bridges, etc...'): the list is already open."
    doc = """
    What it finds: the language's word for "et cetera" (``etcetera`` in
    resources/typography/<lang>.json: etc, ecc, usw, itd, и т. д. …) followed by three dots or
    "…" ("etc...", "etc…", "etc. ...").
    Why it matters: "etc." already says the list goes on; MT renders a source's "等等……" or
    "etc…" literally, and the doubled sign reads as a typo.
    Fix safety: unsafe (the dots may end a sentence: a full stop stays).
    Known false positives: informal writing uses "etc..." on purpose (forums, chat); the rule
    is a hint there. "etc." before a real ellipsis of speech is rare.
    """
    examples = (
        Example(
            "They sell roads, bridges, etc... The plan is old.",
            "They sell roads, bridges, etc. The plan is old.",
        ),
        Example(
            "Ha comprato pane, latte ecc… Poi è uscito.",
            "Ha comprato pane, latte ecc. Poi è uscito.",
            "it",
        ),
        good("They sell roads, bridges, etc. The plan is old... or so they say."),
        good("He paused... then listed roads, bridges, etc."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if "..." not in lines and "…" not in lines:
            return
        words = word_set(language_data(document), "etcetera")
        if not words:
            return
        words_key = tuple(sorted(words))
        # The distinct chunks lose which chunk follows which: the word's last part glued to
        # the dots ("etc...", "д…"), or a chunk that starts with dots ("etc. ...").
        last_parts = tuple(sorted({word.rsplit(" ", 1)[-1] for word in words_key}))
        glued = _etcetera_pattern(last_parts, "").search(lines)
        if not glued and "\n..." not in lines and "\n…" not in lines:
            return
        text = document.text
        before = _etcetera_pattern(words_key, " ?", tail=True)
        # Led by the dots (literals the scan jumps between); the word is asked before them.
        for dots in scan_marks(document, (_THREE_DOTS, _ELLIPSIS)):
            at = dots.start()
            if at and text[at - 1] == ".":
                continue  # inside a longer run of dots
            match = before.search(text, max(0, at - 16), at)
            if match is None:
                continue
            start, end = match.start("dots"), dots.end()
            if text[end : end + 1] == ".":
                end += 1
            yield self.finding(
                start,
                end,
                f"'{text[match.start() : end]}': an ellipsis after '{match.group('word')}.'",
                fixes=[Fix((Edit(start, end, "."),), Applicability.UNSAFE, "one full stop")],
                confidence=0.65,
            )


_THREE_DOTS = re.compile(r"\.\.\.+")
_ELLIPSIS = re.compile("…")
_PATTERNS: dict[tuple[tuple[str, ...], str, bool], re.Pattern[str]] = {}


def _etcetera_pattern(words: tuple[str, ...], space: str, tail: bool = False) -> re.Pattern[str]:
    """ "etc", "и т. д" … then the dots: "etc...", "etc…", "etc. ...", "etc.…"; with ``tail``,
    the word and what stands between it and the dots, at the end of the searched stretch."""
    key = (words, space, tail)
    pattern = _PATTERNS.get(key)
    if pattern is None:
        alternatives = "|".join(
            re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True)
        )
        dots = rf"\.?{space}$" if tail else rf"\.?(?:{space}\.\.\.|{space}…)\.?(?!\.)"
        pattern = _PATTERNS[key] = re.compile(
            rf"(?<![^\W\d_])(?P<word>{alternatives})(?P<dots>{dots})", re.IGNORECASE
        )
    return pattern
