"""Spaces lost after a title, an initial or a dateline dash (family MT9): "Mr.Brown said",
"Minister A.Smith", "(AGENCY) -Officials said", "Town -AGENCY February 2:".

The titles are data (``person_titles`` in resources/typography/en.json, and the short forms
below); each rule screens the document's distinct chunks before it scans the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import chunk_text, language_data, looks_technical
from mtlint.checks.typography import word_set

# A short title glued to a name ("Mr.Brown", "Mr.Wu": a name of two letters too), or an
# initial glued to a surname of three letters or more ("A.Smith"): group 1 the title, 2 the
# initial.
_GLUED = re.compile(
    r"(?<![^\W_])(?:(Mrs|Mr|Ms|Dr|Prof)\.(?=[A-Z][a-z]+\b)|([A-Z])\.(?=[A-Z][a-z]{2,}\b))"
)
_SHORT_TITLES = frozenset({"Mrs", "Mr", "Ms", "Dr", "Prof"})
# The screen on the chunk text is led by the full stop (a pattern led by a class is entered at
# every position); its hits are few, and each is then tried with the title before it.
_GLUED_SCREEN = re.compile(r"\.[A-Z][a-z]")
_GLUED_LEAD = re.compile(r"(?:^|[^\w\n])(?:Mrs|Mr|Ms|Dr|Prof|[A-Z])$", re.MULTILINE)
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


@register
class GluedTitle(Rule):
    code = "MT968"
    name = "glued-title"
    summary = "No space after a title or an initial ('Mr.Brown said', 'Minister A.Smith')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a title (Mr, Mrs, Ms, Dr, Prof) and its full stop glued to a capitalised
    name ("Mr.Brown said"), and an initial glued to a surname after a person's title
    ("Foreign Minister A.Smith", the titles in ``person_titles``).
    Why it matters: MT and detokenisers drop the space after an abbreviation's full stop; the
    name reads as one word, and spelling and search tools miss it.
    Fix safety: unsafe: a space is added after the full stop.
    Known false positives: brand names written with a glued initial ("J.Crew") are left alone
    unless a person's title comes before them; URLs and code are skipped.
    """
    examples = (
        Example("Mr.Brown said the plan was ready.", "Mr. Brown said the plan was ready."),
        Example("Foreign Minister A.Smith arrived.", "Foreign Minister A. Smith arrived."),
        Example(
            "The choir was conducted by Mr.Wu, its founder.",
            "The choir was conducted by Mr. Wu, its founder.",
        ),
        good("She shops at J.Crew; Mr. Brown and A. Smith arrived; see www.Example.org."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if not any(
            _GLUED_LEAD.search(lines, max(0, hit.start() - 5), hit.start())
            for hit in _GLUED_SCREEN.finditer(lines)
        ):
            return
        titles = word_set(language_data(document), "person_titles")
        text = document.text
        for match in _GLUED.finditer(text):
            lead = match.group(1) or match.group(2)
            at = match.end()
            if lead not in _SHORT_TITLES:
                word = _WORD_BEFORE.search(text, max(0, at - 40), match.start())
                if word is None or word.group(1).lower() not in titles:
                    continue
            if looks_technical(text, match.start(), at + 1):
                continue
            yield self.finding(
                match.start(),
                at + 1,
                f"No space after “{lead}.”",
                fixes=[Fix((Edit(at, at, " "),), Applicability.UNSAFE, "add a space")],
                confidence=0.8,
            )


# A hyphen glued to the capitalised word after it, early in a line whose words before it are
# all capitalised, bracketed or numbers: a dateline ("(AGENCY) -Officials", "Town -AGENCY").
_DATELINE_HYPHEN = re.compile(r"^([^\n]{1,50}?[^\W_)]|[^\n]{0,49}\)) -(?=[A-Z])", re.MULTILINE)
_DATELINE_SCREEN = re.compile(r"\n-[A-Z]")
_DATELINE_WORD = re.compile(r"[(\[]?[A-Z0-9][\w.,’'-]*[)\]]?,?:?")


@register
class DatelineHyphenGlued(Rule):
    code = "MT969"
    name = "dateline-hyphen-glued"
    summary = "A dateline's hyphen glued to the first word ('(AGENCY) -Officials said')."
    languages = frozenset({"en"})
    doc = """
    What it finds: at the start of a paragraph, a dateline (capitalised words, numbers, an
    agency in brackets) then a hyphen with a space before it and none after, glued to a
    capitalised word ("(VNA) -Deputy Prime Minister", "Nineveh -AGENCY February 26:").
    Why it matters: MT and detokenisers drop the space after the dateline's dash; the dash
    then reads as a hyphen joining the dateline to the first word.
    Fix safety: unsafe: a space is added after the hyphen (a spaced dash " – " is the usual
    English form).
    Known false positives: a line whose words before the hyphen are not all capitalised is
    prose, not a dateline, and is left alone.
    """
    examples = (
        Example(
            "(AGENCY) -Officials said the road is open.",
            "(AGENCY) - Officials said the road is open.",
        ),
        good("The war -Ukraine says- goes on."),
        good("(AGENCY) - Officials said the road is open."),
        good("The Self -Administration and Deir Al -Zour council met."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _DATELINE_SCREEN.search(chunk_text(document)):
            return
        data = language_data(document)
        split_heads = word_set(data, "name_articles_hyphenated") | word_set(data, "hyphen_prefixes")
        text = document.text
        for match in _DATELINE_HYPHEN.finditer(text):
            head = match.group(1).split()
            if not all(_DATELINE_WORD.fullmatch(word) for word in head):
                continue
            # A compound split before its hyphen ("The Self -Administration", "Deir Al -Zour"):
            # MT109's, not a dateline.
            if head[-1].lower() in split_heads:
                continue
            at = match.end() - 1
            if looks_technical(text, at, at + 2):
                continue
            yield self.finding(
                at,
                at + 2,
                "The dateline's dash is glued to the word after it",
                fixes=[Fix((Edit(at + 1, at + 1, " "),), Applicability.UNSAFE, "add a space")],
                confidence=0.75,
            )
