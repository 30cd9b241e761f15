"""Fixtures shared by the rule-engine tests."""

from __future__ import annotations

import pytest
from mtlint.checks import repeats


@pytest.fixture
def small_slices(monkeypatch):
    """The word gates and the repeat pass for any text (no minimum length), built in slices of
    7,001 characters that do not line up with the gates' windows or anything else."""
    monkeypatch.setattr(repeats, "GATE_MIN_LENGTH", 0)
    monkeypatch.setattr(repeats, "_SLICE", 7001)
