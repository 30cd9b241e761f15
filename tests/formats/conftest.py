"""Helpers for the format tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import assert_mapping_exact
from mtlint.checks.documents import load_document
from mtlint.checks.documents.base import Document


@pytest.fixture
def write(tmp_path: Path):
    def make(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return make


@pytest.fixture
def load():
    def run(path: Path, **kwargs) -> Document:
        document = load_document(path, **kwargs)
        assert_mapping_exact(document)
        return document

    return run
