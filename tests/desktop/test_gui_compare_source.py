"""The app compares a keyed catalogue with a source file the user picks (h29files): the
catalogue's units pair with that file by key, as ``mtlint check --source`` does, in the load
worker; a source of another format is one line. Every file here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

SOURCE = '{"menu": {"open": "Open 3 files", "quit": "Quit"}, "hi": "Hello, {{name}}!"}\n'
TARGET = '{"menu": {"open": "Ouvrir 4 fichiers", "quit": "Quitter"}, "hi": "Salut, {{name}} !"}\n'


@pytest.fixture
def catalogue(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / "strings/base.json", tmp_path / "translated/french.json"
    for path, text in ((source, SOURCE), (target, TARGET)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return target, source


def test_compare_with_source_pairs_units_by_key_off_the_gui_thread(
    qtbot, window, open_and_wait, catalogue
) -> None:
    target, source = catalogue
    open_and_wait(window, target, timeout=60000)
    assert window.session.document.format == "text"  # no language in its name: plain text
    assert window.source_compare.action.isEnabled()
    assert window.source_compare.action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.document_ready, timeout=60000):
        window.source_compare.compare(source)
    document = window.session.document
    assert document.format == "json"
    assert [s for _, _, s in document.units] == ["Open 3 files", "Quit", "Hello, {{name}}!"]
    assert "MT701" in {f.code for f in window.session.findings}
    # F5 checks it again against the same source
    with qtbot.waitSignal(window.document_ready, timeout=60000):
        window.reload()
    assert window.session.document.format == "json"
    assert window.session.config.catalogue_source == str(source.resolve())


def test_a_source_of_another_format_is_one_line(qtbot, window, open_and_wait, catalogue) -> None:
    target, source = catalogue
    open_and_wait(window, target, timeout=60000)
    text_source = source.with_suffix(".txt")
    text_source.write_text("Open 3 files\n", encoding="utf-8")
    with qtbot.waitSignal(window.load_failed, timeout=60000) as failed:
        window.source_compare.compare(text_source)
    message = failed.args[0]
    assert "pairs with a source file of its own format" in message and "\n" not in message
    assert window.session.document.format == "text"  # the catalogue shown before stays


def test_a_plain_text_file_takes_no_source(qtbot, window, open_and_wait, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("The minister arrived on Monday.\n", encoding="utf-8")
    open_and_wait(window, path, timeout=60000)
    with qtbot.waitSignal(window.load_failed, timeout=60000) as failed:
        window.source_compare.compare(path)
    assert "only a keyed catalogue" in failed.args[0]
