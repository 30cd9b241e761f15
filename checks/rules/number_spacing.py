"""Spacing inside dates, times and measurements (MT153): the space a number's neighbour lost or
gained in machine translation and extraction — a date's comma glued to the year ("May 3,2021"),
an abbreviated month glued to its day ("Nov.17"), a bracket glued to a number ("April
16(Thurs.)"), a time's colon spaced off its hour ("3 :30 PM") and a degree sign read as the
letters "Co" after a temperature ("22.8Co").

Each shape lies in one or two whitespace chunks: the distinct chunks are screened first, then
only the chunks that match are looked for in the text (``str.find``), so a document without
them pays one regex over its vocabulary. The month names are CLDR's (calendar.json and Babel's
abbreviated forms), the temperature words each language's typography table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mtlint.checks.calendarnames import month_names
from mtlint.checks.commascan import comma_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.localeformat import babel_locale, magnitude_words
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text, language_data, looks_technical
from mtlint.checks.typography import table, word_set

# In the chunk lines (each chunk between "\n"), the four glued shapes: a day, a comma and a
# year ("3,2021"); letters, a full stop and a day ("Nov.17"); a number and a bracket opening a
# capitalised word ("16(Thurs.)"); a number glued to "Co" ("22.8Co"). Then a chunk that starts
# with a colon and two digits (":30", the minutes of "3 :30").
_CHUNK = re.compile(
    r"\n(?:(?P<day>\d{1,2}(?:st|nd|rd|th)?),(?:1[89]|20)\d\d(?!\d)"
    r"|(?P<year>(?:1[89]|20)\d\d),[^\W\d_]{2,}"
    r"|(?:[^\W\d_]{2,}:)?[(\[]?(?P<month>[^\W\d_]{3,5})\.\d{1,2}"
    r"(?:(?=,(?:1[89]|20)\d\d(?!\d))|(?![\d.,:/]?\d))"
    r"|(?P<bracket>\d{1,4})\([A-Z][a-z]{2,}"
    r"|(?P<degree>-?\d{1,2}(?:[.,]\d)?)(?:Co|oC)(?![\w'’&])"
    r"|(?P<minutes>:[0-5]\d(?:[.,;]|[AaPp]\.?[Mm]\.?|h|hrs?)?(?=\n))"
    r"|(?P<spaced>,(?:1[89]|20)\d\d)(?=[.;]?\n))"
)
# A mass number glued to another element's symbol ("137Cs", "90Sr"): the line speaks of isotopes.
_ISOTOPE = re.compile(r"(?<![\w.,])\d{1,3}(?!Co\b)[A-Z][a-z]?\b")
_AFTER_CHUNK = re.compile(r"[^\s]*")
_YEAR_COMMA = re.compile(r",(?:1[89]|20)\d\d(?!\d)")
_GLUED_COMMA = re.compile(r",(?=\S)")
# After a date glued to its year ("3,2019"): the year's comma glued to a word ("2021,most").
_WORD_AFTER_YEAR = re.compile(r",[^\W\d_]{2,}(?=[\s.;:!?]|$)")
# A month name (or abbreviation) and a day before " ,2018".
_DAY_BEFORE_SPACE = re.compile(r"([^\W\d_]{3,})\.? (?:[1-9]|[12]\d|3[01]) $")
# A month name just before the day ("May 3,2021"), a word before a month abbreviation.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.? $")
# A time: the hour, then " :" and the minutes, then a 12-hour mark or an hour sign.
_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]) :([0-5]\d)(?![\d:])")
_TIME_MARK = re.compile(r"(?:\s?(?:[AaPp]\.?[Mm]\b\.?|h\b|hrs?\b|o'clock))")


# A number split at its group or decimal mark by a space ("15, 000 projects", "4. 5 per cent"):
# a thousands group of exactly three digits after one to three digits, or a decimal before a
# per-cent sign or word or a word for a magnitude. The marks are the language's own (CLDR),
# "," and "." here. Each pattern opens with its mark and the space (a literal the regex engine
# jumps between); the digits before the mark are read back by _split_start.
_SPLIT_GROUP = re.compile(r"(,) (\d{3})(?![\d,.])")
_SPLIT_CHUNK = re.compile(r"\n\d{1,3}[,.](?=\n)")
_DIGIT = re.compile(r"\d")


def _alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first, a space standing for an optional
    one ("per cent" also matches "percent")."""
    escaped = (re.escape(w).replace(r"\ ", " ?") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)


@cache
def _split_patterns(
    language: str,
) -> tuple[tuple[tuple[re.Pattern[str], str, int], ...], re.Pattern[str]]:
    """Each split pattern with the mark it is written for and how many digits may stand before
    it, then the words after a group that make it a list of numbers ("10, 100 and 200"): the
    language's per-cent words and list words (``percent_words``, ``number_list_words`` of
    resources/lang) and its words for magnitudes (CLDR)."""
    data = load_language_data(language)
    after = ["%", *data.tables.get("percent_words", ()), *magnitude_words(language)]
    decimal = re.compile(rf"(\.) (\d{{1,2}})(?= ?(?:{_alternation(after)})(?!\w))", re.IGNORECASE)
    listed = _alternation(data.tables.get("number_list_words", ()))
    list_after = re.compile(rf",? (?:{listed}\b|\d)|, \d" if listed else r",? \d|, \d")
    return ((_SPLIT_GROUP, ",", 3), (decimal, ".", 2)), list_after


@cache
def _number_marks(language: str) -> tuple[str, str]:
    """The language's group and decimal marks (CLDR; "," and "." when it has none)."""
    locale = babel_locale(language)
    if locale is None:
        return ",", "."
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    return symbols.get("group", ","), symbols.get("decimal", ".")


def _split_start(text: str, mark: int, most: int, not_before: int) -> int | None:
    """Where the number before a split mark starts: one to ``most`` digits right before it,
    with no digit, "." or "," before them, not inside the previous match; else None."""
    start = mark
    while start > not_before and text[start - 1].isdigit() and mark - start <= most:
        start -= 1
    if not 1 <= mark - start <= most:
        return None
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        return None
    return start


@cache
def _months(language: str, extra: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The language's month names (lower case) and its abbreviations of three letters or more
    that are no full name (dots dropped: "nov", "janv"), from CLDR, with the abbreviations
    CLDR lacks (``month_abbreviations`` in its typography table: English "sept")."""
    names = {name.lower() for name in month_names(language)}
    short = set(extra)
    locale = babel_locale(language)
    if locale is not None:
        for context in ("format", "stand-alone"):
            short.update(
                name.lower().rstrip(".") for name in locale.months[context]["abbreviated"].values()
            )
    short = {name for name in short if len(name) >= 3 and name.isalpha()} - names
    return frozenset(names), frozenset(short)


def _places(text: str, token: str) -> Iterator[int]:
    """Where the chunk ``token`` starts in the text as a whole chunk (after whitespace or at
    the start)."""
    at = text.find(token)
    while at != -1:
        if at == 0 or text[at - 1].isspace():
            yield at
        at = text.find(token, at + 1)


@register
class NumberSpacing(Rule):
    code = "MT153"
    name = "number-spacing"
    summary = "A date, time or measurement glued or spaced wrongly ('May 3,2021', 'Nov.17')."
    doc = """
    What it finds: the space a date, time or measurement lost or gained — a date's comma glued
    to the year after a month and day ("May 3,2021", "Mar 1st,2021"), a year's comma glued
    to the word after it ("In 2020,the plant", "2 December 2020,Wednesday", also after a
    day glued to the year: "March 8,2021,most stalls"), a number split by a space after its
    own group or decimal mark ("over 15, 000 projects", "4. 5 per cent": CLDR's marks of the
    language; a list of numbers, "10, 100 and 200", is left alone), a date's comma spaced
    off the day and glued to the year after a month ("Aug 30 ,2018"), an abbreviated month
    glued to its day
    ("Nov.17", "Dec.12", also after a label's colon and before a glued year: "Date:Mar.05,2021"),
    a bracket glued to the number before it ("April 16(Thurs.)"), a
    time's colon spaced off its hour before a 12-hour mark or hour sign ("3 :30 PM"), and the
    degree sign and C read as the letters "Co" or "oC" after a temperature ("about 22.8Co",
    "7oC", when the paragraph speaks of temperature).
    Why it matters: MT and text extraction lose or add these spaces; the date, time or
    measurement reads as one garbled token.
    Fix safety: safe for the date comma, the month and the bracket (a space is inserted) and
    the time (the space removed); unsafe for "Co" (→ "°C").
    Known false positives: numbers grouped by threes ("3,200"), lists of numbers ("1,2021" with
    no month before), lines of comma-separated data ("2020,a,b"), decimals and versions
    ("Nov.17.5" never matches), a month abbreviation
    that is a full name ("May.17"), references in brackets that are no capitalised word
    ("16(a)", "5(1)", "H2(g)"), a colon spaced on both sides or in a language that spaces it
    (French), ratios and scores ("3 :2" with no hour mark), cobalt ("60Co", no temperature
    word, or another isotope on the line: "60Co and 137Cs") and anything in a URL or code are
    left alone; cobalt alone in a paragraph that names a temperature ("at high temperature the
    60Co source decays") is still taken.
    """
    examples = (
        Example(
            "The plant opened on May 3,2021 in the north.",
            "The plant opened on May 3, 2021 in the north.",
        ),
        Example(
            "It was signed on Mar 1st,2021 in Rome.", "It was signed on Mar 1st, 2021 in Rome."
        ),
        Example("On Nov.17 the director came.", "On Nov. 17 the director came."),
        Example(
            "They invested in over 15, 000 projects, a growth of 4. 5 per cent.",
            "They invested in over 15,000 projects, a growth of 4.5 per cent.",
        ),
        good("Rows 10, 100 and 200; pages 1, 234, 5; in 2004. 5 people came; 3. 25 of them."),
        Example("Date:Mar.05,2021", "Date:Mar. 05, 2021"),
        Example("In 2020,the plant grew.", "In 2020, the plant grew."),
        Example(
            "The fair closed on March 8,2021,most stalls sold out.",
            "The fair closed on March 8, 2021, most stalls sold out.",
        ),
        Example("Source: Daily News, Aug 30 ,2018", "Source: Daily News, Aug 30, 2018"),
        good("Rows 3 ,2018 and 30 ,2019; items 1,2019,ab; see May 30, 2018."),
        good("year,a,b\n2020,a,b\n2021,c,d"),
        Example(
            "Apply from April 16(Thurs.) to May 15 (Fri.) in person.",
            "Apply from April 16 (Thurs.) to May 15 (Fri.) in person.",
        ),
        Example("It started at 3 :30 PM with music.", "It started at 3:30 PM with music."),
        Example(
            "The average temperature is about 22.8Co in spring, 7oC in winter.",
            "The average temperature is about 22.8°C in spring, 7°C in winter.",
        ),
        good("In 3,2021 and 1,2020 rows; 3,200 people; Nov.17.5; see 16(a) and Article 5(1)."),
        good("The score was 3 :2; H2(g) and CO2(aq); Smith & Co. raised 60Co sources at 10:30."),
        good("Kept at room temperature, the 60Co and 90Sr samples were weighed."),
        good("Il est arrivé à 15 h 30 ; le score : 3 : 2, le 3 :30.", "fr"),
        Example(
            "La planta abrió el 3 de mayo de 2021; el día 16(Jueves) fue cerrada.",
            "La planta abrió el 3 de mayo de 2021; el día 16 (Jueves) fue cerrada.",
            "es",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        if _SPLIT_CHUNK.search(lines):
            yield from self._split_numbers(document, base_language(document))
        hits = list(_CHUNK.finditer(lines))
        if not hits:
            return
        language = base_language(document)
        text = document.text
        found: list[Finding] = []
        spaced_colon = ":" in "".join(
            group.get("before", "") for group in table(data, "spaced_marks", []) or []
        )
        for hit in hits:
            kind = hit.lastgroup
            token = _AFTER_CHUNK.match(lines, hit.start() + 1).group()
            if kind == "day":  # "March 8,2021,most": the year's own comma too
                for at in _places(text, token):
                    finding = self._judge(text, at, hit, kind, language, data)
                    if finding is not None:
                        found.append(finding)
                        found.extend(self._word_after_year(text, finding.span.end))
                continue
            if kind == "minutes":
                if not spaced_colon:
                    found.extend(self._times(text, token))
                continue
            for at in _places(text, token):
                finding = self._judge(text, at, hit, kind, language, data)
                if finding is not None:
                    found.append(finding)
                    if kind == "month":  # "Mar.05,2021": the year's comma too
                        found.extend(self._year_after_month(text, finding.span.end))
        yield from sorted(found, key=lambda finding: finding.span.start)

    def _judge(self, text, at, hit, kind, language, data) -> Finding | None:
        size = len(hit.group(kind))
        if kind == "day":
            word = _WORD_BEFORE.search(text, max(0, at - 16), at)
            names, short = _months(language, word_set(data, "month_abbreviations"))
            if word is None or word.group(1).lower() not in names | short:
                return None
            comma = at + size
            message = "No space after the comma before the year"
            return self._insert(at, comma + 5, comma + 1, message)
        if kind == "spaced":
            return self._spaced_year(text, at, language, data)
        if kind == "year":
            # "In 2020,the company", "2 December 2020,Wednesday"; not a line of data ("2020,a,b").
            line_end = text.find("\n", at)
            line = text[at : line_end if line_end != -1 else len(text)]
            chunk = _AFTER_CHUNK.match(text, at).group()
            data_like = chunk.count(",") > 1 or len(_GLUED_COMMA.findall(line)) > 2
            if data_like or looks_technical(text, at, at + size + 3):
                return None
            return self._insert(at, at + size + 1, at + size + 1, "No space after the comma")
        if kind == "month":
            at += hit.start(kind) - hit.start() - 1  # after an opening bracket
            _, short = _months(language, word_set(data, "month_abbreviations"))
            if hit.group(kind).lower() not in short or looks_technical(text, at, at + size + 3):
                return None
            return self._insert(at, at + size + 2, at + size + 1, "No space after the month's '.'")
        if kind == "bracket":
            if looks_technical(text, at, at + size + 2):
                return None
            return self._insert(at, at + size + 1, at + size, "A bracket glued to the number")
        return self._degrees(text, at, size, data)

    def _year_after_month(self, text: str, day_end: int) -> list[Finding]:
        """The comma glued to the year after an abbreviated month and its day ("Mar.05,2021")."""
        end = day_end
        while end < len(text) and text[end].isdigit():
            end += 1
        if not _YEAR_COMMA.match(text, end):
            return []
        return [self._insert(end - 1, end + 5, end + 1, "No space after the comma before the year")]

    def _word_after_year(self, text: str, year_end: int) -> list[Finding]:
        """The year's comma glued to the word after it, after a day glued to the year
        ("March 8,2021,most stalls"): the date's own chunk, so no line of data."""
        if not _WORD_AFTER_YEAR.match(text, year_end) or looks_technical(text, year_end, year_end):
            return []
        return [self._insert(year_end, year_end + 2, year_end + 1, "No space after the comma")]

    def _spaced_year(self, text: str, at: int, language: str, data) -> Finding | None:
        """ "Aug 30 ,2018": the date's comma spaced off the day and glued to the year, after a
        month name or abbreviation."""
        day = _DAY_BEFORE_SPACE.search(text, max(0, at - 20), at)
        if day is None:
            return None
        names, short = _months(language, word_set(data, "month_abbreviations"))
        if day.group(1).lower() not in names | short:
            return None
        comma = at
        return self.finding(
            comma - 1,
            comma + 2,
            "The date's comma is spaced off the day and glued to the year",
            fixes=[
                Fix(
                    (Edit(comma - 1, comma, ""), Edit(comma + 1, comma + 1, " ")),
                    Applicability.SAFE,
                    "write ', ' after the day",
                )
            ],
            # A prior: 1 real case (numbers-real-en 1/1; en17, en13 0/0; clean look-alike
            # text 0 on 464,785 words); the year-word comma ("2021,most") likewise en17 1/1.
            confidence=0.8,
        )

    def _split_numbers(self, document: Document, language: str) -> Iterator[Finding]:
        """ "over 15, 000 projects", "growth of 4. 5 per cent": a space after the number's own
        group or decimal mark (the language's, CLDR); not a list of numbers ("10, 100 and
        200", "1, 234, 5"), a year, or code."""
        text = document.text
        group, decimal = _number_marks(language)
        splits, list_after = _split_patterns(language)
        for (pattern, written, most), mark in zip(splits, (group, decimal), strict=True):
            if mark != written:
                continue  # the language's mark is another: the pattern cannot match it
            last_end = 0
            # The group's ", " and digit through the shared comma index (its start strings
            # cannot be read past the group: the digit's class is given).
            found = (
                comma_matches(document, pattern, _DIGIT)
                if pattern is _SPLIT_GROUP
                else pattern.finditer(text)
            )
            for match in found:
                start = _split_start(text, match.start(), most, last_end)
                if start is None:
                    continue
                end = last_end = match.end()
                if (
                    text[max(0, start - 2) : start] == ", "
                    and text[start - 3 : start - 2].isdigit()
                ):
                    continue  # the last items of a list of numbers
                if pattern is _SPLIT_GROUP and list_after.match(text, end):
                    continue
                if looks_technical(text, start, end):
                    continue
                space = match.end(1)
                yield self.finding(
                    start,
                    end,
                    f"A space after the number's '{mark}' splits it in two",
                    fixes=[
                        Fix((Edit(space, space + 1, ""),), Applicability.UNSAFE, "remove the space")
                    ],
                    confidence=0.7,
                )

    def _insert(self, start: int, end: int, at: int, message: str) -> Finding:
        return self.finding(
            start,
            end,
            message,
            fixes=[Fix((Edit(at, at, " "),), Applicability.SAFE, "insert a space")],
            confidence=0.8,
        )

    def _degrees(self, text: str, at: int, size: int, data) -> Finding | None:
        """ "22.8Co" → "22.8°C" when the paragraph speaks of temperature."""
        words = word_set(data, "temperature_words")
        if not words:
            return None
        start = max(text.rfind("\n\n", 0, at), at - 300, 0)
        around = text[start : at + 200].lower()
        if not any(word in around for word in words):
            return None
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        if _ISOTOPE.search(text, line_start, line_end if line_end != -1 else len(text)):
            return None  # "60Co and 137Cs": cobalt beside another isotope
        co = at + size
        return self.finding(
            co,
            co + 2,
            f"'{text[co : co + 2]}' after a temperature looks like '°C' garbled",
            fixes=[Fix((Edit(co, co + 2, "°C"),), Applicability.UNSAFE, "write '°C'")],
            confidence=0.7,
        )

    def _times(self, text: str, token: str) -> Iterator[Finding]:
        """ "3 :30 PM": the colon spaced off its hour, glued to the minutes."""
        for at in _places(text, token):
            match = _TIME.search(text, max(0, at - 4), at + 3)
            if match is None or match.end() != at + 3:
                continue
            if not _TIME_MARK.match(text, match.end()):
                continue
            space = match.end(1)
            yield self.finding(
                match.start(),
                match.end(),
                "A space before the colon of a time",
                fixes=[Fix((Edit(space, space + 1, ""),), Applicability.SAFE, "remove the space")],
                confidence=0.8,
            )
