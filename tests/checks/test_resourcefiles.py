"""The one reader of resources/ tables: a malformed table is one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks import resourcefiles
from mtlint.checks.errors import MtlintError, ResourceError


@pytest.fixture
def tables(tmp_path, monkeypatch):
    folder = tmp_path / "casing" / "extra"
    folder.mkdir(parents=True)
    (folder / "xx.json").write_text('{"words": ["a", "b"]}', encoding="utf-8")
    (folder / "yy.json").write_text('{"words": ["a",, "b"]}', encoding="utf-8")
    (folder / "zz.json").write_text('["a", "b"]', encoding="utf-8")
    (folder / "xx.txt").write_text("one\ntwo\n", encoding="utf-8")
    monkeypatch.setattr(resourcefiles.resources, "files", lambda package: tmp_path)
    resourcefiles.resource_json.cache_clear()
    resourcefiles.table_names.cache_clear()
    yield folder
    resourcefiles.resource_json.cache_clear()
    resourcefiles.table_names.cache_clear()


def test_a_table_is_read_by_folder_and_name(tables):
    assert resourcefiles.read_json("casing/extra", "xx.json") == {"words": ["a", "b"]}
    assert resourcefiles.optional_text("casing/extra", "xx.txt") == "one\ntwo\n"


def test_a_shared_table_is_parsed_once(tables):
    first = resourcefiles.resource_json("casing/extra", "xx.json")
    (tables / "xx.json").write_text('{"words": []}', encoding="utf-8")
    assert resourcefiles.resource_json("casing/extra", "xx.json") is first
    assert resourcefiles.read_json("casing/extra", "xx.json") == {"words": []}


def test_a_malformed_table_is_one_line_naming_the_file(tables):
    with pytest.raises(ResourceError) as caught:
        resourcefiles.resource_json("casing/extra", "yy.json")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("resources/casing/extra/yy.json: malformed JSON table (line 1")
    assert isinstance(caught.value, MtlintError)


def test_a_table_must_be_an_object(tables):
    with pytest.raises(ResourceError, match=r"^resources/casing/extra/zz\.json: .*not list"):
        resourcefiles.read_json("casing/extra", "zz.json")


def test_a_missing_table(tables):
    assert resourcefiles.optional_json("casing/extra", "ww.json") is None
    assert resourcefiles.optional_text("casing/extra", "ww.txt") is None
    with pytest.raises(ResourceError, match=r"^resources/casing/extra/ww\.json: cannot read"):
        resourcefiles.read_json("casing/extra", "ww.json")


def test_the_languages_with_a_table(tables):
    assert resourcefiles.table_names("casing/extra") == frozenset({"xx", "yy", "zz"})
    assert resourcefiles.table_names("casing/extra", ".txt") == frozenset({"xx"})


def test_every_shipped_table_reads():
    """Each JSON table under resources/ parses as an object through the loader."""
    root = resourcefiles.resources.files("mtlint.resources")
    count = 0
    for folder in (
        "calques",
        "casing",
        "consistency",
        "diacritics",
        "garble",
        "gazetteer",
        "lang",
        "language",
        "repetition",
        "residue",
        "spelling",
        "translit",
        "typography",
    ):
        stack = [(folder, root / folder)]
        while stack:
            name, path = stack.pop()
            for entry in path.iterdir():
                if entry.is_dir():
                    stack.append((f"{name}/{entry.name}", entry))
                elif entry.name.endswith(".json"):
                    assert isinstance(resourcefiles.read_json(name, entry.name), dict)
                    count += 1
    assert count > 50


def test_a_required_list_that_is_missing_names_the_file(tables):
    assert resourcefiles.read_text("casing/extra", "xx.txt") == "one\ntwo\n"
    with pytest.raises(ResourceError, match=r"^resources/casing/extra/ww\.txt: cannot read"):
        resourcefiles.read_text("casing/extra", "ww.txt")


def test_tables_are_read_only_through_the_loader():
    """No engine module opens resources/ itself (the Dask cluster hashes the whole folder to
    check that workers hold the same data: that is no table read)."""
    root = Path(__file__).resolve().parents[2] / "checks"
    allowed = {"resourcefiles.py", "dask_cluster.py"}
    readers = [
        path.relative_to(root).as_posix()
        for path in sorted(root.rglob("*.py"))
        if path.name not in allowed and '"mtlint.resources"' in path.read_text(encoding="utf-8")
    ]
    assert readers == []
