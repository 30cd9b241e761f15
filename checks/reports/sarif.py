"""SARIF 2.1.0 report (for CI and code-scanning dashboards), written as a stream.

Results are written file by file as they arrive; the tool description (with the rules actually
reported) and the invocation (with a notification per file that could not be checked) follow
them, which JSON allows, so memory stays flat on large batches. Regions carry 1-based line and
column, plus ``charOffset``/``charLength`` in code points (``columnKind: unicodeCodePoints``);
fixes become SARIF ``fixes`` with replacements.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport, LocatedFinding

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for a relative path; a file: URI for an absolute one."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return quote(pure.as_posix())


def _region(located: LocatedFinding) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": located.line,
        "startColumn": located.column,
        "charOffset": located.file_start,
        "charLength": located.file_end - located.file_start,
    }
    if located.excerpt:
        region["snippet"] = {"text": located.excerpt}
    return region


def result_to_sarif(path: str, located: LocatedFinding) -> dict[str, Any]:
    finding = located.finding
    uri = artifact_uri(path)
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVELS.get(str(finding.severity), "warning"),
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(located)}}
        ],
        "partialFingerprints": {"mtlintContext/v1": f"{finding.code}:{located.context}"},
        "properties": {"confidence": finding.confidence, "family": finding.family},
    }
    fixes = []
    for fix, description in zip(located.file_fixes, located.fix_descriptions, strict=False):
        fixes.append(
            {
                "description": {"text": f"{description} ({fix.applicability})"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": edit.start,
                                    "charLength": edit.end - edit.start,
                                },
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in fix.edits
                        ],
                    }
                ],
            }
        )
    if fixes:
        result["fixes"] = fixes
    return result


def _rule_descriptor(code: str, name: str) -> dict[str, Any]:
    from mtlint.checks.registry import rule_by_code

    rule = rule_by_code(code)
    descriptor: dict[str, Any] = {"id": code, "name": name}
    if rule is not None:
        descriptor["shortDescription"] = {"text": rule.summary}
        if rule.doc:
            import textwrap

            descriptor["fullDescription"] = {"text": textwrap.dedent(rule.doc).strip()}
        descriptor["defaultConfiguration"] = {"level": _LEVELS.get(str(rule.severity), "warning")}
        descriptor["properties"] = {"family": rule.family}
    return descriptor


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("mtlint")
    except Exception:
        return "0.0.0"


@register_format("sarif")
def write_sarif(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    schema = json.dumps(SARIF_SCHEMA)
    stream.write(f'{{"$schema": {schema}, "version": "2.1.0", "runs": [{{\n"results": [')
    rules: dict[str, str] = {}
    notifications = []
    first = True
    for report in reports:
        if report.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": report.error},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": artifact_uri(report.path)}
                            }
                        }
                    ],
                }
            )
        for failure in report.failures:
            notifications.append(
                {
                    "level": "warning",
                    "message": {
                        "text": f"{report.path}: rule {failure.code} crashed: {failure.error}"
                    },
                    "associatedRule": {"id": failure.code},
                }
            )
        for located in report.findings:
            rules.setdefault(located.finding.code, located.finding.name)
            stream.write("\n" if first else ",\n")
            first = False
            json.dump(result_to_sarif(report.path, located), stream, ensure_ascii=False)
    tool = {
        "driver": {
            "name": "mtlint",
            "version": _version(),
            "rules": [_rule_descriptor(code, rules[code]) for code in sorted(rules)],
        }
    }
    invocation = {"executionSuccessful": True, "toolExecutionNotifications": notifications}
    tool_json = json.dumps(tool, ensure_ascii=False)
    invocation_json = json.dumps(invocation, ensure_ascii=False)
    stream.write(
        f'\n],\n"tool": {tool_json},\n"invocations": [{invocation_json}],\n'
        '"columnKind": "unicodeCodePoints"}]}\n'
    )
