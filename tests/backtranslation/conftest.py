"""Back-translation tests: no network, tiny real Argos packages, a fresh package folder and
translation cache per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from argos_index import guard_network
from mtlint.checks.backtranslation import models


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any socket connection attempted during a test fails it, except to 127.0.0.1/::1 (the
    loopback package index of the download tests). A refused attempt raises like a refused
    connection, so code under test handles it as it would offline; it still fails the test at
    teardown unless the test expected it (and cleared the list)."""
    attempts = guard_network(monkeypatch)
    yield attempts
    assert not attempts, f"a test tried to open a network connection: {attempts}"


@pytest.fixture(autouse=True)
def fresh_argos(argos_sandbox):
    """Every back-translation test starts with no packages and an empty cache."""
    return argos_sandbox


@pytest.fixture
def tiny_pair(tiny_files, fresh_argos) -> dict[tuple[str, str], Path]:
    """en→de and de→en installed."""
    for path in tiny_files.values():
        models.install_from_file(path)
    return tiny_files
