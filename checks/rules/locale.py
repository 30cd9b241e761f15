"""Locale formats (MT95x): numbers, times and currency amounts written in the target locale's
convention, from Babel's CLDR data (decimal and group symbols, short time pattern, currency
pattern), not from tables of our own.

Bilingual (MT951, MT953): a number or dollar amount of the source that the target copied
verbatim although the target locale writes it differently (the 12-hour clock, MT952, is retired
into MT946 of rules/locale_forms.py, which reads it with or without a source). Monolingual
(MT955): decimal numbers written both ways (3.5 and 3,5) in one text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from mtlint.checks.documents.base import Document
from mtlint.checks.localeformat import HEADING_NUMBER as _HEADING_NUMBER
from mtlint.checks.localeformat import babel_locale as _locale
from mtlint.checks.localeformat import is_version as _is_version
from mtlint.checks.localeformat import magnitude_words
from mtlint.checks.localeformat import section_word as _section_word
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import number_starts
from mtlint.checks.textscan import chunk_text, language_data, text_characters
from mtlint.checks.typography import table

# A number with separators: grouped (1,234 / 1.234.567 / 12 000, optional decimals) or decimal.
_SEPARATED = re.compile(
    r"(?<![\w.,'’\u00a0\u202f])(?:\d{1,3}(?:[,.\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+)"
    r"(?![\w]|[.,]\d)"
)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _parse(text: str, locale) -> Decimal | None:
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        return parse_decimal(text, locale=locale, strict=True)
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def _decimals(text: str, locale) -> int:
    from babel.numbers import get_decimal_symbol

    symbol = get_decimal_symbol(locale)
    return len(text.rsplit(symbol, 1)[1]) if symbol in text else 0


def _ambiguous(text: str, locale) -> bool:
    """One separator, three digits after it, and it is the locale's decimal mark: "272.000" in
    an English source is as likely a German-style thousand as a decimal."""
    from babel.numbers import get_decimal_symbol

    separators = [ch for ch in text if not ch.isdigit()]
    return (
        len(separators) == 1
        and separators[0] == get_decimal_symbol(locale)
        and len(text.rsplit(separators[0], 1)[1]) == 3
    )


def _target_forms(value: Decimal, decimals: int, locale) -> tuple[str, ...]:
    """How the target locale writes the value: grouped and ungrouped (spaces unified)."""
    from babel.numbers import format_decimal

    fraction = "." + "0" * decimals if decimals else ""
    grouped = format_decimal(value, format=f"#,##0{fraction}", locale=locale)
    plain = format_decimal(value, format=f"0{fraction}", locale=locale)
    return grouped.translate(_SPACES), plain.translate(_SPACES)


# A clock time written with a point ("3.40 Uhr", "12.30 pm") is not a decimal.
_CLOCK_AFTER = re.compile(r"\s?(?:Uhr|h\b|heures?\b|hrs?\b|godz|час|[aApP]\.?[mM]\b)")


def _is_clock(text: str, end: int) -> bool:
    return bool(_CLOCK_AFTER.match(text, end))


def _units(document: Document) -> Iterator[tuple[int, int, str]]:
    yield from document.units


def _locales(document: Document):
    """(source locale, target locale) when they format numbers differently, else None."""
    if not document.units:
        return None
    source = _locale(document.source_language or "en")
    target = _locale(document.language)
    if source is None or target is None:
        return None
    from babel.numbers import get_decimal_symbol, get_group_symbol

    same = get_decimal_symbol(source) == get_decimal_symbol(target) and get_group_symbol(
        source
    ).translate(_SPACES) == get_group_symbol(target).translate(_SPACES)
    return source, target, same


_DOC = """
    What it finds: {what}
    Why it matters: {why}
    Fix safety: {fix}
    Known false positives: {fp}
    """


@register
class NumberFormat(Rule):
    code = "MT951"
    name = "number-locale-format"
    summary = "A number copied from the source keeps the source locale's separators."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a number of the source written with separators (1,234.5 / 12,000 / 4.5) that "
        "appears in the target with the same separators although the target locale (CLDR, via "
        "Babel) writes it otherwise: 1,234.5 → 1.234,5 in German, 4.5 → 4,5 in French.",
        why="1,234 reads as one point two in German; a decimal point where a comma belongs "
        "is the mark of an unedited machine translation.",
        fix="unsafe: the value written the target locale's way (grouped as CLDR groups it).",
        fp="version numbers and product names (Godot 4.3, v2.0) are skipped; numbers inside "
        "code, coordinates and technical identifiers the translation rightly kept. A unit of "
        "numbers alone kept as its source (a list of ratios '1.25 (5:4)' or gamma values) is "
        "only doubtful (0.3): the app may read such a value back.",
    )
    examples = (
        Example(
            "Der Umsatz stieg um 1,234.5 Millionen.",
            "Der Umsatz stieg um 1.234,5 Millionen.",
            "de",
            source="Revenue rose by 1,234.5 million.",
            source_language="en",
        ),
        Example(
            "Der Umsatz stieg um 1.234,5 Millionen, Godot 4.3 ist da.",
            None,
            "de",
            source="Revenue rose by 1,234.5 million, Godot 4.3 is out.",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        locales = _locales(document)
        if locales is None or locales[2]:
            return
        source_locale, target_locale, _ = locales
        text = document.text
        for start, end, source in _units(document):
            confidence = 0.3 if _copied_value(source, text[start:end]) else 0.8
            for match in _SEPARATED.finditer(source):
                written = match.group()
                if _is_version(source, match.start(), written):
                    continue
                value = _parse(written, source_locale)
                if value is None or _ambiguous(written, source_locale):
                    continue
                forms = _target_forms(value, _decimals(written, source_locale), target_locale)
                for found in _SEPARATED.finditer(text, start, end):
                    if found.group() != written or _is_version(text, found.start(), written):
                        continue
                    if written.translate(_SPACES) in forms:
                        continue
                    yield self.finding(
                        found.start(),
                        found.end(),
                        f"'{written}' is written as in the source; {document.language} writes "
                        f"'{forms[0]}'",
                        fixes=(
                            Fix(
                                (Edit(found.start(), found.end(), forms[0]),),
                                Applicability.UNSAFE,
                            ),
                        ),
                        confidence=confidence,
                    )


def _copied_value(source: str, target: str) -> bool:
    """A unit without a letter that the translator kept as its source ("1.25 (5:4)", "2.2"
    in a list of aspect ratios or gamma values): a value the app may read back, as often as a
    number to localise (h26files: 54 of the 54 MT951 on an Android camera app's lists)."""
    return target.strip() == source.strip() and not any(ch.isalpha() for ch in target)


_DOLLAR_FIRST = re.compile(r"(?<![\w$])(US)?\$\s?(\d[\d.,]*\d|\d)(?![\w.,]?\d)")
# Numbered arguments written "$1", "$2" (IRC clients' text events, shell-like templates): a
# source that holds "$1" and another "$N", or a "$N" glued to the text around it, fills them
# in (HexChat's "%C26$1%O", fresh group 8: 33 read as prices).
_DOLLAR_ARGUMENT = re.compile(r"(?<!\$)\$([1-9])(?![\d.,]\d)")


def _numbered_arguments(source: str) -> frozenset[str]:
    """The "$N" of a source that are numbered arguments, not prices."""
    found = list(_DOLLAR_ARGUMENT.finditer(source))
    if not any(m.group(1) == "1" for m in found):
        return frozenset()
    if len({m.group() for m in found}) >= 2:
        return frozenset(m.group() for m in found)
    return frozenset(
        m.group()
        for m in found
        if source[m.end() : m.end() + 1] not in ("", " ")
        or source[m.start() - 1 : m.start()].isalnum()
    )


@register
class CurrencyFormat(Rule):
    code = "MT953"
    name = "currency-locale-format"
    summary = "A dollar sign before the amount where the target locale puts it after."
    severity = Severity.INFO
    doc = _DOC.format(
        what="'$5' in the target when the source had it so and the target locale's currency "
        "pattern (CLDR) puts the symbol after the number (German, French, Spanish, Russian…: "
        "5 $).",
        why="the symbol's place is part of the locale's convention; MT copies the source's.",
        fix="unsafe: the amount with the symbol after it, as the locale writes it (a no-break "
        "space between).",
        fp="journalistic style guides that keep '$5' or prefer '5 Dollar' (this check does not "
        "ask for a word), prices quoted verbatim. A source's numbered arguments ('$1' with '$2', "
        "or glued to text: '%C26$1%O') are no prices.",
    )
    examples = (
        Example(
            "Das Ticket kostet $5.",
            "Das Ticket kostet 5\u00a0$.",
            "de",
            source="The ticket costs $5.",
            source_language="en",
        ),
        Example(
            "The ticket costs $5.", None, "en", source="Le billet coûte 5 $.", source_language="fr"
        ),
        Example(
            "$1 hat $2 zum Operator gemacht",
            None,
            "de",
            source="$1 gives channel operator status to $2",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not document.units:
            return
        locale = _locale(document.language)
        if locale is None:
            return
        pattern = locale.currency_formats["standard"].pattern
        if pattern.split(";")[0].strip().startswith("¤"):
            return
        for start, end, source in _units(document):
            if "$" not in source:
                continue
            arguments = _numbered_arguments(source)
            for match in _DOLLAR_FIRST.finditer(document.text, start, end):
                if match.group() not in source and not match.group(1):
                    continue
                if match.group() in arguments:
                    continue
                amount = match.group(2)
                symbol = "US$" if match.group(1) else "$"
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"'{match.group()}': {document.language} puts the currency after the amount",
                    fixes=(
                        Fix(
                            (Edit(match.start(), match.end(), f"{amount}\u00a0{symbol}"),),
                            Applicability.UNSAFE,
                        ),
                    ),
                    confidence=0.6,
                )


# --- monolingual: one text, two decimal conventions ---------------------------------------------

# Digit-led (the "not after a word, point or comma" test comes after the first digit), so the
# regex engine jumps from digit to digit instead of trying a lookbehind at every character.
_POINT_DECIMAL = re.compile(
    r"\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+\.\d+|\d*\.\d{1,2})(?![\w]|[.,]\d)"
)
_COMMA_DECIMAL = re.compile(
    r"\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+,\d+|\d*,\d{1,2})(?![\w]|[.,]\d)"
)
# Both in one scan of the text. The same matches as the two scans: no match of either starts
# inside a match of either (every character there follows a digit, point or comma), and at one
# start at most one of them matches (the first mark after the digits decides; 1,234.5 leaves
# three digits after its comma, which a comma decimal never has; test_speed_wordshape.py).
_EITHER_DECIMAL = re.compile(
    r"\d(?<![\w.,]\d)(?:(?P<point>\d{0,2}(?:,\d{3})+\.\d+|\d*\.\d{1,2})"
    r"|(?P<comma>\d{0,2}(?:\.\d{3})+,\d+|\d*,\d{1,2}))(?![\w]|[.,]\d)"
)
_DIGIT = re.compile(r"\d")


# Above this share of digits in the text, a regex scan beats a str.find per digit.
_DIGIT_SHARE_FOR_FIND = 1 / 50


def _decimal_matches(document: Document) -> Iterator[re.Match[str]]:
    """``_EITHER_DECIMAL.finditer(document.text)``, found faster in running text: every match
    starts with a digit, so ``str.find`` (C, a memchr-like jump) collects the positions of the
    document's digits and the pattern is tried there only, left to right, skipping what a
    match took (as finditer does). A regex led by ``\\d`` tests a Unicode category at every
    character (~125 MB/s: 0.08 s per 10 MB, 0.02 s this way). On a large text the repetition
    pass has listed where a run of word characters starts with a digit, the only places a
    match can start (its first digit follows no word character): only those are tried."""
    text = document.text
    numbers = number_starts(document)
    if numbers is not None:
        yield from _matches_at(text, numbers)
        return
    digits = [c for c in text_characters(document) if _DIGIT.fullmatch(c)]
    most = _DIGIT_SHARE_FOR_FIND * len(text)
    find = text.find
    starts: list[int] = []
    for digit in digits:
        at = find(digit)
        while at != -1:
            starts.append(at)
            at = find(digit, at + 1)
        if len(starts) > most:
            yield from _EITHER_DECIMAL.finditer(text)  # a table of numbers
            return
    starts.sort()
    yield from _matches_at(text, starts)


def _matches_at(text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``_EITHER_DECIMAL``'s matches at ``starts`` (in order), skipping what a match took."""
    match = _EITHER_DECIMAL.match
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        found = match(text, start)
        if found:
            yield found
            last_end = found.end()


# A chunk that is a decimal with a point and one or two decimals ("1.6"): before a word for a
# magnitude ("1.6 millions", "1.07 mil millones") it is a decimal, whatever the text's mix.
_POINT_DECIMAL_CHUNK = re.compile(r"\n[$€£]?(\d{1,3}\.\d{1,2})(?=\n|\Z)")


def _point_before_magnitude(document: Document) -> Iterator[tuple[int, int, str]]:
    """A decimal written with a point right before a word for a magnitude, in a language that
    writes decimals with a comma (CLDR): "1.6 millions de dollars" in French."""
    language = document.language or ""
    locale = _locale(language)
    if locale is None:
        return
    from babel.numbers import get_decimal_symbol

    if get_decimal_symbol(locale) != ",":
        return
    tokens = set(_POINT_DECIMAL_CHUNK.findall(chunk_text(document)))
    if not tokens:
        return
    words = magnitude_words(language)
    text = document.text
    for token in sorted(tokens):
        at = text.find(token + " ")
        while at != -1:
            end = at + len(token)
            word = text[end + 1 : end + 40].split(maxsplit=1)[:1]
            if (
                word
                and word[0].rstrip(".,;:") in words
                and not (text[at - 1 : at].isalnum() or text[at - 1 : at] in ".,")
                and not _is_version(text, at, token)
            ):
                yield at, end, token
            at = text.find(token + " ", end)


# A decimal with a point beside a per-cent sign ("%-0.79", "0.79%", "2.5 %"): a share is never
# a thousands grouping, a date or a time, whatever the text's mix.
_PERCENT_POINT = re.compile(r"%\s?[-−+]?(\d{1,3}\.\d{1,3})|(\d{1,3}\.\d{1,3})\s?%")


def _point_beside_percent(document: Document) -> Iterator[tuple[int, int, str]]:
    """A decimal written with a point beside a per-cent sign, in a language that writes
    decimals with a comma (CLDR): Turkish "%-0.79", German "2.5 %"."""
    screen = chunk_text(document)
    if "%" not in screen or not _comma_language(document.language or ""):
        return
    if _point_regions(document):
        return  # Spanish named without its region: Latin America writes the point
    text = document.text
    for match in _PERCENT_POINT.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        before, after = text[start - 1 : start], text[end : end + 1]
        if before.isalnum() or before in ".," or after.isdigit() or after in ".,":
            continue
        if group == 2 and text[match.end() : match.end() + 1].isdigit():
            continue  # the sign opens the next number ("2.15 %100" in Turkish)
        if not _is_version(text, start, match.group(group)):
            yield start, end, match.group(group)


def _comma_language(language: str) -> bool:
    locale = _locale(language)
    if locale is None:
        return False
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale) == ","


def _point_regions(document: Document) -> str:
    """For a language named without its region whose large regions write the decimal point
    (``decimal_point_regions``: es-419, es-MX), a note that the finding assumes the region
    CLDR gives the bare language (es-ES); empty otherwise."""
    language = document.language or ""
    if "-" in language or "_" in language:
        return ""
    regions = table(language_data(document), "decimal_point_regions")
    if not isinstance(regions, dict) or not regions.get("point"):
        return ""
    point = ", ".join(regions["point"])
    return f" (read as {regions.get('assumed', language)}; {point} write '.': name the region)"


@register
class MixedDecimalConvention(Rule):
    code = "MT955"
    name = "mixed-decimal-convention"
    summary = "Decimal numbers written with a point and with a comma in one text."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a text with decimal numbers in both conventions (3.5 and 3,5; 1,234.5 and "
        "1.234,5). The ones that do not follow the text's language (CLDR's decimal symbol) "
        "are flagged; for a language Babel does not know, the rarer convention.",
        why="half-edited machine translation and copy-paste from sources leave both; a reader "
        "cannot tell which 1,500 is meant.",
        fix="none offered (which number is wrong needs a look at the source).",
        fp="version numbers and times written 12.30 (skipped when a name or 'v' precedes); "
        "lists like '1,2' in English. Section numbers after a word naming a part of a "
        "document in the text's language (resources/typography/section_words.json: "
        "'Abschnitt 4.1', 'punctul 3.2', 'table 3.1') are skipped; one after a section word "
        "of another language ('punctul 3.2' quoted in English), or after a word the table "
        "lacks ('clause 3.2', 'Nr. 4.1'), still counts; a language without an entry uses "
        "every language's words, so Czech 'body' (points) also stands for 'body' there. A "
        "decimal point before a word for millions counts alone in a language CLDR writes "
        "with a comma, and so does one beside a per-cent sign ('%-0.79', '2.5 %'); a "
        "language named without its region is read as CLDR's default region "
        "(es: es-ES), and where large regions write the point (es-419, es-MX: "
        "decimal_point_regions in resources/typography) the message says so: name the "
        "region ('es-MX') for Latin-American text, which then stays quiet.",
    )
    examples = (
        Example(
            "Die Inflation lag bei 3,5 Prozent, im Vorjahr bei 2.9 Prozent.",
            "Die Inflation lag bei 3,5 Prozent, im Vorjahr bei 2.9 Prozent.",
            "de",
        ),
        Example("Die Inflation lag bei 3,5 Prozent, im Vorjahr bei 2,9 Prozent.", None, "de"),
        # "tablets" only begins like a section word ("tab."): the decimal counts.
        Example(
            "The capsules weigh 0.5 g and the tablets 1,5 g.",
            "The capsules weigh 0.5 g and the tablets 1,5 g.",
        ),
        good("Der Anteil liegt bei 2,5 Prozent, wie in Abschnitt 4.1 beschrieben.", "de"),
        # Alone, a decimal point before a word for millions is the other convention too.
        Example(
            "Le contrat valait 1.6 millions de dollars.",
            "Le contrat valait 1,6 millions de dollars.",
            "fr",
        ),
        good("Le contrat valait 1,6 million de dollars, 1.500 millions en Espagne.", "fr"),
        Example(
            "Endeks günü %-0.45 düşüşle kapattı.",
            "Endeks günü %-0,45 düşüşle kapattı.",
            "tr",
        ),
        good("Toplantı 14.30'da başladı; sürüm 2.15 %100 hazır.", "tr"),
    )

    @staticmethod
    def _counts(text: str, match: re.Match[str], section: re.Pattern[str]) -> bool:
        start, end = match.span()
        return not (
            _is_version(text, start, match.group())
            or _is_clock(text, end)
            or section.search(text, max(0, start - 20), start)
            or (
                text[end : end + 2] == ". "
                and _HEADING_NUMBER.search(text, max(0, start - 5), start)
            )
        )

    def check(self, document: Document) -> Iterator[Finding]:
        found = list(self._mixed(document))
        yield from found
        taken = {finding.span.start for finding in found}
        regions = _point_regions(document)
        alone = [
            (*found, "before a word for millions") for found in _point_before_magnitude(document)
        ]
        alone += [(*found, "beside a per-cent sign") for found in _point_beside_percent(document)]
        for start, end, number, where in alone:
            if start not in taken:
                taken.add(start)
                yield self.finding(
                    start,
                    end,
                    f"'{number}' {where}: {document.language} writes decimals with ','{regions}",
                    fixes=(
                        Fix(
                            (Edit(start, end, number.replace(".", ",")),),
                            Applicability.UNSAFE,
                        ),
                    ),
                    confidence=0.7,
                )

    def _mixed(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if "," not in text or "." not in text:
            return
        # A decimal number lies inside one chunk: screen the distinct chunks (a few percent of
        # the text) for both conventions before scanning every digit of the text.
        screen = chunk_text(document)
        if not (_POINT_DECIMAL.search(screen) and _COMMA_DECIMAL.search(screen)):
            return
        point: list[re.Match[str]] = []
        comma: list[re.Match[str]] = []
        section = _section_word(document.language or "")
        for match in _decimal_matches(document):
            if self._counts(text, match, section):
                (comma if match.group("point") is None else point).append(match)
        if not point or not comma:
            return
        locale = _locale(document.language)
        if locale is not None:
            from babel.numbers import get_decimal_symbol

            wrong, usual = (point, ",") if get_decimal_symbol(locale) == "," else (comma, ".")
        else:
            wrong, usual = (point, ",") if len(point) < len(comma) else (comma, ".")
        if len(wrong) > 3 * (len(point) + len(comma) - len(wrong)):
            return  # mostly the other convention: a quoted table, not a slip
        for match in wrong:
            yield self.finding(
                match.start(),
                match.end(),
                f"'{match.group()}' uses the other decimal mark; this text writes decimals "
                f"with '{usual}'",
                confidence=0.65,
            )
