"""XLSX report (openpyxl, write-only so a large batch streams): a "Findings" sheet (file,
location, code, severity, message, context with the flagged span in bold red, fix) and a
"Summary" sheet (per file: words, findings by severity, penalty, quality score; per family; the
total). Both with a frozen header row and an autofilter. Binary: written to the output's byte
stream."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any, BinaryIO, TextIO

from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport, LocatedFinding
from mtlint.checks.score import MQM_LEVEL, Score, ScoreTally

FINDING_COLUMNS = (
    "File",
    "Line",
    "Column",
    "Code",
    "Rule",
    "Family",
    "Severity",
    "MQM level",
    "Confidence",
    "Message",
    "Context",
    "Fix",
    "Fix safety",
)
SUMMARY_COLUMNS = (
    "File",
    "Language",
    "Words",
    "Findings",
    "Errors",
    "Warnings",
    "Infos",
    "Penalty",
    "Penalty per 1,000 words",
    "Score",
    "Not checked because",
)
_WIDTHS = {"File": 40, "Message": 70, "Context": 50, "Fix": 40}
# Characters XML 1.0 (and so Excel) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BRACKETED = re.compile(r"^(.*?)\[(.*)\](.*)$", re.DOTALL)


def _plain(value: object) -> object:
    return _ILLEGAL.sub("\ufffd", value) if isinstance(value, str) else value


class _Sheet:
    """A write-only sheet with a bold, frozen header and an autofilter over what was written."""

    def __init__(self, workbook: Any, title: str, columns: tuple[str, ...]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.sheet = workbook.create_sheet(title)
        self.cell_type = WriteOnlyCell
        self.columns = columns
        self.letter = get_column_letter
        self.sheet.freeze_panes = "A2"
        for index, name in enumerate(columns, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 12)
        header = []
        for name in columns:
            cell = WriteOnlyCell(self.sheet, value=name)
            cell.font = Font(bold=True)
            header.append(cell)
        self.sheet.append(header)
        self.rows = 1

    def append(self, values: Iterable[object]) -> None:
        cells = []
        for value in values:
            cell = self.cell_type(self.sheet, value=_plain(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        self.sheet.append(cells)
        self.rows += 1

    def append_cells(self, cells: list[Any]) -> None:
        self.sheet.append(cells)
        self.rows += 1

    def finish(self) -> None:
        self.sheet.auto_filter.ref = f"A1:{self.letter(len(self.columns))}{self.rows}"


def _context_cell(sheet: _Sheet, context: str) -> Any:
    """The context with the flagged span (inside the [brackets]) in bold red."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    context = str(_plain(context))
    match = _BRACKETED.match(context)
    if not match or not match.group(2):
        cell = sheet.cell_type(sheet.sheet, value=context)
        cell.data_type = "s"
        return cell
    before, span, after = match.groups()
    parts: list[Any] = [before] if before else []
    parts.append(TextBlock(InlineFont(b=True, color="C00000"), span))
    if after:
        parts.append(after)
    return sheet.cell_type(sheet.sheet, value=CellRichText(parts))


def _finding_row(sheet: _Sheet, path: str, located: LocatedFinding) -> None:
    finding = located.finding
    severity = str(finding.severity)
    values = [
        path,
        located.line,
        located.column,
        finding.code,
        finding.name,
        finding.family,
        severity,
        MQM_LEVEL.get(severity, ""),
        finding.confidence,
        finding.message,
    ]
    cells = []
    for value in values:
        cell = sheet.cell_type(sheet.sheet, value=_plain(value))
        if isinstance(value, str):
            cell.data_type = "s"
        cells.append(cell)
    cells.append(_context_cell(sheet, located.context))
    fix = " | ".join(located.fix_descriptions)
    safety = str(located.file_fixes[0].applicability) if located.file_fixes else ""
    for value in (fix, safety):
        cell = sheet.cell_type(sheet.sheet, value=_plain(value))
        cell.data_type = "s"
        cells.append(cell)
    sheet.append_cells(cells)


def _score_values(score: Score) -> list[object]:
    by = score.by_severity
    return [
        score.findings,
        by.get("error", 0),
        by.get("warning", 0),
        by.get("info", 0),
        score.penalty,
        round(score.per_thousand, 2),
        round(score.score, 2) if score.scored else None,  # too short to score: empty
    ]


def write_workbook(reports: Iterable[FileReport], target: BinaryIO) -> ScoreTally:
    """Write the workbook to a binary stream; returns the scores it wrote."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    summary = _Sheet(workbook, "Summary", SUMMARY_COLUMNS)
    findings = _Sheet(workbook, "Findings", FINDING_COLUMNS)
    tally = ScoreTally()
    for report in reports:
        score = tally.add(report)
        if report.error:
            summary.append([report.path, report.language or "", 0, *[None] * 7, report.error])
            continue
        languages = ", ".join(code for code, _ in report.languages) or report.language or ""
        summary.append([report.path, languages, report.words, *_score_values(score)])
        for located in report.findings:
            _finding_row(findings, report.path, located)
    summary.append([])
    for family, score in tally.family_scores().items():
        summary.append([f"family: {family}", "", score.words, *_score_values(score)])
    summary.append(["total", "", tally.total.words, *_score_values(tally.total)])
    summary.finish()
    findings.finish()
    workbook.save(target)
    return tally


@register_format("xlsx")
def write_xlsx(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    buffer = io.BytesIO()
    write_workbook(reports, buffer)
    stream.flush()
    binary = getattr(stream, "buffer", None)
    if binary is None:  # an in-memory text stream (tests): nothing binary to write to
        raise ValueError("an xlsx report needs a binary output (use --output FILE)")
    binary.write(buffer.getvalue())
    binary.flush()
