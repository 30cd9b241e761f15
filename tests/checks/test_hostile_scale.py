"""Hostile shapes of input that once took quadratic time or gigabytes: long runs of spaces, a
megabyte on one line with thousands of findings, a file with hundreds of thousands of
findings written as JSON. The behaviour is pinned against the old formulations."""

from __future__ import annotations

import io
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.ignorefile import finding_context
from mtlint.checks.reports.json import file_to_json, write_json
from mtlint.checks.rules.spacing_runs import DoubleSpace

_OLD_DOUBLE_SPACE = re.compile(r"  +(?=\S)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="  \t\nab", max_size=60))
def test_double_space_pattern_matches_like_the_old_one(text):
    old = [m.span() for m in _OLD_DOUBLE_SPACE.finditer(text)]
    assert [m.span() for m in DoubleSpace._pattern.finditer(text)] == old


def test_a_long_run_of_spaces_is_checked_and_quiet(tmp_path):
    path = tmp_path / "spaces.txt"
    # (the old pattern needed minutes for this, hours for a megabyte)
    path.write_text("Word" + " " * 100_000 + "\n", encoding="utf-8")
    report = check_file(path, Config(language="en"))
    assert report.error is None and [f.finding.code for f in report.findings] == []


def _old_context(text: str, start: int, end: int, words: int = 2) -> str:
    from mtlint.checks.ignorefile import normalise_context

    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else min(line_end, end + 200)
    before = " ".join(text[line_start:start].rsplit(None, words)[-words:])
    after = " ".join(text[end:line_end].split(None, words)[:words])
    if before and text[start - 1 : start].isspace():
        before += " "
    if after and text[end : end + 1].isspace():
        after = " " + after
    return normalise_context(f"{before}[{text[start:end]}]{after}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n.", max_size=500), st.data())
def test_finding_context_is_the_same_within_a_line(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    # The old search looked for the line's end however far it was; the words kept are the same
    # whenever two words follow within 200 characters, as they do in prose.
    if len(text[end : end + 200].split(None, 2)) >= 2 or "\n" in text[end : end + 200]:
        assert finding_context(text, start, end) == _old_context(text, start, end)


def test_json_of_a_file_with_many_findings_is_written_finding_by_finding(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("He said the the thing , and so on .\n" * 600, encoding="utf-8")
    report = check_file(path, Config(language="en"))
    assert len(report.findings) >= 1000  # the streamed path
    stream = io.StringIO()
    write_json(iter([report]), stream, {})
    written = stream.getvalue()
    assert json.dumps(file_to_json(report), ensure_ascii=False) in written
    assert len(json.loads(written)["files"][0]["findings"]) == len(report.findings)
