"""Dashes spaced on one side only (family MT2): a parenthesis whose dashes are glued to the
words inside it ("the war -which began in 2014- has"), a dash between words with a space on
one side ("the war –which"), and the Spanish dateline separator left in English
("Havana, Jul 7.-The minister")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.dashes import PREFIXES, dash_pairs
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    spaced_hyphen_matches,
    text_characters,
)
from mtlint.checks.typography import table, word_set


@register
class DashPairSpacing(Rule):
    code = "MT213"
    name = "dash-pair-spacing"
    summary = (
        "Parenthetical dashes glued to the words inside ('the war -which began in 2014- has')."
    )
    doc = """
    What it finds: a dash after a space and glued to the next word, closed in the same
    sentence by a dash glued to the word before it and followed by a space or a comma ("the
    measure -imposed 60 years ago- is", "Mr Li –who led the talks– said").
    Why it matters: MT and detokenisers copy the source's dashes and lose the spaces inside the
    parenthesis; the halves read as hyphenated compounds ("ago- is").
    Fix safety: unsafe: a space is added inside each dash.
    Known false positives: a compound split by MT on one side ("anti -war", MT109's), a
    suspended compound ("pre- and post-war"), a minus sign before a number and list bullets are
    no parenthesis; dashes of different kinds do not pair; a language that glues a dash inside
    its parenthesis (``glued_dash_pairs``: the Spanish raya, "—que llegó ayer—") is not judged
    for that dash.
    """
    examples = (
        Example(
            "The war -which began in 2014- has killed thousands.",
            "The war - which began in 2014 - has killed thousands.",
        ),
        Example("Mr Li –who led the talks– said no.", "Mr Li – who led the talks – said no."),
        good("The anti -war and pro- government camps; pre- and post-war art; it fell to -16."),
        good("The war - which began in 2014 - has killed thousands; a well-known long-term plan."),
        good("El ministro —que había llegado ayer— habló con los alcaldes.", language="es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        # Spanish writes its incisos with the raya glued inside: "—que llegó ayer—".
        glued = str(table(data, "glued_dash_pairs", "") or "")
        text = document.text
        for opening, closing in dash_pairs(document):
            if text[opening] in glued:
                continue
            if looks_technical(text, opening, opening + 2) or looks_technical(
                text, closing - 1, closing + 1
            ):
                continue
            edits = (Edit(opening + 1, opening + 1, " "), Edit(closing, closing, " "))
            yield self.finding(
                opening,
                closing + 1,
                f"Dashes '{text[opening]}' glued to the words inside the parenthesis",
                fixes=[Fix(edits, Applicability.UNSAFE, "space the dashes")],
                confidence=0.75,
            )


# An en or em dash with a word glued on one side and a space on the other (led by the dash).
_ONE_SIDED = {
    dash: re.compile(dash + rf"(?:(?<=\w {dash})(?=\w)|(?<=\w{dash})(?= \w))") for dash in "–—"
}
# The same in the chunk text: a chunk that starts with the dash and a word, or ends with a word
# and the dash.
_ONE_SIDED_CHUNK = {
    dash: re.compile(dash + rf"(?:(?<=\n{dash})(?=\w)|(?<=\w{dash})(?=\n|\Z))") for dash in "–—"
}


# A hyphen after a word and a space, glued to a lower-case word, or glued to a word and before a
# space and a lower-case word (led by the hyphen); the same in the chunk text.
_HYPHEN_ONE_SIDED = re.compile(r"-(?:(?<=[^\W\d_] -)(?=[a-z])|(?<=[^\W\d_]-)(?= [a-z]))")
_HYPHEN_CHUNK_START = re.compile(r"-(?<=\n-)[a-z]")
_HYPHEN_CHUNK_END = re.compile(r"-(?<=[^\W\d_]-)(?=\n|\Z)")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# The words after a coordinator that make it a suspended compound: "to 20th-century".
_SUSPENDED_AFTER = re.compile(r" \S+-\w")


@register
class OneSidedDash(Rule):
    code = "MT214"
    name = "one-sided-dash"
    summary = "An en or em dash with a space on one side only ('the war –which', '2019– 2020')."
    doc = """
    What it finds: an en or em dash between two words or numbers with a space on one side and
    none on the other ("the war –which began", "ago– has", "2019– 2020"), and a hyphen used
    that way beside a function word no compound takes ("the war -which", "ago- to the").
    Why it matters: a dash is either spaced on both sides (a parenthesis, the English news
    style) or on neither (a range, the closed style); one space is a detokeniser's or MT's
    slip.
    Fix safety: unsafe: between two numbers the space is removed (a range); between words the
    missing space is added; a hyphen also gets "remove the hyphen" (first when the word it is
    glued to is a function word: "of- the" is a stray hyphen).
    Known false positives: dashes in URLs and code are left alone, as is a pair of
    parenthetical dashes (MT213's).
    """
    examples = (
        Example("The war –which began in May went on.", "The war – which began in May went on."),
        Example("The 2019– 2020 season was cancelled.", "The 2019–2020 season was cancelled."),
        Example("The war -which began in May went on.", "The war - which began in May went on."),
        Example("It was 60 years ago- to the day.", "It was 60 years ago - to the day."),
        Example("The symptoms of- the disease.", "The symptoms of the disease."),
        good("Pre- and post-war art, 19th- to 20th-century, an anti -the-rich mood."),
        good("The war – which began in May – went on; the 2019–2020 season; pages 4—9."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        yield from self._hyphens(document, data)
        characters = text_characters(document)
        dashes = [d for d in "–—" if d in characters]
        if not dashes:
            return
        # The dash and the word glued to it lie in one chunk, which the dash starts or ends.
        lines = chunk_text(document)
        dashes = [d for d in dashes if _ONE_SIDED_CHUNK[d].search(lines)]
        if not dashes:
            return
        text = document.text
        paired = {at for pair in dash_pairs(document) for at in pair}
        for match in scan_marks(document, [_ONE_SIDED[d] for d in dashes]):
            at = match.start()
            if at in paired or looks_technical(text, at - 1, at + 2):
                continue
            space = at - 1 if text[at - 1] == " " else at + 1
            left = text[at - 2] if space < at else text[at - 1]
            right = text[at + 1] if space < at else text[at + 2]
            if left.isdigit() and right.isdigit():
                fix = Fix((Edit(space, space + 1, ""),), Applicability.UNSAFE, "remove the space")
            else:
                where = at + 1 if space < at else at
                fix = Fix((Edit(where, where, " "),), Applicability.UNSAFE, "space the dash")
            yield self.finding(
                min(space, at),
                max(space, at) + 1,
                f"Dash '{text[at]}' with a space on one side only",
                fixes=[fix],
                confidence=0.7,
            )

    def _hyphens(self, document: Document, data: LanguageData) -> Iterator[Finding]:
        """A hyphen used as a dash with one space, beside a function word that no compound
        takes ("the war -which began", "ago- to the"); "pre- and post-war" and "19th- to
        20th-century" are suspended compounds (MT109 leaves them too)."""
        lines = chunk_text(document)
        if not (_HYPHEN_CHUNK_START.search(lines) or _HYPHEN_CHUNK_END.search(lines)):
            return
        words = data.function_words - word_set(data, "coordinators") | {"to"}
        text = document.text
        paired = {at for pair in dash_pairs(document) for at in pair}
        for match in spaced_hyphen_matches(document, _HYPHEN_ONE_SIDED):
            at = match.start()
            if at in paired or looks_technical(text, at - 2, at + 3):
                continue
            opener = text[at - 1] == " "
            word = _WORD_AFTER.match(text, at + (1 if opener else 2))
            left = _WORD_BEFORE.search(text, max(0, at - 30), at - (1 if opener else 0))
            if word is None or left is None or word.group().lower() not in words:
                continue
            if len(word.group()) < 2 or not word.group().islower() or len(left.group()) < 2:
                continue
            if left.group().lower() in PREFIXES or _SUSPENDED_AFTER.match(text, word.end()):
                continue
            where = at + 1 if opener else at
            space = Fix((Edit(where, where, " "),), Applicability.UNSAFE, "space the dash")
            # Or a stray hyphen: one glued to a function word ("of- the") is no dash at all.
            drop = Fix(
                (Edit(at - 1, at + 1, " ") if opener else Edit(at, at + 2, " "),),
                Applicability.UNSAFE,
                "remove the hyphen",
            )
            stray = left.group().lower() in data.function_words
            yield self.finding(
                at - 1 if opener else at,
                at + 1 if opener else at + 2,
                "Hyphen with a space on one side only: a dash missing its space, or a stray hyphen",
                fixes=[drop, space] if stray else [space, drop],
                confidence=0.7,
            )


# ".-" after a word, a number or a closing bracket, then a capital (led by the dash).
_DATELINE = re.compile(r"-(?<=[^\W_]\.-|\)\.-)(?= ?[A-Z])")

_SPACED_DATELINE = re.compile(r"-(?= ?[A-Z])")


def _find_all(text: str, literal: str) -> Iterator[int]:
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


@register
class DatelineDash(Rule):
    code = "MT215"
    name = "dateline-dash"
    summary = "The Spanish dateline separator '.-' left in the text ('Havana, Jul 7.-The')."
    doc = """
    What it finds: a full stop and a hyphen after a word, a number or a closing bracket, then a
    capitalised word ("Havana, Jul 7 (PL).-The minister", "Havana.- Cuban"), in languages
    whose table marks the separator as foreign (``dateline_dash_foreign``: English).
    Why it matters: Spanish and Portuguese wire copy separates the dateline with ".-"; MT
    keeps it, and English readers see a stray full stop and hyphen.
    Fix safety: unsafe: the full stop and hyphen become a spaced dash (" – ").
    Known false positives: abbreviations written with dots ("U.S.-China") are left alone.
    """
    examples = (
        Example(
            "Havana, Jul 7 (PL).-The minister spoke.", "Havana, Jul 7 (PL) – The minister spoke."
        ),
        Example("Havana.- Cuban Foreign Minister spoke.", "Havana – Cuban Foreign Minister spoke."),
        Example(
            "Lima, Aug 25 (EFE) .- The minister spoke.", "Lima, Aug 25 (EFE) – The minister spoke."
        ),
        good("U.S.-China talks and E.U.-Japan trade resumed."),
        good("La Habana, 7 jul (PL).-El ministro habló.", language="es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not table(language_data(document), "dateline_dash_foreign", False):
            return
        if ".-" not in chunk_text(document):
            return
        text = document.text
        for at in _find_all(text, ".-"):
            at += 1  # the hyphen; the full stop before it
            spaced = text[at - 3 : at - 1] == ") "  # "(EFE) .- The"
            if not (_DATELINE.match(text, at) or (spaced and _SPACED_DATELINE.match(text, at))):
                continue
            word = re.search(r"(\S+)\.$", text[max(0, at - 30) : at])
            if word is not None and re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", word.group(1)):
                continue  # "U.S.-China"
            if looks_technical(text, at - 2, at + 2):
                continue
            end = at + 2 if text[at + 1 : at + 2] == " " else at + 1
            yield self.finding(
                at - 2 if spaced else at - 1,
                at + 1,
                "Dateline separator '.-' from Spanish or Portuguese wire copy",
                fixes=[
                    Fix(
                        (Edit(at - 2 if spaced else at - 1, end, " – "),),
                        Applicability.UNSAFE,
                        "'.-' → ' – '",
                    )
                ],
                confidence=0.8,
            )
