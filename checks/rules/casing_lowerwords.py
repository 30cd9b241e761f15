"""Words a language writes in lower case, capitalised inside a sentence (MT353): month and
weekday names in the places MT313 leaves ("le 12 Avril", "el Lunes 3", "Em Março"); the
evidence is in checks/casinglower.py and resources/casing/lowercase/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casinglower import calendar_capitals, lower_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data


@register
class CalendarWordCapital(Rule):
    code = "MT353"
    name = "calendar-word-capital"
    summary = "A month or weekday name capitalised mid-sentence ('le 12 Avril', 'el Lunes 3')."
    languages = lower_languages()
    doc = """
    What it finds: a month or weekday name (CLDR's, resources/language/calendar.json)
    capitalised inside a sentence in a language that writes them in lower case (Spanish,
    Portuguese, French, Italian, Romanian, Dutch, Swedish, Polish, Czech), where MT313 does not
    look: after a day's number ("le 15 Mars", "il 12 Aprile 2024"), before one ("le Lundi 3 juin"),
    after a comma, after a sentence's first function word ("Em Março", "A Marzo").
    Why it matters: MT from English keeps the source's capitals ("on Monday, March 3"); the
    reader of the target language sees a foreign convention in every date.
    Fix safety: unsafe; the fix lower-cases the word.
    Confidence: 0.8 when the text writes a calendar word in lower case elsewhere (an
    inconsistency); 0.6 otherwise; 0.3 (doubtful) when the text capitalises three or more and
    none in lower case (a house style) and for Portuguese months with no lower-case evidence
    (the orthography before 1990 capitalised them, and much European text still does).
    Known false positives and what stays quiet: sentence starts, headings and title-case lines,
    labels of under six words ("Lunes 3 de marzo"), a capital before the date that makes a
    name ("Plaza de Mayo", "Avenida 9 de Julio", "Rua 25 de Março"), holidays a date names
    ("25 de Abril", "14 Juillet", "1º de Maio"), a capitalised word after it ("Viernes Santo",
    "Mayo Clinic"), names that are also calendar words away from a day's number (Spanish
    "Domingo", French "Mars" the planet, Italian "Maggio"). A date written in English order in a
    dateline ("México, Abril 15") is still taken.
    """
    examples = (
        Example(
            "La reunión se celebró el Lunes 3 de marzo en la sede del ayuntamiento.",
            "La reunión se celebró el lunes 3 de marzo en la sede del ayuntamiento.",
            "es",
        ),
        Example(
            "Les ministres se retrouveront le Lundi 3 juin à Bruxelles pour en parler.",
            "Les ministres se retrouveront le lundi 3 juin à Bruxelles pour en parler.",
            "fr",
        ),
        Example(
            "A Marzo il comune ha aperto la nuova biblioteca in centro.",
            "A marzo il comune ha aperto la nuova biblioteca in centro.",
            "it",
        ),
        good("Miles de personas llenaron la Plaza de Mayo el domingo por la tarde.", "es"),
        good("A ponte 25 de Abril ficou fechada durante a manhã de sábado.", "pt"),
        good("Los fieles salieron en procesión el Viernes Santo por la mañana.", "es"),
        good("La sonde a atteint Mars après un voyage de sept mois dans l'espace.", "fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        for capital in calendar_capitals(document, code):
            lower = capital.word.lower()
            yield self.finding(
                capital.start,
                capital.end,
                f"'{capital.word}' is capitalised in the middle of a sentence ({capital.why})",
                fixes=[
                    Fix(
                        (Edit(capital.start, capital.end, lower),),
                        Applicability.UNSAFE,
                        f"lower-case '{capital.word}'",
                    )
                ],
                confidence=capital.confidence,
            )
