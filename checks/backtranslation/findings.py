"""MT801/MT802 findings from scored sentences: the message names what was lost, and a bilingual
segment's offline forward translation is offered as an unsafe rewrite."""

from __future__ import annotations

from mtlint.checks.backtranslation import scoring
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity, Span
from mtlint.checks.results import ContentIssue, SentenceScore
from mtlint.checks.rules.backtranslation import LowForwardScore, LowRoundtripScore

# The codes and names are the rules' (checks/rules/backtranslation.py): defined once, there.
ROUNDTRIP_CODE, ROUNDTRIP_NAME = LowRoundtripScore.code, LowRoundtripScore.name
FORWARD_CODE, FORWARD_NAME = LowForwardScore.code, LowForwardScore.name
FAMILY = "backtranslation"
REWRITE_TITLE = "replace with the offline machine translation of the source"


def content_lost(sentence: SentenceScore) -> tuple[ContentIssue, ...]:
    """The sentence's issues that flag it: content lost (added content is shown, not flagged)."""
    return tuple(issue for issue in sentence.content if issue.change == "lost")


def is_flagged(sentence: SentenceScore, threshold: float) -> bool:
    return sentence.chrf < threshold or bool(content_lost(sentence))


# Content issues named in a finding's message; the rest are counted (JSON lists them all).
MESSAGE_ISSUES = 4


def _content_note(sentence: SentenceScore) -> str:
    if not sentence.content:
        return ""
    # Lost before added: what was lost is what a reviewer must restore.
    ordered = sorted(sentence.content, key=lambda issue: issue.change != "lost")
    named = "; ".join(issue.message for issue in ordered[:MESSAGE_ISSUES])
    more = len(ordered) - MESSAGE_ISSUES
    return f"; {named}" + (f"; and {more} more" if more > 0 else "")


def _roundtrip_severity(sentence: SentenceScore, threshold: float, pivots: int) -> Severity | None:
    severity = scoring.severity_for(sentence.chrf, threshold, sentence.semantic)
    if severity is None and content_lost(sentence):
        # The score is fine but a name, number, date or negation did not survive: a hint with
        # one pivot (its own noise can drop a word), a warning when every pivot agrees.
        severity = Severity.WARNING if pivots > 1 else Severity.INFO
    return severity


def _rewrite(sentence: SentenceScore, text: str) -> tuple[Fix, ...]:
    """The forward translation of the source, replacing the segment (stripped of its spaces)."""
    forward = (sentence.forward or "").strip()
    segment = text[sentence.start : sentence.end]
    if not forward or forward == segment.strip():
        return ()
    start = sentence.start + (len(segment) - len(segment.lstrip()))
    end = sentence.end - (len(segment) - len(segment.rstrip()))
    return (Fix((Edit(start, end, forward),), Applicability.UNSAFE, REWRITE_TITLE),)


def findings_for(
    sentence: SentenceScore,
    threshold: float,
    pivot: str,
    *,
    bilingual: bool,
    text: str,
    pivots: int = 1,
) -> list[tuple[float, Finding]]:
    """(sort key, finding) pairs for one sentence: worst scores first."""
    out: list[tuple[float, Finding]] = []
    span = Span(sentence.start, sentence.end)
    rewrite = _rewrite(sentence, text) if bilingual else ()
    forward_severity = None
    if bilingual and sentence.forward_chrf is not None:
        forward_severity = scoring.severity_for(sentence.forward_chrf, threshold)
    severity = _roundtrip_severity(sentence, threshold, pivots)
    if severity is not None:
        out.append(
            (
                sentence.chrf,
                Finding(
                    code=ROUNDTRIP_CODE,
                    name=ROUNDTRIP_NAME,
                    message=_roundtrip_message(sentence, pivot, bilingual),
                    span=span,
                    severity=severity,
                    confidence=scoring.confidence_for(min(sentence.chrf, threshold), threshold),
                    # The rewrite goes with MT802 when that fires, so it is offered once.
                    fixes=rewrite if forward_severity is None else (),
                    family=FAMILY,
                    data=data_items(sentence, pivot),
                ),
            )
        )
    if forward_severity is not None and sentence.forward_chrf is not None:
        out.append(
            (
                sentence.forward_chrf,
                Finding(
                    code=FORWARD_CODE,
                    name=FORWARD_NAME,
                    message=(
                        f"Machine translation of the source differs from this sentence: chrF"
                        f" {sentence.forward_chrf:.1f} (BLEU {sentence.forward_bleu or 0:.1f})."
                        f" Translation of the source: “{sentence.forward}”"
                    ),
                    span=span,
                    severity=forward_severity,
                    confidence=scoring.confidence_for(sentence.forward_chrf, threshold),
                    fixes=rewrite,
                    family=FAMILY,
                    data=data_items(sentence, pivot),
                ),
            )
        )
    return out


def _roundtrip_message(sentence: SentenceScore, pivot: str, bilingual: bool) -> str:
    semantic = f", semantic {sentence.semantic:.2f}" if sentence.semantic is not None else ""
    scores = (
        f"chrF {sentence.chrf:.1f} (BLEU {sentence.bleu:.1f}, TER {sentence.ter:.1f}{semantic})"
    )
    content = _content_note(sentence)
    if bilingual:
        return (
            f"Back-translation into {pivot} differs from the source: {scores}{content}; meaning"
            f" may be lost or added. Back-translation: “{sentence.roundtrip}”"
        )
    return (
        f"Round trip through {pivot} scores {scores}{content}; the sentence may be garbled or"
        f" have lost words. Round trip: “{sentence.roundtrip}”"
    )


def data_items(sentence: SentenceScore, pivot: str) -> tuple[tuple[str, object], ...]:
    items: list[tuple[str, object]] = [
        ("pivot", pivot),
        ("roundtrip", sentence.roundtrip),
        ("chrf", round(sentence.chrf, 2)),
        ("bleu", round(sentence.bleu, 2)),
        ("ter", round(sentence.ter, 2)),
    ]
    if sentence.semantic is not None:
        items.append(("semantic", round(sentence.semantic, 4)))
    if sentence.pivot_text is not None:
        items.append(("pivot_text", sentence.pivot_text))
    if sentence.content:
        items.append(("content", tuple(issue.message for issue in sentence.content)))
    if sentence.source is not None:
        items += [
            ("source", sentence.source),
            ("forward", sentence.forward),
            (
                "forward_chrf",
                None if sentence.forward_chrf is None else round(sentence.forward_chrf, 2),
            ),
        ]
    return tuple(items)
