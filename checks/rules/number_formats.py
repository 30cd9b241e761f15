"""Times and dates left in the source's shape (family MT2): a 24-hour time given a 12-hour
suffix ("At 19:45 p.m., the concert opened": the source wrote 19:45, the engine added the
suffix English times take), and a date whose day, month and year are parted by commas in the
source's day-month order ("Wednesday, 19, May, 2021").

Neither shape is right in any language that writes a.m./p.m. or month names; the month names
are each language's own (resources/language/calendar.json, CLDR), so no language is a branch.
Both scans are screened on the document's distinct chunks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.calendarnames import month_forms
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    language_data,
    looks_technical,
    trie_pattern,
)
from mtlint.checks.typography import word_set

# A time of 13:00-24:59 (a 24-hour clock) and a 12-hour suffix after it: "19:45 p.m.",
# "13:00 pm", "21:30PM". Group 1 the hour, 2 the minutes, 3 the suffix's letter (a or p).
_CLOCK_SUFFIX = re.compile(
    r"(?<![\w:.,])(1[3-9]|2[0-4]):([0-5]\d)(?::[0-5]\d)?"
    r"(\s?([AaPp])(?:\.\s?[Mm]\.|\s?[Mm]))(?![\w])"
)
# The screens on the distinct chunks (in no order): such a time, and a suffix, glued or alone.
_HOUR_CHUNK = re.compile(r"\n(?:1[3-9]|2[0-4]):[0-5]\d")
_SUFFIX_CHUNK = re.compile(r"(?:\n|\d)[AaPp](?:\.?[Mm]|\.\n)")
# The colon of such a time with a suffix after it, its hour read behind it.
_CLOCK_LED = re.compile(
    r":(?<=(?:1[3-9]|2[0-4]):)[0-5]\d(?::[0-5]\d)?\s?[AaPp](?:\.\s?[Mm]\.|\s?[Mm])(?!\w)"
)
# "PM" or "AM" in capitals before a capitalised word on the same line is a title ("at 17:00
# PM Modi spoke"); at a line's end it is the suffix of a dateline ("18:16 PM⏎By: ONA").
_TITLE_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n|[A-Z“\"])")


@register
class ClockSuffixMismatch(Rule):
    code = "MT243"
    name = "clock-suffix-mismatch"
    summary = "A 24-hour time with a 12-hour suffix ('at 19:45 p.m.', '13:00 pm')."
    doc = """
    What it finds: a time from 13:00 to 24:59 followed by a.m. or p.m. (any spelling: "p.m.",
    "pm", "PM", "p. m."): "At 19:45 p.m., the concert opened", "at 13:00 pm".
    Why it matters: the source wrote a 24-hour time and machine translation (or a writer
    converting by habit) added the suffix English times take; "19:45 p.m." is no time on
    either clock, and a reader has to guess which half was meant.
    Fix safety: unsafe: the suffix removed ("19:45") or, after p.m., the time on the 12-hour
    clock ("7:45 p.m."); both are offered, the first is applied.
    Known false positives: none known in prose. Undotted marks ("pm", "AM") count only in a
    language whose typography lists them (clock_bare_marks: English), so German "um 14:00 am
    Rathaus" stays quiet; dotted ones ("p.m.", "p. m.") count in every language. "PM" or "AM"
    in capitals before a capitalised word on the same line is read as a title ("at 17:00 PM
    Modi spoke") and left alone (at a line's end it is a dateline's suffix: "18:16 PM⏎By:"),
    as are times inside code, URLs and ranges of clock readings without a suffix.
    """
    examples = (
        Example(
            "At 19:45 p.m., the concert opened with a choir.",
            "At 19:45, the concert opened with a choir.",
        ),
        Example("The drill started at 13:00 pm sharp.", "The drill started at 13:00 sharp."),
        good("The party began at 5:28 p.m. and ended at 23:00; the 12:30 pm train was late."),
        good("At 17:00 PM Modi spoke; PM2.5 levels at 14:00 rose; 10:15:13 AM was logged."),
        Example(
            "Thursday 12/March/2020 18:16 PM\nBy: Staff Reporter\nThe council met today.",
            "Thursday 12/March/2020 18:16\nBy: Staff Reporter\nThe council met today.",
        ),
        good("Wir treffen uns um 14:00 am Rathaus.", "de"),
        Example("La fiesta empezó a las 19:45 p. m.", "La fiesta empezó a las 19:45.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if not (_HOUR_CHUNK.search(lines) and _SUFFIX_CHUNK.search(lines)):
            return
        text = document.text
        # Undotted marks ("pm", "AM") only where the language writes them (clock_bare_marks):
        # German "um 14:00 am Rathaus" is a preposition.
        bare = word_set(language_data(document), "clock_bare_marks")
        for match in _clock_matches(text):
            suffix = match.group(3)
            if "." not in suffix and suffix.strip().lower() not in bare:
                continue
            if suffix.strip().isupper() and _TITLE_AFTER.match(text, match.end()):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            hour, minutes = int(match.group(1)), match.group(2)
            plain = text[match.start() : match.start(3)]
            # "… at 19:45 p.m. The next": the suffix's last dot also ended the sentence.
            stop = "." if suffix.endswith(".") and _SENTENCE_AFTER.match(text, match.end()) else ""
            fixes = [
                Fix(
                    (Edit(match.start(3), match.end(3), stop),),
                    Applicability.UNSAFE,
                    f"write '{plain}'",
                )
            ]
            if match.group(4).lower() == "p" and hour < 24:
                twelve = f"{hour - 12}:{minutes}{suffix}"
                fixes.append(
                    Fix(
                        (Edit(match.start(), match.end(), twelve),),
                        Applicability.UNSAFE,
                        f"write '{twelve.strip()}'",
                    )
                )
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group().strip()}' is a 24-hour time with a 12-hour suffix",
                fixes=fixes,
                # Band counts (right/all, session 17): en17 2/2 (one unlabelled but real), en13
                # 1/1, numbers-real-en 0/0, clean look-alike text (464,785 words) 0: 3/3 in all.
                confidence=0.8,
            )


def _clock_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CLOCK_SUFFIX``'s matches, found from the colons: a scan led by the literal ":" (the
    engine jumps between colons) whose hour is read behind it; the full pattern is then
    matched at the hour."""
    for hit in _CLOCK_LED.finditer(text):
        match = _CLOCK_SUFFIX.match(text, hit.start() - 2)
        if match is not None:
            yield match


# A day, a comma, a month name, a comma (or none) and a year: "19, May, 2021".
_DAY_COMMA_CHUNK = re.compile(r"\n(?:[1-9]|[12]\d|3[01]),\n")


@lru_cache(maxsize=32)
def _day_comma_pattern(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The date's pattern, and the scan that finds where it can be: led by the literal ", "
    (the engine jumps between them), a month name after it; the day before is read per hit."""
    months = month_forms(code)
    names = {form for forms in months for name in forms for form in (name, name.capitalize())}
    if not names:
        return None
    trie = trie_pattern(names)
    date = re.compile(
        r"(?<![\w.,:/-])([1-9]|[12]\d|3[01]), (" + trie + r")(,?) "
        r"((?:1[89]|20)\d\d)(?![\w.,:/-]*\d)"
    )
    return date, re.compile(r", (?=(?:" + trie + r"),? (?:1[89]|20)\d\d)")


_DAY_BEFORE = re.compile(r"(?:[1-9]|[12]\d|3[01])$")
# The word before the number, with its dot: "Vol. 12, No. 4, April 2020" numbers an issue.
_WORD_BEFORE_DAY = re.compile(r"([^\W\d]+°?)\.? $")


def _comma_dates(
    text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]], numbering: frozenset[str]
):
    """The dates; a number after a word that numbers things ("No. 4, April 2020", "Annex 2,
    June 2019": the language's numbering_words) is a citation's, not a day."""
    date, lead = patterns
    for hit in lead.finditer(text):
        day = _DAY_BEFORE.search(text, max(0, hit.start() - 2), hit.start())
        if day is not None:
            match = date.match(text, day.start())
            if match is None:
                continue
            word = _WORD_BEFORE_DAY.search(text, max(0, match.start() - 16), match.start())
            if word is not None and word.group(1).lower() in numbering:
                continue
            yield match


@register
class DayCommaDate(Rule):
    code = "MT244"
    name = "comma-parted-date"
    summary = "A date whose day, month and year are parted by commas ('19, May, 2021')."
    doc = """
    What it finds: a day, a comma, a month name of the text's language, an optional comma and
    a four-digit year: "Wednesday, 19, May, 2021", "19, May 2021". The month names are the
    language's own (CLDR, resources/language/calendar.json).
    Why it matters: no language parts a day from its month by a comma; the shape is a
    template's or an engine's join of three source fields, and reads as a list.
    Fix safety: unsafe: the commas inside the date removed ("19 May 2021"), the day-month
    order kept.
    A number after a word that numbers things ("Vol. 12, No. 4, April 2020", "Annex 2, June
    2019": the language's numbering_words in resources/typography) is a citation's, not a day.
    Known false positives: a list that ends on a day number before a month-year heading
    ("pages 12, May 2021 issue") is possible but not seen; a month name that is also a word
    ("May", "March") counts only when a year follows it.
    """
    examples = (
        Example(
            "Wednesday, 19, May, 2021\nThe bank kept its rate.",
            "Wednesday, 19 May 2021\nThe bank kept its rate.",
        ),
        Example("Publié le 3, mai, 2022", "Publié le 3 mai 2022", "fr"),
        good("On 19 May 2021, and on May 19, 2021, and in May, 2021, rates held; 12, 13 May."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _DAY_COMMA_CHUNK.search(chunk_text(document)):
            return
        patterns = _day_comma_pattern(base_language(document))
        if patterns is None:
            return
        text = document.text
        numbering = word_set(language_data(document), "numbering_words")
        for match in _comma_dates(text, patterns, numbering):
            edits = [Edit(match.end(1), match.end(1) + 1, "")]
            if match.group(3):
                edits.append(Edit(match.start(3), match.end(3), ""))
            fixed = f"{match.group(1)} {match.group(2)} {match.group(4)}"
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}': a date's day and month are not parted by commas",
                fixes=[Fix(tuple(edits), Applicability.UNSAFE, f"write '{fixed}'")],
                # A prior: it rests on 2 real cases (en17 2/2, one excerpt; en13 and
                # numbers-real-en 0/0; clean look-alike text 0 on 464,785 words).
                confidence=0.75,
            )
