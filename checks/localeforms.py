"""Locale forms: one recogniser of the expressions a locale shapes (numbers with their marks,
clock times with a 12-hour marker, per-cent signs, numeric dates, day ordinals) and one judge
that decides, per expression, whether it is written in the target locale's convention.

The mechanism: MT and page pipelines copy a number, time, date or per-cent figure with the
*source* locale's marks ("1,250.50" into German, "5:30 PM" into French, "%40" out of Turkish,
"12/25/2023" into Italian, "3rd May" into Spanish), so one document ends up with two
conventions or with the wrong one throughout. What each target writes is CLDR's (Babel: decimal
and group symbols, short time pattern, day periods, percent pattern, short and long date
patterns); what the document itself writes elsewhere is the second piece of evidence (the
majority of its unambiguous expressions). The rules of ``rules/locale_forms.py`` report the
verdicts, one code per kind. Everything is computed once per document (its analysis cache).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from mtlint.checks.langdata import load_language_data
from mtlint.checks.localeformat import babel_locale, is_version, section_word
from mtlint.checks.resourcefiles import read_json
from mtlint.checks.textscan import chunk_around, looks_technical

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "’": "'"})


@dataclass(frozen=True)
class Verdict:
    """One expression judged foreign to the target locale: its kind (``number``, ``clock``,
    ``percent``, ``date``, ``ordinal``), its span, the target's form and the confidence."""

    kind: str
    start: int
    end: int
    written: str
    fixed: str
    confidence: float
    why: str


@cache
def _data() -> dict:
    return read_json("typography", "locale_forms.json")


@cache
def conventions(language: str) -> dict | None:
    """The target locale's conventions from CLDR, or None without a locale."""
    locale = babel_locale(language)
    if locale is None:
        return None
    from babel.dates import get_date_format, get_time_format
    from babel.numbers import get_decimal_symbol, get_group_symbol

    english = babel_locale("en")
    periods = set()
    for width in ("abbreviated", "narrow", "wide"):
        for key in ("am", "pm"):
            own = locale.day_periods["format"][width].get(key, "")
            theirs = english.day_periods["format"][width].get(key, "")
            if own and own.lower() != theirs.lower():
                periods.add(_period_key(own))
    short_date = get_date_format("short", locale).pattern
    return {
        "decimal": get_decimal_symbol(locale),
        "group": get_group_symbol(locale).translate(_SPACES),
        "twelve_hour": "a" in get_time_format("short", locale).pattern.replace("'", "")
        or language in _data()["twelve_hour_press"],
        "own_periods": frozenset(periods),
        "percent_first": locale.percent_formats[None]
        .pattern.lstrip("\u200e\u200f")
        .startswith("%"),
        "date_order": _order(short_date),
        "date_padded": ("dd" in short_date, "MM" in short_date),
        "date_separator": _separator(short_date),
        "day_dot": "d." in get_date_format("long", locale).pattern,
    }


def _technical(text: str, start: int, end: int) -> bool:
    """In a URL, path, handle or file name; a chunk that is the expression alone (with its
    punctuation) is not ("12/25/2023" looks like a path to the general test)."""
    chunk_start, chunk_end = chunk_around(text, start, end)
    rest = text[chunk_start:start] + text[end:chunk_end]
    if not rest.strip("\"'“”‘’«»()[]<>,.;:!?"):
        return False
    return looks_technical(text, start, end)


def _period_key(marker: str) -> str:
    return re.sub(r"\s", "", marker).lower()


def _order(pattern: str) -> str:
    """The order of day, month and year in a CLDR date pattern ("dd.MM.yy" → "dmy")."""
    seen = []
    for ch in pattern:
        key = {"d": "d", "M": "m", "L": "m", "y": "y"}.get(ch)
        if key and key not in seen:
            seen.append(key)
    return "".join(seen)


def _separator(pattern: str) -> str:
    found = re.search(r"[dMy]+([^dMy'\s]+)", pattern)
    return found.group(1) if found else "/"


# --- numbers: a group mark and a decimal mark, or two groups with one mark ------------------------

# Digit-led (the lookbehind is tried after the first digit). A group mark repeats itself; the
# decimal part follows the other mark.
_NUMBER = re.compile(
    r"\d(?<![\w.,'’]\d)\d{0,2}(?P<g>[.,'’])\d{3}(?:(?P=g)\d{3})*(?:(?P<d>[.,])\d+)?"
    r"(?![\w'’]|[.,]\d)"
)
_NUMBER_SCREEN = re.compile(r"\d[.,'’]\d{3}(?:[.,'’]\d)")
_POINT_SCREEN = re.compile(r"\d\.\d")


def _number_convention(match: re.Match) -> tuple[str, str] | None:
    """(group mark, decimal mark) the number shows for certain, or None when it could be either
    ("1,250": one group and no decimals)."""
    group, decimal = match.group("g"), match.group("d")
    group = group.translate(_SPACES)
    if decimal:
        # "1.428,000": three digits after the last mark could be a group too (a garbled number)
        fraction = match.group().rsplit(decimal, 1)[1]
        return (group, decimal) if decimal != group and len(fraction) != 3 else None
    if match.group().count(match.group("g")) >= 2:
        return group, ("," if group == "." else ".")
    return None


def _value(written: str, group: str, decimal: str) -> tuple[Decimal, int] | None:
    digits = written.translate(_SPACES).replace(group, "")
    whole, _, fraction = digits.partition(decimal)
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole), len(fraction)
    except InvalidOperation:
        return None


def _formatted(value: Decimal, decimals: int, language: str) -> str:
    from babel.numbers import format_decimal

    fraction = "." + "0" * decimals if decimals else ""
    return format_decimal(value, format=f"#,##0{fraction}", locale=babel_locale(language))


def _quiet_number(text: str, start: int, written: str, language: str) -> bool:
    return (
        is_version(text, start, written)
        or bool(section_word(language).search(text, max(0, start - 30), start))
        or _technical(text, start, start + len(written))
        or _tabular(text, start)
    )


# A table's row is short: a longer line is judged by this much of it on each side of the number
# (the whole line was read per number: quadratic on a one-line text).
_ROW_REACH = 2000


def _tabular(text: str, at: int) -> bool:
    """A line of a table: tabs or pipes, or more digits than letters."""
    low, high = max(0, at - _ROW_REACH), min(len(text), at + _ROW_REACH)
    line_start = text.rfind("\n", low, at) + 1 or low
    line_end = text.find("\n", at, high)
    line = text[line_start : line_end if line_end != -1 else high]
    if "\t" in line or line.count("|") >= 2:
        return True
    digits = sum(ch.isdigit() for ch in line)
    return digits > sum(ch.isalpha() for ch in line)


def number_verdicts(text: str, language: str, screen: str | None = None) -> list[Verdict]:
    """``screen``: the document's distinct chunks (``textscan.chunk_text``), or the text: each
    scan is asked of it first, so a text without a candidate pays a search of its chunks."""
    own = conventions(language)
    if own is None:
        return []
    screen = text if screen is None else screen
    verdicts = []
    if ",-" in screen or ".-" in screen:
        verdicts += _dash_prices(text, language)
    if own["decimal"] == "," and _POINT_SCREEN.search(screen):
        verdicts += _plain_decimals(text, language, own)
    if not _NUMBER_SCREEN.search(screen):
        return verdicts
    native, foreign = 0, []
    for match in _NUMBER.finditer(text):
        shown = _number_convention(match)
        if shown is None or _quiet_number(text, match.start(), match.group(), language):
            continue
        group, decimal = shown
        if decimal == own["decimal"] and group in (own["group"], " "):
            native += 1
            continue
        if decimal == own["decimal"] and group != own["decimal"]:
            continue  # "1.250,50" in French: a neighbour's grouping, readable
        foreign.append((match, group, decimal))
    counts = Counter((g, d) for _, g, d in foreign)
    for match, group, decimal in foreign:
        parsed = _value(match.group(), group, decimal)
        if parsed is None:
            continue
        fixed = _formatted(*parsed, language)
        confidence = 0.75
        if native:
            confidence = 0.85
        elif counts[(group, decimal)] >= 3:
            confidence = 0.4  # the document's own convention throughout (a house style)
        verdicts.append(
            Verdict(
                "number",
                match.start(),
                match.end(),
                match.group(),
                fixed,
                confidence,
                f"groups with '{group}' and marks decimals with '{decimal}'",
            )
        )
    return verdicts


# A decimal with one mark: "3.38", "−0.59", "10.178M" (digit-led; the quantity test follows).
_PLAIN_DECIMAL = re.compile(r"\d(?<![\w.,:'’]\d)\d{0,2}[.,]\d{1,3}(?![\w.,'’]\d|[.,]\d|\d)")
_SIGNS = "%‰€$£¥₹₽₺₴₩₪₫"


@cache
def _quantity_words(language: str) -> frozenset[str]:
    from mtlint.checks.localeformat import magnitude_words

    words = set(_data()["unit_symbols"]) | set(magnitude_words(language))
    words.update(
        form.rstrip(".") for form in read_json("language", "magnitudes.json").get(language, {})
    )
    return frozenset(words)


def _quantity(text: str, start: int, end: int, language: str) -> bool:
    """A measured number: a sign before it, or a per-cent or currency sign, a currency code,
    a unit symbol or a magnitude word of the language right after it."""
    if (
        text[max(0, start - 1) : start] in ("−", "-", "+", "±")
        and not text[max(0, start - 2) : start - 1].isalnum()
    ):
        return True
    after = re.match(r"[ \u00a0\u202f]?([^\s,;:!?()]*)", text[end : end + 16])
    word = after.group(1).rstrip(".") if after else ""
    if not word:
        return False
    if word[0] in _SIGNS or re.fullmatch(r"[A-Z]{3}", word):
        return True
    return word in _quantity_words(language) or word.lower() in _quantity_words(language)


def _plain_decimals(text: str, language: str, own: dict) -> list[Verdict]:
    """A decimal with the other locale's mark before a unit, sign or magnitude word ("3.5
    mln", "4.5 %", "−0.59") where one mark can only be a decimal: the target's decimal is the
    comma and its group is not the point ("3.38" cannot be a group) — or the point is the
    group but three digits are not behind it. English and point-decimal targets: MT206."""
    if own["decimal"] != "," or language in _data()["point_decimal_press"]:
        return []
    found, others = [], []
    for match in _PLAIN_DECIMAL.finditer(text):
        written = match.group()
        if "," in written:
            return []  # both marks in one text: MT955's (mixed-decimal-convention) finding
        if own["group"] == "." and len(written.split(".")[1]) == 3:
            continue
        if _quiet_number(text, match.start(), written, language):
            continue
        if _quantity(text, match.start(), match.end(), language):
            found.append((match, 0.7))
        elif len(written.split(".")[1]) == 2 and text[match.end() : match.end() + 1] != ".":
            others.append((match, 0.55))  # "3.38": a price or rate, not a time or date
    if not found:
        return []
    # The document's own convention: once a quantity shows the point, its other two-decimal
    # numbers ("3.38" beside "−0.59") are read the same way; many of them are a house style.
    found += [(m, c) for m, c in others if not _time_lead_before(text, m.start(), language)]
    house = len(found) >= 3
    return [
        Verdict(
            "number",
            match.start(),
            match.end(),
            match.group(),
            match.group().replace(".", ","),
            0.4 if house else confidence,
            "marks its decimals with a point",
        )
        for match, confidence in sorted(found, key=lambda pair: pair[0].start())
    ]


def _time_lead_before(text: str, at: int, language: str) -> bool:
    before = _WORD_BEFORE_TIME.search(text, max(0, at - 16), at)
    return bool(before) and before.group(1).lower() in _time_leads(language)


# A whole amount with the dash of Central European prices ("1.000,- CZK", "Fr. 10.-").
_DASH_PRICE = re.compile(r"\d(?<![^\s(€$£]\d)\d{0,2}(?:[.'’ ]\d{3})*[.,]-(?=[\s)]|$)")


def _dash_prices(text: str, language: str) -> list[Verdict]:
    if (",-" not in text and ".-" not in text) or language in _data()["zero_decimal_dash"]:
        return []
    verdicts = []
    for match in _DASH_PRICE.finditer(text):
        if _technical(text, match.start(), match.end()) or _tabular(text, match.start()):
            continue
        digits = re.sub(r"\D", "", match.group())
        fixed = _formatted(Decimal(digits), 0, language)
        verdicts.append(
            Verdict(
                "number",
                match.start(),
                match.end(),
                match.group(),
                fixed,
                0.7,
                "marks a whole amount with the dash of Central European prices",
            )
        )
    return verdicts


# --- clock: a 12-hour time in a locale that writes 24-hour times ---------------------------------

# Digit-led (a look-behind first would be tried at every character): the hour is 1-12 in code.
_CLOCK = re.compile(
    r"(\d(?<![\w:.,]\d)\d?)(?:[:.]([0-5]\d))?[ \u00a0]?"
    r"(?P<m>[AaPp]\.[ \u00a0]?[Mm]\.|[AaPp][Mm])(?![\w])"
)
_CLOCK_SCREEN = re.compile(r"(?i)\d(?:[ \u00a0]?[ap]\.?[ \u00a0]?m\b)")
# Digit-led too; the hour is at most 23 in code (``_colon_times``).
_TWENTY_FOUR = re.compile(r"\d(?<![\w:.,]\d)\d?:[0-5]\d(?![\w:]|[.,]\d)")


def _colon_times(text: str) -> list[re.Match[str]]:
    """The 24-hour times with a colon ("7:05", "23:59")."""
    if ":" not in text:
        return []
    return [m for m in _TWENTY_FOUR.finditer(text) if int(m.group().split(":")[0]) <= 23]


# In the chunks: a marker glued to its digits ("7pm") or standing alone ("PM", "p.m.", "p.").
_CLOCK_CHUNK = re.compile(r"\d[AaPp]\.?[Mm]\b|(?:^|\s)[AaPp](?:\.?[Mm]\b|\.(?=\s))")
# A dotted time with a two-digit hour as a chunk of its own (perhaps in brackets or before a
# stop or comma), and a colon time anywhere.
_DOTTED_CHUNK = re.compile(r"(?:^|\s)\(?\d\d\.[0-5]\d[),;.]?(?=\s|$)")
_COLON_CHUNK = re.compile(r"\d:[0-5]\d")


def clock_verdicts(text: str, language: str, screen: str | None = None) -> list[Verdict]:
    """12-hour times in a 24-hour locale, and dotted times among the text's colon times."""
    screen = text if screen is None else screen
    found = []
    if _CLOCK_CHUNK.search(screen):
        found += _twelve_hour(text, language)
    if _DOTTED_CHUNK.search(screen) and _COLON_CHUNK.search(screen):
        found += _dotted_times(text, language)
    return found


def _twelve_hour(text: str, language: str) -> list[Verdict]:
    own = conventions(language)
    if own is None or own["twelve_hour"] or not _CLOCK_SCREEN.search(text):
        return []
    from babel.dates import format_time

    locale = babel_locale(language)
    words = load_language_data(language).stop_words
    ambiguous = {m for m in ("am", "pm") if m in words}
    found = []
    for match in _CLOCK.finditer(text):
        if not 1 <= int(match.group(1)) <= 12:
            continue
        marker = match.group("m")
        if _period_key(marker) in own["own_periods"]:
            continue
        if marker.isalpha() and marker.islower() and marker in ambiguous:
            continue  # German "um 7 am Montag": a word, not a marker
        if _technical(text, match.start(), match.end()):
            continue
        hour = int(match.group(1)) % 12 + (12 if marker[0] in "Pp" else 0)
        minute = int(match.group(2) or 0)
        fixed = format_time(datetime.time(hour, minute), "short", locale=locale)
        found.append((match, fixed))
    if not found:
        return []
    taken = {match.start() for match, _ in found}
    native = sum(1 for m in _colon_times(text) if m.start() not in taken)
    confidence = 0.8 if native else (0.75 if len(found) < 3 else 0.6)
    return [
        Verdict(
            "clock",
            match.start(),
            match.end(),
            match.group(),
            fixed,
            confidence,
            "is a 12-hour time",
        )
        for match, fixed in found
    ]


# --- per cent: the sign on the side the source puts it ----------------------------------------

# Led by the sign: no character, a space or "(" before it (a look-behind or "^" first was
# tried at every character).
_PERCENT_FIRST = re.compile(r"%(?<![^\s(]%)(\d+(?:[.,]\d+)?)(?![\w%]|[.,]\d)")
_PERCENT_AFTER = re.compile(r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)?[ \u00a0\u202f]?%(?![\w%])")
_PLACEHOLDERS = re.compile(r"%(?:\d\$|[-+ #0]?\d*[sdifuxXeEgGc]\b|\(\w+\)|[1-9](?!\d))")


@cache
def _percent_affixes(language: str) -> tuple[str, str]:
    pattern = babel_locale(language).percent_formats[None].pattern.split(";")[0]
    prefix, _, rest = pattern.partition("#")
    suffix = rest.lstrip("#,0.")
    return prefix.strip("\u200e\u200f"), suffix


def percent_verdicts(text: str, language: str, screen: str | None = None) -> list[Verdict]:
    own = conventions(language)
    screen = text if screen is None else screen
    if own is None or "%" not in screen:
        return []
    if not own["percent_first"] and not re.search(r"(?:^|\s)\(?%\d", screen):
        return []  # no chunk opens with "%40": nothing on the source's side
    if _PLACEHOLDERS.search(text):
        return []
    prefix, suffix = _percent_affixes(language)
    first = list(_PERCENT_FIRST.finditer(text))
    after = list(_PERCENT_AFTER.finditer(text))
    wrong, right = (after, first) if own["percent_first"] else (first, after)
    verdicts = []
    for match in wrong:
        if _technical(text, match.start(), match.end()):
            continue
        digits = match.group().strip("% \u00a0\u202f")
        confidence = 0.8 if right else 0.6
        verdicts.append(
            Verdict(
                "percent",
                match.start(),
                match.end(),
                match.group(),
                f"{prefix}{digits}{suffix}",
                confidence,
                "has the per-cent sign on the source's side",
            )
        )
    return verdicts


# --- dates: a month-first numeric date where the locale writes the day first -----------------

_DATE = re.compile(
    r"\d(?<![\w./-]\d)\d?(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?![\w]|[./-]\d)"
)


def date_verdicts(text: str, language: str, screen: str | None = None) -> list[Verdict]:
    own = conventions(language)
    if own is None or not own["date_order"].startswith(("d", "y")):
        return []
    if not _DATE.search(text if screen is None else screen):
        return []
    month_first, day_first = [], 0
    for match in _DATE.finditer(text):
        first = int(match.group().split(match.group("s"))[0])
        second = int(match.group("b"))
        if second > 12 and 1 <= first <= 12 and second <= 31:
            month_first.append((match, second, first))
        elif first > 12 and 1 <= second <= 12 and first <= 31:
            day_first += 1
    verdicts = []
    for match, day, month in month_first:
        if _technical(text, match.start(), match.end()):
            continue
        pad_day, pad_month = own["date_padded"]
        parts = {"d": f"{day:02d}" if pad_day else str(day)}
        parts["m"] = f"{month:02d}" if pad_month else str(month)
        parts["y"] = match.group("y")
        fixed = own["date_separator"].join(parts[key] for key in own["date_order"])
        verdicts.append(
            Verdict(
                "date",
                match.start(),
                match.end(),
                match.group(),
                fixed,
                0.85 if day_first else 0.7,
                "puts the month before the day",
            )
        )
    return verdicts


# --- day ordinals: a foreign ordinal suffix on a day beside a month name ---------------------
# Which language's suffixes are read (``foreign_ordinals`` of locale_forms.json: English st/nd/
# rd/th); a language never reads its own.


@cache
def _foreign_ordinals() -> tuple[tuple[str, str, re.Pattern, re.Pattern], ...]:
    """(language, the verdict's why, the day-with-suffix pattern, the screen) for each entry."""
    read = []
    for code, entry in _data().get("foreign_ordinals", {}).items():
        suffixes = "|".join(sorted(map(re.escape, entry["suffixes"]), key=len, reverse=True))
        pattern = re.compile(rf"(\d(?<![\w.,]\d)\d?)(?:{suffixes})(?![\w])")
        read.append((code, entry["why"], pattern, re.compile(rf"\d(?:{suffixes})\b")))
    return tuple(read)


@cache
def month_names(code: str) -> frozenset[str]:
    """The language's month names in lower case, without an abbreviation's full stop (CLDR)."""
    return _month_names(code)


@cache
def _month_names(code: str) -> frozenset[str]:
    from mtlint.checks.calendarnames import calendar_table

    names = set()
    for context in (calendar_table(code) or {}).get("months", ()):
        names.update(name.lower().rstrip(".") for name in context)
    return frozenset(name for name in names if len(name) >= 3)


def _in_language(text: str, start: int, code: str) -> bool:
    """The day and a foreign month stand in a sentence of that language ("between December 1st
    and 24th" left untranslated): the word before them is its function word, or none."""
    before = re.search(r"(?<!\w)([^\W\d_]+)(?:\W+\d\w*)*\W+$", text[max(0, start - 40) : start])
    if before is None:
        return True
    return before.group(1).lower() in load_language_data(code).function_words


_WORD_AFTER = re.compile(r"[ \u00a0](?:de[ \u00a0])?([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]$")


def ordinal_verdicts(text: str, language: str, screen: str | None = None) -> list[Verdict]:
    own = conventions(language)
    if own is None:
        return []
    verdicts = []
    for code, why, pattern, quick in _foreign_ordinals():
        if code != language and quick.search(text if screen is None else screen):
            verdicts += _ordinals(text, language, own, code, pattern, why)
    return verdicts


def _ordinals(text, language, own, code, pattern, why) -> list[Verdict]:
    own_months, foreign = _month_names(language), _month_names(code) - _month_names(language)
    verdicts = []
    for match in pattern.finditer(text):
        after = _WORD_AFTER.match(text, match.end())
        before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        words = [m.group(1).lower() for m in (after, before) if m]
        if any(word in own_months for word in words):
            pass
        elif any(word in foreign for word in words):
            start = before.start() if before and before.group(1).lower() in foreign else None
            if _in_language(text, match.start() if start is None else start, code):
                continue  # an untranslated sentence: MT502's, not a locale form
        else:
            continue
        day = match.group(1)
        fixed = f"{day}." if own["day_dot"] and after else day
        verdicts.append(
            Verdict(
                "ordinal",
                match.start(),
                match.end(),
                match.group(),
                fixed,
                0.8,
                why,
            )
        )
    return verdicts


# --- clock: a dotted time among the text's own colon times ----------------------------------

_DOTTED = re.compile(r"\d(?<![\w.,:]\d)\d\.[0-5]\d(?![\w%€$£]|[.,:]\d|[ \u00a0][%€$£])")
_WORD_BEFORE_TIME = re.compile(r"([^\W\d_][\w']*\.?)[ \u00a0]$")
_WORD_AFTER_TIME = re.compile(r"[ \u00a0]?([^\W\d_][\w'.]*)")


@cache
def _time_leads(language: str) -> frozenset[str]:
    from mtlint.checks.typography import typography

    leads = set(_data()["time_leads"].get(language, ()))
    leads.update(typography(language).get("time_leads", ()))
    return frozenset(word.lower() for word in leads)


@cache
def _clock_words(language: str) -> frozenset[str]:
    """The words right after a time that make it one: every language's and the language's."""
    table = _data()["clock_words"]
    return frozenset(table.get("*", ())) | frozenset(table.get(language, ()))


def _colon_separator(language: str) -> bool:
    from babel.dates import get_time_format

    pattern = get_time_format("short", babel_locale(language)).pattern
    return ":" in pattern


def _dotted_times(text: str, language: str) -> list[Verdict]:
    """A time with a full stop ("from 00.00") in a text whose other times take a colon, where
    CLDR's short time takes a colon: the source's clock beside the text's own."""
    if conventions(language) is None or not _colon_separator(language) or "." not in text:
        return []
    colons = _colon_times(text)
    if len(colons) < 2:
        return []
    leads, clock_words = _time_leads(language), _clock_words(language)
    dot_press = language in _data()["clock_dot_press"]
    data = load_language_data(language)
    stop_words = data.stop_words | data.function_words
    dotted = []
    for match in _DOTTED.finditer(text):
        hour = int(match.group().split(".")[0])
        if hour > 23:
            continue
        before = _WORD_BEFORE_TIME.search(text, max(0, match.start() - 16), match.start())
        after = _WORD_AFTER_TIME.match(text, match.end())
        word_after = after.group(1).lower().rstrip(".") if after else ""
        if word_after and word_after not in clock_words and word_after not in stop_words:
            continue  # "from 10.50 euros": an amount
        if dot_press and word_after in clock_words:
            continue  # "14.30 Uhr": how this language's press writes a time itself
        timed = word_after in clock_words or (before and before.group(1).lower() in leads)
        if timed and not _technical(text, match.start(), match.end()):
            dotted.append(match)
    if not dotted or len(dotted) >= len(colons):
        return []
    confidence = 0.45 if dot_press else 0.75
    return [
        Verdict(
            "clock",
            match.start(),
            match.end(),
            match.group(),
            match.group().replace(".", ":"),
            confidence,
            "is a time with a full stop among the text's colon times",
        )
        for match in dotted
    ]
