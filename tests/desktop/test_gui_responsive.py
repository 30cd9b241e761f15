"""The GUI thread never blocks: a heartbeat ticks on while a 1 MB file is read and checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer


def test_event_loop_keeps_running_while_a_1mb_file_is_checked(
    qtbot, window, seed: Path, tmp_path: Path
) -> None:
    text = seed.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n") * (1_000_000 // len(text.encode("utf-8")) + 1), encoding="utf-8")
    assert big.stat().st_size >= 1_000_000
    ticks_while_checking = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(
        lambda: ticks_while_checking.append(1) if window.runner.is_running("load") else None
    )
    timer.start()
    with qtbot.waitSignal(window.document_ready, timeout=120000):
        window.open_path(big)
        # open_path returned at once: reading and checking happen in a worker.
        assert window.runner.is_running("load")
    timer.stop()
    # The heartbeat kept ticking while the worker read and checked the file (a blocked GUI
    # thread would deliver at most one tick, after the work).
    assert len(ticks_while_checking) >= 3
    assert window.panel.model.rowCount() == len(window.session.findings) > 0
