"""CSV report: one row per finding (and one per file that could not be checked), streamed."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport

COLUMNS = (
    "path",
    "line",
    "column",
    "start",
    "end",
    "code",
    "name",
    "family",
    "severity",
    "confidence",
    "message",
    "text",
    "fix",
    "fix_applicability",
    "context",
    "error",
)


@register_format("csv")
def write_csv(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for report in reports:
        if report.error:
            writer.writerow([report.path, *[""] * (len(COLUMNS) - 2), report.error])
            continue
        for failure in report.failures:
            writer.writerow(
                [
                    report.path,
                    "",
                    "",
                    "",
                    "",
                    failure.code,
                    "",
                    "",
                    "error",
                    "",
                    "rule crashed",
                    "",
                    "",
                    "",
                    "",
                    failure.error,
                ]
            )
        for located in report.findings:
            finding = located.finding
            fix = located.fix_descriptions[0] if located.fix_descriptions else ""
            applicability = str(located.file_fixes[0].applicability) if located.file_fixes else ""
            writer.writerow(
                [
                    report.path,
                    located.line,
                    located.column,
                    located.file_start,
                    located.file_end,
                    finding.code,
                    finding.name,
                    finding.family,
                    str(finding.severity),
                    finding.confidence,
                    finding.message,
                    located.excerpt,
                    fix,
                    applicability,
                    located.context,
                    "",
                ]
            )
