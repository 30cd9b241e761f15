"""bench/eval_bands.py: unlabelled pool text is listed for reading and scored by verdicts only."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from eval_bands import POOL, measure, pool_key, read_pool, read_verdicts  # noqa: E402

# Invented: a doubled word (MT401) in a line nobody labelled.
LINE = {"id": "pool-1", "target": "The committee met on Monday and the the members agreed."}


def test_verdicts_and_blocks_are_read(tmp_path: Path) -> None:
    verdicts = tmp_path / "verdicts.txt"
    verdicts.write_text("# read by hand\n+ a:MT401:1:x\n- b:MT320:5:Word  # a name\nnoise\n")
    assert read_verdicts(verdicts) == {"a:MT401:1:x": True, "b:MT320:5:Word": False}
    pool = tmp_path / "pages.txt"
    pool.write_text("First page.\nStill first.\n\n\nSecond page.\n")
    assert [d["target"] for d in read_pool(pool)] == ["First page.\nStill first.", "Second page."]


def test_pool_firings_count_only_when_read() -> None:
    rows, _ = measure([(POOL, [LINE], "en", False)], ("MT401",))
    ((code, _band), row) = next(iter(rows.items()))
    assert code == "MT401" and row[0] == 0 and row[3] == 1 and row[4] == 0
    finding_key = row[6][0].split("\n")[0][2:]
    rows, _ = measure([(POOL, [LINE], "en", False)], ("MT401",), {finding_key: True})
    row = next(iter(rows.values()))
    assert (row[3], row[4], row[5]) == (1, 1, 1)
    assert finding_key.startswith("pool-1:MT401:")


def test_pool_key_names_document_code_offset_and_words() -> None:
    class Found:
        code, start, end = "MT401", 4, 11

    assert pool_key("doc", Found, "say the the end") == "doc:MT401:4:the_the"
