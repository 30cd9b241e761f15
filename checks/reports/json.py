"""JSON report (documented in docs/json-format.md and reports/schema.json)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TextIO

from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport, LocatedFinding, edit_to_json
from mtlint.checks.score import ScoreTally, file_score

SCHEMA_VERSION = 1


def finding_to_json(path: str, located: LocatedFinding) -> dict[str, Any]:
    finding = located.finding
    return {
        "path": path,
        "code": finding.code,
        "name": finding.name,
        "family": finding.family,
        "start": located.file_start,
        "end": located.file_end,
        "line": located.line,
        "column": located.column,
        "text": located.excerpt,
        "context": located.context,
        "message": finding.message,
        "severity": str(finding.severity),
        "confidence": finding.confidence,
        "fixes": [
            {
                "edits": [edit_to_json(e) for e in fix.edits],
                "applicability": str(fix.applicability),
                "title": description,
            }
            for fix, description in zip(located.file_fixes, located.fix_descriptions, strict=False)
        ],
        **_occurrences(finding),
    }


def _occurrences(finding) -> dict[str, Any]:
    """Issue 14: a consistency finding lists every occurrence (path, unit id, line, text)."""
    if not finding.data or not finding.code.startswith("MT90"):
        return {}
    listed = dict(finding.data).get("occurrences")
    if not listed or not isinstance(listed[0], tuple) or len(listed[0]) != 5:
        return {}
    keys = ("path", "unit", "line", "column", "text")
    return {"occurrences": [dict(zip(keys, item, strict=True)) for item in listed]}


def file_to_json(report: FileReport) -> dict[str, Any]:
    data: dict[str, Any] = {
        "path": report.path,
        "language": report.language,
        "language_reason": report.language_reason,
        "languages": [{"language": c, "share": share} for c, share in report.languages],
        "language_regions": [
            {"language": c, "start": s, "end": e, "line": first, "end_line": last}
            for c, s, e, first, last in report.language_regions
        ],
        "words": report.words,
        "error": report.error,
        "findings": [finding_to_json(report.path, f) for f in report.findings],
        "rule_failures": [{"code": f.code, "error": f.error} for f in report.failures],
    }
    data["score"] = None if report.error else file_score(report).to_json()  # issue 14
    if report.backtranslation is not None:
        data["backtranslation"] = [s.to_json() for s in report.backtranslation]
        data["document_scores"] = {k: round(v, 2) for k, v in report.document_scores.items()}
    return data


@register_format("json")
def write_json(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    # Streamed file by file so memory stays flat on large batches.
    stream.write(f'{{"version": {SCHEMA_VERSION}, "files": [')
    totals: dict[str, Any] = {"files": 0, "findings": 0, "errors": 0}
    tally = ScoreTally()
    for index, report in enumerate(tally.watch(reports)):
        stream.write(",\n" if index else "\n")
        _write_file(report, stream)
        totals["files"] += 1
        totals["findings"] += len(report.findings)
        totals["errors"] += report.error is not None
    totals["score"] = tally.total.to_json()
    totals["families"] = {name: s.to_json() for name, s in tally.family_scores().items()}
    stream.write(f'\n], "summary": {json.dumps(totals)}}}\n')


_NO_FINDINGS = '"findings": []'


def _write_file(report: FileReport, stream: TextIO) -> None:
    """``json.dumps(file_to_json(report))``, written finding by finding: one garbage file can
    hold hundreds of thousands of findings, and their dicts all at once took gigabytes. json.dumps,
    not json.dump: only the one-shot call uses the C encoder (json.dump was 40 % of a
    10,000-file batch run)."""
    if len(report.findings) < 1000:
        stream.write(json.dumps(file_to_json(report), ensure_ascii=False))
        return
    # The file's object with no findings, split where they go ("findings" is the only such key
    # at the top level, and a key inside a string value would have its quotes escaped).
    shell = file_to_json(replace(report, findings=()))
    if shell.get("score") is not None:  # issue 14: the score counts the findings left out here
        shell["score"] = file_score(report).to_json()
    empty = json.dumps(shell, ensure_ascii=False)
    head, tail = empty.split(_NO_FINDINGS, 1)
    stream.write(head + '"findings": [')
    for index, located in enumerate(report.findings):
        if index:
            stream.write(", ")
        stream.write(json.dumps(finding_to_json(report.path, located), ensure_ascii=False))
    stream.write("]" + tail)
