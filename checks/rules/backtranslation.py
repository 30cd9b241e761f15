"""Back-translation: sentences whose round trip (or comparison with the source) scores low.

These rules reserve their codes and document the findings; the findings themselves come from
``checks.backtranslation`` (``mtlint check --backtranslate``), which needs a translation model,
so the rules are off by default and their ``check`` yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Severity
from mtlint.checks.registry import Rule, good, register


@register
class LowRoundtripScore(Rule):
    code = "MT801"
    name = "low-roundtrip-score"
    summary = "A sentence's round trip through another language scores low (chrF)."
    severity = Severity.WARNING
    default_enabled = False
    doc = """
    What it finds: sentences that, translated into a pivot language and back with an offline
    Argos Translate model, come back very different from themselves (sacrebleu chrF below the
    threshold, 45 by default: `roundtrip-threshold` in [tool.mtlint]). With a source text, the
    translation is back-translated into the source language and compared with the source.
    Severity follows the score: under half the threshold an error, under 80 % a warning,
    otherwise info; a high semantic similarity (all-MiniLM-L6-v2, when installed) lowers it.
    Why it matters: rules cannot see lost meaning. A garbled word order or a dropped word
    ("received the North Korean leader Kim Jong Un Russia") often survives spell checking but
    not a round trip; the finding points a reviewer at the sentence.
    Fix safety: no fix is offered; the round trip is shown as a hint.
    Known false positives: idioms, names and free but correct translations round-trip poorly;
    short sentences score erratically. Round-trip scores are a weak signal alone (Moon et al.,
    2020): read the sentence before changing it.
    """
    examples = (good("The president arrived on Sunday."),)

    def check(self, document: Document) -> Iterator[Finding]:
        return iter(())


@register
class LowForwardScore(Rule):
    code = "MT802"
    name = "low-forward-score"
    summary = "A translated sentence differs much from an offline MT of its source (chrF)."
    severity = Severity.WARNING
    default_enabled = False
    doc = """
    What it finds: with a source text (`--source FILE` or a bilingual format), each source
    sentence is aligned to its translation (one to one, or Gale–Church by length), translated
    with an offline Argos Translate model, and compared with the given translation; a chrF
    below the threshold is reported.
    Why it matters: a translation far from what an independent MT system makes of the source
    may have dropped, added or garbled content.
    Fix safety: no fix is offered; the machine translation is shown as a hint.
    Known false positives: good human translations are often free; misaligned sentences (very
    different sentence counts) compare the wrong pairs.
    """
    examples = (good("The president arrived on Sunday."),)

    def check(self, document: Document) -> Iterator[Finding]:
        return iter(())
