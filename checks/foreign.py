"""Punctuation that is foreign to a language by where it stands (MT205's context cases).

Four kinds, each a table of resources/typography/<lang>.json:
- ``foreign_in_script``: {mark: native form, "script": regex class, "after": optional class}:
  a half-width mark right after a character of the script (Chinese "中国,上海" → "，"), or a
  backtick or doubled quote between letters where English writes an apostrophe
  ("Azerbaijan`s", "Mexico''s");
- ``foreign_with_evidence``: the same, but only when the native form occurs in the text too
  (Arabic uses "،" but many Arabic texts use "," throughout: only a mix is an artefact);
- ``foreign_by_direction``: {mark: [opening|closing, native form]}: a mark used the way round
  the language does not use it (German »…« is native, «…» is foreign); a third item
  ``"with_evidence"`` asks for the native form in the text too (Russian web copy often types
  “…” throughout, a house style; “…” beside «…» is the artefact); the setting
  ``"nested_in": "«»"`` names an outer pair inside which the marks are the inner level of a
  nested quotation, which is correct («…“…”…» in Russian and Ukrainian);
- ``ascii_quotes``: {"\\"": [opening form, closing form], "native": mark}: straight double
  quotes in a text that uses the language's own quotation marks elsewhere (French « »); with
  ``"majority": true`` only where the language's own marks are at least twice as many
  (English “ ” among a few straight ones); ``"terms_after"``: the words after which a
  straight pair holding a short term (one to ``TERM_WORDS`` words, no sentence mark inside) is
  a distancing quote in a noun's place, which the language writes so beside its own marks for
  speech (French `de "décentrement du sujet"` beside « … »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.langdata import LanguageData
from mtlint.checks.typography import table

Found = tuple[int, str, str]  # offset, mark, replacement


def find(kind: str, text: str, characters: str, rules: dict, lines: str = "") -> Iterator[Found]:
    """The foreign marks of one kind in ``text`` (``characters``: its distinct characters;
    ``lines``: its distinct chunks, ``textscan.chunk_text``, or "" to read the text)."""
    if kind == "in_script":
        yield from _in_script(text, characters, rules, evidence=False, lines=lines)
    elif kind == "with_evidence":
        yield from _in_script(text, characters, rules, evidence=True, lines=lines)
    elif kind == "by_direction":
        yield from _by_direction(text, characters, rules)
    elif kind == "ascii_quotes":
        yield from _ascii_quotes(text, characters, rules, lines or text)


@lru_cache(maxsize=32)
def _script(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _in_script(
    text: str, characters: str, rules: dict, evidence: bool, lines: str = ""
) -> Iterator[Found]:
    """The marks of ``rules`` after a character of its script. ``lines`` (the distinct chunks,
    or ""): a mark of two characters or more, none of them whitespace, lies inside one chunk
    wherever it stands, so one the chunks lack is not searched for in the text ("''")."""
    script = _script(str(rules.get("script", "")))
    # Optionally, what must follow too ("Azerbaijan`s": a letter, for an apostrophe).
    following = _script(str(rules.get("after", "")))
    settings = ("script", "after", "evidence")
    any_native = rules.get("evidence") == "any" and any(
        str(native) in characters for mark, native in rules.items() if mark not in settings
    )
    for mark, native in rules.items():
        if mark in settings or mark[0] not in characters:
            continue
        if lines and len(mark) > 1 and not any(map(str.isspace, mark)) and mark not in lines:
            continue
        # Evidence: the mark's own native form in the text, or (``"evidence": "any"``) any
        # native form of the table (an Arabic text with "،" writes "؟" too) where the mark is
        # a slip or two, not the text's own habit (a "," typed throughout beside "؟").
        if evidence and native not in characters and (not any_native or text.count(mark) > 2):
            continue
        at = text.find(mark)
        while at != -1:
            before = text[at - 1 : at]
            after = text[at + len(mark) : at + len(mark) + 1]
            # After a character of the script, and not a number's separator ("3,5").
            if (
                before
                and script.match(before)
                and not (before.isdigit() and after.isdigit())
                and following.match(after)
            ):
                yield at, mark, native
            at = text.find(mark, at + len(mark))


def _by_direction(text: str, characters: str, rules: dict) -> Iterator[Found]:
    outer = str(rules.get("nested_in", ""))
    regional = _regional_marks(text, characters, rules.get("regional"))
    for mark, setting in rules.items():
        if mark in _DIRECTION_SETTINGS or mark in regional:
            continue
        direction, native, *evidence = setting
        # The native form may carry its spacing (French "« "): its mark is the evidence.
        if mark not in characters or (evidence and native.strip() not in characters):
            continue
        at = text.find(mark)
        while at != -1:
            if outer and _inside_pair(text, at, outer):
                at = text.find(mark, at + 1)
                continue
            before = text[at - 1 : at]
            after = text[at + 1 : at + 2]
            opening = after.isalnum() and not before.isalnum()
            # At the text's first character nothing stands before the mark ("" is in any string).
            closing = bool(before) and (before.isalnum() or before in ".,!?…")
            if (direction == "opening" and opening) or (
                direction == "closing" and closing and not after.isalnum()
            ):
                yield at, mark, native
            at = text.find(mark, at + 1)


_DIRECTION_SETTINGS = ("nested_in", "regional")


def _regional_marks(text: str, characters: str, regional: object) -> str:
    """The marks a regional variety writes natively when the text is in it (``regional``:
    {"marks", "absent", "words"}): Swiss German quotes with « » and writes "ss" for "ß", so a
    text with no "ß" and one of the words Switzerland spells with "ss" ("Massnahmen",
    "schliesslich") quotes the Swiss way; "" when the text shows no such variety."""
    if not isinstance(regional, dict):
        return ""
    marks = str(regional.get("marks", ""))
    if not any(mark in characters for mark in marks):
        return ""  # most texts: no mark of the variety, nothing to read
    absent = str(regional.get("absent", ""))
    if absent and absent in characters:
        return ""
    words = _regional_words(tuple(regional.get("words", ())))
    if words is None or words.search(text) is None:
        return ""
    return marks


def regional_quote_marks(text: str, characters: str, data: LanguageData) -> tuple[str, str]:
    """The language's opening and closing quotation marks (its ``opening_quotes`` and
    ``closing_quotes``), turned to a regional variety's where the text is in it (the typography
    table's ``foreign_by_direction``; its ``regional`` names the variety's ``opening`` and
    ``closing`` marks: Swiss German opens with « and closes with », where German writes »…«)."""
    opening = str(table(data, "opening_quotes", "“‘"))
    closing = str(table(data, "closing_quotes", "”’"))
    rules = table(data, "foreign_by_direction")
    regional = rules.get("regional") if isinstance(rules, dict) else None
    if not isinstance(regional, dict) or not _regional_marks(text, characters, regional):
        return opening, closing
    opens, closes = str(regional.get("opening", "")), str(regional.get("closing", ""))
    opening = "".join(m for m in opening if m not in closes) + opens
    closing = "".join(m for m in closing if m not in opens) + closes
    return opening, closing


@lru_cache(maxsize=8)
def _regional_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _nested_pair(text: str, at: int, closing: str) -> bool:
    """A straight mark inside an open native quotation whose partner follows before the
    native closing mark and the paragraph's end: an inner quotation («… "spectres" »)."""
    partner = text.find('"', at + 1)
    if partner == -1:
        return False
    stop = [i for i in (text.find(closing, at + 1), text.find("\n", at + 1)) if i != -1]
    return not stop or partner < min(stop)


def _inside_pair(text: str, at: int, pair: str) -> bool:
    """An outer quotation (``pair``: its opening and closing mark) is open at ``at`` within
    its paragraph: «…“here”…»."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    return before.count(pair[0]) > before.count(pair[1])


# A distancing quote holds a term, not a sentence: at most this many words, no sentence mark.
TERM_WORDS = 5
_TERM = re.compile(r'"([^"\n.,;:!?«»]{1,80})"')
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_]+['’]?)[ \u00a0]*$")


def _term_pair(text: str, at: int, after: frozenset[str]) -> int:
    """The offset of the closing mark when the straight mark at ``at`` opens a short term in a
    noun's place (after a determiner or preposition of ``after``: `de "décentrement du
    sujet"`), else -1."""
    if not after:
        return -1
    term = _TERM.match(text, at)
    if (
        term is None
        or len(term.group(1).split()) > TERM_WORDS
        or term.group(1) != term.group(1).strip()
    ):
        return -1
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None or before.group(1).lower() not in after:
        return -1
    return term.end() - 1


def _ascii_quotes(text: str, characters: str, rules: dict, lines: str) -> Iterator[Found]:
    """Straight double quotes where the text uses the language's own marks elsewhere; each is
    replaced by the opening or the closing form, by whether a quotation is open at that point
    of its paragraph (the language's own marks count too: „…" closes with “)."""
    native = str(rules.get("native", ""))
    native_closing = str(rules.get("native_closing", ""))
    forms = rules.get('"')
    if not native or native not in characters or '"' not in characters or not forms:
        return
    opening_form, closing_form = forms
    # English web copy mixes both freely: only a few straight marks among curly ones count,
    # judged on the distinct chunks (the same proportion, at a few percent of the cost).
    if rules.get("majority") and lines.count('"') * 2 > lines.count(native) + lines.count(
        native_closing
    ):
        return
    marks = re.compile("[" + re.escape(native + native_closing) + '"\n]')
    terms_after = frozenset(rules.get("terms_after", ()))
    quoted = False
    skip = -1
    for match in marks.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "\n":  # a new paragraph
            quoted = False
        elif mark == native:
            quoted = True
        elif mark == native_closing:
            quoted = False
        elif at == skip:
            continue
        elif quoted and _nested_pair(text, at, native_closing):
            skip = text.find('"', at + 1)  # «… "inner" …»: the second level, typed straight
        elif not quoted and (closing := _term_pair(text, at, terms_after)) != -1:
            skip = closing  # de "un terme": a distancing quote, the language's own use
        elif not text[at - 1 : at].isdigit():  # not an inch mark
            yield at, '"', closing_form if quoted else opening_form
            quoted = not quoted
