"""Findings judged in their context, at one place after the rules ran: what is not prose
(``checks/structure.py``), what a bilingual unit's source already has
(``checks/bilingual_context.py``), and two rules saying the same thing about the same span
(the more specific one is kept)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.structure import filter_structure

# (specific, generic): when both flag exactly the same span, the generic finding is dropped.
# Each pair is a decision about one span that two mechanisms can both read, kept on purpose:
# - MT205 over MT501: an Arabic comma in Hebrew is foreign punctuation (MT205, with the right
#   mark as its fix), not an untranslated Arabic word. MT501 must still report a lone Arabic
#   mark where the language's typography table names none (English, Russian: MT205 is quiet
#   there), so MT501 keeps its condition and yields here.
# - MT976 over MT304: a lost drop cap ("looding" for "Flooding") is more than a lower-case
#   sentence start: MT304's fix ("Looding") would be wrong.
# - MT971 over MT974: a name garbled against its other spellings in the document is more than
#   a one-letter slip; the garbled-name fix comes from the document's own spelling.
# - MT974 over MT980: a slip beside its intact form in the same text is MT974's, with the
#   text's own spelling as evidence; MT980 judges the word against wordfreq alone, so it keeps
#   its finding where the text never writes the right form and yields where it does.
# - MT903 over MT974: since 2026-12-05 MT903 also pairs a one-edit slip with the spelling the
#   text writes more often ("Dravlesk" beside "Dravelsk" twice), the span MT974 reads as a slip
#   beside its intact form: as with MT971, the finding read against the document's spellings
#   (its fix replaces every occurrence) is kept, and MT974 yields on that span.
# - MT101/MT102 over MT980: two words glued ("Christwas") can also be one letter from a third
#   word ("Christmas"); the split is the reading with evidence (both words known), and MT980's
#   fix would be wrong.
# - MT976 over MT980: a paragraph that lost its drop cap ("looding" for "Flooding") starts
#   with a word one edit from others too ("looking"); the lost first letter is the reading
#   with evidence (the capital's word), and MT980's fix would be wrong.
# - MT607 over MT980: a word that lost its mark ("zmienila" for "zmieniła") is also in the web's
#   misspellings of a third word ("zmienia"); the lost mark is the reading with evidence (the
#   marked form is the everyday word), and MT980's fix would change the word (session 15).
# - MT980 over MT995: a one-letter slip of a word the text writes right elsewhere ("Lativa"
#   beside "Latvia") is MT980's with that evidence in its message and a higher confidence;
#   MT995's pairing of two spellings adds nothing on that span and yields (session 13 review).
# - MT318, MT340 and MT303 over MT361: a romanised word in lower case that a name list or the
#   document's own spellings already name ("Zhang hudun" after a surname, "shao" a listed
#   surname) is read with that evidence; MT361's syllable reading adds nothing on that span.
#   MT340 over MT349 likewise: a town of the name lists before its place noun ("huashan
#   Village") is one finding, the name list's.
# - MT206 over MT945: an English number grouped with full stops ("2.500.000 dollars") is read
#   by both; MT206 reads English's own grouping evidence (counted plurals, the page's commas),
#   so the locale form stands aside on that span, as it does for MT955's mixed decimals.
# - MT229 over MT203: a quotation closed with another pair's mark («sì”) leaves its marks
#   unpaired too; MT229 names the mark its opening takes, on the closing mark's span.
# (MT101/MT102 and MT113–MT115 read one mechanism each since 2026-12-05: two capitalised words
# glued are MT113's wherever it reads title case, MT102's in English only; a two-letter glue
# word after a known word is MT101's, a one-letter one MT115's. MT978 and MT607–MT609 each
# read one mechanism of lost marks since 2026-12-05, and MT221 was retired into MT231: those
# pairs are gone.)
SUPERSEDES = frozenset(
    {
        ("MT205", "MT501"),
        ("MT229", "MT203"),
        ("MT976", "MT304"),
        ("MT971", "MT974"),
        ("MT974", "MT980"),
        ("MT903", "MT974"),
        ("MT101", "MT980"),
        ("MT102", "MT980"),
        ("MT976", "MT980"),
        ("MT607", "MT980"),
        ("MT980", "MT995"),
        ("MT318", "MT361"),
        ("MT340", "MT361"),
        ("MT303", "MT361"),
        ("MT340", "MT349"),
        ("MT206", "MT945"),
    }
)
_GENERIC = frozenset(generic for _specific, generic in SUPERSEDES)


def without_superseded(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` less each generic finding whose span a more specific rule flagged too."""
    if not any(f.code in _GENERIC for f in findings):
        return list(findings)
    at = {(f.start, f.end, f.code) for f in findings}
    return [
        f
        for f in findings
        if not any(
            generic == f.code and (f.start, f.end, specific) in at
            for specific, generic in SUPERSEDES
        )
    ]


# Broad detectors read every candidate of a mechanism (MT994 every unknown word, MT346/MT347
# every capital mid-sentence, MT522/MT523 every stretch of another language); precise rules read
# some of the same spans with more evidence. One artefact is one finding: a broad finding yields
# where a rule it defers to (None: any other rule) flags an overlapping span with a confidence
# at least its own or at the default bar. MT522/MT523 defer only to the untranslated-text rules:
# a quote or spacing finding inside a line left in English does not explain that line.
_UNTRANSLATED_TEXT = frozenset(
    {"MT502", "MT503", "MT504", "MT505", "MT508", "MT509", "MT511", "MT516", "MT517"}
)
BROAD: dict[str, frozenset[str] | None] = {
    "MT346": None,
    "MT347": None,
    "MT994": None,
    "MT930": None,
    "MT998": None,
    "MT522": _UNTRANSLATED_TEXT,
    "MT523": _UNTRANSLATED_TEXT,
}
_YIELD_BAR = 0.5


def without_broad_duplicates(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` less each broad finding whose span a rule it defers to also flags (at least
    as confident, or at the default bar: a finding the bar hides must not hide the broad one)."""
    if not any(f.code in BROAD for f in findings):
        return list(findings)
    others = sorted((f for f in findings if f.code not in BROAD), key=lambda f: f.start)
    starts = [f.start for f in others]
    # reach[i]: the furthest end among the first i + 1 findings (by start).
    reach = list(accumulate((f.end for f in others), max))

    def covered(broad: Finding) -> bool:
        defers_to = BROAD[broad.code]
        bar = min(broad.confidence, _YIELD_BAR)
        index = bisect_left(starts, broad.end) - 1
        while index >= 0 and reach[index] > broad.start:
            other = others[index]
            if (
                other.end > broad.start
                and other.confidence >= bar
                and (defers_to is None or other.code in defers_to)
            ):
                return True
            index -= 1
        return False

    kept = [f for f in findings if f.code not in BROAD or not covered(f)]
    return _without_broad_pairs(kept)


# Broad rules that read the same candidates: the first yields to the second where both flag one
# span and the second is as sure (MT930's dictionary slip is MT994's capital slip "Egytpian").
_BROAD_PAIRS = (("MT930", frozenset({"MT994", "MT998"})),)


def _without_broad_pairs(findings: list[Finding]) -> list[Finding]:
    for code, yields_to in _BROAD_PAIRS:
        spans = [(f.start, f.end, f.confidence) for f in findings if f.code in yields_to]
        if not spans or not any(f.code == code for f in findings):
            continue
        findings = [
            f
            for f in findings
            if f.code != code
            or not any(
                s < f.end and f.start < e and c >= min(f.confidence, _YIELD_BAR)
                for s, e, c in spans
            )
        ]
    return findings


def apply_context(document: Document, findings: Sequence[Finding], config: Config) -> list[Finding]:
    kept = without_broad_duplicates(without_superseded(filter_structure(document, findings)))
    if document.units:
        from mtlint.checks.bilingual_context import filter_bilingual

        kept = filter_bilingual(document, kept, config)
    return kept
