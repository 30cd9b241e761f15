"""Words that lost an elision's apostrophe (family MT97x, with checks/rules/garble.py and
garble_words.py): "lestradizione" for "l’estradizione", "dellomicidio" for "dell’omicidio".

A conversion that drops every character it cannot encode drops the typographic apostrophe
(U+2019) with the accented letters; the letters are MT609's (checks/rules/diacritics.py: "autorit"
for "autorità"), lost marks MT607's, an accent typed as an apostrophe MT608's. Here: a word
wordfreq never saw that is one of the language's elisions (``elisions`` in
resources/typography/<lang>.json) glued to a word of the language.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, language_data, looks_technical
from mtlint.checks.typography import table
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

# The word after the lost apostrophe is a word of the language (Zipf 3 or more).
_ELIDED = 10 ** (3.0 - 9)
# It starts with a vowel or an h (what elides before it) and has four letters or more.
_ELIDING = "aeiouh"
_MIN_REST = 4


def _elisions(document: Document) -> tuple[str, ...]:
    """The language's elided words without their apostrophe ("l", "dell", "qu")."""
    return tuple(
        e[:-1]
        for e in table(language_data(document), "elisions", []) or []
        if e.endswith("'") and len(e) > 1
    )


@register
class LostElisionApostrophe(Rule):
    code = "MT978"
    name = "lost-elision-apostrophe"
    summary = "An elision that lost its apostrophe ('lestradizione' for 'l’estradizione')."
    # The languages whose typography table lists elisions (a test keeps the two in step).
    languages = frozenset({"fr", "it"})
    severity = Severity.WARNING
    doc = """
    What it finds: a word wordfreq does not know that is one of the language's elided words
    ("l", "dell", "qu" …) glued to an everyday word (Zipf 3 or more) starting with a vowel or
    an h: "lestradizione" (l’estradizione), "dellomicidio" (dell’omicidio).
    Why it matters: a conversion that cannot encode the typographic apostrophe drops it, and
    the two words become one that no reader or search recognises. (The accented letters the
    same conversion drops are MT609's, "autorit" for "autorità"; MT978 also read lost marks
    and the typewriter accent "piu’" until those were left to MT607–MT609.)
    Fix safety: unsafe: the apostrophe (’) is put back; a rare word of the language can look
    like an elision.
    Known false positives: a name or a foreign word that starts like an elision and is unknown
    to wordfreq ("Lemaire" is known and stays quiet).
    """
    examples = (
        Example(
            "Per lestradizione dal Kosovo potrebbe volerci un anno.",
            "Per l’estradizione dal Kosovo potrebbe volerci un anno.",
            language="it",
        ),
        Example(
            "Il processo dellomicidio di Skopje è rinviato.",
            "Il processo dell’omicidio di Skopje è rinviato.",
            language="it",
        ),
        good("Le autorit di Skopje e la citta’ di Abha.", "it"),
        good("Per l’estradizione, e per l'omicidio, ci vorrà un anno.", "it"),
        good("The authorities met in Skopje on Monday.", "en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        elisions = _elisions(document)
        own = frequency_dict(base_language(document))
        if not elisions or not own:
            return
        text = document.text
        for word in sorted(document_words(document)):
            if "-" in word or own.get(word.casefold()):
                continue
            restored = _restore(word, elisions, own)
            if restored is None:
                continue
            for start in _whole_words(text, word):
                end = start + len(word)
                if looks_technical(text, start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{word}' lost an elision's apostrophe: '{restored}'",
                    fixes=(Fix((Edit(start, end, restored),), Applicability.UNSAFE, restored),),
                    confidence=0.7,
                )


def _restore(word: str, elisions: tuple[str, ...], own: dict) -> str | None:
    """``word`` with the apostrophe after its elided word put back, or None."""
    lowered = word.lower()
    for prefix in elisions:
        rest = lowered[len(prefix) :]
        elided = lowered.startswith(prefix) and rest[:1] in _ELIDING
        if elided and len(rest) >= _MIN_REST and own.get(rest, 0.0) >= _ELIDED:
            restored = prefix + "’" + rest
            return restored[:1].upper() + restored[1:] if word[:1].isupper() else restored
    return None


def _whole_words(text: str, word: str) -> list[int]:
    found = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        # Empty at the text's edges: "" is in every string, so test it first.
        before, after = text[at - 1 : at] if at else " ", text[end : end + 1] or " "
        if not (before.isalnum() or before in "-_'’") and not (after.isalnum() or after in "-_"):
            found.append(at)
        at = text.find(word, at + 1)
    return found
