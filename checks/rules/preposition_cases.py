"""A noun left in its dictionary form after a preposition that governs another case (MT528):
Russian "в теория аргументации" for "в теории", Ukrainian "у теорія" for "у теорії", Polish "w
sytuacja" for "w sytuacji", Czech "při situace" for "při situaci".

The mechanism: machine translation (and a page pipeline that translates a link's text on its
own, out of its sentence) renders the link text as a headword, in the nominative, and drops it
after the preposition of the sentence around it; in a language that inflects nouns for case the
preposition then governs a form it never takes. What is read is morphology the language's table
states, not a parser: ``nominative_after_preposition`` in resources/lang/<lang>.json lists groups
of prepositions none of which takes the nominative, each with endings that mark the nominative
singular only (Russian "-ия": every other case writes "-ии", "-ию", "-ией") and the forms the
preposition would take instead, in the order of the cases it governs (the text's own forms
first); ``unless`` names the forms by which another word's inflection shows that it shares
the ending (Russian "здания" is the genitive of "здание": the stem with "-ие" is a word;
"Василия" is that of "Василий", whose instrumental "-ием" no "-ия" noun writes). A finding
needs evidence that the inflected form exists: wordfreq knows it as an everyday word, or the
document writes it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text
from mtlint.checks.wordlists import frequency_dict

# The nominative written is a word of the language; an inflected form is everyday, or written.
_NOMINATIVE_ZIPF = 2.5
_FORM_ZIPF = 3.0
_MIN_LETTERS = 4
# The preposition, whitespace, then the word that ends at the match (a slice's end).
_BEFORE = re.compile(r"(?:^|[^\w\-’'])([^\W\d_]+)[ \t]+([^\W\d_]+)$")
_WORD = re.compile(r"[^\W\d_]+")


class _Group:
    """Prepositions that share the endings they never take."""

    def __init__(self, entry: dict) -> None:
        self.prepositions = frozenset(word.lower() for word in entry.get("prepositions", ()))
        self.endings: dict[str, tuple[str, ...]] = {
            ending: tuple(forms) for ending, forms in entry.get("endings", {}).items()
        }
        self.unless: dict[str, tuple[str, ...]] = {
            ending: tuple(others) for ending, others in entry.get("unless", {}).items()
        }


@cache
def _groups(language: str) -> tuple[_Group, ...]:
    value = load_language_data(language).tables.get("nominative_after_preposition") or []
    return tuple(_Group(entry) for entry in value if isinstance(entry, dict))


@cache
def _ending_pattern(language: str) -> re.Pattern[str] | None:
    """Every group's endings at a word's end (a literal-led scan: no look-behind)."""
    endings = {ending for group in _groups(language) for ending in group.endings}
    if not endings:
        return None
    alternatives = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W\d_])")


def _zipf(word: str, language: str) -> float:
    frequency = frequency_dict(language).get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


def _languages() -> frozenset[str]:
    return frozenset(code for code in available_languages() if _groups(code))


def _inflected(
    word: str, ending: str, group: _Group, language: str, written: frozenset[str]
) -> list[str]:
    """The forms ``word`` takes in place of its nominative ending that wordfreq knows as
    everyday words or the document writes, the written ones first; empty when the word is no
    nominative here (too rare, too short, or ambiguous by ``unless``)."""
    lower = word.lower()
    stem = lower[: -len(ending)]
    if len(lower) < _MIN_LETTERS or _zipf(lower, language) < _NOMINATIVE_ZIPF:
        return []
    if any(
        _zipf(stem + other, language) >= _NOMINATIVE_ZIPF for other in group.unless.get(ending, ())
    ):
        return []
    forms = [stem + form for form in group.endings[ending]]
    known = [form for form in forms if form in written or _zipf(form, language) >= _FORM_ZIPF]
    known.sort(key=lambda form: form not in written)  # stable: the table's order otherwise
    return known


@register
class NominativeAfterPreposition(Rule):
    code = "MT528"
    name = "nominative-after-preposition"
    summary = "A noun left in the nominative after a preposition that governs another case."
    languages = _languages()
    severity = Severity.WARNING
    doc = """
    What it finds: in a language that inflects nouns for case, a noun in its nominative
    singular right after a preposition that never takes the nominative: Russian "в теория"
    (в теории), "между Россия" (между Россией), Ukrainian "у теорія" (у теорії), Polish "w
    sytuacja" (w sytuacji), Czech "při situace" (při situaci). The prepositions and the
    endings that mark the nominative only (not "-а": also a genitive, a plural) are the
    language's ``nominative_after_preposition`` table (resources/lang); the inflected form
    must be an everyday word (wordfreq) or written in the same text.
    Why it matters: machine translation renders a link's text or a term as a headword and
    leaves it so in the sentence; a reader sees broken grammar at once.
    Fix safety: unsafe: the forms the preposition may take are offered, those the text itself
    writes first; which case is right depends on the verb as well.
    Quiet on: endings another word's inflection shares (Russian "для развития": the genitive
    of "развитие"; Ukrainian "на Андрія" of "Андрій"; table ``unless``), words wordfreq does
    not know, a preposition joined to the word before by a hyphen, and every language without
    a table.
    Known false positives: an indeclinable foreign name that ends like a nominative ("с
    Гарсия").
    """
    examples = (
        Example(
            "В теория аргументации схема описывает тип рассуждения.",
            "В теории аргументации схема описывает тип рассуждения.",
            "ru",
        ),
        Example(
            "Ми говоримо у теорія про нові підходи до навчання.",
            "Ми говоримо у теорії про нові підходи до навчання.",
            "uk",
        ),
        Example(
            "Rząd jest w sytuacja, której nikt nie przewidział.",
            "Rząd jest w sytuacji, której nikt nie przewidział.",
            "pl",
        ),
        good("Это важно для развития страны и для здания школы.", "ru"),
        good("Теория аргументации изучает схемы, и в теории их много.", "ru"),
        good("Rząd jest w sytuacji, której nikt nie przewidział.", "pl"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        pattern = _ending_pattern(language)
        if pattern is None:
            return
        chunks = chunk_text(document)
        groups = _groups(language)
        if not any(ending in chunks for group in groups for ending in group.endings):
            return
        text = document.text
        written: frozenset[str] | None = None
        for match in pattern.finditer(text):
            before = _BEFORE.search(text, max(0, match.end() - 60), match.end())
            if before is None:
                continue
            preposition, word = before.group(1).lower(), before.group(2)
            ending = match.group()
            group = next(
                (g for g in groups if preposition in g.prepositions and ending in g.endings), None
            )
            if group is None:
                continue
            if word[:1].isupper() and not word[1:].islower():
                continue  # an acronym or a word in capitals
            if written is None:
                written = frozenset(w.lower() for w in _WORD.findall(chunks))
            forms = _inflected(word, ending, group, language, written)
            if forms:
                yield self._finding(before.span(2), before.group(1), word, forms)

    def _finding(self, span: tuple[int, int], preposition: str, word: str, forms: list[str]):
        start, end = span
        if word[:1].isupper():
            forms = [form[:1].upper() + form[1:] for form in forms]
        return self.finding(
            start,
            end,
            f"'{preposition} {word}': the noun stands in the nominative after a preposition "
            f"that takes another case ('{preposition} {forms[0]}')",
            fixes=tuple(
                Fix((Edit(start, end, form),), Applicability.UNSAFE, form) for form in forms[:3]
            ),
            confidence=0.65 if word[:1].isupper() else 0.7,
        )
