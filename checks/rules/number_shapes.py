"""Dates and clock times left in the source language's shape in English (family MT2): a date
written year first with dots ("on 2023.5.17", as Chinese, Korean and Japanese pages write it), a
numeric date with dots in a text that writes its other dates in words ("17.05.2023" beside
"May 3, 2023", as German, Russian or Polish write it), a time with an "h" between hours and
minutes ("at 15h30", French, Portuguese and Vietnamese), and a 24-hour or dotted time given
"o'clock" ("at 15.30 o'clock", a calque of "Uhr" or "heures").

Each shape is read only where it is a date or a time: after a word that leads one ("on",
"since", "at", "from"…), or, for the day-first date, on a page whose own dates are in words.
Durations ("ran it in 2h30"), versions ("PyCharm 2023.1.2") and dotted dates in a text that
never writes a date in words (a table, a German-style form) stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.calendarnames import month_forms
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.regexprefix import led_words
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_around, chunk_text, language_data
from mtlint.checks.typography import word_set

_YEAR_FIRST = re.compile(
    r"(?<![\w.])((?:19|20)\d\d)\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\w]|\.\d)"
)
_DAY_FIRST = re.compile(
    r"(?<![\w.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\w]|\.\d)"
)
_H_TIME = re.compile(r"(?<![\w.:,])([01]?\d|2[0-3])h([0-5]\d)?(?![\w])")
_OCLOCK = re.compile(
    r"(?<![\w.:,])((?:[01]?\d|2[0-3])[.:]([0-5]\d)|1[3-9]|2[0-4])\s?o['’]clock(?![\w])"
)
# A chunk that is, or ends, "o'clock" ("15.30 o'clock", "15.30o'clock").
_OCLOCK_CHUNK = re.compile(r"(?:\n|\d)o['’]clock")
_SCREEN = re.compile(r"\d(?:\.\d{1,2}\.\d|h)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,2}$")
# A date in words, for the page's own style: "May 3, 2023" (month first) or "3 May 2023".
_MONTH_NAMES = [name for names in month_forms("en") for name in names] or ["January"]
_MONTHS = "|".join(_MONTH_NAMES)


# Led by the months' first letters and the day's first digit, each word boundary a
# look-behind after it: a pattern that opened with "\b" was tried at every character of the
# text (on 50 MB without a date in words: 1.8 -> 0.5 s; the same matches, tested).
_MONTH_FIRST = re.compile(
    led_words(_MONTH_NAMES, r"\w") + r"\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b"
)
_DAY_FIRST_WORDS = re.compile(rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)? (?:{_MONTHS}),? (?:19|20)\d\d\b")


# A chunk in a URL, path, e-mail address or handle ("example.com/at/15h30"): left alone. The
# dotted date itself looks like a host name to textscan.looks_technical, so this asks less.
_WEBBY = re.compile(r"://|^www\.|@|^#|[/\\]", re.IGNORECASE)


def _technical(text: str, start: int, end: int) -> bool:
    chunk_start, chunk_end = chunk_around(text, start, end)
    return bool(_WEBBY.search(text[chunk_start:chunk_end].strip("\"'“”‘’()[]<>,;:!?")))


def _lead(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _words_style(text: str) -> str | None:
    """'mdy' or 'dmy' when the text writes a date in words, else None."""
    if _MONTH_FIRST.search(text):
        return "mdy"
    if _DAY_FIRST_WORDS.search(text):
        return "dmy"
    return None


def _in_words(year: str, month: str, day: str, style: str | None) -> str:
    name = month_forms("en")[int(month) - 1][0]
    if style == "mdy":
        return f"{name} {int(day)}, {year}"
    return f"{int(day)} {name} {year}"


@register
class SourceShapedDateTime(Rule):
    code = "MT266"
    name = "source-shaped-date-time"
    summary = "A date or time in the source's shape ('on 2023.5.17', 'at 15h30', '15 o'clock')."
    languages = frozenset({"en"})
    severity = Severity.WARNING
    doc = """
    What it finds: in English, a date written year first with dots after a word that leads a
    date ("on 2023.5.17", "since 2021.03.08"); a day-first dotted date ("17.05.2023") in a
    text that writes its other dates in words ("May 3, 2023", "3 May 2023"); a time with "h"
    between hours and minutes after a word that leads a time ("at 15h30", "from 8h00 to
    12h00", "at 9h"); a dotted or 24-hour time given "o'clock" ("at 15.30 o'clock",
    "at 17 o'clock").
    Why it matters: these are the source language's shapes (Chinese and Korean year-first
    dates, German or Russian dotted dates, French and Vietnamese "15h30", "Uhr"/"heures"
    calques) that machine translation copies; English writes "May 17, 2023" or "17 May 2023",
    "15:30" or "3.30 pm", and "o'clock" only after a whole hour of the 12-hour clock.
    Fix safety: unsafe. A year-first date becomes the page's own style in words (month first
    when the page writes "May 3, 2023", day first otherwise); a day-first dotted date gets a
    fix only when its day is over 12 (otherwise the order is a guess: reported, not fixed);
    "15h30" becomes "15:30"; "15.30 o'clock" becomes "15:30", "17 o'clock" "17:00".
    Known false positives: a software version after a date word ("since 2023.1.2" of a
    product); a dotted date in a text that quotes a form. Durations ("in 2h30"), versions
    without a date word, dotted dates on a page that writes no date in words, "5 o'clock" and
    times inside URLs or paths are left alone.
    """
    examples = (
        Example(
            "The law took effect on 2023.5.17 and was revised on May 2, 2024.",
            "The law took effect on May 17, 2023 and was revised on May 2, 2024.",
        ),
        Example("The plant opened on 2021.03.28.", "The plant opened on 28 March 2021."),
        Example(
            "It was signed on 3 May 2023 and ratified on 17.05.2023.",
            "It was signed on 3 May 2023 and ratified on 17 May 2023.",
        ),
        Example("The talks start at 15h30 on Monday.", "The talks start at 15:30 on Monday."),
        Example("It is open from 8h00 to 12h00.", "It is open from 8:00 to 12:00."),
        Example(
            "Check-in between 10h30 and 12h00, or from 12h00–15h00.",
            "Check-in between 10:30 and 12:00, or from 12:00–15:00.",
        ),
        Example("The train left at 15.30 o'clock.", "The train left at 15:30."),
        Example("The meeting began at 17 o'clock.", "The meeting began at 17:00."),
        good("PyCharm 2023.1.2 is out; she ran the marathon in 2h30 and came home at 5 o'clock."),
        good("It lasted about 2h30, ended after 3h10 of play and was faster than 2h05."),
        good("Form dated 17.05.2023; valid until 01.06.2023."),
        good("See https://example.com/at/15h30/ and the 12 o'clock news."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        # Screens on the distinct chunks (the dates and "15h30" hold no whitespace): most
        # texts hold none of the shapes, and the page's own date style is read only when needed.
        chunks = chunk_text(document)
        # One pass over the chunks: a digit before "h" or before a dotted pair ("5.17.2", the
        # middle of a dotted date) or "o'clock"; most texts hold none of them.
        kinds = {match.group()[-1] for match in _SCREEN.finditer(chunks)}
        patterns = [_H_TIME] if "h" in kinds and _H_TIME.search(chunks) else []
        if "clock" in chunks and _OCLOCK_CHUNK.search(chunks):
            patterns.append(_OCLOCK)
        times = bool(patterns)
        if not (kinds - {"h"} or times):
            return
        text = document.text
        # The words right before a date ("on 2023.5.17") or a time ("at 15h30"): the language's
        # date_leads and time_leads (resources/typography).
        data = language_data(document)
        if kinds - {"h"} and (_YEAR_FIRST.search(chunks) or _DAY_FIRST.search(chunks)):
            style = _words_style(text)
            yield from self._year_first(text, style, word_set(data, "date_leads"))
            if style is not None:
                yield from self._day_first(text, style)
        if times:
            # The second time of a range ("between 10h30 and 12h00", "8h00–12h00").
            joins = word_set(data, "number_list_words") | {""}
            yield from self._times(text, patterns, word_set(data, "time_leads"), joins)

    def _year_first(self, text: str, style: str | None, leads: frozenset[str]) -> Iterator[Finding]:
        for match in _YEAR_FIRST.finditer(text):
            if _lead(text, match.start()) not in leads:
                continue
            if _technical(text, match.start(), match.end()):
                continue
            year, month, day = match.groups()
            words = _in_words(year, month, day, style)
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' is a date in the source's year-first shape; "
                f"English writes '{words}'",
                fixes=[
                    Fix(
                        (Edit(match.start(), match.end(), words),),
                        Applicability.UNSAFE,
                        f"write '{words}'",
                    )
                ],
                # No band measured on real text yet (no case found in the pages corpus; 0
                # findings on 204,513 words of GUM English): a shape read with its lead word.
                confidence=0.75,
            )

    def _day_first(self, text: str, style: str) -> Iterator[Finding]:
        for match in _DAY_FIRST.finditer(text):
            if _technical(text, match.start(), match.end()):
                continue
            day, month, year = match.groups()
            fixes = []
            if int(day) > 12:
                words = _in_words(year, month, day, style)
                fixes.append(
                    Fix(
                        (Edit(match.start(), match.end(), words),),
                        Applicability.UNSAFE,
                        f"write '{words}'",
                    )
                )
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' is a dotted numeric date, the source's shape; "
                "this text writes its other dates in words",
                fixes=fixes,
                confidence=0.6,
            )

    def _times(
        self, text: str, patterns: list[re.Pattern[str]], leads: frozenset[str], joins=frozenset()
    ) -> Iterator[Finding]:
        for pattern in patterns:
            taken = -1  # where the last time read ended: "between 10h30 and 12h00"
            for match in _oclock_found(text) if pattern is _OCLOCK else pattern.finditer(text):
                if pattern is _H_TIME and _lead(text, match.start()) not in leads:
                    between = text[taken : match.start()].strip(" \u00a0–—-").lower()
                    if taken < 0 or match.start() - taken > 12 or between not in joins:
                        continue
                taken = match.end()
                if _technical(text, match.start(), match.end()):
                    continue
                clock = _clock(match.group(1), match.group(2))
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"'{match.group()}' is a time in the source's shape; English writes '{clock}'",
                    fixes=[
                        Fix(
                            (Edit(match.start(), match.end(), clock),),
                            Applicability.UNSAFE,
                            f"write '{clock}'",
                        )
                    ],
                    confidence=0.75,
                )


def _oclock_found(text: str) -> Iterator[re.Match[str]]:
    """The matches of _OCLOCK, read only around each "o'clock" (a rare word: a scan of the
    whole text for the time before it would cost a pass of the regex engine)."""
    for spelling in ("o'clock", "o’clock"):
        at = text.find(spelling)
        while at != -1:
            match = _OCLOCK.search(text, max(0, at - 7), at + len(spelling))
            if match:
                yield match
            at = text.find(spelling, at + 1)


def _clock(hour: str, minutes: str | None) -> str:
    """'15:30' from the hour (or a whole 'hh.mm' time) and the minutes."""
    hours = re.split(r"[.:]", hour)[0]
    return f"{int(hours)}:{minutes or '00'}"
