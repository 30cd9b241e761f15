"""Tuning harnesses refuse the sets kept for measuring only (judges and held-out sets)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from eval_bands import main as eval_bands_main  # noqa: E402
from eval_typos import main as eval_typos_main  # noqa: E402


@pytest.mark.parametrize("main", [eval_bands_main, eval_typos_main])
@pytest.mark.parametrize("name", ["realmt-en12", "realmt-en-heldout", "realmt-fr8"])
def test_tuning_harnesses_refuse_judge_and_held_out_sets(main, name: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--set", name])
    assert stopped.value.code == 2
    assert "not tuned here" in capsys.readouterr().err
