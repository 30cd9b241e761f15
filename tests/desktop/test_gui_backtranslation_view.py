"""Back-translation view with the tiny real Argos packages; model manager dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.backtranslation import models
from mtlint.desktop.backtranslation_model import ComparisonModel
from mtlint.desktop.dialogs.models_dialog import ModelsDialog
from mtlint.desktop.jobs import JobRunner
from PySide6.QtCore import Qt

TEXT = (
    "The president met the leader on Sunday in Tashkent. "
    "He said that Western countries have sent troops.\n"
    "The news agency reported talks on trade and energy security.\n"
)


@pytest.fixture
def argos(argos_sandbox: Path) -> Path:
    return argos_sandbox


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "short.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_backtranslation_table_worst_first_and_click_selects(
    qtbot, window, open_and_wait, argos, tiny_files, article
) -> None:
    for path in tiny_files.values():
        models.install_from_file(path)
    open_and_wait(window, article)
    view = window.backtranslation
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    view.pivot.setCurrentIndex(view.pivot.findData("de"))
    with qtbot.waitSignal(view.finished, timeout=60000):
        view.run_button.click()
        assert view.cancel_button.isEnabled()
        assert "Loading" in view.status.text()
    assert view.result is not None and view.result.pivot == "de"
    rows = view.proxy.rowCount()
    assert rows == len(view.result.sentences) == 3
    chrf = [
        view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()].chrf
        for r in range(rows)
    ]
    assert chrf == sorted(chrf)  # worst first
    for r in range(rows):
        assert view.proxy.index(r, ComparisonModel.CHRF).data() == f"{chrf[r]:.1f}"
    # Clicking a row selects that sentence in the text.
    index = view.proxy.index(rows - 1, 0)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    sentence = view.model.rows[view.proxy.mapToSource(index).row()]
    assert view.text.textCursor().selectedText() == TEXT[sentence.start : sentence.end]
    assert "3 sentences via de" in view.status.text()
    # The row in full: original, pivot and round trip stacked, with the changes.
    details = view.details_text()
    assert sentence.text in details and sentence.roundtrip in details
    assert sentence.pivot_text and sentence.pivot_text in details
    assert "Changes" in details
    # Every sentence is underlined by score, here and in the main window's text.
    assert view.text.score_mark_count() == 3
    assert window.editor.score_mark_count() == 3
    # Low round-trip findings join the document's findings list and highlights.
    listed = window.panel.model.findings
    assert view.result.findings  # the tiny model's gibberish round trips score low
    for finding in view.result.findings:
        assert finding in listed
    assert len(window.editor.extraSelections()) >= len(listed)


def test_missing_model_is_one_clear_line(qtbot, window, open_and_wait, argos, article) -> None:
    open_and_wait(window, article)
    view = window.backtranslation
    # First run: the view names the models before anything is run.
    qtbot.waitUntil(lambda: view.models_bar.isVisibleTo(view), timeout=10000)
    assert view.models_bar.download_button.text() == "Download en↔de (≈ 166 MB)"
    assert "en→de, de→en models (download ≈ 166 MB)" in view.models_bar.message.toolTip()
    view.pivot.setCurrentIndex(view.pivot.findData("fr"))
    qtbot.waitUntil(lambda: "en↔fr" in view.models_bar.download_button.text(), timeout=10000)
    view.pivot.setCurrentIndex(view.pivot.findData("de"))
    with qtbot.waitSignal(view.finished, timeout=30000):
        view.run()
    details = view.models_bar.message.toolTip()
    assert "en→de, de→en models (download ≈ 166 MB)" in details
    assert "Traceback" not in details and "\n" not in details
    assert view.status.text() == ""  # said once, in the models bar (h21gui)
    assert view.run_button.isEnabled()
    # The offer to get them, sized; offline (the test suite is) it says so and cannot download.
    assert view.models_bar.isVisibleTo(view)
    assert view.models_bar.download_button.text() == "Download en↔de (≈ 166 MB)"
    assert not view.models_bar.download_button.isEnabled()
    assert view.models_bar.message.text().startswith("Offline: the en↔de models cannot")
    assert view.models_bar.install_button.isEnabled()


def test_model_manager_lists_installs_and_shows_packages(qtbot, argos, tiny_files) -> None:
    runner = JobRunner()
    dialog = ModelsDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not runner.is_running("models"), timeout=10000)
    assert dialog.table.rowCount() == 0
    assert "No translation packages" in dialog.status.text()
    with qtbot.waitSignal(runner.finished, timeout=20000):
        dialog.install_file(str(tiny_files[("en", "de")]))
    assert dialog.table.rowCount() == 1
    assert "(en)" in dialog.table.item(0, 0).text() and "(de)" in dialog.table.item(0, 1).text()


def test_batch_with_round_trip_scores(qtbot, window, argos, tiny_files, tmp_path: Path) -> None:
    for path in tiny_files.values():
        models.install_from_file(path)
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("He met the leader on Sunday.\n", encoding="utf-8")
    batch = window.batch
    window.settings.pivot = "de"
    batch.backtranslate.setChecked(True)
    with qtbot.waitSignal(batch.finished, timeout=60000):
        window.open_path(folder)
    assert batch.model.show_roundtrip
    headers = batch.model.headers()
    column = headers.index("Worst chrF")
    for row in range(batch.proxy.rowCount()):
        report = batch.model.reports[batch.proxy.mapToSource(batch.proxy.index(row, 0)).row()]
        assert report.backtranslation, report.error
        worst = min(s.chrf for s in report.backtranslation)
        assert batch.proxy.index(row, column).data() == f"{worst:.1f}"


def test_model_manager_download_reports_progress(qtbot, argos, tiny_files, monkeypatch) -> None:
    """Download plumbing with the store's network calls replaced (tests never go online)."""
    from PySide6.QtWidgets import QInputDialog

    offered = [
        models.PackageInfo(
            from_code="en",
            to_code="de",
            from_name="English",
            to_name="German",
            version="1",
            size_bytes=1,
            path=None,
        )
    ]
    seen: list[tuple[int, int]] = []

    def fake_download(from_code, to_code, progress=None, cancelled=None):
        progress(50, 100)
        progress(100, 100)
        return models.install_from_file(tiny_files[(from_code, to_code)])

    monkeypatch.setattr(models, "list_available", lambda: offered)
    monkeypatch.setattr(models, "download", fake_download)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    runner = JobRunner()
    runner.progress.connect(lambda c, done, total, m: seen.append((done, total)))
    dialog = ModelsDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not runner.is_running("models"), timeout=10000)
    dialog.download_dialog()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert (50, 100) in seen
    assert "1 package installed" in dialog.status.text()


def test_the_document_semantic_score_is_on_the_columns_scale(window) -> None:
    """The Semantic column shows a sentence's similarity out of 100 (0.337 → 33.7); the line of
    document scores above it showed the document's as "semantic 0.3" (h31tidy)."""
    from types import SimpleNamespace

    from mtlint.checks.results import SentenceScore

    view = window.backtranslation
    sentence = SentenceScore(0, 9, "Sentence.", "Phrase.", 40.0, 20.0, 60.0, semantic=0.337)
    scores = {"chrf": 40.0, "bleu": 20.0, "ter": 60.0, "semantic": 0.337}
    view.show_result(SimpleNamespace(sentences=[sentence], document_scores=scores, pivot="de"))
    column = view.proxy.index(0, ComparisonModel.SEMANTIC).data()
    assert column == "33.7"
    assert f"semantic {column}" in view.scores.text()
