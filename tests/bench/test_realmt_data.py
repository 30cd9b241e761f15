"""The committed real-MT dev sets: built from their sources, well formed, no reserved site."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import localdata  # noqa: E402
from realmt_build import CATEGORIES, build_set, built_path  # noqa: E402
from reserved_sites import DEFAULT_RESERVED, is_reserved, reserved_domains  # noqa: E402

SETS = sorted((BENCH / "data").glob("realmt-*"))
# The excerpts are verbatim page text kept outside git (bench/localdata.py): each set is read from
# the working tree or the local store, and its tests skip with one line when neither has it.
HERE = {folder: localdata.folder(folder) for folder in SETS}


def readable(folder: Path) -> Path:
    reason = localdata.missing_reason(folder, [built_path(folder).name, "excerpts.txt"])
    if reason:
        pytest.skip(reason)
    return HERE[folder]


# The reserved list lives beside the repository (shared data); CI gets a copy of it there.
CANDIDATES = [DEFAULT_RESERVED, BENCH.parents[1] / "shared" / "data" / "RESERVED.md"]
RESERVED = next((path for path in CANDIDATES if path.exists()), None)


def lines_of(folder: Path) -> list[dict]:
    with open(built_path(readable(folder)), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_there_is_an_english_set() -> None:
    assert BENCH / "data" / "realmt-en" in SETS


@pytest.mark.skipif(RESERVED is None, reason="the shared reserved-site list is not on this machine")
@pytest.mark.parametrize("folder", SETS, ids=lambda f: f.name)
def test_no_reserved_site_and_built_from_source(folder: Path) -> None:
    domains = reserved_domains(RESERVED)
    assert "reuters.com" in domains  # the list was read
    lines = lines_of(folder)
    assert not [line["url"] for line in lines if is_reserved(line["url"], domains)]
    assert (
        build_set(readable(folder), domains) == lines
    )  # dev.jsonl is up to date with excerpts.txt


# Every labelled data folder (tuning sets too: names-real-en, residue-real-en …), read from its
# committed labels, so the check needs no local store.
LABELLED = sorted(path.parent for path in (BENCH / "data").glob("*/" + localdata.LABELS))


@pytest.mark.skipif(RESERVED is None, reason="the shared reserved-site list is not on this machine")
@pytest.mark.parametrize("folder", LABELLED, ids=lambda f: f.name)
def test_no_labelled_page_comes_from_a_reserved_site(folder: Path) -> None:
    domains = reserved_domains(RESERVED)
    labels = [json.loads(line) for line in (folder / localdata.LABELS).read_text().splitlines()]
    # A label's url is one page, or a list of them (planted-ml: sentences drawn from several).
    urls = [
        url
        for label in labels
        for url in ([label["url"]] if isinstance(label.get("url"), str) else label.get("url", []))
    ]
    assert not [url for url in urls if is_reserved(url, domains)]


@pytest.mark.parametrize("folder", SETS, ids=lambda f: f.name)
def test_lines_are_well_formed(folder: Path) -> None:
    lines = lines_of(folder)
    assert len({line["id"] for line in lines}) == len(lines)
    for line in lines:
        assert line["url"].startswith("http") and line["retrieved"]
        assert line["kind"] in ("mt", "clean")
        assert line["kind"] == "mt" or not line["errors"]
        for error in line["errors"]:
            assert error["category"] in CATEGORIES
            assert line["target"][error["start"] : error["end"]] == error["text"]
            assert error["fix"] != error["text"]


@pytest.mark.parametrize("folder", SETS, ids=lambda f: f.name)
def test_committed_labels_carry_no_text(folder: Path) -> None:
    """What stays in git: labels (ids, offsets, fixes, hashes) and provenance, never the text."""
    labels = [json.loads(line) for line in (folder / localdata.LABELS).read_text().splitlines()]
    assert labels and all("target" not in label for label in labels)
    assert all("text" not in error for label in labels for error in label["errors"])
    assert all(
        label["url"].startswith("http") and len(label["target_sha256"]) == 64 for label in labels
    )


def test_reserved_match_is_broad() -> None:
    domains = {"m.en.example.com", "reuters.com"}
    assert is_reserved("https://www.reuters.com/world/x", domains)
    assert is_reserved("https://example.com/a", domains)  # same registrable domain
    assert not is_reserved("https://notreuters.com/a", domains)
