"""Text report: ``path:line:col: CODE message [fix: …]``, one finding a line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport, SentenceScore
from mtlint.checks.score import ScoreTally, describe


@register_format("text")
def write_text(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    statistics: dict[tuple[str, str], int] = {}
    files = findings = errors = 0
    show_scores = options.get("backtranslation_all", False)
    languages: dict[tuple[str, str], int] = {}
    in_regions: dict[str, int] = {}  # language → files with paragraphs checked in it
    tally = ScoreTally()  # issue 14: the quality score under the summary
    for report in tally.watch(reports):
        files += 1
        if report.language and not report.error:
            key = (report.language, report.language_reason or "")
            languages[key] = languages.get(key, 0) + 1
        if report.error:
            errors += 1
            stream.write(f"error: {report.error}\n")
            continue
        for failure in report.failures:
            stream.write(
                f"{report.path}: rule {failure.code} crashed and was skipped: {failure.error}\n"
            )
        if report.language_regions:
            stream.write(f"{report.path}: {regions_note(report)}\n")
            for code in {region[0] for region in report.language_regions}:
                in_regions[code] = in_regions.get(code, 0) + 1
        for located in report.findings:
            finding = located.finding
            findings += 1
            key = (finding.code, finding.name)
            statistics[key] = statistics.get(key, 0) + 1
            line = (
                f"{report.path}:{located.line}:{located.column}: {finding.code} {finding.message}"
            )
            if report.is_doubtful(finding):
                line += f" (doubtful: confidence {finding.confidence:.2f})"
            if located.fix_descriptions:
                line += f" [fix: {' | '.join(located.fix_descriptions)}]"
            stream.write(line + "\n")
        if report.backtranslation:
            scored = sorted(report.backtranslation, key=lambda s: s.chrf)
            stream.write(f"{report.path}: back-translation, worst sentences first:\n")
            for score in scored if show_scores else scored[:10]:
                stream.write(
                    f"  {report.path}:{score.line}:{score.column}: chrF {score.chrf:5.1f}  "
                    f"BLEU {score.bleu:5.1f}  TER {score.ter:5.1f}"
                    + (f"  sem {score.semantic:.2f}" if score.semantic is not None else "")
                    + "\n"
                )
                stream.write(
                    f"      original:   {score.text}\n      round trip: {score.roundtrip}\n"
                )
                _write_changes(stream, score)
                if score.source is not None:
                    stream.write(f"      source:     {score.source}\n")
                    if score.forward is not None:
                        stream.write(
                            f"      forward:    {score.forward}"
                            f"  (chrF {score.forward_chrf or 0:.1f})\n"
                        )
            if report.document_scores:
                parts = ", ".join(f"{k} {v:.1f}" for k, v in report.document_scores.items())
                stream.write(f"  document: {parts}\n")
    if options.get("statistics"):
        for (code, name), count in sorted(statistics.items(), key=lambda kv: (-kv[1], kv[0])):
            stream.write(f"{count:6d}  {code}  {name}\n")
    if not options.get("quiet_summary"):
        summary = (
            f"{findings} finding{'s' if findings != 1 else ''} "
            f"in {files} file{'s' if files != 1 else ''}"
        )
        if errors:
            summary += f" ({errors} could not be checked)"
        if languages:
            summary += f" ({_languages_note(languages)}{_regions_summary(in_regions)})"
        stream.write(summary + ".\n")
        if files > errors:
            stream.write(describe(tally.total) + "\n")


def _write_changes(stream: TextIO, score: SentenceScore) -> None:
    """The pivot text, the word diff ([-dropped-] {+added+}) and what content was lost."""
    from mtlint.checks.backtranslation.compare import diff_text

    for pivot in score.pivots:
        stream.write(f"      via {pivot.pivot} (chrF {pivot.chrf:.1f}): {pivot.roundtrip}\n")
    if score.pivot_text and not score.pivots:
        stream.write(f"      pivot:      {score.pivot_text}\n")
    if any(step.op != "equal" for step in score.diff):
        stream.write(f"      changes:    {diff_text(score.diff)}\n")
    for issue in score.content:
        stream.write(f"      ! {issue.message}\n")


_REASONS = {
    "given": "as given",
    "declared": "declared by the file",
    "detected": "detected",
    "fallback": "too little text to identify; set --lang to change",
}


def _regions_summary(in_regions: dict[str, int]) -> str:
    """ "; paragraphs checked as de in 2 files, fr in 1 file" (empty when none)."""
    if not in_regions:
        return ""
    parts = ", ".join(
        f"{code} in {count} file{'s' if count != 1 else ''}"
        for code, count in sorted(in_regions.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f"; paragraphs checked as {parts}"


def regions_note(report: FileReport) -> str:
    """ "checked in en; in its own language: de (lines 5-9), fr (line 12)"."""
    parts = []
    for code, _, _, first, last in report.language_regions:
        lines = f"line {first}" if first == last else f"lines {first}-{last}"
        parts.append(f"{code} ({lines})")
    return f"checked in {report.language}; in its own language: " + ", ".join(parts)


def _languages_note(languages: dict[tuple[str, str], int]) -> str:
    """ "language: en, detected" or "languages: en 3 (detected), de 1 (as given)"."""
    if len(languages) == 1:
        (code, reason), _ = next(iter(languages.items()))
        return f"language: {code}" + (f", {_REASONS.get(reason, reason)}" if reason else "")
    parts = [
        f"{code} {count}" + (f" ({_REASONS.get(reason, reason)})" if reason else "")
        for (code, reason), count in sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return "languages: " + ", ".join(parts)
