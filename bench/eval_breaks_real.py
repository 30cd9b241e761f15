"""Lost sentence breaks, stray stops, capitals mid-sentence and page chrome on real MT pages
(bench/data/breaks-real-en, text in the local store).

Usage: python bench/eval_breaks_real.py [--min-confidence X] [--show]

Builds ``dev.jsonl`` from the folder's ``excerpts.txt`` (realmt-en's format; offsets computed by
``realmt_build``), then prints the labelled spans any finding overlaps, per category, and every
rule's right / all findings (a finding that overlaps no labelled span is a false alarm, on MT
and clean excerpts alike). Dev figures: a small tuning set labelled by one person (h22breaks,
session 18), outlets n–z only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from finders import Engine
from realmt_build import build_tuning_set, print_kinds, score_tuning_set

FOLDER = "bench/data/breaks-real-en"


def build(folder: Path) -> list[dict]:
    return build_tuning_set(folder, "en", "breaks-real-en")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    args = parser.parse_args(argv)
    folder = localdata.folder(FOLDER)
    if not (folder / "excerpts.txt").is_file():
        print(f"skip: {localdata.restore_hint(FOLDER)}")
        return 0
    engine = Engine(args.min_confidence)
    score = score_tuning_set(
        build(folder),
        lambda line: engine.find(line["target"], "en"),
        show=(24, 20) if args.show else None,
    )
    right, every = score.right, score.every
    print_kinds(score, 24)
    hits, count = sum(right.values()), sum(every.values())
    share = f"{hits / count:.1%}" if count else "–"
    rules = ", ".join(f"{code} {right[code]}/{every[code]}" for code in sorted(every))
    print(f"precision {hits}/{count} ({share}): {rules}")
    print(
        f"clean excerpts: {score.clean_findings} findings (any rule) in {score.clean_words} words"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
