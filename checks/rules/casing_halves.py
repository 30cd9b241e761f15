"""Institution names written by halves (MT325): the evidence is in checks/casinghalves.py and
resources/casing/institutions/<lang>.json."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casinghalves import half_cased_institutions, institution_languages
from mtlint.checks.casingscan import LayoutSkip
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data


@register
class InstitutionNameByHalves(Rule):
    code = "MT325"
    name = "institution-name-by-halves"
    summary = "One word of an institution's name left in lower case ('Sewing machine Association')."
    languages = institution_languages()
    doc = """
    What it finds: an institution's name written in title case (its head noun capitalised:
    "Association", "Bureau", "Committee" — the table's heads) with one common word of it in
    lower case: between capitals ("the China Sewing machine Association": two capitals before
    the word, only capitals after it; or an acronym that opens the name and a capital between
    the word and the head, "the WCU nano Research Center", h22names), or as its first word, an
    adjective before "and" after a small word ("the industrial and Technical Bureau": an
    adjective in -al, -ic, -ive … cannot stand without its noun, so it belongs to the name); or
    two common words joined by "and", both in lower case, the second an adjective, before a
    capitalised head ("the municipal agricultural and rural Bureau": the fix capitalises both,
    the alternative would be the head in lower case).
    Why it matters: MT rebuilds a name word by word from a glossary and keeps the capitals of
    some words only; the name is then written two ways at once and a reader cannot tell where
    it starts.
    Fix safety: unsafe; the fix capitalises the word (the alternative, the whole name in
    lower case, is the writer's choice).
    Known false positives: words that stand between a name and an institution in good text
    ("the Trump administration Justice Department", "Beijing city Council") are listed in
    resources/casing/institutions/<lang>.json (not_inside) and skipped, as are verbs after a
    name ("Xi Jinping told Party Committee members": the language's name_followers, and words
    in -ed, -ing, -ly), words the gazetteer knows, rare words (Zipf < 3) and headlines; a
    lower-case modifier the table does not list ("the Los Angeles police Department") is
    reported, which is right for an official name and a matter of style otherwise. A head
    followed by a number or by a noun it modifies (the table's modifier_followers: "met Board
    members", "export Office settings", "Office 365") is a body or product named alone and
    skipped; irregular past tenses and adverbs of time after a name ("Ann Lee met Board …",
    "yesterday Council") are in not_inside, but an irregular verb the table lacks before a
    head used alone can still be taken for a word of the name. Still reported: a modifier
    before a team's or a paper's head ("the Red Sox front Office", "the Times editorial
    Board", "the Premier League players Union", "the Real Madrid youth Academy").
    """
    examples = (
        Example(
            "The leaders of the Lakeside Sewing machine Association visited the plant.",
            "The leaders of the Lakeside Sewing Machine Association visited the plant.",
        ),
        Example(
            "He met the chief of the industrial and Technical Bureau on Monday.",
            "He met the chief of the Industrial and Technical Bureau on Monday.",
        ),
        Example(
            "The case was handled by the municipal agricultural and rural Bureau last year.",
            "The case was handled by the municipal Agricultural and Rural Bureau last year.",
        ),
        good("Both federal and state Bureau officials attended the hearing."),
        good("Mayor Tom Brannigan gave Board members a tour of the site."),
        good("Tensions between the presidential and Foreign Office camps grew."),
        good("The shop sells sales and technical Office 365 support."),
        good("A spokesman for the Trump administration Justice Department declined to comment."),
        good("President Lee told Party Committee members that the plan was ready."),
        good("The army and Interior Ministry said the roads were open."),
        good(
            "The Industrial and Technical Bureau of the district met the China Sewing Association."
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        skip = LayoutSkip(document)
        text = document.text
        for word in half_cased_institutions(document, data.code):
            if skip(word.start, word.end):
                continue
            shown = text[word.start : word.end]
            yield self.finding(
                word.start,
                word.end,
                f"'{shown}' is in lower case in an institution's name whose head is capitalised",
                fixes=[
                    Fix(
                        (Edit(word.start, word.end, word.written),),
                        Applicability.UNSAFE,
                        f"capitalise '{shown}'",
                    )
                ],
                confidence=word.confidence,
            )
