"""Capitals mid-sentence on real MT pages (bench/data/caps-real-ml, text in the local store).

Usage: python bench/eval_caps_real.py [--set caps-real-ml] [--min-confidence X] [--show]

Per mechanism (a capital after a semicolon, a headline-style run, a content or function word
capitalised, an article after a comma, an institution's name in lower case): labelled spans
found by any finding that overlaps them; precision of the casing rules (a casing finding, MT3xx,
that overlaps no labelled span is a false alarm, on MT and clean excerpts alike); casing
findings per 1,000 words of the clean excerpts. Tuning figures: a small set labelled by one
person (h19caps), outlets n–z, read while the rules were written.
"""

from __future__ import annotations

import argparse
import json
import sys

import localdata
from finders import Engine
from realmt_build import (
    DATA,
    is_heldout,
    is_judge,
    print_kinds,
    print_rule_precision,
    score_tuning_set,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="caps-real-ml", help="a folder of bench/data")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    args = parser.parse_args(argv)
    if is_heldout(DATA / args.set) or is_judge(DATA / args.set):
        parser.error("held-out and judge sets are measured by eval_realmt.py, not tuned here")
    path = localdata.folder(f"bench/data/{args.set}") / "dev.jsonl"
    if not path.exists():
        print(f"skip: {path} is not here (python -m bench.localdata restore)")
        return 0
    engine = Engine(args.min_confidence)
    score = score_tuning_set(
        [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines()],
        lambda line: engine.find(line["target"], line.get("target_lang", "en")),
        kind_of=lambda gold, line: f"{line.get('target_lang', 'en')}:{gold['mechanism']}",
        counted=lambda code: code.startswith("MT3"),
        show=(16, 0) if args.show else None,
        clean_counted_only=True,
    )
    print_kinds(score, 18)
    print_rule_precision(score, "casing-rule")
    words, casing = score.clean_words, score.clean_findings
    rate = 1000 * casing / words if words else 0.0
    print(f"clean excerpts: {casing} casing findings in {words} words ({rate:.2f}/1k)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
