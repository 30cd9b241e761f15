"""Time a few rules alone on the engine benchmark's MT file, best of three (a quick before/after
for a branch that touches those rules; `bench_engine.py --per-rule` times them all).

    python bench/bench_rule_subset.py MT109,MT110,MT211 [--data bench/out/engine-mt-10mb.txt]

The file is the one `bench_engine.py --mb 10` writes. Each round builds a fresh document and its
shared analysis (distinct chunks, characters, paragraphs) before timing the rules, so a rule's
time is its own scan, not the shared tables.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mtlint.checks.documents.base import Document
from mtlint.checks.registry import rule_by_code
from mtlint.checks.textscan import chunk_text, text_characters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", help="comma-separated rule codes")
    parser.add_argument("--data", default=str(Path(__file__).parent / "out/engine-mt-10mb.txt"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    text = Path(args.data).read_text(encoding="utf-8")
    codes = args.codes.split(",")
    best = dict.fromkeys(codes, float("inf"))
    for _ in range(args.rounds):
        document = Document(text=text, language="en")
        chunk_text(document), text_characters(document), document.paragraphs
        for code in codes:
            rule = rule_by_code(code)
            start = time.perf_counter()
            sum(1 for _ in rule.check(document))
            best[code] = min(best[code], time.perf_counter() - start)
    print(" ".join(f"{code} {best[code]:.3f}" for code in codes), f"total {sum(best.values()):.3f}")


if __name__ == "__main__":
    main()
