"""Back-translation goes through the one pipeline: its findings meet the same filters, and the
file is read once (issue 9 item 1; both failed before)."""

from __future__ import annotations

import json
from pathlib import Path

from mtlint.checks.cli import main
from mtlint.checks.ignorefile import add_ignore

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


def test_backtranslation_findings_go_through_the_ignore_file(tiny_pair, tmp_path, capsys):
    path = tmp_path / "seed.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    main(["check", "--backtranslate", "--pivot", "de", "--format", "json", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    roundtrip = [f for f in findings if f["code"] == "MT801"]
    assert roundtrip
    for finding in roundtrip:
        add_ignore(tmp_path / ".mtlint-ignore", "MT801", finding["context"])
    main(["check", "--backtranslate", "--pivot", "de", "--format", "json", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert not [f for f in findings if f["code"] == "MT801"], "a dismissed MT801 came back"
    assert [f for f in findings if f["code"] != "MT801"], "the rule findings are still there"


def test_backtranslation_reads_the_file_once(tiny_pair, tmp_path, monkeypatch, capsys):
    from mtlint.checks import documents

    path = tmp_path / "a.txt"
    path.write_text("The president arrived on Sunday. He met the leader.\n", encoding="utf-8")
    reads: list[Path] = []
    real = documents.read_bytes

    def counting(where: Path) -> bytes:
        reads.append(Path(where))
        return real(where)

    monkeypatch.setattr(documents, "read_bytes", counting)
    main(["check", "--backtranslate", "--pivot", "de", "--format", "json", str(path)])
    assert json.loads(capsys.readouterr().out)["files"][0]["backtranslation"]
    assert reads == [path], f"read {len(reads)} times"


def test_the_gui_back_translation_honours_the_ignore_file(tiny_pair, tmp_path):
    from mtlint.checks.config import Config
    from mtlint.checks.ignorefile import finding_context
    from mtlint.checks.pipeline import check_path
    from mtlint.desktop import backtranslation_api

    path = tmp_path / "seed.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    document = check_path(path, Config()).document

    def run():
        return backtranslation_api.backtranslate(
            document, Config(), pivot="de", progress=lambda *a: None, cancelled=lambda: False
        )

    first = [f for f in run().findings if f.code == "MT801"]
    assert first
    for finding in first:
        context = finding_context(document.text, finding.start, finding.end)
        add_ignore(tmp_path / ".mtlint-ignore", "MT801", context)
    assert not [f for f in run().findings if f.code == "MT801"], "a dismissed MT801 came back"
