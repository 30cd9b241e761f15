"""Locale forms (MT945–MT949): a number, clock time, per-cent figure, numeric date or day
ordinal written in another locale's convention than the target's. One recogniser and one judge
(``checks/localeforms.py``: CLDR through Babel, and the document's own majority) serve them all;
each code is one kind of expression. MT945–MT949 read the text alone, so they serve monolingual
files as well as translations (MT952, the bilingual 12-hour clock, is folded into MT946).
"""

from __future__ import annotations

from mtlint.checks import localeforms
from mtlint.checks.localerule import LOCALE_DOC, LocaleJudgeRule
from mtlint.checks.model import Applicability, Severity
from mtlint.checks.registry import Example, good, register


@register
class ForeignNumberMarks(LocaleJudgeRule):
    code = "MT945"
    name = "foreign-number-marks"
    summary = "A number grouped and marked as another locale writes it ('1,250.50' in German)."
    severity = Severity.WARNING
    judge = staticmethod(localeforms.number_verdicts)
    doc = LOCALE_DOC.format(
        what="a number whose marks say for certain which convention it follows — a group mark "
        "and a decimal mark ('1,250.50'), or two groups with one mark ('2.500.000') — when "
        "that convention is not the target locale's (CLDR's decimal and group symbols): "
        "'1,250.50' in German, French, Polish…, '1.234,50' or '2.500.000' in English. At the "
        "bar (0.75; 0.85 when the text writes such numbers its own way elsewhere); doubtful "
        "(0.4) when the text writes three or more of them the other way and none its own way "
        "(a house style or a technical text). Also a decimal with a point in a language "
        "whose decimal is the comma (not where its press writes a point too: Latin-American "
        "Spanish, Indonesian) before a unit symbol, per-cent or currency sign, currency code "
        "or magnitude word, or after a minus sign ('3.5 mln', '−0.59', 0.7; a two-decimal "
        "number in the same text, 0.55; unless the text also writes comma decimals: MT955's); "
        "and a whole amount with the ',-' of Central European prices outside those languages "
        "('1.000,- CZK' in English, 0.7).",
        why="a decimal comma and a thousands comma swap meanings between locales: '1,250' "
        "reads as one and a quarter in German. MT copies the source's marks verbatim.",
        fix="unsafe: the value written by CLDR's pattern for the target ('1.250,50'; "
        "'1 250,50' with a narrow no-break space in French).",
        fp="version numbers, section numbers, code, URLs and table lines are skipped; a "
        "neighbour's grouping with the target's decimal mark ('1.250,50' in French) is left "
        "alone; a single group without decimals ('1,250') is never judged (it is either).",
    )
    examples = (
        Example(
            "Das Werk kostet 1,250,000 Euro.",
            "Das Werk kostet 1.250.000 Euro.",
            "de",
        ),
        Example(
            "The plant cost 1.234,50 euros.",
            "The plant cost 1,234.50 euros.",
        ),
        good("Das Werk kostet 1.250.000 Euro, Version 2.100.300 ist alt.", "de"),
        good("Le projet coûte 1\u202f250\u202f000 euros et 1,250 kg.", "fr"),
    )


@register
class ForeignClock(LocaleJudgeRule):
    code = "MT946"
    name = "twelve-hour-clock"
    summary = "A 12-hour time ('5:30 PM') in a locale that writes 24-hour times."
    severity = Severity.WARNING
    judge = staticmethod(localeforms.clock_verdicts)
    doc = LOCALE_DOC.format(
        what="a time with a full stop ('from 00.00') in a text whose other times (two or "
        "more, and more than the dotted ones) take a colon, where CLDR's short time takes one "
        "(0.75; 0.45 where the press writes '14.30' too: German, Polish, Swedish…, and none "
        "there before the language's own clock word, '14.30 Uhr'); and a "
        "time with an English AM/PM marker ('5:30 PM', '7 p.m.') where the target "
        "locale's short time pattern (CLDR) has none: German, French, Italian, Polish, "
        "Russian… write 17:30. Markers the locale writes itself (Spanish 'p. m.', Dutch "
        "'p.m.') and a lower-case 'am' that is a word of the language (German 'um 7 am "
        "Montag') are left alone. 0.8 when the text writes 24-hour times elsewhere, 0.75 "
        "for one or two, 0.6 when the text writes three or more this way and none the other.",
        why="AM/PM is foreign to those readers and easy to misread; MT copies the source's clock.",
        fix="unsafe: the time in the target's short pattern (17:30).",
        fp="quoted English text, software strings that show a literal clock format.",
    )
    examples = (
        Example("Das Treffen beginnt um 5:30 PM.", "Das Treffen beginnt um 17:30.", "de"),
        Example(
            "La réunion commence à 9 a.m. et finit à 14:00.",
            "La réunion commence à 09:00 et finit à 14:00.",
            "fr",
        ),
        good("Wir treffen uns um 7 am Montag.", "de"),
        good("La reunión empieza a las 4:15 p. m.", "es"),
        good("The meeting starts at 5:30 PM."),
    )


@register
class PercentSignSide(LocaleJudgeRule):
    code = "MT947"
    name = "percent-sign-side"
    summary = "A per-cent sign on the source's side of the number ('%40' outside Turkish)."
    severity = Severity.WARNING
    judge = staticmethod(localeforms.percent_verdicts)
    doc = LOCALE_DOC.format(
        what="'%40' in a language whose CLDR percent pattern puts the sign after the number, "
        "and '40%' in one that puts it first (Turkish '%40'). 0.8 when the text writes the "
        "sign on its own side elsewhere, else 0.6.",
        why="Turkish, Arabic-script and some other sources put the sign first; MT keeps it.",
        fix="unsafe: the number with the sign where CLDR puts it ('40 %' with a no-break "
        "space in German and French, '40%' in English, '%40' in Turkish).",
        fp="a text with printf or Qt placeholders ('%1', '%s', '%d') is skipped as a whole; "
        "URL escapes ('%20') sit inside a word and are not read.",
    )
    examples = (
        Example("Prices rose by %40 last year.", "Prices rose by 40% last year."),
        Example(
            "Fiyatlar %30 ve sonra 40% arttı.",
            "Fiyatlar %30 ve sonra %40 arttı.",
            "tr",
        ),
        good("Prices rose by 40% last year; see a%20b.", "en"),
        good("Copied %1 of %2 files.", "en"),
    )


@register
class MonthFirstDate(LocaleJudgeRule):
    code = "MT948"
    name = "month-first-numeric-date"
    summary = "A numeric date in the month-first order where the locale writes the day first."
    severity = Severity.WARNING
    judge = staticmethod(localeforms.date_verdicts)
    doc = LOCALE_DOC.format(
        what="a numeric date whose second number can only be a day ('12/25/2023') in a "
        "language whose CLDR short date starts with the day or the year. Only certain "
        "dates are read: '05/06/2023' could be either. 0.85 when the text writes a "
        "day-first date elsewhere, else 0.7.",
        why="the American month-first order reads as a different date (or none) elsewhere.",
        fix="unsafe: the date in the CLDR short date's order and separator ('25.12.2023' in "
        "German, '25/12/2023' in French, '2023-12-25' in Swedish).",
        fp="a date inside a URL or file name is skipped; English is never judged (it writes "
        "either order).",
    )
    examples = (
        Example("Der Zug fährt am 12/25/2023 ab.", "Der Zug fährt am 25.12.2023 ab.", "de"),
        good("Der Zug fährt am 25.12.2023 ab, nicht am 05/06/2023.", "de"),
        good("The train leaves on 12/25/2023."),
    )


@register
class EnglishDayOrdinal(LocaleJudgeRule):
    code = "MT949"
    name = "english-day-ordinal"
    summary = "A day with an English ordinal suffix beside a month name ('3rd May' in German)."
    severity = Severity.WARNING
    applicability = Applicability.SAFE
    judge = staticmethod(localeforms.ordinal_verdicts)
    doc = LOCALE_DOC.format(
        what="a day number with 'st', 'nd', 'rd' or 'th' next to a month name (the target's "
        "or English) in any language but English: 'am 3rd Mai', 'le 1st janvier', 'el 2nd "
        "de mayo'. 0.8.",
        why="the suffix is English; MT copied the source's day.",
        fix="safe: the day as CLDR's long date writes it ('3.' before the month where the "
        "language writes the day with a full stop, else the number alone).",
        fp="a product or model name ending in 'th' next to a month name.",
    )
    examples = (
        Example("Am 3rd Mai wurde gewählt.", "Am 3. Mai wurde gewählt.", "de"),
        Example("El 2nd de mayo hubo elecciones.", "El 2 de mayo hubo elecciones.", "es"),
        good("On 3rd May the vote was held."),
        good("Am 3. Mai wurde gewählt.", "de"),
    )
