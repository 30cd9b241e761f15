"""Word .docx: text from runs, findings mapped to runs, fixes written back keeping formatting."""

from __future__ import annotations

import zipfile

import docx
import pytest
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError, load_document, renderer_for
from mtlint.checks.documents import docx as docx_format
from mtlint.checks.model import Edit, Fix
from mtlint.checks.writeback import save_document


def make_docx(path):
    document = docx.Document()
    paragraph = document.add_paragraph("Russian President ")
    bold = paragraph.add_run("Vladimir Putin")
    bold.bold = True
    paragraph.add_run("who is making a  visit.")
    document.add_paragraph("")
    second = document.add_paragraph("It rained ")
    italic = second.add_run("heavily")
    italic.italic = True
    second.add_run(" on Sunday.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "cell one"
    table.cell(0, 1).text = "cell two"
    document.save(path)
    return path


def test_docx_text_paragraphs_and_tables(tmp_path):
    document = load_document(make_docx(tmp_path / "a.docx"))
    assert document.text == (
        "Russian President Vladimir Putinwho is making a  visit.\n\n"
        "It rained heavily on Sunday.\n\ncell one\n\ncell two"
    )
    assert renderer_for(document) is not None


def test_docx_fixes_keep_run_formatting(tmp_path):
    path = make_docx(tmp_path / "a.docx")
    document = load_document(path)
    text = document.text
    glued = text.index("who")
    double = text.index("  ")
    # One edit inside a run, one at a run edge, one spanning two runs.
    across = text.index("heavily on")
    fixes = [
        Fix((Edit(glued, glued, " "),)),
        Fix((Edit(double, double + 2, " "),)),
        Fix((Edit(across + len("heavily"), across + len("heavily on"), " last"),)),
    ]
    _, backup = save_document(document, fixes, path)
    assert backup == tmp_path / "a.docx.bak"
    again = docx.Document(path)
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in again.paragraphs[0].runs]
    assert runs == [
        ("Russian President ", False, False),
        ("Vladimir Putin ", True, False),
        ("who is making a visit.", False, False),
    ]
    assert [(r.text, bool(r.italic)) for r in again.paragraphs[2].runs] == [
        ("It rained ", False),
        ("heavily", True),
        (" last Sunday.", False),
    ]
    assert (tmp_path / "a.docx.bak").exists()
    assert load_document(path).text.startswith(
        "Russian President Vladimir Putin who is making a visit."
    )


def test_docx_write_without_backup_keeps_none(tmp_path):
    path = make_docx(tmp_path / "a.docx")
    document = load_document(path)
    glued = document.text.index("who")
    _, backup = save_document(document, [Fix((Edit(glued, glued, " "),))], path, backup=False)
    assert backup is None and not (tmp_path / "a.docx.bak").exists()
    assert load_document(path).text.startswith("Russian President Vladimir Putin who")


def test_docx_findings_are_located(tmp_path):
    report = check_file(make_docx(tmp_path / "a.docx"), Config(select=("MT106",)))
    (finding,) = report.findings
    assert finding.excerpt == "  " and finding.line == 1


def test_zip_bomb_docx_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(20):  # 20 MB of zeros: ~20 KB compressed
                member.write(chunk)
    assert path.stat().st_size < 200_000
    with pytest.raises(InputError, match="zip bomb"):
        load_document(path)
    report = check_file(path, Config())
    assert report.error and "zip bomb" in report.error


def test_total_uncompressed_size_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_format, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(InputError, match="uncompressed"):
        load_document(make_docx(tmp_path / "a.docx"))


def test_not_a_docx(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    report = check_file(path, Config())
    assert report.error and "\n" not in report.error


def test_an_edit_lands_in_the_run_it_names(tmp_path):
    """Writers get edits, not a new text to diff: an insertion at the end of a plain run stays
    in that run even where a diff would put it in the bold run after it ("ab|b" + "b")."""
    word = docx.Document()
    paragraph = word.add_paragraph("ab")
    paragraph.add_run("b").bold = True
    path = tmp_path / "runs.docx"
    word.save(path)
    document = load_document(path)
    assert document.text == "abb"
    save_document(document, [Fix((Edit(2, 2, "b"),))], path, backup=False)
    runs = docx.Document(path).paragraphs[0].runs
    assert [(run.text, bool(run.bold)) for run in runs] == [("abb", False), ("b", True)]
