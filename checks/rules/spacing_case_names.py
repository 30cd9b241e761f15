"""A name glued to the next word in the languages that mark case with endings (MT126, family
MT1 spacing): "Kemppinenkertoo" (Kemppinen kertoo), "Józsefáltal" (József által).

Finnish and Hungarian attach case endings to names ("Helsingissä", "Budapesten") and write
long compounds as one word, so the glue rule's splits read as inflections there. A name glued
to the word after it still shows: a capitalised word that no word list knows and the document
never writes alone, which splits into a known first part and a frequent word. The thresholds
are data (``glued_name_splits`` in ``resources/typography/<code>.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical
from mtlint.checks.typography import table
from mtlint.checks.wordlists import zipf

# A capitalised word of letters, mid-sentence: a letter, comma or closing mark, then a space.
_CANDIDATE = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=\w[,;)] )|(?<=\d ))([^\W\d_a-zß-ÿ][^\W\d_A-Z]{5,})(?![\w\-'’])"
)

# The next word (after an optional short link word) is capitalised: a multi-word name.
_NAME_GOES_ON = re.compile(r"(?: [^\W\d_]{1,3})? [^\W\d_a-zß-ÿ]")


def _settings(document: Document) -> dict[str, float] | None:
    raw = table(language_data(document), "glued_name_splits")
    return dict(raw) if isinstance(raw, dict) else None


@register
class GluedNameInflected(Rule):
    code = "MT126"
    name = "glued-name-case-language"
    summary = "A name glued to the next word where case endings attach ('Kemppinenkertoo')."
    languages = frozenset({"fi", "hu"})
    doc = """
    What it finds: in Finnish and Hungarian, a capitalised word in mid-sentence that
    no word list knows and the document never writes on its own, which splits into a first
    part that is a known word or written alone elsewhere in the document, and a second part
    that is a frequent word of the language ("Kemppinenkertoo" → "Kemppinen kertoo",
    "Istvánnovember" → "István november").
    Why it matters: MT and detokenisers drop the space after a name; the glue rule cannot
    judge these languages by its splits, because their names take case endings and their
    compounds are written as one word.
    Fix safety: unsafe: a space is inserted at the split.
    Known false positives: a compound name that no word list knows and whose last part is a
    frequent word ("Urheilutelevision loput": two common words as a company's name); a name
    that goes on with a capitalised word ("Csillagszem Iskola") is left, an unknown first
    part needs a very frequent second word of five letters or more, and a word the document
    writes twice is left. Turkish was measured and left out (surnames such as "Toroğlu").
    """
    examples = (
        Example(
            "Kirjailija Kullervo Kemppinenkertoo hänestä kirjoissaan.",
            "Kirjailija Kullervo Kemppinen kertoo hänestä kirjoissaan.",
            language="fi",
        ),
        Example(
            "A nagykövet, Kovács Istvánnovember elején Las Vegasban járt.",
            "A nagykövet, Kovács István november elején Las Vegasban járt.",
            language="hu",
        ),
        good("Hän asui Helsingissä ja Tampereella vuonna 1990.", language="fi"),
        good("Budapesten és Debrecenben is járt a miniszter.", language="hu"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        settings = _settings(document)
        if settings is None:
            return
        text = document.text
        seen: dict[str, bool] = {}
        for match in _CANDIDATE.finditer(text):
            word = match.group(1)
            if word in seen or not (word[0].isupper() and word[1:].islower()):
                continue
            if zipf(word, code) > 0:
                continue
            seen[word] = True
            if looks_technical(text, match.start(1), match.end(1)):
                continue
            if _NAME_GOES_ON.match(text, match.end(1)):
                continue  # "Csillagszem Iskola", "Légiforgalmi és Repülőtéri": a compound name
            split = _split(word, code, text, settings)
            if split is None:
                continue
            at = match.start(1) + split
            yield self.finding(
                match.start(1),
                match.end(1),
                f"'{word}' reads as '{word[:split]} {word[split:]}': a space lost after a name",
                fixes=[Fix((Edit(at, at, " "),), Applicability.UNSAFE, "insert a space")],
                confidence=0.6,
            )


def _split(word: str, code: str, text: str, settings: dict[str, float]) -> int | None:
    """Where the word splits into a first part that is known (a word of the language, or a word
    the document writes alone) and a frequent second part: a known first part wins, then the
    more frequent second part ("István|november", not "Istvánnov|ember")."""
    if len(re.findall(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text)) > 1:
        return None  # written so twice: a name of its own
    best, best_score = None, (False, 0.0)
    for at in range(3, len(word) - 1):
        left, right = word[:at], word[at:]
        right_zipf = zipf(right, code)
        short = len(right) < 4
        if right_zipf < (settings["short_zipf"] if short else settings["right_zipf"]):
            continue
        left_known = zipf(left, code) >= settings["left_zipf"] or _alone(left, text)
        # An unknown first part needs a whole, very frequent word after it: a case ending
        # ("Kotolalle": Kotola + -lle) reads as a short word ("alle").
        if not left_known and (len(right) < 5 or right_zipf < settings["right_zipf_unknown_left"]):
            continue
        if (left_known, right_zipf) > best_score:
            best, best_score = at, (left_known, right_zipf)
    return best


def _alone(part: str, text: str) -> bool:
    """The document writes the first part as a word of its own ("Lahesmaa" elsewhere)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])", text) is not None
