"""Words a language writes in lower case, capitalised inside a sentence, in the places MT313
leaves: month and weekday names (MT353: "le 12 Avril", "el Lunes 3", "Em Março"), nationality
and language adjectives (MT354: "Español y Francés", "en Anglais") and the word for century
(MT355: "no Século XIX"); the evidence is in checks/casinglower.py, checks/casingadjectives.py
and resources/casing/lowercase/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mtlint.checks.casingadjectives import (
    adjective_capitals,
    adjective_languages,
    century_capitals,
    century_languages,
    particle_capitals,
    particle_languages,
)
from mtlint.checks.casinglower import LowerWordCapital, calendar_capitals, lower_languages
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
        yield from _capital_findings(self, calendar_capitals(document, code))


def _capital_findings(
    rule: Rule, capitals: Iterable[LowerWordCapital], where: str = "in the middle of a sentence"
) -> Iterator[Finding]:
    """One finding per capital, its fix the word in lower case."""
    for capital in capitals:
        yield rule.finding(
            capital.start,
            capital.end,
            f"'{capital.word}' is capitalised {where} ({capital.why})",
            fixes=[
                Fix(
                    (Edit(capital.start, capital.end, capital.word.lower()),),
                    Applicability.UNSAFE,
                    f"lower-case '{capital.word}'",
                )
            ],
            confidence=capital.confidence,
        )


@register
class AdjectiveCapitalLeft(Rule):
    code = "MT354"
    name = "nationality-adjective-capital-left"
    summary = "A nationality or language adjective capitalised mid-sentence ('Español y Francés')."
    languages = adjective_languages()
    doc = """
    What it finds: a nationality or language adjective (MT313's stems, hand-made and from CLDR)
    capitalised inside a sentence in the places MT313 leaves: the second of two joined by a
    conjunction or a comma after a capitalised one, which MT313 reads as a name going on
    ("aprendieron Español y Francés", "imigrantes Alemães e Italianos"), one before a
    sentence's end ("el guía hablaba Inglés."), and in French a language's name after "en"
    ("traduit en Anglais").
    Why it matters: MT from English keeps the capitals of "Spanish and French"; the languages
    served write these adjectives in lower case.
    Fix safety: unsafe; the fix lower-cases the word.
    Confidence: 0.6 for pairs and French "en" (MT313's demonym band: the same words, the same
    convention); 0.45 (doubtful) before a sentence's end, where a people's name or a
    surname may stand. Not measured on real MT yet (no real example in the dev sample).
    Known false positives: French nouns of peoples are capitalised ("entre Anglais et
    Français": a pair after a function word or a number stays quiet); a surname that is a
    demonym at a sentence's end ("con el técnico Alemán."); country names never fire; a
    capitalised word after the adjective makes a name ("Inglés Británico") and stays quiet.
    """
    examples = (
        Example(
            "Los niños aprendieron Español y Francés en la escuela del pueblo.",
            "Los niños aprendieron Español y francés en la escuela del pueblo.",
            "es",
        ),
        Example(
            "O livro foi traduzido do russo e publicado em Inglês.",
            "O livro foi traduzido do russo e publicado em inglês.",
            "pt",
        ),
        Example(
            "Le roman a été traduit en Anglais l'année suivante.",
            "Le roman a été traduit en anglais l'année suivante.",
            "fr",
        ),
        good("La guerre entre Anglais et Français a duré cent ans.", "fr"),
        good("Los niños aprendieron español y francés en la escuela del pueblo.", "es"),
        good("La delegación viajó a Francia y Alemania la semana pasada.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from _capital_findings(self, adjective_capitals(document, code))


@register
class CenturyCapital(Rule):
    code = "MT355"
    name = "century-word-capital"
    summary = "The word for century capitalised beside its Roman numeral ('no Século XIX')."
    languages = century_languages()
    doc = """
    What it finds: the noun for century capitalised inside a sentence next to its Roman
    numeral in Spanish, Portuguese, French, Italian and Romanian ("en el Siglo XX", "no Século
    XIX", "au XIXe Siècle", "nel XX Secolo"), after a lower-case word.
    Why it matters: MT from English keeps the capital of "the 19th Century" title case; the
    languages served write "siglo", "século", "siècle", "secolo" in lower case.
    Fix safety: unsafe; the fix lower-cases the word.
    Confidence: 0.6, carried from MT313's band for words of the same kind (not measured on
    real MT yet: no example in the dev sample).
    Known false positives: a name that holds the phrase and goes on with a capital stays quiet
    ("Siglo XXI Editores"); a title written in sentence case that starts with it mid-sentence
    ("la revista Século XXI") is still taken; headlines and title-case lines are never read.
    """
    examples = (
        Example(
            "A cidade foi fundada no Século XIX por imigrantes.",
            "A cidade foi fundada no século XIX por imigrantes.",
            "pt",
        ),
        Example(
            "Le château fut construit au XIXe Siècle par une famille de banquiers.",
            "Le château fut construit au XIXe siècle par une famille de banquiers.",
            "fr",
        ),
        good("La editorial Siglo XXI Editores publicó el libro en México.", "es"),
        good("La ciudad fue fundada en el siglo XIX por colonos.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from _capital_findings(self, century_capitals(document, code))


@register
class NameParticleCapital(Rule):
    code = "MT356"
    name = "name-preposition-capital"
    summary = "A name's preposition capitalised in English title case ('el Museo Del Prado')."
    languages = particle_languages()
    doc = """
    What it finds: in Spanish, Portuguese, Italian and French, the preposition inside a name
    capitalised between two capitalised words ("el Museo Del Prado", "o Museu Da Cidade", "la
    Chiesa Di San Marco", "le Musée Du Louvre"), when the word before it is a common noun of
    the language (wordfreq Zipf ≥ 3.5) and the word after it a common word (Zipf ≥ 3).
    Why it matters: MT keeps English title case ("Museum Of The City"); the languages served
    write the prepositions of names in lower case ("Museo del Prado", "Banco de España").
    Fix safety: unsafe; the fix lower-cases the preposition.
    Confidence: 0.6, not measured on real MT (no example in the dev sample; no occurrence of the
    shape in the clean native dev sets of these languages, about 20,000 words).
    Known false positives: surnames with a capitalised particle stay quiet when a given name
    (Faker's lists), a title of a person ("Ministro Di Maio") or a street noun ("Via De
    Gasperi") stands before it, or when the word after it is rare as a word; a surname whose
    second part is a common word after a common noun can still be taken ("Lula Da Silva", which
    the Portuguese press writes "Lula da Silva"); headlines and title-case lines are never read.
    """
    examples = (
        Example(
            "Los turistas visitaron el Museo Del Prado durante la mañana.",
            "Los turistas visitaron el Museo del Prado durante la mañana.",
            "es",
        ),
        Example(
            "Abbiamo visitato la Chiesa Di San Marco con la guida.",
            "Abbiamo visitato la Chiesa di San Marco con la guida.",
            "it",
        ),
        good("Il ministro Luigi Di Maio ha parlato ai giornalisti.", "it"),
        good("Los turistas visitaron el Museo del Prado durante la mañana.", "es"),
        good("La sede è in Via De Gasperi, vicino alla stazione.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        yield from _capital_findings(self, particle_capitals(document, code), "inside a name")
