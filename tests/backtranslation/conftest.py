"""Back-translation tests: no network, tiny real Argos packages, a fresh package folder and
translation cache per test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from mtlint.checks.backtranslation import models


class NetworkAttemptedError(ConnectionRefusedError):
    """Raised like a refused connection, so code under test handles it as it would offline;
    the attempt is recorded and fails the test at teardown anyway."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any socket connection attempted during a test fails it."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkAttemptedError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
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
