"""The longest GUI-thread stall of the desktop app on large texts (h25gui).

Usage: QT_QPA_PLATFORM=offscreen python bench/bench_gui_stall.py [--mb 2] [--repeats 2]

A 5 ms QTimer records the gaps between its ticks (a tick waits while the GUI thread is busy)
while the real window, offscreen, opens a file (checked in the engine's child process), shows
it (three repaints) and scrolls to its end; in the review case it shows the Review tab first.
Three texts of about ``--mb`` MB, all one invented sentence (no third-party text): ``one-line``
(the sentence repeated on one line: minified text, a page without breaks), ``lines`` (the same,
a line each), ``one-line-review`` (the first, then the Review tab: the engine's repeated-phrase
fix spans the whole line). Prints the largest and the third-largest gap per case (ms), the
median over ``--repeats`` runs, each in a fresh process. Wall-clock figures of a shared machine:
compare runs made side by side.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = (
    "The president arrived Vladimir Putinwho is making a visit to the city, and then more words. "
)


def run_case(case: str, megabytes: float, folder: Path) -> dict[str, float]:
    """In this process: open the case's file in a window and record the timer's gaps."""
    from mtlint.desktop.decisions import DecisionStore
    from mtlint.desktop.main_window import MainWindow
    from mtlint.desktop.settings import Settings
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, DecisionStore(folder / "d.sqlite3"), interactive=False)
    window.resize(1360, 860)
    window.show()
    copies = int(megabytes * 1_000_000) // len(SENTENCE)
    one_line = case.startswith("one-line")
    text = SENTENCE * copies if one_line else (SENTENCE.strip() + "\n") * copies
    path = folder / f"{case}.txt"
    path.write_text(text, encoding="utf-8")

    def spin(seconds: float, until=lambda: False) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not until():
            app.processEvents()

    ready: list[bool] = []
    window.document_ready.connect(lambda: ready.append(True))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticks.append(time.perf_counter())
    timer.start()
    window.open_path(path)
    spin(300, lambda: bool(ready))  # the check itself runs in the engine's child process
    if case.endswith("review"):
        window.tabs.setCurrentIndex(window.REVIEW)
        view = window.review
        spin(120, lambda: view.state is not None and not view.loader.pending())
    for _ in range(3):
        window.repaint()
        spin(0.05)
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    spin(1.0)
    timer.stop()
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    for channel in ("load", "backtranslate", "batch"):
        window.runner.cancel(channel)
    window.runner.wait(10000)
    return {"largest": gaps[-1] * 1000, "third": gaps[-3] * 1000 if len(gaps) > 2 else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one run, in a child process
    args = parser.parse_args(argv)
    if args.case:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(run_case(args.case, args.mb, Path(folder))))
        return 0
    print(f"{'case':18} {'largest gap ms':>16} {'3rd largest ms':>16}  (median of {args.repeats})")
    for case in ("one-line", "lines", "one-line-review"):
        runs = []
        for _ in range(args.repeats):
            command = [sys.executable, __file__, "--case", case, "--mb", str(args.mb)]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        largest = statistics.median(r["largest"] for r in runs)
        third = statistics.median(r["third"] for r in runs)
        print(f"{case:18} {largest:16.0f} {third:16.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
