"""HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched).

It opens with a summary (files, words, findings per family, findings per 1,000 words, a bar chart
per family), then each file's text with its findings highlighted and their fixes listed. Files are
written as they arrive; the summary is written last but shown first (CSS flex ``order``), so the
report streams with flat memory. Everything taken from the files is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TextIO

from mtlint.checks.registry import FAMILIES
from mtlint.checks.reports import register_format
from mtlint.checks.results import FileReport, LocatedFinding
from mtlint.checks.score import ScoreTally, describe

# Long texts are shown in full up to this many characters, then only around the findings.
MAX_SHOWN_CHARS = 200_000
_COLOURS = {
    "spacing": "#e45756",
    "punctuation": "#f58518",
    "casing": "#4c78a8",
    "repetition": "#72b7b2",
    "language": "#54a24b",
    "encoding": "#b279a2",
    "bilingual": "#9d755d",
    "backtranslation": "#bab0ac",
    "other": "#888888",
}

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
main{display:flex;flex-direction:column;max-width:1100px;margin:auto;padding:1em}
#summary{order:-1}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em;margin:.6em 0}
h1{font-size:1.4em}h2{font-size:1.1em;word-break:break-all}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#f3f3f3}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 ui-monospace,monospace;
background:#fcfcfc;border:1px solid #eee;padding:.6em}
mark{background:#ffe08a;border-bottom:2px solid #c00;padding:0 1px}
mark:target{outline:2px solid #c00}
.error{color:#b00020}.code{font-family:ui-monospace,monospace;white-space:nowrap}
.fix{color:#176b2c}.muted{color:#595959}tr.doubtful td{font-style:italic;color:#595959}
"""


def _count(number: int, noun: str, *, bold: bool = False) -> str:
    """``1 file``, ``2 files``, ``1,234 words`` (the report said "1 files")."""
    shown = f"<b>{number:,}</b>" if bold else f"{number:,}"
    return f"{shown} {noun if number == 1 else noun + 's'}"


def _family_of(located: LocatedFinding) -> str:
    return located.finding.family or "other"


def _highlighted(text: str, findings: tuple[LocatedFinding, ...], anchor: str) -> str:
    """The text, escaped, with each non-overlapping finding wrapped in a <mark>."""
    out = []
    position = 0
    truncated = len(text) > MAX_SHOWN_CHARS
    # The checked text (an HTML page's visible text, not its markup): findings' own offsets.
    for index, located in enumerate(
        sorted(findings, key=lambda f: (f.finding.start, f.finding.end))
    ):
        start, end = located.finding.start, located.finding.end
        if start < position or end > len(text):
            continue  # overlaps a mark already open: listed in the table, not highlighted twice
        gap = text[position:start]
        if truncated and len(gap) > 400:
            gap = gap[:150] + "\n…\n" + gap[-150:]
        out.append(escape(gap))
        label = f"{located.finding.code} {located.finding.message}"
        shown = text[start:end] or "\u2038"  # an insertion point shows as a caret
        colour = _COLOURS.get(_family_of(located), "#888")
        out.append(
            f'<mark id="{anchor}-{index}" title="{escape(label)}" '
            f'style="border-color:{colour}">{escape(shown)}</mark>'
        )
        position = end
    tail = text[position:]
    if truncated and len(tail) > 400:
        tail = tail[:150] + "\n…"
    out.append(escape(tail))
    return "".join(out)


def _languages(report: FileReport) -> str:
    """ "language en", or "languages en 88 %, de 12 % (lines 5-9)" for a file with regions."""
    if not report.language_regions:
        return f"language {escape(report.language or '?')}"
    shares = ", ".join(f"{escape(code)} {share:.0%}" for code, share in report.languages)
    lines = ", ".join(
        f"{escape(code)} line {first}" if first == last else f"{escape(code)} lines {first}-{last}"
        for code, _, _, first, last in report.language_regions
    )
    return f"languages {shares} ({lines})"


def _file_section(report: FileReport, number: int) -> str:
    anchor = f"f{number}"
    parts = [f'<section id="{anchor}"><h2>{escape(report.path)}</h2>']
    if report.error:
        parts.append(f'<p class="error">Not checked: {escape(report.error)}</p></section>')
        return "".join(parts)
    parts.append(
        f'<p class="muted">{_count(report.words, "word")} · '
        f"{_count(len(report.findings), 'finding')} · "
        f"{report.per_thousand_words:.1f} per 1,000 words · {_languages(report)}</p>"
    )
    for failure in report.failures:
        parts.append(
            f'<p class="error">Rule {escape(failure.code)} crashed and was skipped: '
            f"{escape(failure.error)}</p>"
        )
    if report.text is not None and report.findings:
        parts.append(
            f'<pre class="text">{_highlighted(report.text, report.findings, anchor)}</pre>'
        )
    if report.findings:
        parts.append(
            "<table><tr><th>Where</th><th>Rule</th><th>Finding</th><th>Suggested fix</th></tr>"
        )
        ordered = sorted(report.findings, key=lambda f: (f.file_start, f.file_end))
        for index, located in enumerate(ordered):
            finding = located.finding
            fixes = "<br>".join(
                f'<span class="fix">{escape(d)}</span> '
                f'<span class="muted">({escape(str(fix.applicability))})</span>'
                for d, fix in zip(located.fix_descriptions, located.file_fixes, strict=False)
            )
            doubtful = report.is_doubtful(finding)
            row = ' class="doubtful"' if doubtful else ""
            mark = (
                f'<span class="muted">(doubtful: confidence {finding.confidence:.2f})</span> '
                if doubtful
                else ""
            )
            parts.append(
                f'<tr{row}><td class="code"><a href="#{anchor}-{index}">'
                f"{located.line}:{located.column}"
                f'</a></td><td class="code" title="{escape(finding.name)}">{escape(finding.code)}'
                f'</td><td>{mark}{escape(finding.message)}<br><span class="muted">'
                f"{escape(located.context)}</span></td><td>{fixes or '—'}</td></tr>"
            )
        parts.append("</table>")
    elif not report.error:
        parts.append("<p>No findings.</p>")
    if report.backtranslation:
        parts.append(_backtranslation_table(report))
    parts.append("</section>")
    return "".join(parts)


def _backtranslation_table(report: FileReport) -> str:
    """The flagged sentences' round trips as a diff (<del> dropped, <ins> added), worst first."""
    flagged = sorted((s for s in report.backtranslation or () if s.flagged), key=lambda s: s.chrf)
    if not flagged:
        return "<p>Back-translation: no sentence flagged.</p>"
    rows = []
    for sentence in flagged:
        steps = []
        for step in sentence.diff:
            if step.op == "equal":
                steps.append(escape(step.original))
                continue
            if step.original:
                steps.append(f"<del>{escape(step.original)}</del>")
            if step.roundtrip:
                steps.append(f"<ins>{escape(step.roundtrip)}</ins>")
        lost = "<br>".join(escape(issue.message) for issue in sentence.content)
        rows.append(
            f'<tr><td class="code">{sentence.line}:{sentence.column}</td>'
            f"<td>{escape(sentence.text)}</td><td>{' '.join(steps)}</td>"
            f"<td>{lost or '—'}</td><td>{sentence.chrf:.1f}</td></tr>"
        )
    return (
        "<h3>Back-translation: flagged sentences</h3><table><tr><th>Where</th><th>Sentence</th>"
        "<th>Round trip (struck: dropped, underlined: added)</th><th>Lost or added</th>"
        "<th>chrF</th></tr>" + "".join(rows) + "</table>"
    )


def _chart(counts: dict[str, int]) -> str:
    """A horizontal bar chart of findings per family, as inline SVG."""
    # dict.fromkeys: "locale" is the family of two prefixes (MT95, MT960) and was drawn twice.
    families = [f for f in dict.fromkeys([*FAMILIES.values(), "other"]) if counts.get(f)]
    if not families:
        return '<p class="muted">No findings.</p>'
    top = max(counts[f] for f in families)
    bar_height, gap, label_width, width = 22, 6, 130, 520
    height = len(families) * (bar_height + gap)
    rows = []
    for index, family in enumerate(families):
        y = index * (bar_height + gap)
        length = max(2, int((width - label_width - 60) * counts[family] / top))
        colour = _COLOURS.get(family, "#888")
        rows.append(
            f'<text x="0" y="{y + 16}" font-size="13">{escape(family)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
            f'fill="{colour}"><title>{escape(family)}: {counts[family]}</title></rect>'
            f'<text x="{label_width + length + 6}" y="{y + 16}" font-size="13">'
            f"{counts[family]}</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="Findings per family">{"".join(rows)}</svg>'
    )


def _summary(
    files: int,
    errors: int,
    words: int,
    counts: dict[str, int],
    rows: list[str],
    score_html: str = "",
) -> str:
    total = sum(counts.values())
    per_thousand = 1000.0 * total / words if words else 0.0
    family_rows = "".join(
        f"<tr><td>{escape(f)}</td><td>{counts[f]}</td>"
        f"<td>{(1000.0 * counts[f] / words if words else 0):.2f}</td></tr>"
        for f in sorted(counts, key=lambda f: -counts[f])
    )
    checked = files - errors
    return (
        '<section id="summary"><h1>mtlint report</h1>'
        f"<p>{_count(files, 'file', bold=True)} ({checked} checked, {errors} not checked) · "
        f"{_count(words, 'word', bold=True)} · {_count(total, 'finding', bold=True)} · "
        f"<b>{per_thousand:.2f}</b> findings per 1,000 words</p>"
        f"{score_html}"
        f"{_chart(counts)}"
        "<table><tr><th>Family</th><th>Findings</th><th>Per 1,000 words</th></tr>"
        f"{family_rows}</table>"
        "<h2>Files</h2><table><tr><th>File</th><th>Words</th><th>Findings</th>"
        f"<th>Per 1,000 words</th><th>Score</th></tr>{''.join(rows)}</table></section>"
    )


@register_format("html")
def write_html(reports: Iterable[FileReport], stream: TextIO, options: dict) -> None:
    stream.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>mtlint report</title><style>{_CSS}</style></head><body><main>\n"
    )
    files = errors = words = 0
    tally = ScoreTally()  # issue 14: quality score per file and overall
    counts: dict[str, int] = {}
    rows: list[str] = []
    for number, report in enumerate(reports):
        files += 1
        if report.error:
            errors += 1
            rows.append(
                f'<tr><td><a href="#f{number}">{escape(report.path)}</a></td>'
                '<td colspan="4" class="error">not checked</td></tr>'
            )
        else:
            score = tally.add(report)
            words += report.words
            for family, count in report.counts_by_family().items():
                counts[family] = counts.get(family, 0) + count
            rows.append(
                f'<tr><td><a href="#f{number}">{escape(report.path)}</a></td>'
                f"<td>{report.words:,}</td>"
                f"<td>{len(report.findings)}</td><td>{report.per_thousand_words:.2f}</td>"
                f"<td>{f'{score.score:.1f}' if score.scored else '—'}</td></tr>"
            )
        stream.write(_file_section(report, number))
        stream.write("\n")
    score_html = f"<p>{escape(describe(tally.total))}</p>" if files > errors else ""
    stream.write(_summary(files, errors, words, counts, rows, score_html))
    stream.write("\n</main></body></html>\n")
