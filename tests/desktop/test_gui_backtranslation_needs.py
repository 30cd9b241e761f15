"""Missing translation models are named once (h21gui, defect 3): the status line said
"Back-translation needs models that are not installed: no en→de, de→en models … mtlint models
download en de …" right above the models bar's "The en↔de translation models are missing."."""

from __future__ import annotations

from mtlint.desktop.views.backtranslation import BacktranslationView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class Needs:
    pairs = (("en", "de"), ("de", "en"))
    message = (
        "no en→de, de→en models (download ≈ 166 MB): mtlint models download en de; "
        "mtlint models download de en, or mtlint models install FILE"
    )
    size = "≈ 166 MB"

    def label(self) -> str:
        return "en↔de"


def test_missing_models_are_said_once(qtbot, window, monkeypatch) -> None:
    from mtlint.desktop import backtranslation_api

    view: BacktranslationView = window.backtranslation
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    for offline in (False, True):
        monkeypatch.setattr(backtranslation_api, "offline", lambda offline=offline: offline)
        view.show_needs(Needs())  # type: ignore[arg-type]
        said = [
            label.text()
            for label in view.findChildren(QLabel)
            if label.isVisibleTo(view)
            and any(word in label.text() for word in ("model", "Model", "installed", "missing"))
        ]
        assert len(said) == 1, said
        assert "en↔de" in said[0]
        assert "mtlint models download" not in said[0]  # the command lines: in the tooltip
        assert "mtlint models download en de" in view.models_bar.message.toolTip()
        assert view.models_bar.download_button.text() == "Download en↔de (≈ 166 MB)"


def test_a_run_with_models_missing_keeps_the_models_bar(
    qtbot, window, seed, open_and_wait, monkeypatch
) -> None:
    """Back-translate pressed while the models are known to be missing hid the models bar, then
    showed it again when the run found them missing (h22gui): it stays."""
    view: BacktranslationView = window.backtranslation
    open_and_wait(window, seed)
    window.tabs.setCurrentIndex(window.BACKTRANSLATION)
    view.show_needs(Needs())  # type: ignore[arg-type]
    started: list[str] = []
    monkeypatch.setattr(view.runner, "start", lambda channel, work: started.append(channel))
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert started  # the run still checks the models again
    assert view.models_bar.isVisibleTo(view)
