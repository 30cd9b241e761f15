"""Recall and precision on pool-ml29 (real MT into other languages, every artefact labelled) per
language and per labelled mechanism.

Usage: python bench/eval_pool_ml29.py [--set pool-ml29] [--min-confidence X] [--json]

``eval_realmt.py --set pool-ml29`` gives the pool's figures per category; the pool mixes
languages (each excerpt's ``lang`` header) and labels a mechanism after the category's slash
(``other/link_line_break``), so this prints, per language, found / gold and right / findings,
and per mechanism, found / gold: which language and which mechanism a change moved. Dev
figures: the pool is small and labelled by one person (BENCHMARKS.md, h29ml).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import localdata
from eval_realmt import evaluate
from finders import Engine
from goldmatch import load_jsonl
from realmt_build import DATA, built_path


def _mechanisms(lines: list[dict], found: list[list]) -> dict[str, list[int]]:
    """Per ``category/mechanism``: [found, gold] (a span found when a finding overlaps it)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line, findings in zip(lines, found, strict=True):
        for error in line["errors"]:
            key = error["category"] + ("/" + error["mechanism"] if error.get("mechanism") else "")
            hit = any(
                (f.start < error["end"] and error["start"] < f.end)
                or f.start == f.end == error["start"]
                for f in findings
            )
            counts[key][0] += hit
            counts[key][1] += 1
    return dict(sorted(counts.items()))


def measure(folder: Path, engine: Engine) -> dict:
    lines = load_jsonl(built_path(folder))
    found = [engine.find(line["target"], line["target_lang"]) for line in lines]
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        by_language[line["target_lang"]].append(index)
    languages = {}
    for language, indexes in sorted(by_language.items()):
        summary = evaluate([lines[i] for i in indexes], [found[i] for i in indexes]).summary()
        languages[language] = summary["overall"] | {"excerpts": len(indexes)}
    overall = evaluate(lines, found).summary()["overall"]
    return {"languages": languages, "overall": overall, "mechanisms": _mechanisms(lines, found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="pool-ml29")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = localdata.folder(DATA / args.set)
    if not localdata.present_only([folder], built_path, "eval_pool_ml29"):
        return 2
    figures = measure(folder, Engine(args.min_confidence))
    if args.json:
        print(json.dumps(figures, indent=1, ensure_ascii=False))
        return 0
    print(f"{args.set}: recall (found / gold) and precision (right / findings) per language")
    for language, row in [*figures["languages"].items(), ("all", figures["overall"])]:
        print(
            f"  {language:<4} {row['found']:>3}/{row['gold']:<3} recall "
            f"{row['recall'] or 0:6.1%}   precision {row['right']}/{row['findings']}"
        )
    print("per labelled mechanism (found / gold):")
    for key, (hit, gold) in figures["mechanisms"].items():
        print(f"  {key:<32} {hit:>3}/{gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
