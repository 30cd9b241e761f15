"""The outside set (bench/data/outside-ml): rebuilt from its sources with the same halves, every
fix restores the clean paragraph, dev and held halves disjoint, planted and clean halves even."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import localdata  # noqa: E402
from build_outside_ml import LANGUAGES, OUT, main  # noqa: E402
from goldmatch import apply_line_fixes as fixed  # noqa: E402
from goldmatch import load_jsonl  # noqa: E402

NAMES = ["dev-planted.jsonl", "dev-clean.jsonl", "held-planted.jsonl", "held-clean.jsonl"]

# The sentences are verbatim treebank text kept outside git (bench/localdata.py).
pytestmark = pytest.mark.skipif(
    localdata.missing_reason(OUT, ["sources.jsonl", *NAMES]) is not None,
    reason=localdata.missing_reason(OUT, ["sources.jsonl", *NAMES]) or "",
)


def lines(name: str) -> list[dict]:
    return load_jsonl(OUT / name)


def test_every_fix_restores_the_clean_paragraph_and_halves_are_disjoint() -> None:
    for half in ("dev", "held"):
        planted = lines(f"{half}-planted.jsonl")
        assert all(fixed(line) == line["clean"] for line in planted)
        per_language = Counter(line["target_lang"] for line in planted)
        assert all(per_language[lang] >= 20 for lang in LANGUAGES), per_language
    dev = {line["clean"] for name in NAMES[:2] for line in lines(name)}
    held = {line["clean"] for name in NAMES[2:] for line in lines(name)}
    assert dev and held and not dev & held


def test_rebuilt_from_sources(tmp_path: Path) -> None:
    (tmp_path / "sources.jsonl").write_bytes((OUT / "sources.jsonl").read_bytes())
    assert main(["--out", str(tmp_path)]) == 0
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == (OUT / name).read_bytes()
