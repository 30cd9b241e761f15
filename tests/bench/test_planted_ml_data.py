"""The committed planted set for pt/nl/uk/ro/sv/tr: rebuilt from its sources, well formed, no
reserved site, at least 40 planted lines per language."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import localdata  # noqa: E402
from build_planted_ml import LANGUAGES, OUT, main  # noqa: E402
from goldmatch import apply_line_fixes as fixed  # noqa: E402
from goldmatch import load_jsonl  # noqa: E402
from reserved_sites import DEFAULT_RESERVED, is_reserved, reserved_domains  # noqa: E402

CANDIDATES = [DEFAULT_RESERVED, BENCH.parents[1] / "shared" / "data" / "RESERVED.md"]
RESERVED = next((path for path in CANDIDATES if path.exists()), None)


# The sentences are verbatim page text kept outside git (bench/localdata.py).
pytestmark = pytest.mark.skipif(
    localdata.missing_reason(OUT, ["planted.jsonl", "clean.jsonl"]) is not None,
    reason=localdata.missing_reason(OUT, ["planted.jsonl", "clean.jsonl"]) or "",
)


def lines(name: str) -> list[dict]:
    return load_jsonl(OUT / name)


def test_every_fix_restores_the_clean_sentence() -> None:
    planted = lines("planted.jsonl")
    assert all(fixed(line) == line["clean"] for line in planted)
    per_language = Counter(line["target_lang"] for line in planted)
    assert all(per_language[lang] >= 40 for lang in LANGUAGES), per_language


@pytest.mark.skipif(RESERVED is None, reason="the shared reserved-site list is not on this machine")
def test_rebuilt_from_sources_with_no_reserved_site(tmp_path: Path) -> None:
    domains = reserved_domains(RESERVED)
    urls = {line["url"] for line in lines("clean.jsonl")}
    assert urls and not [url for url in urls if is_reserved(url, domains)]
    out = tmp_path / "planted-ml"
    (out / "sources").mkdir(parents=True)
    for source in (OUT / "sources").iterdir():
        (out / "sources" / source.name).write_bytes(source.read_bytes())
    assert main(["--out", str(out)]) == 0
    for name in ("planted.jsonl", "clean.jsonl"):
        assert (out / name).read_bytes() == (OUT / name).read_bytes()
