"""The GUI's checking child process: same answers as in-process, errors pass through, a
cancelled check stops the child, a dead child is replaced."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError, load_document
from mtlint.checks.engine import check_document
from mtlint.desktop import engine_process

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


@pytest.fixture(autouse=True)
def fresh_child(monkeypatch):
    monkeypatch.delenv("MTLINT_IN_PROCESS", raising=False)
    engine_process.shutdown()
    yield
    engine_process.shutdown()


def _spans(result):
    return [(f.code, f.start, f.end, f.fixes) for f in result.findings]


def test_the_child_answers_like_the_engine_in_this_process():
    from_child = engine_process.load_and_check(SEED, Config())
    here = check_document(load_document(SEED), Config())
    assert _spans(from_child) == _spans(here) and from_child.findings
    child = engine_process.child_process()
    assert child is not None and child.pid != os.getpid()


def test_bad_input_raises_the_childs_one_line_error(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(InputError):
        engine_process.load_and_check(binary, Config())
    # The child is still there for the next request.
    assert engine_process.load_and_check(SEED, Config()).findings


def test_a_cancelled_check_stops_the_child_and_the_next_one_gets_a_new_child():
    engine_process.load_and_check(None, Config(), text="A warm-up text.")
    first = engine_process.child_process()
    big = "He met the the president on Sunday and spoke to the press. " * 150_000  # ~9 MB
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # not before sending, at the first poll while the child works

    with pytest.raises(engine_process.CheckCancelledError):
        engine_process.load_and_check(None, Config(), text=big, cancelled=cancelled)
    first.join(5)
    assert not first.is_alive() and engine_process.child_process() is None
    result = engine_process.load_and_check(None, Config(), text="He met the the president.")
    assert [f.code for f in result.findings] == ["MT401"]
    assert engine_process.child_process().pid != first.pid


def test_a_child_that_dies_is_replaced_and_the_answer_still_comes():
    engine_process.load_and_check(None, Config(), text="A warm-up text.")
    first = engine_process.child_process()
    os.kill(first.pid, signal.SIGKILL)
    first.join(5)
    result = engine_process.load_and_check(None, Config(), text="He met the the president.")
    assert [f.code for f in result.findings] == ["MT401"]
    result = engine_process.load_and_check(None, Config(), text="He met the the president.")
    assert [f.code for f in result.findings] == ["MT401"]
    assert engine_process.child_process().pid != first.pid


def test_shutdown_in_the_middle_of_a_check_cancels_it_instead_of_redoing_it_here():
    import threading

    engine_process.load_and_check(None, Config(), text="A warm-up text.")
    big = "He met the the president on Sunday and spoke to the press. " * 150_000
    outcome = []

    def check() -> None:
        try:
            outcome.append(engine_process.load_and_check(None, Config(), text=big))
        except Exception as error:  # the outcome under test
            outcome.append(error)

    worker = threading.Thread(target=check)
    worker.start()
    while engine_process.child_process() is None or not engine_process.is_busy():
        pass  # the check has reached the child
    engine_process.shutdown()
    worker.join(60)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], engine_process.CheckCancelledError)
    # The next check starts a new child and works.
    result = engine_process.load_and_check(None, Config(), text="He met the the president.")
    assert [f.code for f in result.findings] == ["MT401"]
