"""Bilingual: the project glossary against each segment (MT707 a required term missing, MT708 a
forbidden term used); they run only when the Document has ``units`` and a glossary."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, register


def _units(document: Document) -> Iterator[tuple[int, int, str, str]]:
    for start, end, source in document.units:
        yield start, end, source, document.text[start:end]


def _glossary(document: Document) -> list:
    from mtlint.checks.glossary import GlossaryEntry

    return [e if isinstance(e, GlossaryEntry) else GlossaryEntry(*e) for e in document.glossary]


@register
class GlossaryMissing(Rule):
    code = "MT707"
    name = "glossary-term-missing"
    summary = (
        "A glossary source term is in the source but its required translation is not in the target."
    )
    doc = """
    What it finds: a segment whose source contains a glossary source term while the target lacks
    the glossary's target term (case-insensitive, on word edges). The glossary is a TSV named by
    `glossary` in the config (format in checks/glossary.py and the README).
    Why it matters: house terminology (names of institutions, products, titles) must be used
    consistently; MT picks a different synonym each time.
    Fix safety: no fix: where the term goes in the sentence needs a translator.
    Known false positives: inflected forms of the target term in languages with case endings
    (add the forms to the glossary), a pronoun standing in for the term.
    """
    examples = (
        Example(
            "Der Sprecher des Kremls sagte nichts.",
            "Der Sprecher des Kremls sagte nichts.",
            "de",
            source="The Kremlin spokesman said nothing.",
            source_language="en",
            glossary=(("Kremlin spokesman", "Kremlsprecher"),),
        ),
        Example(
            "Der Kremlsprecher sagte nichts.",
            None,
            "de",
            source="The Kremlin spokesman said nothing.",
            source_language="en",
            glossary=(("Kremlin spokesman", "Kremlsprecher"),),
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not document.glossary:
            return
        from mtlint.checks.glossary import term_pattern

        required = [e for e in _glossary(document) if not e.forbidden and e.source]
        patterns = [(e, term_pattern(e.source), term_pattern(e.target)) for e in required]
        for start, end, source, target in _units(document):
            for entry, source_pattern, target_pattern in patterns:
                if source_pattern.search(source) and not target_pattern.search(target):
                    yield self.finding(
                        start,
                        end,
                        f"Glossary: {entry.source!r} should be translated as {entry.target!r}",
                        confidence=0.8,
                    )


@register
class ForbiddenTerm(Rule):
    code = "MT708"
    name = "forbidden-term"
    summary = "The target uses a term the glossary forbids."
    severity = Severity.ERROR
    doc = """
    What it finds: a glossary term marked `forbidden` in a target segment (case-insensitive, on
    word edges); with a source term given, only in segments whose source contains it.
    Why it matters: style guides ban terms (outdated names, offensive or legally loaded words,
    a competitor's product name) that MT keeps producing.
    Fix safety: when the glossary names a replacement it is offered (unsafe: inflection and
    capitalisation may need adjusting).
    Known false positives: the term quoted or discussed on purpose.
    """
    examples = (
        Example(
            "Der Ministerpräsident reiste ab.",
            "Der Premierminister reiste ab.",
            "de",
            source="The prime minister left.",
            source_language="en",
            glossary=(("", "Ministerpräsident", "forbidden", "Premierminister"),),
        ),
        Example(
            "Der Premierminister reiste ab.",
            None,
            "de",
            source="The prime minister left.",
            source_language="en",
            glossary=(("", "Ministerpräsident", "forbidden", "Premierminister"),),
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not document.glossary:
            return
        from mtlint.checks.glossary import term_pattern

        forbidden = [e for e in _glossary(document) if e.forbidden]
        patterns = [
            (e, term_pattern(e.target), term_pattern(e.source) if e.source else None)
            for e in forbidden
        ]
        for start, _end, source, target in _units(document):
            for entry, pattern, source_pattern in patterns:
                if source_pattern is not None and not source_pattern.search(source):
                    continue
                for match in pattern.finditer(target):
                    fixes = []
                    if entry.replacement:
                        fixes.append(
                            Fix(
                                (
                                    Edit(
                                        start + match.start(),
                                        start + match.end(),
                                        entry.replacement,
                                    ),
                                ),
                                Applicability.UNSAFE,
                                f"{match.group()!r} → {entry.replacement!r}",
                            )
                        )
                    yield self.finding(
                        start + match.start(),
                        start + match.end(),
                        f"Forbidden term {match.group()!r}"
                        + (f"; use {entry.replacement!r}" if entry.replacement else ""),
                        fixes=fixes,
                        confidence=0.9,
                    )
