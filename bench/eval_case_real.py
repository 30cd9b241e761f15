"""Case artefacts on real MT pages (bench/data/case-real-en, text in the local store).

Usage: python bench/eval_case_real.py [--min-confidence X] [--show]

Builds ``dev.jsonl`` from the folder's ``excerpts.txt`` (realmt-en's format; offsets computed by
``realmt_build``), then prints, per category and mechanism (``category/mechanism`` in the error
lines), the spans any finding overlaps, and the precision of the casing and doublet rules
(MT3xx, MT403): a finding of theirs that overlaps no labelled span is a false alarm, on MT and
clean excerpts alike. Dev figures: a small tuning set labelled by one person (h21case,
session 17), outlets n–z only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from finders import Engine
from realmt_build import build_tuning_set, print_kinds, print_rule_precision, score_tuning_set

FOLDER = "bench/data/case-real-en"


def _case_code(code: str) -> bool:
    return code.startswith("MT3") or code == "MT403"


def build(folder: Path) -> list[dict]:
    return build_tuning_set(folder, "en", "case-real-en")


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
        kind_of=lambda gold, line: f"{gold['category']}/{gold.get('mechanism', '')}".rstrip("/"),
        counted=_case_code,
        show=(32, 0) if args.show else None,
    )
    print_kinds(score, 34)
    print_rule_precision(score, "case-rule")
    print(
        f"clean excerpts: {score.clean_findings} findings (any rule) in {score.clean_words} words"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
