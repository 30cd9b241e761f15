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
def tree(tmp_path: Path):
    """A folder of files (name → text or bytes, subfolders made), for catalogues read with the
    source file beside them."""

    def make(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return tmp_path

    return make


@pytest.fixture
def load():
    def run(path: Path, **kwargs) -> Document:
        document = load_document(path, **kwargs)
        assert_mapping_exact(document)
        return document

    return run
