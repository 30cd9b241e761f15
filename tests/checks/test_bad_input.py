"""Bad and awkward input through the command line: a correct result or one clear line, never a
traceback, and exit codes 0 (clean) / 1 (findings) / 2 (input or usage error)."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from mtlint.checks import documents
from mtlint.checks.cli import main
from mtlint.checks.model import ExitCode

RUSSIAN = (
    "Президент России Владимир Путин прибыл в в Ташкент с государственным визитом.\r\n"
    "В воскресенье он встретился с президентом Узбекистана и обсудил торговлю и энергетику.\r\n"
    "Стороны подписали несколько соглашений о сотрудничестве в области образования.\r\n"
)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def json_report(capsys, *argv: str) -> tuple[int, dict, str]:
    code, out, err = run_cli(capsys, "check", "--format", "json", *argv)
    return code, json.loads(out), err


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_megabyte_without_sentence_breaks(workdir, capsys):
    words = (
        "the minister and the president met in the capital of the country with aides "
        "who said that talks went well "
    )
    text = (words * (2**20 // len(words) + 1))[: 2**20]
    (workdir / "big.txt").write_text(text)
    code, report, err = json_report(capsys, "big.txt")
    assert code in (ExitCode.CLEAN, ExitCode.FINDINGS)
    entry = report["files"][0]
    assert entry["error"] is None and entry["rule_failures"] == []
    assert err == ""


def test_binary_file_is_one_line(workdir, capsys):
    (workdir / "blob.txt").write_bytes(bytes(range(256)) * 40)
    code, out, err = run_cli(capsys, "check", "blob.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    lines = [line for line in (out + err).splitlines() if "blob.txt" in line]
    assert len(lines) == 1 and "binary" in lines[0]
    code, _, err = run_cli(capsys, "fix", "blob.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert err.count("\n") == 1 and "binary" in err


def test_empty_file_is_clean(workdir, capsys):
    (workdir / "empty.txt").write_bytes(b"")
    code, report, _ = json_report(capsys, "empty.txt")
    assert code == ExitCode.CLEAN
    assert report["files"][0]["findings"] == [] and report["files"][0]["error"] is None
    assert run_cli(capsys, "fix", "--write", "empty.txt")[0] == ExitCode.CLEAN
    assert (workdir / "empty.txt").read_bytes() == b""
    assert not (workdir / "empty.txt.bak").exists()


def test_windows_1251_russian_decoded_with_right_offsets(workdir, capsys):
    path = workdir / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    code, report, _ = json_report(capsys, "--select", "MT401", "ru.txt")
    assert code == ExitCode.FINDINGS
    entry = report["files"][0]
    assert entry["language"] == "ru"
    (finding,) = entry["findings"]
    assert RUSSIAN[finding["start"] : finding["end"]] == "в в" == finding["text"]
    assert (finding["line"], finding["column"]) == (1, RUSSIAN.index("в в") + 1)
    # Written back in its own encoding, CRLF kept, only the edit changed.
    run_cli(capsys, "fix", "--write", "--select", "MT401", "ru.txt")
    assert path.read_bytes() == RUSSIAN.replace("в в Ташкент", "в Ташкент").encode("cp1251")
    assert (workdir / "ru.txt.bak").read_bytes() == RUSSIAN.encode("cp1251")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(workdir, capsys, encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    text = "Intro.\r\nThe president met the the minister in Tashkent.\r\n"
    path = workdir / "u16.txt"
    path.write_bytes(bom + text.encode(encoding))
    code, report, _ = json_report(capsys, "--select", "MT401", "u16.txt")
    assert code == ExitCode.FINDINGS
    (finding,) = report["files"][0]["findings"]
    assert text[finding["start"] : finding["end"]] == "the the"
    assert finding["line"] == 2
    run_cli(capsys, "fix", "--write", "--select", "MT401", "u16.txt")
    expected = text.replace("the the", "the")
    assert path.read_bytes() == bom + expected.encode(encoding)


def test_crlf_kept_exactly_when_fixing(workdir, capsys):
    original = b"One\r\nHe met the the minister.\r\n\r\nLast line with AT&amp;T\r\n"
    path = workdir / "crlf.txt"
    path.write_bytes(original)
    run_cli(capsys, "fix", "--write", "--select", "MT401,MT602", "crlf.txt")
    assert path.read_bytes() == b"One\r\nHe met the minister.\r\n\r\nLast line with AT&T\r\n"


def test_folder_with_an_unreadable_file(workdir, capsys, monkeypatch):
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("He met the the minister.\n")
    (folder / "b.txt").write_text("Locked away.\n")
    (folder / "c.txt").write_text("The president arrived on Sunday.\n")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        # Tests run as root, for whom chmod 000 changes nothing: simulate the denial.
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, report, err = json_report(capsys, "docs")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert set(by_name) == {"a.txt", "b.txt", "c.txt"}
    assert "permission denied" in by_name["b.txt"]["error"]
    assert by_name["a.txt"]["findings"] and by_name["c.txt"]["error"] is None
    assert err.count("\n") == 1 and "b.txt" in err


def test_folder_with_a_dangling_symlink(workdir, capsys):
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("The president arrived on Sunday.\n")
    os.symlink(folder / "gone.txt", folder / "link.txt")
    code, report, err = json_report(capsys, "docs")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    (error,) = [f["error"] for f in report["files"] if f["error"]]
    assert "link.txt" in error and "\n" not in error
    assert err.count("\n") == 1 and "link.txt" in err
    assert any(Path(f["path"]).name == "a.txt" and f["error"] is None for f in report["files"])


def test_nonexistent_path(workdir, capsys):
    code, out, err = run_cli(capsys, "check", "no/such/file.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert "no/such/file.txt" in out + err
    code, _, err = run_cli(capsys, "fix", "no/such/file.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert err.count("\n") == 1 and "no/such/file.txt" in err


def test_a_folder_named_as_a_file(workdir, capsys):
    (workdir / "dir.txt").mkdir()
    code, _, _ = run_cli(capsys, "check", "dir.txt")
    assert code in (ExitCode.CLEAN, ExitCode.USAGE_OR_INPUT_ERROR)


def test_bad_select_and_bad_format(workdir, capsys):
    (workdir / "a.txt").write_text("Text.\n")
    code, _, err = run_cli(capsys, "check", "--select", "NOPE", "a.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR and err.count("\n") == 1
    code, _, err = run_cli(capsys, "check", "--format", "yaml", "a.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR and err.count("\n") == 1


def test_invalid_utf8_after_a_bom(workdir, capsys):
    (workdir / "broken.txt").write_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe\xfa broken")
    code, out, err = run_cli(capsys, "check", "broken.txt")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    assert len([line for line in (out + err).splitlines() if "broken.txt" in line]) == 1


def test_decode_bytes_refuses_nul_bytes():
    with pytest.raises(documents.InputError, match="binary"):
        documents.decode_bytes(b"text\x00more", name="x.txt")


CUT_PO = (
    'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Open the file"\nmsgstr "Datei öffnen"\n\n'
)


@pytest.mark.parametrize(
    ("tail", "said"),
    [
        ('msgid "Close the window"\n', "has no msgstr"),
        ('msgid "Close the window"', "has no msgstr"),
        ('#, fuzzy\nmsgid "Close the window"\n', "has no msgstr"),
    ],
)
def test_a_po_cut_off_at_its_end_says_so_in_one_line(workdir, capsys, tail, said):
    """A catalogue cut off in transfer (h23files: read without a word, its last unit unchecked):
    one note naming the line; the entries before it are still checked, nothing is written."""
    (workdir / "cut.po").write_text(CUT_PO + tail, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "cut.po")
    notes = [line for line in err.splitlines() if "looks truncated" in line]
    assert len(notes) == 1 and said in notes[0] and ("line 9" in notes[0] or "line 10" in notes[0])
    assert code in (ExitCode.CLEAN, ExitCode.FINDINGS)
    assert (workdir / "cut.po").read_text(encoding="utf-8") == CUT_PO + tail


def test_a_whole_po_without_a_final_newline_draws_no_note(workdir, capsys):
    (workdir / "whole.po").write_text(CUT_PO.rstrip("\n"), encoding="utf-8")
    _, _, err = run_cli(capsys, "check", "whole.po")
    assert "truncated" not in err


def test_a_po_cut_inside_a_string_is_refused_in_one_line(workdir, capsys):
    (workdir / "cut.po").write_text(CUT_PO + 'msgid "Close"\nmsgstr "Schlie', encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "cut.po")
    assert code == ExitCode.USAGE_OR_INPUT_ERROR
    lines = (out + err).splitlines()
    assert len([line for line in lines if "cut.po" in line and "line 10" in line]) == 1


def test_a_large_file_is_announced_in_one_line_before_the_wait(workdir, capsys, monkeypatch):
    from mtlint.checks import cli_inputs

    monkeypatch.setattr(cli_inputs, "LARGE_FILE_BYTES", 40)
    (workdir / "big.txt").write_text("The president arrived in the capital on Sunday.\n" * 3)
    (workdir / "small.txt").write_text("Fine.\n")
    _, _, err = run_cli(capsys, "check", "big.txt", "small.txt")
    lines = [line for line in err.splitlines() if "takes a few minutes" in line]
    assert len(lines) == 1 and "big.txt" in lines[0]
