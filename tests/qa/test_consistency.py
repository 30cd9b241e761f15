"""Consistency (issue 14 item 1): within a file, across a batch (pool and Dask alike), per target
locale; PO fuzzy entries and plural forms kept apart; one name spelled two ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.batch import check_paths
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.consistency import normalise, unit_records
from mtlint.checks.consistency_project import project_pass
from mtlint.checks.dask_cluster import check_paths_dask
from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_text


def po(language: str, *entries: tuple[str, str], fuzzy: tuple[str, ...] = ()) -> str:
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {language}\\n"\n\n'
    )
    body = []
    for number, (source, target) in enumerate(entries):
        flag = "#, fuzzy\n" if source in fuzzy else ""
        body.append(f'#: file.c:{number}\n{flag}msgid "{source}"\nmsgstr "{target}"\n')
    return head + "\n".join(body)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "de.po").write_text(
        po(
            "de",
            ("Open file", "Datei öffnen"),
            ("Save", "Speichern"),
            ("Close all windows", "Alle Fenster schließen"),
        )
    )
    (tmp_path / "b" / "de.po").write_text(
        po(
            "de",
            ("Open file", "Öffne Datei"),
            ("Close", "Schließen"),
            ("Close all tabs", "Alle Fenster schließen"),
        )
    )
    (tmp_path / "b" / "de2.po").write_text(po("de", ("Open file", "Datei öffnen")))
    # Another locale translates differently: never compared with German.
    (tmp_path / "b" / "fr.po").write_text(po("fr", ("Open file", "Ouvrir le fichier")))
    return tmp_path


def codes(reports, code: str) -> list:
    return [(r.path, f) for r in reports for f in r.findings if f.finding.code == code]


def test_one_source_two_translations_across_files(project):
    reports = list(check_paths([project], Config(select=("MT9",)), jobs=1))
    (hit,) = codes(reports, "MT901")
    path, located = hit
    assert path.endswith("b/de.po") and located.excerpt == "Öffne Datei"
    assert "'Datei öffnen' (2×)" in located.finding.message
    occurrences = dict(located.finding.data)["occurrences"]
    assert {(Path(p).parent.name, Path(p).name) for p, *_ in occurrences} == {
        ("a", "de.po"),
        ("b", "de.po"),
        ("b", "de2.po"),
    }
    # Unit ids name the PO entry (its msgid line), and lines point at the target.
    assert all(unit.startswith("@") and line > 1 for _, unit, line, _, _ in occurrences)
    # One translation for "Close all windows" and "Close all tabs": the reverse check, one
    # occurrence flagged (one-word synonyms such as Quit / Exit → "Beenden" are not reported).
    (reverse,) = codes(reports, "MT902")
    assert reverse[1].excerpt == "Alle Fenster schließen"
    assert all(not r.units for r in reports)  # the units never reach the reports


def test_pool_and_dask_give_the_same_findings(project):
    from distributed import LocalCluster

    config = Config(select=("MT9",))

    def flat(reports):
        return [
            (r.path, f.finding.code, f.file_start, f.finding.message)
            for r in reports
            for f in r.findings
        ]

    serial = flat(check_paths([project], config, jobs=1))
    pooled = flat(check_paths([project], config, jobs=2))
    assert serial == pooled and serial
    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        on_dask = flat(check_paths_dask([project], config, address=cluster.scheduler_address))
    assert on_dask == serial


def test_fuzzy_entries_and_plural_forms_are_not_translations_to_compare(tmp_path):
    (tmp_path / "one.po").write_text(
        po("ru", ("Open", "Открыть"), ("Open file", "Открыть"), fuzzy=("Open file",))
    )
    plural = (
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Plural-Forms: nplurals=3;\\n"\n\n'
        'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\n'
        'msgstr[1] "%d файла"\nmsgstr[2] "%d файлов"\n'
    )
    (tmp_path / "two.po").write_text(plural)
    reports = list(check_paths([tmp_path], Config(select=("MT901", "MT902")), jobs=1))
    assert codes(reports, "MT901") == [] and codes(reports, "MT902") == []
    records = unit_records(load_document(tmp_path / "two.po"))
    assert [r.form for r in records] == [0, 1, 2]


def test_within_one_file_the_rule_offers_the_usual_translation(tmp_path):
    xliff = tmp_path / "ui.xlf"
    units = "".join(
        f'<trans-unit id="u{i}"><source>Open file</source><target>{t}</target></trans-unit>'
        for i, t in enumerate(["Datei öffnen", "Öffne Datei", "Datei öffnen"])
    )
    xliff.write_text(
        '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" '
        'target-language="de" datatype="plaintext" original="x">'
        f"<body>{units}</body></file></xliff>"
    )
    document = load_document(xliff)
    assert [r.unit_id for r in unit_records(document)] == ["u0", "u1", "u2"]
    out = tmp_path / "report.json"
    assert main(["check", str(xliff), "--select", "MT901", "--format", "json", "-o", str(out)]) == 1
    (finding,) = json.loads(out.read_text())["files"][0]["findings"]
    assert finding["text"] == "Öffne Datei"
    assert [o["unit"] for o in finding["occurrences"]] == ["u0", "u1", "u2"]
    assert finding["fixes"][0]["edits"][0]["replacement"] == "Datei öffnen"


def test_normalisation_and_ignore_options():
    assert normalise("Deleted 3 files") == normalise("Deleted 12 files")
    assert normalise("<b>Open</b> %s") == normalise("<i>Open</i> {0}")
    assert normalise("&File") == normalise("File") == normalise("_File")
    assert normalise("Open file") != normalise("open file")
    assert normalise("Open file", ["case"]) == normalise("open file", ["case"])
    assert normalise("Open file.", ["punctuation"]) == normalise("Open file", ["punctuation"])
    assert normalise("Open  file") == normalise("Open file")
    # XML keeps "&lt;" escaped in sources, PO does not: the same segment either way.
    assert normalise("&lt;command&gt; %s") == normalise("<command> %s")


def test_consistency_ignore_option_on_the_command_line(project, capsys):
    (project / "a" / "de.po").write_text(po("de", ("Close", "schließen")))
    main(["check", str(project), "--select", "MT901", "--format", "json"])
    strict = json.loads(capsys.readouterr().out)
    main(
        [
            "check",
            str(project),
            "--select",
            "MT901",
            "--consistency-ignore",
            "case",
            "--format",
            "json",
        ]
    )
    loose = json.loads(capsys.readouterr().out)

    def texts(report):
        return sorted(f["text"] for f in report["files"] for f in f["findings"])

    assert {"schließen", "Schließen"} & set(texts(strict))
    assert not {"schließen", "Schließen"} & set(texts(loose))
    assert main(["check", str(project), "--consistency-ignore", "nonsense"]) == 2
    assert "unknown 'nonsense'" in capsys.readouterr().err


def test_reports_without_units_stream_through_untouched():
    from mtlint.checks.results import FileReport

    reports = [FileReport(path=f"{i}.txt", words=3) for i in range(3)]
    assert list(project_pass(iter(reports), Config())) == reports


def test_name_spelled_two_ways_is_one_finding_with_both_spellings():
    text = (
        "President Shavkat Mirziyoyev received the delegation in Tashkent. Mirziyoyev said "
        "the talks were open. Later Mirziyoev thanked the guests, and Mirziyoev left."
    )
    (finding,) = [f for f in check_text(text, language="en").findings if f.code == "MT903"]
    assert dict(finding.data)["spellings"] == ("Mirziyoyev", "Mirziyoev")
    assert len(finding.fixes[0].edits) == 2  # every rare spelling, replaced together


@pytest.mark.parametrize(
    "text",
    [
        # Inflections and plurals change endings: never paired.
        "Putin met Putina. Putina met Putinu and Putinu met Putina again.",
        "Smiths and Smith: the Smiths said Smith had gone.",
        # Two real words one letter apart.
        "Austria and Australia; Austrian and Australian ministers met in Austria.",
        # German compounds: different words, not spellings.
        "Projektdateien und Projektdaten: die Projektdateien liegen bei den Projektdaten.",
    ],
)
def test_name_variants_stay_quiet_on_inflections_and_different_words(text):
    assert [f for f in check_text(text, language="de").findings if f.code == "MT903"] == []


def test_a_checked_document_is_not_held_after_its_check(tmp_path):
    # The units' records and the file's groups live in the document's analysis: no cache keyed
    # on the Document keeps it (its text, its analyses) alive once the caller lets it go.
    import gc
    import weakref

    from mtlint.checks.engine import check_document

    path = tmp_path / "de.po"
    path.write_text(po("de", ("Open file", "Datei öffnen"), ("Open file", "Öffne Datei")))
    document = load_document(path)
    result = check_document(document, Config(select=("MT901", "MT902")))
    assert [f.code for f in result.findings] == ["MT901"] * len(result.findings) != []
    assert len(unit_records(document)) == 2
    released = weakref.ref(document)
    del document, result
    gc.collect()
    assert released() is None
