"""``mtlint-gui --screenshot``: opens the file, waits for the checks, writes a PNG, exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def run_gui(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-m", "mtlint.desktop.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_screenshot_of_the_review_view(tmp_path: Path, seed: Path) -> None:
    target = tmp_path / "review.png"
    result = run_gui(str(seed), "--screenshot", str(target), "--view", "review", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 800 and image.height() > 500


def test_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run_gui(str(tmp_path / "nope.txt"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_screenshot_renders_offscreen_by_itself_without_a_display(
    tmp_path: Path, seed: Path
) -> None:
    target = tmp_path / "main.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "mtlint.desktop.app", str(seed), "--screenshot", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(target)).isNull()


def test_screenshots_of_the_finding_menu_and_the_rule_browser(tmp_path: Path, seed: Path) -> None:
    plain = tmp_path / "main.png"
    assert run_gui(str(seed), "--screenshot", str(plain), tmp_path=tmp_path).returncode == 0
    base = QImage(str(plain))
    for view in ("context-menu", "rules"):
        target = tmp_path / f"{view}.png"
        result = run_gui(str(seed), "--screenshot", str(target), "--view", view, tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        image = QImage(str(target))
        assert image.size() == base.size()
        # The menu (or the browser) is painted over the window: the pictures differ.
        assert image != base
