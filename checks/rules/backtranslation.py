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
    summary = (
        "A sentence's round trip through another language scores low (chrF) or loses a name,"
        " number, date or negation."
    )
    severity = Severity.WARNING
    default_enabled = False
    doc = """
    What it finds: sentences that, translated into a pivot language and back with an offline
    Argos Translate model, come back very different from themselves (sacrebleu chrF below the
    threshold, 45 by default: `roundtrip-threshold` in [tool.mtlint]). With a source text, the
    translation is back-translated into the source language and compared with the source.
    Severity follows the score: under half the threshold an error, under 80 % a warning,
    otherwise info; a high semantic similarity (all-MiniLM-L6-v2, when installed) lowers it.
    The message says what changed: names, numbers, dates and negations in the sentence but not
    in its round trip ("the number 2022 is lost") or the other way round; such a loss flags a
    sentence even when its chrF is fine (info with one pivot, a warning when several pivots,
    `--pivot de,fr`, all lost it). The report and the app show the word diff and the pivot text.
    Why it matters: rules cannot see lost meaning. A garbled word order or a dropped word
    ("received the North Korean leader Kim Jong Un Russia") often survives spell checking but
    not a round trip; the finding points a reviewer at the sentence and at what went missing.
    Fix safety: with a source (bilingual files, `--source`) the offline forward translation of
    the source is offered as an unsafe rewrite (on MT802 when that fires too); otherwise no fix.
    Known false positives: idioms, names and free but correct translations round-trip poorly;
    short sentences score erratically; one pivot model's noise drops names and numbers (use
    two pivots). Names are capitalised words (in German only known names and acronyms); a name
    replaced by a description ("the Milky Way" / "our galaxy") counts as lost. Round-trip scores
    are a weak signal alone (Moon et al., 2020): read the sentence before changing it.
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
    Fix safety: the machine translation of the source is offered as an unsafe fix replacing the
    sentence: a suggested rewrite to accept, edit or reject in the review, never applied
    without a look.
    Known false positives: good human translations are often free; misaligned sentences (very
    different sentence counts) compare the wrong pairs.
    """
    examples = (good("The president arrived on Sunday."),)

    def check(self, document: Document) -> Iterator[Finding]:
        return iter(())
