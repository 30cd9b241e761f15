"""A date left in the English order in a language that writes the day first (family MT2):
"Gennaio 9, 2026", "dezembro 15, 2025", "Январь 15, 2025" — a byline or a "last updated" line
that MT (or a site template) kept in the month-day-comma-year shape.

Which languages write the day first, and how a date is written there, is data: the typography
table's ``day_month_date`` ("{d} {m} {y}", Portuguese "{d} de {m} de {y}"); the month names
come from resources/language/calendar.json (CLDR), the fix takes the format context's form
(Russian "января", Polish "stycznia").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.calendarnames import month_forms
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.regexprefix import led_words
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text, language_data
from mtlint.checks.typography import languages_with_table, table

# A chunk that can be the day of such a date: one or two digits and a comma.
_DAY_CHUNK = re.compile(r"\n(?:[1-9]|[12]\d|3[01]),\n")


@lru_cache(maxsize=32)
def _pattern(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The month-day-comma-year shape of ``code``'s month names, and each name's month."""
    months = month_forms(code)
    if not months:
        return None
    index: dict[str, int] = {}
    for number, names in enumerate(months):
        for name in names:
            for form in (name, name.lower(), name.capitalize(), name.upper()):
                index.setdefault(form, number)
    # Led by the names' first letters, the look-behind after each: a pattern that opened with
    # it was tried at every character of the text (1.3 -> 0.x s per 50 MB; the same matches).
    pattern = re.compile(
        "("
        + led_words(index, r"[^\W\d_]")
        + r") ([1-9]|[12]\d|3[01]), ((?:1[89]|20)\d\d)(?![\d.,]\d)"
    )
    return pattern, index


@register
class MonthDayOrder(Rule):
    code = "MT239"
    name = "month-day-order"
    summary = "A date in the English month-day order where the language writes the day first."
    languages = languages_with_table("day_month_date")
    doc = """
    What it finds: a month name, a day and a comma before the year ("Gennaio 9, 2026",
    "dezembro 15, 2025") in a language whose dates put the day first (the typography table's
    ``day_month_date``: every European language with a calendar table but English and
    Hungarian).
    Why it matters: the shape is English; MT and site templates keep it in bylines and
    "last updated" lines, and a reader of the target language stumbles on it or misreads
    the day.
    Fix safety: unsafe: the date is rewritten in the language's own order with the month's
    format form ("9 gennaio 2026", "15 de dezembro de 2025", "15 января 2025").
    Known false positives: only a month name, one or two digits up to 31, a comma and a
    four-digit year from 1800 to 2099 match; where the language writes months in lower case,
    a capitalised one counts only where a date line puts it (a line's start, after a colon,
    a comma or a dash), not mid-sentence ("la sonde Mars 3, 1971" is a name); "9 gennaio
    2026", a month and a year ("gennaio 2026") and numbers in lists ("maggio 3, 4 e 5") are
    left alone.
    """
    examples = (
        Example(
            "Ultimo aggiornamento: Gennaio 9, 2026",
            "Ultimo aggiornamento: 9 gennaio 2026",
            "it",
        ),
        Example(
            "Escrito por Ana\ndezembro 15, 2025", "Escrito por Ana\n15 de dezembro de 2025", "pt"
        ),
        good("Pubblicato il 9 gennaio 2026; a gennaio 2026 e maggio 3, 4 e 5.", language="it"),
        good("Updated: January 9, 2026", language="en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        shape = table(data, "day_month_date")
        if not isinstance(shape, str) or not _DAY_CHUNK.search(chunk_text(document)):
            return
        compiled = _pattern(base_language(document))
        if compiled is None:
            return
        pattern, index = compiled
        months = month_forms(base_language(document))
        text = document.text
        lower = all(name == name.lower() for names in months for name in names)
        for match in pattern.finditer(text):
            name, day, year = match.groups()
            if lower and name[0].isupper() and not _date_position(text, match.start()):
                continue  # "la sonde Mars 3, 1971": a name, not a month
            own = months[index[name]][0]
            fixed = shape.format(d=day, m=own, y=year)
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' is in the English month-day order; write '{fixed}'",
                fixes=[
                    Fix(
                        (Edit(match.start(), match.end(), fixed),),
                        Applicability.UNSAFE,
                        "write the day first",
                    )
                ],
                confidence=0.8,
            )


def _date_position(text: str, start: int) -> bool:
    """A capitalised month where a byline or date line puts it: at a line's start, or after
    a colon, a comma ("venerdì, Marzo 29, 2024") or a dash."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    return not before or before[-1] in "\n:,–—-|"
