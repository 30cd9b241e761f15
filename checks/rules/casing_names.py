"""Entity case from the sentence (MT323, MT324): a title of office in lower case before a name,
and a company's name in lower case before an appositive that says it is a company. The evidence
is in checks/entitynames.py and resources/casing/names/<lang>.json; MT303
(checks/rules/casing_entity_drift.py) reads the document's own capitalised names from the same
module."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.entitynames import lower_companies, lower_titles, name_languages
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data


def _capitalise(start: int, end: int, written: str) -> Fix:
    return Fix((Edit(start, end, written),), Applicability.UNSAFE, f"capitalise as '{written}'")


@register
class LowerCaseTitleBeforeName(Rule):
    code = "MT323"
    name = "lower-case-title-before-name"
    summary = "A title of office in lower case right before a name ('president Varga said')."
    languages = name_languages("name_titles")
    doc = """
    What it finds: a title of office from the language table (name_titles: president, prime
    minister, governor …) written in lower case directly before a capitalised name that is no
    common word, after a comma or a word that does not modify the title: "at the reception,
    president Varga thanked", "just as prime minister Okafor did".
    Why it matters: MT lower-cases the title it copies before a name (English capitalises a
    formal title used as part of the name); the sentence reads as if the name were missing a
    determiner.
    Fix safety: unsafe; the fix capitalises the title. Confidence 0.7 when the text writes the
    same title capitalised before a name elsewhere, 0.6 otherwise.
    Known false positives: house styles that lower-case titles before names (some British
    papers) use a modifier or determiner first ("the former prime minister Tony Blair",
    "Russia's president Vladimir Putin", "US president Joe Biden"): a determiner, a modifier
    from the table, a capitalised word or a possessive before the title keeps the rule quiet,
    as do a title at a sentence start (MT304's) and headlines. A plural after the title that is
    a common word or a demonym of the gazetteer is a group, no name ("the race for governor
    Republicans hold", "for mayor Canadians"); a plural name the cased dictionary does not know
    as a name ("governor Cummings" if wordfreq finds it common) is then missed.
    """
    examples = (
        Example(
            "At the reception for the guests, president Varga thanked the staff.",
            "At the reception for the guests, President Varga thanked the staff.",
        ),
        Example(
            "She defended the plan just as prime minister Okafor had done in May.",
            "She defended the plan just as Prime Minister Okafor had done in May.",
        ),
        good("The former prime minister Tony Blair spoke; the president said little."),
        good("Russia's president Vladimir Putin and US president Joe Biden met in Geneva."),
        good("He became president in May and the president Monday said no."),
        good("In the race for governor Republicans hold a narrow lead."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        skip = LayoutSkip(document)
        for title in lower_titles(document, code):
            if skip(title.start, title.end):
                continue
            yield self.finding(
                title.start,
                title.end,
                f"A title before a name is capitalised: '{title.written}'",
                fixes=[_capitalise(title.start, title.end, title.written)],
                confidence=title.confidence,
            )


@register
class LowerCaseCompanyName(Rule):
    code = "MT324"
    name = "lower-case-company-name"
    summary = "A company's name in lower case before an appositive ('zentravo, a logistics firm')."
    languages = name_languages("organisation_nouns")
    doc = """
    What it finds: a lower-case word that the language's word list (wordfreq) does not know,
    followed by a comma and an appositive that calls it a company (an article, up to three
    modifiers that are no function words, and an organisation noun of the table that closes the
    noun phrase: "zentravo, a freight logistics company", "orbitex, a software firm based in").
    Why it matters: MT lower-cases names it cannot recognise; the appositive shows the word is
    a name, and a spell checker would only call it unknown.
    Fix safety: unsafe; the fix capitalises the first letter (the company's own spelling may
    differ: "ZenTravo").
    Known false positives: brands written in lower case on purpose ("lululemon, the apparel
    company", a digital bank or a device maker that spells itself in lower case); a word
    wordfreq knows even rarely is left alone. Generic nouns (group, unit, chain, platform, brand,
    venture, outfit) are no organisation nouns, and "a drug the company developed" is a clause,
    not an appositive; a noun the table keeps can still name a thing ("a differential operator",
    "a charge carrier").
    """
    examples = (
        Example(
            "Work from home today, says orbitex, a software firm based in Osaka.",
            "Work from home today, says Orbitex, a software firm based in Osaka.",
        ),
        good("Shares rose, a company spokesman said, and adidas, the sportswear maker, gained."),
        good("He said, a large company would invest; the carmaker Lexora, a Japanese firm, grew."),
        good("The resin was capped with fenzyl, a small protecting group, and dried overnight."),
        good("Noise is given in zorl, a unit named after a Danish engineer, in most tables."),
        good("Patients were given dormavistat, a drug the company made for rare diseases."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        skip = LayoutSkip(document)
        for company in lower_companies(document, code):
            if skip(company.start, company.end):
                continue
            written = company.word[:1].upper() + company.word[1:]
            yield self.finding(
                company.start,
                company.end,
                f"A company's name in lower case: '{written}' (the appositive calls it a "
                f"{company.noun})",
                fixes=[_capitalise(company.start, company.end, written)],
                confidence=0.6,
            )
