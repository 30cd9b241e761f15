"""Background jobs: results arrive on the GUI thread, stale ones are dropped, cancel works."""

from __future__ import annotations

import threading
import time

from mtlint.desktop.jobs import JobCancelledError, JobRunner
from PySide6.QtCore import QThread


def test_a_newer_job_makes_the_older_ones_result_stale(qtbot) -> None:
    runner = JobRunner()
    release = threading.Event()
    results: list[object] = []
    runner.finished.connect(lambda channel, result: results.append((channel, result)))

    def slow(progress, cancelled):
        release.wait(5)
        return "old"

    runner.start("load", slow)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start("load", lambda progress, cancelled: "new")
    release.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == [("load", "new")]


def test_failures_are_one_line_and_work_runs_off_the_gui_thread(qtbot) -> None:
    runner = JobRunner()
    threads: list[object] = []

    def work(progress, cancelled):
        threads.append(QThread.currentThread())
        raise OSError(2, "No such file or directory")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start("x", work)
    assert blocker.args[0] == "x"
    assert "\n" not in blocker.args[1]
    assert threads and threads[0] is not QThread.currentThread()


def test_cancel_stops_the_job_and_progress_and_items_arrive(qtbot) -> None:
    runner = JobRunner()
    progress_seen: list[tuple[int, int]] = []
    items: list[object] = []
    runner.progress.connect(lambda c, done, total, m: progress_seen.append((done, total)))
    runner.item.connect(lambda c, item: items.append(item))
    started = threading.Event()

    def work(progress, cancelled):
        for i in range(1000):
            progress(i, 1000, "", f"item {i}")
            started.set()
            if cancelled():
                raise JobCancelledError
            time.sleep(0.005)
        return "done"

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start("batch", work)
        started.wait(5)
        qtbot.wait(30)
        runner.cancel("batch")
    assert not runner.is_running("batch")
    runner.wait(5000)
    assert progress_seen and items
    assert len(items) < 1000


def test_errors_are_matched_by_type(qtbot) -> None:
    """mtlint's own errors are one line for the user (no type name); any cancellation is a
    cancellation whatever its class is called; anything else is a bug and names its type."""
    from mtlint.checks.documents import InputError
    from mtlint.checks.errors import Cancelled, StaleFile

    class Stopped(Cancelled):  # a name the old class-name-suffix test did not know
        pass

    runner = JobRunner()
    for error, expected in [
        (InputError("a.txt: not a text file"), "a.txt: not a text file"),
        (StaleFile("a.docx: the file changed"), "a.docx: the file changed"),
        (ValueError("boom"), "ValueError: boom"),
    ]:

        def work(progress, cancelled, error=error):
            raise error

        with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
            runner.start("x", work)
        assert blocker.args[1] == expected

    def stop(progress, cancelled):
        raise Stopped("stopped")

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start("y", stop)
