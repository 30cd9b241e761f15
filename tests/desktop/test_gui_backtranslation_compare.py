"""The comparison view through real widgets (offscreen): diff column, filters, details, export,
the first-run model download from a loopback index, and the bilingual rewrite in the review.

Crafted round trips come from a stub translator in place of CTranslate2 (the tiny packages are
installed so the model checks pass); the download test serves the tiny packages on 127.0.0.1.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import ClassVar

import pytest
from argos_index import LoopbackIndex, guard_network
from mtlint.checks.backtranslation import models, pipeline
from mtlint.desktop.backtranslation_model import HTML_ROLE, ComparisonModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

LOST = "The summit took place in Tashkent in 2022."
GARBLED = "He met the leader on Sunday."
REWORDED = "Talks were held on trade and energy."
INTACT = "The visit ends soon."
TEXT = f"{LOST} {GARBLED}\n{REWORDED} {INTACT}\n"


class StubTranslator:
    table: ClassVar[dict[tuple[str, str, str], str]] = {}

    def __init__(self, cache) -> None:
        self.cache = cache

    def translate(self, sentences, from_code, to_code, *, progress=None, cancelled=None):
        out = [self.table.get((from_code, to_code, s), s) for s in sentences]
        if progress is not None:
            progress(len(out))
        return out


@pytest.fixture
def crafted(monkeypatch, argos_sandbox, tiny_files):
    for path in tiny_files.values():
        models.install_from_file(path)
    table = {
        ("en", "de", LOST): "Der Gipfel fand statt.",
        ("de", "en", "Der Gipfel fand statt."): "The summit took place.",
        ("en", "de", GARBLED): "Er traf.",
        ("de", "en", "Er traf."): "Meeting him Monday leader.",
        ("en", "de", REWORDED): "Gespräche.",
        ("de", "en", "Gespräche."): "Discussions happened about commerce plus power.",
    }
    StubTranslator.table = table
    monkeypatch.setattr(pipeline, "Translator", StubTranslator)
    return table


def _run(qtbot, window, open_and_wait, path: Path):
    open_and_wait(window, path)
    view = window.backtranslation
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    view.pivot.setCurrentIndex(view.pivot.findData("de"))
    with qtbot.waitSignal(view.finished, timeout=60000):
        view.run_button.click()
    return view


def _shown(view) -> list[str]:
    return [
        view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()].text
        for r in range(view.proxy.rowCount())
    ]


def test_diff_column_filters_and_details(qtbot, window, open_and_wait, crafted, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    view = _run(qtbot, window, open_and_wait, path)
    assert set(_shown(view)) == {LOST, GARBLED, REWORDED, INTACT}
    row = _shown(view).index(LOST)
    # The diff column is rich text: dropped words struck through.
    markup = view.proxy.index(row, ComparisonModel.CHANGES).data(HTML_ROLE)
    assert "line-through" in markup and "in Tashkent in 2022" in markup
    assert view.proxy.index(row, ComparisonModel.CONTENT).data() == (
        "the number 2022 is lost; the name 'Tashkent' is lost"
    )
    assert not view.table.viewport().grab().isNull()  # the delegate paints
    # Only flagged: the intact sentence goes.
    view.only_flagged.click()
    assert set(_shown(view)) == {LOST, GARBLED, REWORDED}
    # Only lost names or numbers (dates count): the merely reworded one goes too.
    view.only_flagged.click()
    view.only_entities.click()
    shown = _shown(view)
    assert set(shown) == {LOST, GARBLED}
    # Clicking a row stacks original / pivot / round trip / changes.
    index = view.proxy.index(shown.index(LOST), 0)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    details = view.details_text()
    for part in (
        "Original",
        LOST,
        "Pivot (de)",
        "Der Gipfel fand statt.",
        "The summit took place.",
    ):
        assert part in details
    assert "the number 2022 is lost" in details
    view.show_pivot.click()  # collapse the pivot text
    assert "Der Gipfel fand statt." not in view.details_text()


def test_export_csv_and_html(qtbot, window, open_and_wait, crafted, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    view = _run(qtbot, window, open_and_wait, path)
    view.only_flagged.click()
    target = tmp_path / "comparison.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)")
    )
    view.export_button.click()
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["Sentence"] for r in rows} == {LOST, GARBLED, REWORDED}  # the filter applies
    lost = next(r for r in rows if r["Sentence"] == LOST)
    assert lost["Pivot text"] == "Der Gipfel fand statt."
    assert lost["Changes"] == "The summit took place [-in Tashkent in 2022-] ."
    assert "the number 2022 is lost" in lost["Lost or added"]
    page = tmp_path / "comparison"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(page), "HTML (*.html)")
    )
    view.export_button.click()
    html = (tmp_path / "comparison.html").read_text(encoding="utf-8")
    assert "line-through" in html and "the number 2022 is lost" in html
    assert "Exported 3 rows" in view.status.text()
    assert not list(tmp_path.glob(".mtlint-export-*"))


def test_first_run_downloads_the_missing_models_from_loopback(
    qtbot, window, open_and_wait, argos_sandbox, tiny_files, tmp_path, monkeypatch
):
    from argostranslate import settings

    attempts = guard_network(monkeypatch)
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "saved-index.json")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    with LoopbackIndex() as server:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        server.add("en", "de", tiny_files[("en", "de")].read_bytes())
        server.add("de", "en", tiny_files[("de", "en")].read_bytes())
        view = _run(qtbot, window, open_and_wait, path)
        assert view.models_bar.isVisibleTo(view)
        button = view.models_bar.download_button
        assert button.isEnabled() and button.text().startswith("Download en↔de (≈ 166 MB)")
        seen = []
        view.runner.progress.connect(lambda channel, done, total, m: seen.append((channel, m)))
        # Download, install, and back-translate again, in one click.
        with qtbot.waitSignal(view.finished, timeout=60000):
            button.click()
    assert ("backtranslate-models", "en→de (1/2)") in seen
    assert models.available_pairs() == {("en", "de"), ("de", "en")}
    assert not view.models_bar.isVisibleTo(view)
    assert view.result is not None and len(view.result.sentences) == 4
    assert not attempts


def test_install_from_file_offered_offline(
    qtbot, window, open_and_wait, argos_sandbox, tiny_files, tmp_path, monkeypatch
):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    view = _run(qtbot, window, open_and_wait, path)
    assert not view.models_bar.download_button.isEnabled()  # MTLINT_OFFLINE=1 in the suite
    files = [str(p) for p in tiny_files.values()]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    with qtbot.waitSignal(view.finished, timeout=60000):
        view.models_bar.install_button.click()
    assert models.available_pairs() == {("en", "de"), ("de", "en")}
    assert view.result is not None and view.result.sentences


def test_bilingual_rewrite_appears_in_the_review(qtbot, window, open_and_wait, crafted, tmp_path):
    source = "Der Gipfel fand 2022 in Taschkent statt."
    crafted[("de", "en", source)] = LOST
    crafted[("en", "de", "The meeting was in Moscow.")] = "Das Treffen war in Moskau."
    path = tmp_path / "pairs.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="de" target-language="en" datatype="plaintext" original="a">'
        f'<body><trans-unit id="1"><source>{source}</source>'
        "<target>The meeting was in Moscow.</target></trans-unit></body></file></xliff>\n",
        encoding="utf-8",
    )
    view = _run(qtbot, window, open_and_wait, path)
    assert view.result.bilingual
    rewrites = [f for f in view.result.findings if f.fixes]
    assert [f.code for f in rewrites] == ["MT802"]
    window.tabs.setCurrentIndex(window.REVIEW)
    state = window.review.state
    assert state is not None
    items = [f for f in state.items if f.code == "MT802"]
    assert items, "the rewrite is a fix the review offers"
    (fix,) = items[0].fixes
    assert str(fix.applicability) == "unsafe" and fix.edits[0].replacement == LOST


def test_models_dialog_downloads_from_loopback_with_sizes(
    qtbot, argos_sandbox, tiny_files, tmp_path, monkeypatch
):
    from argostranslate import settings
    from mtlint.desktop.dialogs.models_dialog import ModelsDialog
    from mtlint.desktop.jobs import JobRunner
    from PySide6.QtWidgets import QInputDialog

    attempts = guard_network(monkeypatch)
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "saved-index.json")
    offered: list[list[str]] = []

    def choose(*args, **kwargs):
        offered.append(list(args[3]))
        return args[3][0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    with LoopbackIndex() as server:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        data = tiny_files[("en", "de")].read_bytes()
        server.add("en", "de", data)
        models.update_package_index()
        runner = JobRunner()
        dialog = ModelsDialog(runner)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not runner.is_running("models"), timeout=10000)
        dialog.download_dialog()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    # The index's exact size is shown before downloading (well under 1 MB: "1 MB").
    assert offered == [["en → de  (en → de)  1 MB"]]
    assert not dialog.cancel_button.isVisible()
    assert models.available_pairs() == {("en", "de")}
    assert not attempts


def _padded(data: bytes, size: int = 1 << 20) -> bytes:
    """The package with a stored padding file: big enough for a download to be cancelled."""
    import io
    import zipfile

    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        top = archive.namelist()[0].split("/")[0]
        archive.writestr(f"{top}/padding.bin", bytes(size))
    return buffer.getvalue()


def test_download_can_be_cancelled_from_the_view(
    qtbot, window, open_and_wait, argos_sandbox, tiny_files, tmp_path, monkeypatch
):
    from argostranslate import settings

    attempts = guard_network(monkeypatch)
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "saved-index.json")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    with LoopbackIndex() as server:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url)
        for pair in (("en", "de"), ("de", "en")):
            server.add(*pair, _padded(tiny_files[pair].read_bytes()), how="slow")
        view = _run(qtbot, window, open_and_wait, path)
        bar = view.models_bar
        with qtbot.waitSignal(view.runner.progress, timeout=20000):
            bar.download_button.click()
        qtbot.waitUntil(lambda: bar.progress.value() > 0, timeout=20000)
        assert bar.cancel_button.isVisible() and "en→de (1/2)" in bar.progress.format()
        bar.cancel_button.click()
        assert "Download cancelled: nothing was installed." in view.status.text()
        assert bar.download_button.isEnabled() and not bar.cancel_button.isVisible()
        # The worker stops at its next chunk; nothing is installed, no partial file is left.
        qtbot.wait(500)
    assert models.list_installed() == []
    assert [p for p in argos_sandbox.iterdir()] == []
    assert not attempts
