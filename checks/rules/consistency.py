"""Consistency: one source translated several ways, one translation for several sources (within
the file here; across a batch the project pass in checks/consistency.py replaces these findings
with project-wide ones), and one name spelled two ways in a text."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache

from mtlint.checks.consistency import (
    SOURCE_CODE,
    TARGET_CODE,
    Occurrence,
    finding_for,
    group_in_memory,
    unit_records,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, register
from mtlint.checks.textscan import base_language
from mtlint.checks.wordlists import wordfreq_languages, zipf
from mtlint.checks.wordshape import document_title_case_words, within_one_edit

# Shared with MT971 (checks/rules/garble.py): one notion of "one letter apart" and "one name".
from mtlint.checks.wordshape import edit_distance as _edit_distance
from mtlint.checks.wordshape import skeleton as _skeleton


def _in_file(rule: Rule, document: Document, code: str) -> Iterator[Finding]:
    if len(document.units) < 1:
        return
    for flagged in _flagged_in_file(document):
        if flagged.code == code:
            yield finding_for(flagged, rule.family, rule.name, fixable=True)


def _flagged_in_file(document: Document) -> tuple:
    """Both codes' occurrences, grouped once: MT901 and MT902 each grouped the whole file
    (h24files: a third of a 2.6 MB catalogue's consistency time went to the second pass). Kept
    in the document's analysis, not in a cache keyed on the Document (which held the last two
    documents alive after their check)."""
    return document.analysis.get("flagged_in_file", lambda: _group_in_file(document))


def _group_in_file(document: Document) -> tuple:
    path = str(document.path) if document.path else "<text>"
    occurrences = [Occurrence(path, unit) for unit in unit_records(document)]
    return tuple(group_in_memory(occurrences, ("whitespace",), "in this file"))


_CONSISTENCY_DOC = """
    What it finds: {what} Segments compare with inline tags, placeholders and menu
    accelerators (``_Open``, ``E&xit``, ``コピー(_C)``) normalised, numbers normalised on the
    side compared (not on the side grouped: "Base-2" and "Base-10" are two sources), and
    whitespace ignored (``consistency-ignore = ["case",
    "punctuation", "whitespace"]`` in the config widens that). Within one file here; in a batch
    (``mtlint check FOLDER``) across every file, each occurrence named by path and unit id.
    Why it matters: {why}
    Fix safety: {fix}
    In a keyed catalogue (Android, .strings, JSON, YAML, an XLIFF of message keys) each key is
    one place of the interface: two wordings under two keys ("Melde einen Fehler" / "Einen
    Fehler melden", one translation for "Show replies" and "Display replies") are seldom
    slips (7 of 139, 3 of 55 judged real): 0.1, under the doubtful floor, shown only with
    ``--min-confidence 0.1``; a slip in case, accents or punctuation, a variant left as its
    source, differing placeholders or numbers, and sources of opposite meaning stay sure.
    Two entries of a PO or Qt catalogue with two different sources are two msgids (gettext
    merges equal ones): two strings of the program in two places, whose two wordings (MT901)
    were judged real 14 times in 35 on the fresh files (1 in 12 by the criteria of the last
    three sessions): doubtful (0.4, ``--show-doubtful``), the same slips staying sure; an equal
    source repeated (Qt contexts) stays sure, and so does MT902 there (one translation for two
    msgids: 13 real in 69, a translation memory's leftover among them).
    Known false positives: the same short source meaning different things in different places
    without a PO ``msgctxt`` (with one, they are kept apart); deliberate variation in
    marketing text. Plural forms of one PO entry are compared only with the same form elsewhere.
    """


@register
class InconsistentTranslation(Rule):
    code = SOURCE_CODE
    name = "inconsistent-translation"
    summary = "The same source segment is translated in different ways."
    severity = Severity.WARNING
    doc = _CONSISTENCY_DOC.format(
        what="a source segment that occurs more than once with different translations; every "
        "occurrence that differs from the most frequent translation is flagged, and the finding "
        "lists all occurrences. Translations that differ only in one word's forms (Financeiro / "
        "Financeira) or by added words are not reported; a PO msgctxt keeps sources apart.",
        why="a user interface or document that names one thing in two ways confuses its readers; "
        "it is the first check reviewers run (Xbench's 'inconsistency in target').",
        fix="within one file, the most frequent translation is offered (unsafe: the other may be "
        "the better one); never for segments with inline tags.",
    )
    examples = (
        Example(
            "Datei öffnen\n\nÖffne Datei\n\nDatei öffnen",
            "Datei öffnen\n\nDatei öffnen\n\nDatei öffnen",
            "de",
            source="Open file\n\nOpen file\n\nOpen file",
            source_language="en",
        ),
        Example(
            "3 Dateien gelöscht\n\n5 Dateien gelöscht",
            None,
            "de",
            source="3 files deleted\n\n5 files deleted",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        yield from _in_file(self, document, SOURCE_CODE)


@register
class InconsistentSource(Rule):
    code = TARGET_CODE
    name = "inconsistent-source"
    summary = "The same translation is given to different source segments."
    severity = Severity.INFO
    doc = _CONSISTENCY_DOC.format(
        what="a translation used for two or more different source segments; the occurrences "
        "whose source differs from the most frequent one are flagged. Sources that differ only "
        "in case, punctuation or word forms, one-word sources (Round / Rounding, Quit / Exit) "
        "and a source whose words are all in the other (Advanced / Advanced Mode) are weak "
        "evidence and not reported.",
        why="two different source texts usually mean two different things; one translation for "
        "both loses the difference (Xbench's 'inconsistency in source').",
        fix="no fix: which side is wrong needs a human.",
    )
    examples = (
        Example(
            "Alle Fenster schließen\n\nAlle Fenster schließen",
            "Alle Fenster schließen\n\nAlle Fenster schließen",
            "de",
            source="Close all windows\n\nClose all tabs",
            source_language="en",
        ),
        Example(
            "Alle Fenster schließen\n\nAlle Tabs schließen",
            None,
            "de",
            source="Close all windows\n\nClose all tabs",
            source_language="en",
        ),
        Example(  # one-word synonyms and word forms: weak evidence, not reported
            "Runden\n\nRunden\n\nBeenden\n\nBeenden",
            None,
            "de",
            source="Round\n\nRounding\n\nQuit\n\nExit",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        yield from _in_file(self, document, TARGET_CODE)


# --- one name, two spellings --------------------------------------------------------------------

# A name the text repeats, misspelt once, is no everyday word ("Kramatorsk", not "Council").
_SLIP_USUAL_ZIPF = 3.0


def _wordfreq_languages() -> frozenset[str]:
    # wordfreq.available_languages() read from its data folder: importing wordfreq (langcodes,
    # ftfy, regex and their patterns) cost ~0.1 s of every process that checked a document.
    return wordfreq_languages()


@cache
def _common(word: str, language: str) -> float:
    # wordfreq falls back (with a warning) for languages it lacks; English alone then.
    own = zipf(word.lower(), language) if language in _wordfreq_languages() else 0.0
    return max(own, zipf(word.lower(), "en"))


def _variant_pairs(
    counts: Counter[str], first: dict[str, int], language: str
) -> Iterator[tuple[str, str]]:
    """(usual spelling, rare spelling) pairs: same first two and last two letters (so inflected
    endings and plurals never pair), one edit apart (two for names of eight letters or more)."""
    buckets: dict[tuple[str, str], list[str]] = {}
    for word in counts:
        # An ending that differs only in its marks pairs ("Topbaş" / "Topbas").
        end = word[-2:]
        buckets.setdefault((word[:2], end if end.isascii() else _plain(end)), []).append(word)
    for words in buckets.values():
        if len(words) < 2:
            continue
        words.sort(key=lambda w: (-counts[w], first[w]))  # a tie: the earlier one is usual
        for index, usual in enumerate(words):
            if counts[usual] < 2:
                break
            for rare in words[index + 1 :]:
                if min(len(usual), len(rare)) >= 8:
                    if _edit_distance(usual, rare, 2) > 2:
                        continue
                elif within_one_edit(usual, rare) > 1:  # the table's answer, at C speed
                    continue
                # Spelled differently, not a different word (Projektdaten / Projektdateien),
                # or one slip from a name the text repeats ("Heongdeok", "Kramatrosk").
                if _skeleton(usual) != _skeleton(rare) and not _slip(usual, rare, counts, language):
                    continue
                if usual[-2:] != rare[-2:] and _plain(usual) != _plain(rare):
                    continue  # endings differ in more than marks
                # Two real words (Austrian / Australian) are not one name misspelt.
                if _common(rare, language) >= 3.0 or (
                    _common(usual, language) >= 2.0 and _common(rare, language) >= 2.0
                ):
                    continue
                yield usual, rare


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _slip(usual: str, rare: str, counts: Counter[str], language: str) -> bool:
    """A typing slip of a name the text repeats: one edit (a letter replaced, added, lost or
    two swapped), the slip written less often and unknown to wordfreq, the name no everyday
    word."""
    return (
        counts[rare] < counts[usual]
        and within_one_edit(usual, rare) == 1
        and _common(rare, language) == 0.0
        and _common(usual, language) < _SLIP_USUAL_ZIPF
    )


@register
class NameSpellingVariant(Rule):
    code = "MT903"
    name = "name-spelling-variant"
    summary = "The same name is spelled two ways in one text."
    severity = Severity.WARNING
    doc = """
    What it finds: a capitalised word (six letters or more) that appears at least twice, and a
    rarer spelling of it one letter off (two for names of eight letters or more) with the same
    first two and last two letters, where the two differ only as transliterations do
    (diacritics, y/j/h, ü/ue, c/k, z/s, w/v, doubled letters): "Mirziyoyev" and "Mirziyoev",
    "Fişier" and "Fișier"; or a slip of one edit (a letter replaced, added, lost, two swapped)
    from a name the text writes more often, the slip unknown to wordfreq ("Kramatorsk" twice,
    "Kramatrosk" once); an ending may differ in its marks alone ("Topbaş", "Topbas"). One
    finding names both
    spellings and marks every occurrence of the rarer one.
    Why it matters: machine translation transliterates names afresh in every sentence; readers
    take two spellings for two people, and search misses one of them.
    Fix safety: unsafe: the usual spelling replaces the rarer one everywhere, but the rarer one
    can be right.
    Known false positives: two real names one letter apart (Hermann / Herrmann when both are
    common words are skipped; rare ones are not); inflected forms that change the middle of a
    word. Endings never pair, so plurals and case endings (Putina / Putinu) stay quiet.
    """
    examples = (
        Example(
            "President Mirziyoyev met the delegation. Mirziyoyev said the talks went well, "
            "and Mirziyoev thanked the guests.",
            "President Mirziyoyev met the delegation. Mirziyoyev said the talks went well, "
            "and Mirziyoyev thanked the guests.",
        ),
        Example(
            "Australia and Austria signed it. Australian and Austrian ministers met in Vienna, "
            "then in Australia.",
        ),
        Example(
            "Smith met the Smiths. Smith said the Smiths had gone.",
        ),
        Example(
            "Talks in Dravelsk went on. Dravelsk hosts the fair, and Dravlesk the games.",
            "Talks in Dravelsk went on. Dravelsk hosts the fair, and Dravelsk the games.",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        # One scan per document, shared with MT971 (checks/rules/garble.py).
        every = document_title_case_words(document)
        positions = {word: spans for word, spans in every.items() if len(word) >= 6}
        if len(positions) < 2:
            return
        counts = Counter({word: len(spans) for word, spans in positions.items()})
        language = base_language(document)
        first = {word: spans[0][0] for word, spans in positions.items()}
        for usual, rare in _variant_pairs(counts, first, language):
            spans = positions[rare]
            first_start, first_end = spans[0]
            edits = tuple(Edit(start, end, usual) for start, end in spans)
            yield self.finding(
                first_start,
                first_end,
                f"'{rare}' ({counts[rare]}×) looks like another spelling of '{usual}' "
                f"({counts[usual]}× in this text)",
                fixes=(Fix(edits, Applicability.UNSAFE, f"'{rare}' → '{usual}' everywhere"),),
                confidence=0.7,
                data=(("spellings", (usual, rare)), ("occurrences", tuple(spans))),
            )


@cache
def rule_names() -> dict[str, str]:
    return {
        SOURCE_CODE: InconsistentTranslation.name,
        TARGET_CODE: InconsistentSource.name,
    }
