"""Number shapes machine translation damages (MT956–MT960), monolingual: a per-cent sign spaced
against the text's own usage and its language's convention (CLDR), one number whose group and
decimal marks are the same ("33.320.3") or whose decimals a space cut off ("6 .8%"), a date
collapsed into digits after a weekday ("Monday 1432019"), a count written as Arabic news writes
it ("arrested (16) citizens", "48 thousand and 257"), an English ordinal with the wrong suffix
("3th").

Every conventions table is data: CLDR's percent pattern, decimal and group symbols and weekday
names (via Babel), the section words of ``resources/typography/section_words.json``, the stop
words of ``resources/lang``. Each scan is screened on the document's distinct chunks first.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.localeformat import babel_locale, is_version, section_word
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import (
    chunk_text,
    find_all,
    language_data,
    text_characters,
    unique_chunks,
    word_gate,
)
from mtlint.checks.typography import word_set

_DOC = """
    What it finds: {what}
    Why it matters: {why}
    Fix safety: {fix}
    Known false positives: {fp}
    """


def _fix(start: int, end: int, text: str) -> tuple[Fix, ...]:
    return (Fix((Edit(start, end, text),), Applicability.UNSAFE),)


def _occurrences(text: str, token: str) -> Iterator[int]:
    """Where ``token`` (a number shape found in the distinct chunks) stands in the text as a
    whole: not after a letter, digit, point or comma, not before a letter or digit or a mark
    and a digit. A ``str.find`` jump per token, never a scan of every digit."""
    at = text.find(token)
    while at != -1:
        end = at + len(token)
        before = text[at - 1 : at]
        after = text[end : end + 2]
        if not (before.isalnum() or before in (".", ",", "_")) and not (
            after[:1].isalnum() or after[:1] == "_" or (after[:1] in ".," and after[1:2].isdigit())
        ):
            yield at
        at = text.find(token, at + 1)


# --- MT956: per-cent sign spacing ------------------------------------------------------------

# A number, a space (or no-break space) or none, then a per-cent sign that is not a format
# directive or URL escape ("%d", "%20"). Group 1 the number, group 2 the space.
_PERCENT = re.compile(r"(?<![\w.,%])(\d+(?:[.,]\d+)?)([ \u00a0\u202f]?)%$")
_PERCENT_AFTER = re.compile(r"[\w(%]")


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _in_prose(text: str, start: int, end: int) -> bool:
    """Words on the line around the number: not a table cell or a figure on its own line."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = text[left : right if right != -1 else len(text)]
    return len(_LETTERS.findall(line)) >= 2


@cache
def _percent_space(language: str) -> str | None:
    """The space CLDR puts between a number and '%' in the language ('' for none), or None when
    the sign goes before the number (Turkish %40) or the locale is unknown."""
    locale = babel_locale(language)
    if locale is None:
        return None
    pattern = locale.percent_formats[None].pattern.split(";")[0]
    if not pattern.endswith("%"):
        return None
    before = pattern[:-1][-1:]
    return before if before.isspace() else ""


@register
class PercentSpacing(Rule):
    code = "MT956"
    name = "percent-spacing"
    summary = "'40 %' beside '12%' in a language that never spaces the per-cent sign."
    severity = Severity.INFO
    doc = _DOC.format(
        what="a text that writes per-cent signs both ways, '40%' and '40 %', in a language "
        "whose convention (CLDR's percent pattern) has no space (English, Italian, "
        "Portuguese, Dutch): the spaced ones, a French or German habit the translation kept. "
        "In languages that space the sign (French, German, Spanish, Russian) a glued sign "
        "is not flagged: their native news write both.",
        why="machine translation copies the source language's spacing into some sentences "
        "and not others; the mix is visible and the form against the convention is the copy.",
        fix="unsafe: the space removed.",
        fp="a text written in one form throughout is a house style (the EU's English style "
        "guide spaces the sign) and stays quiet, whichever it is; when the form against the "
        "convention is more than three times as common as the other, the text's house style is "
        "that form and nothing is flagged; languages that put the sign first (Turkish) are "
        "skipped; a figure on a line with fewer than two words (a table cell) is not prose.",
    )
    examples = (
        Example(
            "Sales rose 40 % in May, after 12% in April.",
            "Sales rose 40% in May, after 12% in April.",
        ),
        good("Sales rose 40 % in May, after 12 % in April."),
        good("Use printf('%d %s', 5, x); 20%20 is an escape."),
        # A table's cells: a figure on its own line is not prose.
        good("Accuracy\n\n98 %\n\nwhich is 99% of the best."),
        good("Der Umsatz stieg um 40 %, im April um 12%.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        # A spaced sign is a chunk of its own ("%", "%,"): without one there is nothing to flag.
        if "%" not in text_characters(document) or "\n%" not in chunk_text(document):
            return
        space = _percent_space(document.language or "")
        if space is None or space:
            # Native French, Spanish, Russian news glue the sign as often as they space it
            # (measured: native pages mix both); only a space the language never writes is
            # an artefact.
            return
        spaced: list[re.Match[str]] = []
        glued: list[re.Match[str]] = []
        text = document.text
        at = text.find("%")
        while at != -1:
            match = _PERCENT.search(text, max(0, at - 24), at + 1)
            if match is not None and not _PERCENT_AFTER.match(text, at + 1):
                if not match.group(2):
                    glued.append(match)
                elif _in_prose(text, match.start(), at + 1):
                    spaced.append(match)
            at = text.find("%", at + 1)
        if not spaced or not glued:
            return
        if len(spaced) > 3 * len(glued):
            return  # the text's house style, with a slip
        for match in spaced:
            number = match.group(1)
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}': this text and its language write '{number}%'",
                fixes=_fix(match.start(), match.end(), f"{number}%"),
                confidence=0.7,
            )


# --- MT957: group and decimal marks that are one and the same ---------------------------------

# Groups of three after a mark, then the same mark before one or two digits: "33.320.3",
# "40.728.63", "1,234,5". No locale writes it; the last mark was the decimal.
_SAME_MARKS = re.compile(
    r"(?<![\w.,/:#@$€£-])([1-9]\d{0,2})((?:([.,])\d{3})+)\3(\d{1,2})(?![\w]|[.,]\d)"
)


@register
class SameGroupAndDecimalMark(Rule):
    code = "MT957"
    name = "garbled-number-separators"
    summary = "A number whose thousands groups and decimals use the same mark ('33.320.3')."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a decimal cut from its integer part by a space ('6 .8%'), and a number "
        "grouped by threes with points (or commas) and then a point (comma) "
        "before one or two decimals: '33.320.3 thousand tons', '1,234,5'. Machine translation "
        "turned one of the two marks of '33.320,3' or '33,320.3' and not the other.",
        why="no convention writes it: the reader cannot tell the value, and it marks the "
        "figure as unedited.",
        fix="unsafe: the groups with the language's group symbol and the last mark as its "
        "decimal symbol (CLDR): '33,320.3' in English, '33.320,3' in German.",
        fp="IP addresses and versions with a fourth part never match; a number after a "
        "capitalised name, 'v' or 'version' is a version (one after another lower-case word, "
        "'release 2.100.1', is not recognised); a section number after a section "
        "word of the language is skipped; a list of numbers with a spaced comma ('Artikel 2 "
        ",3 und 5', '2 ,3, 5': a coordinator of list_coordinators before a number, or ', N', "
        "follows) is a list, not a cut decimal. Still flagged: such a list whose coordinator "
        "the table lacks.",
    )
    examples = (
        Example(
            "Exports reached 33.320.3 thousand tons.",
            "Exports reached 33,320.3 thousand tons.",
        ),
        Example(
            "Die Exporte betrugen 33.320.3 Tausend Tonnen.",
            "Die Exporte betrugen 33.320,3 Tausend Tonnen.",
            "de",
        ),
        good("Server 192.168.1.1, version 2.100.1, Chrome 120.100.6, and 33,320.3 tons."),
        good("See section 4.100.2 and items 1,2,3."),
        # A decimal cut off by a space.
        Example(
            "Food rose 6 .8% after 0.6%.",
            "Food rose 6.8% after 0.6%.",
        ),
        good("It ended in 2019 .5 of them; see . 4 and file .52 here."),
        good("Die Artikel 2 ,3 und 5 gelten weiter, ebenso 7 ,8, 9.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        language = document.language or ""
        section = section_word(language)
        locale = babel_locale(language)
        decimal, group = ".", ","
        if locale is not None:
            from babel.numbers import get_decimal_symbol, get_group_symbol

            decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
        tokens = {m.group() for m in _SAME_MARKS.finditer(chunk_text(document))}
        for token in sorted(tokens):
            match = _SAME_MARKS.fullmatch(token)
            groups = match.group(2).split(match.group(3))[1:]
            fixed = group.join([match.group(1), *groups]) + decimal + match.group(4)
            for start in _occurrences(text, token):
                if is_version(text, start) or section.search(text, max(0, start - 20), start):
                    continue
                end = start + len(token)
                yield self.finding(
                    start,
                    end,
                    f"'{token}' uses '{match.group(3)}' for both the thousands and the "
                    f"decimals; written '{fixed}'",
                    fixes=_fix(start, end, fixed),
                    confidence=0.7,
                )
        yield from self._split_decimals(document, decimal)

    def _split_decimals(self, document: Document, decimal: str) -> Iterator[Finding]:
        """'6 .8%': a decimal cut from its integer part by a space (the language's decimal
        mark starts a chunk of one or two digits, a per-cent sign or nothing after)."""
        chunks = chunk_text(document)
        tails = set(re.findall(rf"\n(\{decimal}\d{{1,2}})(?=%?(?:\n|\Z))", chunks))
        text = document.text
        coordinators = word_set(language_data(document), "list_coordinators")
        for tail in sorted(tails):
            at = text.find(" " + tail)
            while at != -1:
                head = _SPLIT_HEAD.search(text, max(0, at - 4), at)
                after = text[at + 1 + len(tail) : at + 2 + len(tail)]
                if head is not None and (after in ("%", " ", "") or after.isspace()):
                    if after != "%" and _listed_numbers(text, at + 1 + len(tail), coordinators):
                        at = text.find(" " + tail, at + 1)
                        continue
                    start, end = head.start(), at + 1 + len(tail)
                    fixed = head.group() + tail
                    yield self.finding(
                        start,
                        end,
                        f"'{text[start:end]}': the decimals are cut off by a space",
                        fixes=_fix(start, end, fixed),
                        confidence=0.7,
                    )
                at = text.find(" " + tail, at + 1)


_SPLIT_HEAD = re.compile(r"(?<![\w.,])\d{1,3}$")
_NEXT_IN_LIST = re.compile(r" ?,\s*\d| ([^\W\d_]+) \d")


def _listed_numbers(text: str, end: int, coordinators: frozenset[str]) -> bool:
    """'Artikel 2 ,3 und 5': a list of numbers with a spaced comma, not a cut decimal; the
    next word is a coordinator (``list_coordinators``) before a number, or ', N' follows."""
    found = _NEXT_IN_LIST.match(text, end)
    return found is not None and (found.group(1) is None or found.group(1).lower() in coordinators)


# --- MT958: a date collapsed into digits ------------------------------------------------------

_DIGIT_RUN_CHUNK = re.compile(r"\n[^\n\d]{0,3}(\d{6,8})(?=[.,;:)]?(?:\n|\Z))")


@cache
def _weekdays(language: str) -> re.Pattern[str] | None:
    """The language's weekday names (CLDR, wide and abbreviated, format and stand-alone), at
    the end of a window, before a comma or a space."""
    locale = babel_locale(language)
    if locale is None:
        return None
    names: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.update(str(n).rstrip(".") for n in locale.days[context][width].values())
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives})\.?,? $")


def _date_reading(digits: str) -> list[datetime.date]:
    """Every day-month-year reading of a run of digits ending in a year 1900–2099."""
    year = int(digits[-4:])
    if not 1900 <= year <= 2099:
        return []
    head = digits[:-4]
    readings = []
    for cut in (1, 2):
        day, month = head[:cut], head[cut:]
        if not 1 <= len(month) <= 2 or (day.startswith("0") and len(day) == 1):
            continue
        try:
            readings.append(datetime.date(year, int(month), int(day)))
        except ValueError:
            continue
    return readings


@register
class CollapsedDate(Rule):
    code = "MT958"
    name = "collapsed-date"
    summary = "A date whose separators were lost after a weekday ('Monday 1432019')."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="six to eight digits right after a weekday name (CLDR's names of the text's "
        "language) that read as day, month and a year 1900–2099: 'on Monday 1432019' for "
        "14.3.2019. Machine translation dropped the points or slashes of a numeric date.",
        why="the reader sees a count of over a million where a date was meant.",
        fix="unsafe: the date in the language's long format (CLDR) when only one reading "
        "is a valid date ('14 March 2019'); none when two readings are (1122019).",
        fp="a number after a weekday that is not a date and happens to read as one (an order "
        "number, a phone number after 'Monday'): rare; runs with a separator are never "
        "matched.",
    )
    examples = (
        Example(
            "The cabinet met on Monday 1432019 to discuss it.",
            "The cabinet met on Monday March 14, 2019 to discuss it.",
        ),
        good("The cabinet met on Monday 14.3.2019; ticket 1432019 was sold on 14 March."),
        good("On Friday 1234567 people voted; on Sunday, 24 of them left."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        candidates = {
            run for run in _DIGIT_RUN_CHUNK.findall(chunk_text(document)) if _date_reading(run)
        }
        if not candidates:
            return
        weekday = _weekdays(document.language or "")
        if weekday is None:
            return
        text = document.text
        locale = babel_locale(document.language or "")
        for run in sorted(candidates):
            at = text.find(run)
            while at != -1:
                end = at + len(run)
                whole = not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum())
                if whole and weekday.search(text, max(0, at - 16), at):
                    readings = _date_reading(run)
                    fixes = ()
                    if len(readings) == 1:
                        from babel.dates import format_date

                        written = format_date(readings[0], "long", locale=locale)
                        fixes = _fix(at, end, written)
                    yield self.finding(
                        at,
                        end,
                        f"'{run}' after a weekday is a date that lost its separators",
                        fixes=fixes,
                        confidence=0.7,
                    )
                at = text.find(run, end)


# --- MT959: a counter left in brackets --------------------------------------------------------

_BRACKETED_CHUNK = re.compile(r"\n\((\d{1,3}(?:,\d{3})+|\d{1,6})\)(?=\n|\Z)")
_BRACKETED_TEXT = re.compile(r" \((\d{1,3}(?:,\d{3})+|\d{1,6})\) ")
# Above this many distinct bracketed numbers one scan of the text beats a find per number.
_FINDS_AT_MOST = 8


def _bracketed(text: str, numbers: set[str]) -> Iterator[tuple[int, int]]:
    """The spans of " (N) " for the numbers found in the chunks, brackets included."""
    if len(numbers) > _FINDS_AT_MOST:
        for match in _BRACKETED_TEXT.finditer(text):
            yield match.start() + 1, match.end() - 1
        return
    spans = []
    for number in numbers:
        needle = f" ({number}) "
        at = text.find(needle)
        while at != -1:
            spans.append((at + 1, at + len(needle) - 1))
            at = text.find(needle, at + len(needle) - 1)
    yield from sorted(spans)


_ENUMERATION = re.compile(r"\(\d{1,3}\)|\[\d{1,3}\]|\(\d+(?:[,–-]\s?\d+)+\)")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([^\W\d_]+) $")


@cache
def _count_table(language: str, key: str) -> tuple[str, ...]:
    """One list of the language's entry in resources/typography/bracketed_counts.json."""
    table = resource_json("typography", "bracketed_counts.json")
    code = language.split("-")[0].split("_")[0].lower()
    return tuple(table.get(code, {}).get(key, ()))


_THOUSANDS_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}$")
_REST_AFTER = re.compile(r"(\d{1,3})(?![\w.,]|\s(?:thousand|million|billion|trillion)\b)")


def _thousand_and(document: Document) -> Iterator[tuple[int, int, str]]:
    """'48 thousand and 257': the thousands, the language's words, the rest below a thousand
    (a range "5 thousand and 6 thousand" is not one number)."""
    text = document.text
    gate = word_gate(document)
    for phrase in _count_table(document.language or "", "thousand_and"):
        needle = f" {phrase} "
        # Every hit's word follows a space and ends before one: the gate's windows hold every
        # hit (``find_all``), and the next search starts after the last hit, as it always has.
        after = 0
        for at in find_all(text, needle, gate, 1):
            if at < after:
                continue
            after = at + len(needle)
            head = _THOUSANDS_BEFORE.search(text, max(0, at - 4), at)
            tail = _REST_AFTER.match(text, at + len(needle))
            if head is not None and tail is not None:
                written = head.group() + "," + tail.group(1).rjust(3, "0")
                yield head.start(), tail.end(), written


_WORD_AFTER = re.compile(r" ([^\W\d_]+)\b")

# A number spelt by its magnitudes, as Russian and Kazakh news write it ("1 млн 100 тыс.",
# "7 трлн 163 млрд"): "Br2 million 400,000", "1 trillion 117 billion". The head before the
# magnitude word; the rest after it, grouped by thousands or followed by a smaller magnitude.
_HEAD_BEFORE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}$")
_REST_MAGNITUDE = re.compile(r"(\d{1,3}(?:,\d{3})*)(?: ([^\W\d_]+))?")
_NUMBER_GOES_ON = re.compile(r"[\w.,]*\d|[.,]\d|-\d")


def _magnitudes(document: Document) -> dict[str, int]:
    """The language's magnitude words with their powers of ten (``split_magnitudes``)."""
    table = resource_json("typography", "bracketed_counts.json")
    code = (document.language or "").split("-")[0].split("_")[0].lower()
    return table.get(code, {}).get("split_magnitudes", {})


def _split_magnitudes(document: Document) -> Iterator[tuple[int, int, str]]:
    """'1 million 100,000' (the rest grouped, below the magnitude), '1 trillion 117 billion'
    (a smaller magnitude after a number below a thousand) and chains of them ('2 billion 300
    million 400 thousand'): the number written as a decimal of the first magnitude ('1.1
    million', '1.117 trillion')."""
    magnitudes = _magnitudes(document)
    words = unique_chunks(document)
    present = [word for word in magnitudes if word in words]
    if not present:
        return
    text = document.text
    gate = word_gate(document)
    found = []
    for word in present:
        needle = f" {word} "
        for at in find_all(text, needle, gate, 1):
            head = _HEAD_BEFORE.search(text, max(0, at - 4), at)
            if head is not None:
                split = _rest_below(text, at + len(needle), magnitudes[word], magnitudes)
                if split is not None:
                    value, end = split
                    fraction = str(value).rjust(magnitudes[word], "0").rstrip("0")
                    found.append((head.start(), end, f"{head.group()}.{fraction} {word}"))
    taken = -1
    for start, end, written in sorted(found, key=lambda hit: (hit[0], -hit[1])):
        if start >= taken:  # a chain's later parts are inside its first finding
            taken = end
            yield start, end, written


def _rest_below(text: str, at: int, power: int, magnitudes: dict[str, int]):
    """(the value below 10**power that follows at ``at``, where it ends), or None: a grouped
    number, or a number below a thousand with a smaller magnitude word, and so on down."""
    value, end = 0, None
    while True:
        rest = _REST_MAGNITUDE.match(text, at)
        if rest is None:
            break
        digits, unit = rest.group(1), rest.group(2)
        if unit is not None and unit in magnitudes and "," not in digits:
            if magnitudes[unit] >= power:
                break
            value += int(digits) * 10 ** magnitudes[unit]
            power, end = magnitudes[unit], rest.end()
            if text[end : end + 1] != " ":
                break
            at = end + 1
            continue
        if "," in digits and end is None and int(digits.replace(",", "")) < 10**power:
            value, end = int(digits.replace(",", "")), rest.end(1)
        break
    if end is None or value <= 0 or _NUMBER_GOES_ON.match(text, end):
        return None
    return value, end


@register
class BracketedCount(Rule):
    code = "MT959"
    name = "source-count-notation"
    summary = (
        "A count written as the source writes it: '(16) citizens', '48 thousand and 257', "
        "'1 million 100,000'."
    )
    severity = Severity.INFO
    doc = _DOC.format(
        what="a whole number alone in round brackets between two lower-case words, the "
        "count of what follows: 'arrested (16) citizens', 'worth (1,250,000) dinars'. Arabic "
        "news brackets figures; machine translation keeps the brackets. And a number spelt "
        "with the thousands apart, as Arabic says it ('48 thousand and 257 families'; the "
        "words per language in resources/typography/bracketed_counts.json, English only now). "
        "And a number spelt by its magnitudes, as Russian and Kazakh news write it: "
        "'Br2 million 400,000' (2 млн 400 тыс.), '1 trillion 117 billion' (the magnitude "
        "words and their powers of ten: split_magnitudes in the same file).",
        why="in the target the brackets read as a reference or a list label, not a count.",
        fix="unsafe: the brackets removed; the number written with a thousands separator "
        "(48,257); a number spelt by magnitudes written as a decimal of the first "
        "('1.1 million', '1.117 trillion').",
        fp="list labels ('(1) the applicant … (2) the'), legal subsections after a section "
        "word ('paragraph (3)'), citations in texts that cite by number ((12), (3, 4), [5]) and "
        "years are skipped: any other bracketed number in the paragraph (the numbered "
        "references of medical and scientific prose: 'reports (14) suggest …, cohorts (22) "
        "show'), a stop word of the language after it, or an abstract noun before it "
        "('resistance (7) predicts': noun_endings) keeps the finding back. Still flagged: a "
        "single citation after a plain noun ('Earlier reports (14) suggest'). Magnitudes: "
        "a rest not below the magnitude ('2 million 1,500,000'), an ungrouped rest ('3 "
        "million 2021') and a number that goes on are left alone; two amounts written side "
        "by side without a comma ('1 million 200,000 each') would be read as one.",
    )
    examples = (
        Example(
            "Police arrested (16) citizens overnight.",
            "Police arrested 16 citizens overnight.",
        ),
        Example(
            "It housed 48 thousand and 57 families.",
            "It housed 48,057 families.",
        ),
        good("Between 5 thousand and 6 thousand came; 3 thousand and 200 million are apart."),
        Example(
            "The fund raised Br2 million 400,000 last year.",
            "The fund raised Br2.4 million last year.",
        ),
        Example(
            "Spending reached 1 trillion 117 billion tenge.",
            "Spending reached 1.117 trillion tenge.",
        ),
        good("From 5 million to 6 million; 3 million 2021 was a year; 2 million 1,500,000."),
        good("The rules say (1) the applicant pays and (2) the agency decides."),
        good("As paragraph (3) says, earlier studies (12) found it; see also (2019) notes."),
        good("The clause (4) of the treaty applies."),
        good("Earlier reports (14) suggest an effect, while newer cohorts (22) show none."),
        good("Insulin resistance (7) predicts diabetes in adults."),
        # An age or a score after a person, as German and Indian news write them.
        good("Police say a local man (17) pushed a boy; Tamim's (58) fifty helped."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        chunks = chunk_text(document)
        phrases = _count_table(document.language or "", "thousand_and")
        if any(phrase.split()[0] in unique_chunks(document) for phrase in phrases):
            for start, end, written in _thousand_and(document):
                yield self.finding(
                    start,
                    end,
                    f"'{document.text[start:end]}' spells the number the source's way: '{written}'",
                    fixes=_fix(start, end, written),
                    confidence=0.6,
                )
        for start, end, written in _split_magnitudes(document):
            yield self.finding(
                start,
                end,
                f"'{document.text[start:end]}' spells the number by its magnitudes, as the "
                f"source does: '{written}'",
                fixes=_fix(start, end, written),
                # Band counts (right/all, session 17): en17 1/1, numbers-real-en 1/1,
                # residue-real-en 1/1 (unlabelled, real), clean look-alike text 0: 3/3.
                confidence=0.7,
            )
        numbers = set(_BRACKETED_CHUNK.findall(chunks))
        if not numbers:
            return
        text = document.text
        data = document.lang_data
        stop = data.stop_words if data is not None else frozenset()
        if data is not None:
            stop = stop | data.word_set("past_forms")
        endings = _count_table(document.language or "", "verb_endings")
        nouns = _count_table(document.language or "", "noun_endings")
        section = section_word(document.language or "")
        for start, end in _bracketed(text, numbers):
            number = text[start + 1 : end - 1]
            if len(number) == 4 and number[:2] in ("19", "20"):
                continue  # a year
            if self._counts(text, start, end, (stop, endings, nouns), section):
                yield self.finding(
                    start,
                    end,
                    f"'({number})': a count in brackets, as the source language writes it",
                    fixes=_fix(start, end, number),
                    confidence=0.55,
                )

    @staticmethod
    def _counts(text: str, start: int, end: int, words, section) -> bool:
        """A count: lower-case words on both sides, the one after not a stop word nor a past
        tense (an age or a score after a person: "a resident (17) pushed"), no section word
        before, no abstract noun before (a citation after its subject: "insulin resistance
        (7) predicts"), and no other bracketed number in the paragraph (a list, citations)."""
        stop, endings, nouns = words
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        if before is None or after is None:
            return False
        if not (before.group(1).islower() and after.group(1).islower()):
            return False
        if nouns and before.group(1).endswith(nouns):
            return False
        following = after.group(1)
        # A past tense after it: an age or a score after a person ("a man (17) pushed"), not
        # after a function word ("the return of (2427) displaced families").
        verb = following.endswith(endings) and before.group(1).lower() not in stop
        if following in stop or verb or section.search(text, max(0, start - 20), start):
            return False
        left = text.rfind("\n", 0, start) + 1
        right = text.find("\n", end)
        paragraph = text[left : right if right != -1 else len(text)]
        return not _listed(paragraph, text[start:end])


def _listed(paragraph: str, label: str) -> bool:
    """A list label or a citation: the paragraph holds another number in brackets (the next
    label, another citation: "reports (14) suggest …, cohorts (22) show"), a citation of
    several ((3, 4), (5–7)) or one in square brackets ([5])."""
    return any(found.group() != label for found in _ENUMERATION.finditer(paragraph))


# --- MT960: an English ordinal with the wrong suffix -----------------------------------------

_ORDINAL_CHUNK = re.compile(r"\d(?:st|nd|rd|th)\b")
_ORDINAL = re.compile(r"(?<![\w.,])(\d+)(st|nd|rd|th)\b")


# British weights in stones ("11st 4lb", "from 13st to 10st"): words of weight near an "Nst".
_WEIGHT_NEAR = re.compile(r"\d\s?lbs?\b|\bstones?\b|\bpounds?\b|\bweigh|\d*[02-9]st\b")


def _weight_in_stones(text: str, start: int, end: int) -> bool:
    """Whether the "Nst" at start..end is a weight: a word of weight, or a number with "st" that
    no ordinal writes ("10st"), within a few words on either side."""
    before = _WEIGHT_NEAR.search(text, max(0, start - 40), start)
    return before is not None or _WEIGHT_NEAR.search(text, end, end + 40) is not None


def _suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@register
class OrdinalSuffix(Rule):
    code = "MT960"
    name = "ordinal-suffix"
    summary = "An English ordinal number with the wrong suffix ('the 3th', '22th', '11st')."
    languages = frozenset({"en"})
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a number with an ordinal suffix that is not its own: '3th', '22th', '1th', "
        "'11st', '2rd'. Machine translation appends 'th' to every source ordinal (3e, 3.º, "
        "3-й).",
        why="a visible slip in every date and rank it touches.",
        fix="safe: the right suffix (1st, 2nd, 3rd, 11th–13th, else th); unsafe for a "
        "wrong 'st' (11st), which may be a weight in stones.",
        fp="identifiers that happen to end in a number and two letters ('A1st' is not "
        "matched after a letter). British weights in stones: 'Nst' is only read as an "
        "ordinal when N ends in 1 ('11st', '111st'; '13st' and '10st' are weights), and not "
        "with a word of weight or another weight within a few words ('11st 4lb', 'from 13st "
        "to 11st', '11st stone'). Still flagged: a lone '11st' weight with no such word near.",
    )
    examples = (
        Example("It closed on the 3th of May.", "It closed on the 3rd of May."),
        Example("Our 22th year and 11st place.", "Our 22nd year and 11th place."),
        good("The 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st and 112th."),
        good("He weighed 11st 4lb in May and went from 13st to 10st in a year."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        chunks = chunk_text(document)
        if not _ORDINAL_CHUNK.search(chunks):
            return
        wrong = {
            m.group()
            for m in _ORDINAL.finditer(chunks)
            if m.group(2) != _suffix(int(m.group(1)))
            # "13st", "10st": a weight in stones; only "…1st" can be a mistyped ordinal.
            and (m.group(2) != "st" or m.group(1).endswith("1"))
        }
        text = document.text
        for token in sorted(wrong):
            number = token[:-2]
            fixed = number + _suffix(int(number))
            stones = token.endswith("st")
            safety = Applicability.UNSAFE if stones else Applicability.SAFE
            for start in _occurrences(text, token):
                end = start + len(token)
                if stones and _weight_in_stones(text, start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{token}': the ordinal is written '{fixed}'",
                    fixes=(Fix((Edit(start, end, fixed),), safety),),
                    confidence=0.85,
                )
