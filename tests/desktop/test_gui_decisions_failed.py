"""A bulk decision written on the store's writer thread (h22gui): a write that fails reaches
the window's status bar, and closing the window waits for the writes still queued (review
h22gui). No timing is asserted: the writer is held until a gate opens."""

from __future__ import annotations

import threading

from mtlint.desktop.decisions import WRITE_LATER_FROM, Decision, Status

MANY = [(f"MT104:{i}:{i + 1}", Decision(Status.ACCEPTED)) for i in range(WRITE_LATER_FROM)]


def test_a_failed_bulk_write_is_shown(qtbot, window, store, tmp_path) -> None:
    store.flush()
    store._db.execute("DROP TABLE decisions")  # every write now fails: "no such table"
    with qtbot.waitSignal(window.decisions_failed, timeout=10000) as failed:
        store.save_many(tmp_path / "a.txt", "digest", MANY)
    assert "could not be saved" in failed.args[0]
    qtbot.waitUntil(lambda: "could not be saved" in window.statusBar().currentMessage())
    assert window.last_error == failed.args[0]
    assert store.failures == [failed.args[0]]


def test_closing_the_window_waits_for_queued_writes(qtbot, window, store, tmp_path) -> None:
    gate, written = threading.Event(), threading.Event()
    write = store._write

    def held(*job) -> None:
        gate.wait(10)
        write(*job)
        written.set()

    store._write = held
    store.save_many(tmp_path / "a.txt", "digest", MANY)
    # The gate opens from another thread a moment later; close() must not return before the
    # write it releases is done.
    threading.Timer(0.2, gate.set).start()
    window.close()
    assert written.is_set()
    store._write = write
    assert len(store.load(tmp_path / "a.txt", "digest")) == WRITE_LATER_FROM
