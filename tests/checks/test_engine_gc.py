"""The rule pass raises the collector's oldest-generation threshold while it runs (fewer full
collections over a large text's objects) and always restores it."""

from __future__ import annotations

import gc
import threading

from mtlint.checks import engine
from mtlint.checks.engine import check_text


def test_threshold_restored_after_a_check() -> None:
    before = gc.get_threshold()
    check_text("The minister said the the talks went well.")
    assert gc.get_threshold() == before


def test_threshold_raised_during_a_pass_and_nested_passes_restore_once() -> None:
    before = gc.get_threshold()
    with engine.few_full_collections():
        raised = gc.get_threshold()
        assert raised[2] >= engine._FULL_COLLECTION_AFTER
        with engine.few_full_collections():
            assert gc.get_threshold() == raised
        assert gc.get_threshold() == raised  # the outer pass still runs
    assert gc.get_threshold() == before


def test_threshold_restored_when_a_pass_fails() -> None:
    before = gc.get_threshold()
    try:
        with engine.few_full_collections():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def test_passes_in_threads_restore_the_setting() -> None:
    before = gc.get_threshold()
    threads = [
        threading.Thread(target=check_text, args=("Ministers and directors - general met.",))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == before
