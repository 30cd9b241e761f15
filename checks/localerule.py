"""The one rule shape of the locale judges (MT940, MT943's halves, MT945–MT950): a judge reads
the text and returns verdicts (``localeforms.Verdict``); the rule turns each into a finding with
the target locale's form as its fix. Rule modules may not import each other, so the shared base
lives here."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.localeforms import Verdict
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Rule
from mtlint.checks.textscan import base_language, chunk_text

LOCALE_DOC = """
    What it finds: {what}
    Why it matters: {why}
    Fix safety: {fix}
    Known false positives: {fp}
    """


class LocaleJudgeRule(Rule):
    """A kind of locale verdict: the judge's verdicts of that kind as findings."""

    judge: Callable[[str, str, str | None], list[Verdict]]
    applicability = Applicability.UNSAFE

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        screen = chunk_text(document)
        for verdict in type(self).judge(document.text, language, screen):
            yield self.finding(
                verdict.start,
                verdict.end,
                f"'{verdict.written}' {verdict.why}; {language} writes '{verdict.fixed}'",
                fixes=(
                    Fix(
                        (Edit(verdict.start, verdict.end, verdict.fixed),),
                        self.applicability,
                        f"write '{verdict.fixed}'",
                    ),
                ),
                confidence=verdict.confidence,
            )
