"""Numbers left in the source language's notation (MT941–MT943): a magnitude abbreviated the way
another language abbreviates it ("5 Mio. euros", "3 tys. people", "2 mld"), a day written with
the ordinal full stop of German, Czech or Danish in a language that writes none ("Monday 12.
October", "le 12. octobre"), and a currency sign on the side of the amount the source puts it
("60€" in English, where CLDR writes "€60").

The mechanism is the engine copying the source's digits and their marks verbatim. What each
language writes is CLDR's (Babel: compact number patterns, long date pattern, month and weekday
names, currency pattern); what a language's own press writes besides is its table in
resources/lang (``magnitude_abbreviations_own``). Each scan is screened on the document's
distinct chunks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.calendarnames import calendar_table
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.localeformat import babel_locale, section_word
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json, table_names
from mtlint.checks.textscan import base_language, chunk_text, looks_technical
from mtlint.checks.wordlists import zipf

_DOC = """
    What it finds: {what}
    Why it matters: {why}
    Fix safety: {fix}
    Known false positives: {fp}
    """

# --- MT941: a magnitude abbreviated as another language abbreviates it ----------------------

_POWERS = {3: "1000", 6: "1000000", 9: "1000000000", 12: "1000000000000"}
# Undotted forms of a dotted abbreviation ("Mio" of "Mio.") are read only when they are rare
# words of the target language (wordfreq Zipf below this): "bio", "mia", "bill" are words.
_RARE_WORD_ZIPF = 3.5
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*[ \u00a0\u202f]?$")


def _cldr_short(language: str) -> dict[str, int]:
    """The language's CLDR short magnitude abbreviations ("Mio." → 6), from
    resources/language/magnitudes.json (built from Babel by bench/build_magnitude_forms.py:
    reading some thirty locales through Babel here cost 37 MB of peak memory)."""
    return _magnitude_table().get(language, {})


@cache
def _magnitude_table() -> dict[str, dict[str, int]]:
    return resource_json("language", "magnitudes.json")


def _letters(form: str) -> str:
    return form.rstrip(".")


@cache
def _own_forms(language: str) -> frozenset[str]:
    """What the language writes itself, lower case and without a final dot: CLDR's short and
    long magnitude words and its press's own abbreviations."""
    own = {_letters(form).lower() for form in _cldr_short(language)}
    locale = babel_locale(language)
    if locale is not None:
        for plurals in locale.compact_decimal_formats.get("long", {}).values():
            for pattern in plurals.values():
                own.update(w.lower() for w in pattern.pattern.replace("0", " ").split())
    table = load_language_data(language).tables.get("magnitude_abbreviations_own", ())
    own.update(_letters(str(form)).lower() for form in table)
    return frozenset(own)


@cache
def _foreign_forms(language: str) -> dict[str, frozenset[int]]:
    """The magnitude abbreviations of the other languages mtlint has tables for (lower case;
    each with the powers of ten it stands for), less what ``language`` writes itself: at
    least three letters ("Mio.", "tys.", "млн"; "M", "Md", "bn" are too short to tell)."""
    own = _own_forms(language)
    others = (set(available_languages()) | table_names("typography")) - {language}
    forms: dict[str, set[int]] = {}
    for other in sorted(others):
        for form, power in _cldr_short(other).items():
            core = _letters(form)
            if len(core) < 3 or not core.isalpha() or core.lower() in own:
                continue
            variants = [form.lower()]
            if form.endswith(".") and zipf(core.lower(), language) < _RARE_WORD_ZIPF:
                variants.append(core.lower())
            for variant in variants:
                forms.setdefault(variant, set()).add(power)
    return {form: frozenset(powers) for form, powers in forms.items()}


@cache
def _form_pattern(language: str) -> re.Pattern[str] | None:
    """A chunk that is, or ends with, a foreign form after digits ("\\nMio.", "\\n5Mio.")."""
    forms = _foreign_forms(language)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<=\n|\d)(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


@cache
def _own_word(language: str, power: int) -> str | None:
    """The language's word for 10**power (CLDR's long compact pattern: "million")."""
    locale = babel_locale(language)
    if locale is None:
        return None
    plurals = locale.compact_decimal_formats.get("long", {})
    forms = plurals.get("other") or next(iter(plurals.values()), None)
    pattern = forms.get(_POWERS[power]) if forms else None
    if pattern is None:
        return None
    words = pattern.pattern.replace("'", "").replace("0", " ").split()
    return " ".join(words) or None


@register
class ForeignMagnitude(Rule):
    code = "MT941"
    name = "foreign-magnitude-abbreviation"
    summary = "A magnitude abbreviated as the source language does ('5 Mio. euros', '3 tys.')."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a number followed by another language's abbreviation for thousands, millions "
        "or billions: 'a budget of 5 Mio. euros' (German), '3 tys. people' (Polish), '2 mld "
        "dollars' (Czech, Dutch), '40 тыс.' (Russian) in English, 'тыс.' in Ukrainian. The "
        "forms are CLDR's short compact patterns of every language mtlint has a table for, "
        "less the target's own (CLDR's and its press's: magnitude_abbreviations_own in "
        "resources/lang, English 'mln', 'bn').",
        why="the engine copies the source's abbreviation with the digits; the reader of the "
        "target does not know it, and 'Mrd.' (10⁹) or 'bil.' (10¹²) are easy to misread.",
        fix="unsafe: the target's own word for that magnitude (CLDR: 'million', 'billion'); "
        "none when the form stands for different magnitudes in different languages.",
        fp="a brand or name of three letters after a number ('Xperia 5 Mio'); forms of two "
        "letters ('Md', 'bn', 'M') are never read, and an undotted form only when it is a "
        "rare word of the target ('5 bio' is left alone in English) and a word follows it "
        "(a list of sizes, '1 Mio' / '10 Mio', is French for mebibytes).",
    )
    examples = (
        Example(
            "The project received 5 Mio. euros from the fund.",
            "The project received 5 million euros from the fund.",
        ),
        Example("The city lost 3 tys. residents.", "The city lost 3 thousand residents."),
        Example("Exports reached 2,4 Mrd. dollars.", "Exports reached 2,4 billion dollars."),
        good("The fund gave 5 mln dollars, 2 bn euros and 3 million pounds; Tom & Mia 2."),
        good("Der Fonds gab 5 Mio. Euro und 2 Mrd. Dollar aus.", "de"),
        Example(
            "Бюджет склав 40 тыс. гривень.",
            "Бюджет склав 40 тисячі гривень.",
            "uk",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        pattern = _form_pattern(language)
        if pattern is None:
            return
        written = {m.group() for m in pattern.finditer(chunk_text(document))}
        if not written:
            return
        forms = _foreign_forms(language)
        text = document.text
        for token in sorted(written):
            powers = forms[token.lower()]
            at = text.find(token)
            while at != -1:
                end = at + len(token)
                if self._stands(text, at, end):
                    yield self._finding(text, at, end, language, powers)
                at = text.find(token, end)

    @staticmethod
    def _stands(text: str, at: int, end: int) -> bool:
        after = text[end : end + 1]
        if after.isalnum() or after == "_" or at == 0:
            return False
        if text[end - 1] != "." and not (after == " " and text[end + 1 : end + 2].isalpha()):
            return False  # an undotted form only before a word: "5 Mio euros", not "1 Mio\n"
        if _NUMBER_BEFORE.search(text, max(0, at - 24), at) is None:
            return False
        return not looks_technical(text, at, end)

    def _finding(self, text: str, at: int, end: int, language: str, powers) -> Finding:
        token = text[at:end]
        word = _own_word(language, next(iter(powers))) if len(powers) == 1 else None
        fixes = []
        if word is not None:
            fixes.append(Fix((Edit(at, end, word),), Applicability.UNSAFE, f"write '{word}'"))
        return self.finding(
            at,
            end,
            f"'{token}' abbreviates a magnitude as another language does"
            + (f"; {language} writes '{word}'" if word else ""),
            fixes=fixes,
            # A prior: no band measured on real text yet (0 findings on the clean native
            # sentences and the real files); the shape is the source's by construction.
            confidence=0.7,
        )


# --- MT942: the ordinal full stop of a day in a language that writes none -------------------

# A chunk that is a day and a full stop ("12."), or a day glued to a word by one ("12.October").
_DAY_DOT_CHUNK = re.compile(r"\n(?:[1-9]|[12]\d|3[01])\.(?=\n|[^\W\d_]{3})")
_DAY_DOT = re.compile(r"(?<![\w.,:/-])([1-9]|[12]\d|3[01])\.[ \u00a0]?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+),? $")
_YEAR_OR_MARK_AFTER = re.compile(r"\s?(?:[,)–-]|\d{4}\b|$)", re.MULTILINE)


@cache
def _range_after(language: str) -> re.Pattern[str]:
    """After a weekday's day and its dot, a range or list goes on: a dash, comma or slash, or
    one of the language's ``number_list_words`` ("Saturday 10. - Sunday 18.", "du samedi 10.
    au dimanche 18.")."""
    words = load_language_data(language).word_set("number_list_words")
    listed = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(r"\s?[-–—,/]" + (rf"|\s(?:{listed})\s" if listed else ""))


@cache
def _calendar(language: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(month names, weekday names), lower case, for a language whose CLDR long date writes
    no full stop after the day ("d MMMM y", "MMMM d, y"); None for one that does ("d. MMMM
    y": German, Czech, Danish) or that has no calendar table."""
    locale = babel_locale(language)
    names = calendar_table(language)
    if locale is None or names is None or "d." in locale.date_formats["long"].pattern:
        return None
    months = {name.lower() for context in names["months"] for name in context}
    days = {name.lower() for context in names["days"] for name in context}
    return frozenset(months), frozenset(days)


@register
class OrdinalDayDot(Rule):
    code = "MT942"
    name = "ordinal-day-dot"
    summary = "A day with the source's ordinal full stop ('Monday 12. October', 'le 12. mai')."
    severity = Severity.WARNING
    doc = _DOC.format(
        what="a day number with a full stop before its month, or after a weekday before a "
        "range, in a language whose dates have none (CLDR's long date pattern: English, "
        "French, Spanish, Russian, Polish…): 'Monday 12. October', 'from Saturday 10. - "
        "Sunday 18. October', 'le 12. octobre'. German, Czech, Danish, Finnish and "
        "Norwegian write it, and MT copies it.",
        why="the dot is the source's ordinal mark; in the target it reads as a sentence end.",
        fix="safe: the full stop removed ('12 October').",
        fp="a sentence that ends in a number before one that starts with a month ('… rose "
        "by 12. October was …') is left alone where months are capitalised, unless a "
        "weekday comes before the day or a year, comma or bracket after the month.",
    )
    examples = (
        Example(
            "The museum is closed on Monday 12. October.",
            "The museum is closed on Monday 12 October.",
        ),
        Example(
            "Open from Saturday 10. - Sunday 18. October 2020.",
            "Open from Saturday 10 - Sunday 18 October 2020.",
        ),
        Example("La foire ouvre le 12. octobre.", "La foire ouvre le 12 octobre.", "fr"),
        good("Prices rose by 12. October was calmer; see item 3. May we go?"),
        good("Figure 1. January-June sales; Table 2. March 2020 figures."),
        good("Das Museum ist am Montag, 12. Oktober, geschlossen.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        chunks = chunk_text(document)
        tokens = {m.group()[1:] for m in _DAY_DOT_CHUNK.finditer(chunks)}
        if not tokens:
            return
        calendar = _calendar(language)
        if calendar is None:
            return
        text = document.text
        section = section_word(language)
        range_after = _range_after(language)
        seen: set[int] = set()
        for token in sorted(tokens):
            at = text.find(token)
            while at != -1:
                if at not in seen:
                    seen.add(at)
                    finding = self._judge(text, at, (calendar, section, range_after))
                    if finding is not None:
                        yield finding
                at = text.find(token, at + 1)

    def _judge(self, text: str, at: int, context) -> Finding | None:
        (months, days), section, range_after = context
        match = _DAY_DOT.match(text, at)
        if match is None or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".,:/-_")):
            return None
        word = _WORD_BEFORE.search(text, max(0, at - 24), at)
        before = word.group(1).lower() if word else ""
        after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 20])
        month = after.group() if after else ""
        if month.lower() in months:
            lower = month[0].islower()
            dated = before in days
            if not (lower or dated or _YEAR_OR_MARK_AFTER.match(text, match.end() + len(month))):
                return None
        elif not (before in days and range_after.match(text, match.end(1) + 1)):
            return None
        # A caption's or list's number after a section word ("Figure 1. January-June").
        if looks_technical(text, at, match.end()) or section.search(text, max(0, at - 20), at):
            return None
        dot = match.end(1)
        space = "" if text[dot + 1 : dot + 2].isspace() or not month else " "
        return self.finding(
            at,
            dot + 1,
            f"'{text[at : dot + 1]}': the day's ordinal full stop of the source; "
            "this language writes the day without one",
            fixes=[Fix((Edit(dot, dot + 1, space),), Applicability.SAFE, "remove the full stop")],
            # A prior: en22 3/3 (the weekday-and-range case), clean native text 0.
            confidence=0.75,
        )


# --- MT943: a currency sign on the source's side of the amount -------------------------------

_SIGNS = "€£$¥₹₽₺₴₩₪₫"
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?[ \u00a0]?$")
_AMOUNT_AFTER = re.compile(r"[ \u00a0]?\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?(?![\w.,]?\d)")


@cache
def _sign_first(language: str) -> bool | None:
    """Whether CLDR's currency pattern of the language puts the sign before the amount."""
    locale = babel_locale(language)
    if locale is None:
        return None
    return (
        locale.currency_formats["standard"]
        .pattern.split(";")[0]
        .strip("\u200e\u200f")
        .startswith("¤")
    )


def _sign_places(text: str, signs: str) -> Iterator[tuple[int, bool]]:
    """(offset of a currency sign, whether it stands after an amount) for every sign next to
    an amount: "60€" (after), "€60" (before)."""
    for sign in signs:
        at = text.find(sign)
        while at != -1:
            before = _AMOUNT_BEFORE.search(text, max(0, at - 24), at)
            after_word = text[at + 1 : at + 2]
            if before is not None and not (
                after_word.isalnum() or (after_word and after_word in _SIGNS)
            ):
                yield at, True
            elif before is None and _AMOUNT_AFTER.match(text, at + 1):
                letter = text[at - 1 : at]
                if not letter.isalpha():  # "US$5", "R$ 10": a sign of its own
                    yield at, False
            at = text.find(sign, at + 1)


@register
class CurrencySignSide(Rule):
    code = "MT943"
    name = "currency-sign-side"
    summary = "A currency sign on the source's side of the amount ('60€' in English)."
    severity = Severity.INFO
    doc = _DOC.format(
        what="an amount with its currency sign on the side the source language puts it, "
        "against the target's convention (CLDR's currency pattern): '60€' or '40 €' in "
        "English, which writes '€60'; '€60' in German or French, which write '60 €'. At the "
        "bar (0.7) when the text writes the same sign on its own language's side elsewhere; "
        "doubtful (0.45) when every amount with that sign has it on the other side (Russian "
        "news writes '$5 млн' as a house style). Also a sign on the right side but glued to "
        "the amount where CLDR's pattern spaces it ('12€' in German, French, Spanish, Polish, "
        "Russian…; checks/localemarks.py): 0.7 when the text spaces the sign elsewhere, 0.4 "
        "when it never does (informal writing glues it). And an ISO code before the amount "
        "where CLDR puts the currency after it ('USD 5 Millionen' → '5 Millionen USD' in "
        "German): 0.7 when the text writes a code after an amount elsewhere, 0.4 when it "
        "never does (German invoices write 'EUR 5.000,00' as their own style).",
        why="MT copies the source's amount with its sign; the target reads it as foreign "
        "typography, and a page with both sides looks unedited.",
        fix="unsafe: the sign moved to the language's side ('€60'; '60 €' with a no-break "
        "space where the language spaces it).",
        fp="regions of a language with the other convention (Portuguese of Portugal writes "
        "'10 €', CLDR's pt is Brazil's 'R$ 10'); a sign glued to a letter ('US$5', 'R$') is "
        "its own and left alone.",
    )
    examples = (
        Example(
            "Rooms cost €90 in May, but early check-in costs 60€.",
            "Rooms cost €90 in May, but early check-in costs €60.",
        ),
        good("Rooms cost €90 in May and €60 in June; it sold for US$5 and R$ 10."),
        Example(
            "Das Zimmer kostet 90 € und das Frühstück €12.",
            "Das Zimmer kostet 90 € und das Frühstück 12\u00a0€.",
            "de",
        ),
        good("Le billet coûte 12 € et la carte 40 €.", "fr"),
        Example(
            "Der Umsatz betrug USD 5 Millionen, der Gewinn 300.000 USD.",
            "Der Umsatz betrug 5 Millionen\u00a0USD, der Gewinn 300.000 USD.",
            "de",
        ),
        Example(
            "Das Buch kostet 20 € und die Karte 5€.",
            "Das Buch kostet 20 € und die Karte 5\u00a0€.",
            "de",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        from mtlint.checks.textscan import text_characters

        text = document.text
        yield from self._spacing(document, text)
        signs = "".join(ch for ch in _SIGNS if ch in text_characters(document))
        if not signs:
            return
        first = _sign_first(base_language(document))
        if first is None:
            return
        places = list(_sign_places(text, signs))
        # The evidence is per sign: Russian news writes "$5 млн" beside "500 руб.".
        native = {text[at] for at, after in places if after != first}
        spaced = not first and _spaces_sign(base_language(document))
        for at, after in places:
            if after == first and not looks_technical(text, at, at + 1):
                confidence = 0.7 if text[at] in native else 0.45
                yield self._finding(text, at, first, spaced, confidence)

    def _spacing(self, document: Document, text: str) -> Iterator[Finding]:
        """The sign on the right side but glued where CLDR spaces it ("12€" in German), and an
        ISO code on the source's side ("USD 5" in German)."""
        from mtlint.checks.localemarks import currency_code_marks, currency_spacing_marks

        language, screen = base_language(document), chunk_text(document)
        marks = currency_spacing_marks(text, language, screen)
        marks += currency_code_marks(text, language, screen)
        for mark in marks:
            fixed = f"write '{mark.fixed}'"
            fix = Fix((Edit(mark.start, mark.end, mark.fixed),), Applicability.UNSAFE, fixed)
            message = f"'{mark.written}' {mark.why}; this language writes '{mark.fixed}'"
            yield self.finding(
                mark.start, mark.end, message, fixes=[fix], confidence=mark.confidence
            )

    def _finding(self, text: str, at: int, first: bool, spaced: bool, confidence: float):
        sign = text[at]
        if first:  # "60 €" → "€60"
            amount = _AMOUNT_BEFORE.search(text, max(0, at - 24), at)
            start, end = amount.start(), at + 1
            digits = amount.group().rstrip(" \u00a0")
            fixed = f"{sign}{digits}"
        else:  # "€60" → "60 €"
            amount = _AMOUNT_AFTER.match(text, at + 1)
            start, end = at, amount.end()
            digits = amount.group().lstrip(" \u00a0")
            fixed = f"{digits}\u00a0{sign}" if spaced else f"{digits}{sign}"
        return self.finding(
            start,
            end,
            f"'{text[start:end]}': the currency sign stands on the source's side; "
            f"this language writes '{fixed}'",
            fixes=[Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write '{fixed}'")],
            confidence=confidence,
        )


@cache
def _spaces_sign(language: str) -> bool:
    locale = babel_locale(language)
    pattern = locale.currency_formats["standard"].pattern.split(";")[0] if locale else ""
    return pattern.rstrip("¤").endswith(("\u00a0", " "))


# --- MT944: a count written with a leading zero in running text ------------------------------

# A chunk "01"–"09": the screen (a text without one pays one search of its distinct chunks).
_PADDED_CHUNK = re.compile(r"\n0[1-9](?=\n)")
_WORD_AFTER = re.compile(r" ([^\W\d_]{3,})(?=[\s.,;:!?)]|$)")
_LOWER_BEFORE = re.compile(r"(?:^|[^\W\d_]{2,}) $")


@cache
def _not_counted(language: str) -> frozenset[str]:
    """Words after a zero-padded number that make it a date, time or measure: the language's
    month and weekday names (CLDR) and the units of resources/typography/units.json."""
    from mtlint.checks.resourcefiles import read_json

    words = {str(unit).lower() for unit in read_json("typography", "units.json")["units"]}
    names = calendar_table(language) or {}
    for contexts in names.values():
        words.update(name.lower() for context in contexts for name in context)
    return frozenset(words)


@register
class ZeroPaddedCount(Rule):
    code = "MT944"
    name = "zero-padded-count"
    summary = "A count with the source's leading zero in running text ('killed 05 people')."
    severity = Severity.INFO
    doc = _DOC.format(
        what="a one-digit count written with a leading zero between lower-case words of "
        "running text: 'the attack killed 05 people', 'in 03 localities'. Arabic and "
        "French-language press of the Maghreb pad counts so, and machine translation copies "
        "the digits.",
        why="a leading zero belongs to codes, dates and clocks; before a plural noun it reads "
        "as a typo of the source.",
        fix="unsafe: the zero removed ('5 people').",
        fp="dates and times ('05 May', '05 hours' is read: 'hours' is no unit of units.json), "
        "measures before a unit ('05 km'), codes and list labels after a capital or a digit "
        "('Room 05', 'No. 05') and lines of data are left alone.",
    )
    examples = (
        Example(
            "The attack killed 05 people in 03 localities of the region.",
            "The attack killed 5 people in 3 localities of the region.",
        ),
        good("Room 05 opens on 05 May at 05:30; it is 05 km away; code 05 A; No. 05 items."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tokens = {m.group()[1:] for m in _PADDED_CHUNK.finditer(chunk_text(document))}
        if not tokens:
            return
        text = document.text
        skip = _not_counted(base_language(document))
        for token in sorted(tokens):
            at = text.find(token)
            while at != -1:
                end = at + 2
                if self._counts(text, at, end, skip):
                    yield self.finding(
                        at,
                        end,
                        f"'{token}': a count written with the source's leading zero",
                        fixes=[Fix((Edit(at, at + 1, ""),), Applicability.UNSAFE, "remove the 0")],
                        # A prior: no band measured on real text yet.
                        confidence=0.6,
                    )
                at = text.find(token, end)

    @staticmethod
    def _counts(text: str, at: int, end: int, skip: frozenset[str]) -> bool:
        before = text[max(0, at - 30) : at]
        if at > 0 and not text[at - 1].isspace():
            return False
        word_before = _LOWER_BEFORE.search(before)
        if word_before is None or not word_before.group().strip().islower():
            return False  # "Room 05", "No. 05": a label's number
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return False
        word = after.group(1)
        return word.islower() and word not in skip and not looks_technical(text, at, end)
