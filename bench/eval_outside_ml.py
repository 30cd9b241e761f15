"""Outside figures for issue 12: planted recall and clean false alarms on native prose that no
other dev set uses, tier-1 languages and nine languages outside that list (bench/data/outside-ml).

Usage: python bench/eval_outside_ml.py [--half dev|held] [--json] [--show N]
                                       [--min-confidence X]

Same scoring as ``eval_multilingual.py`` (its tallies): per language and mechanism, found = a
finding overlaps the gold span, fix right (in brackets) = the gold fix among the finding's
suggestions; then findings per 1,000 words on the clean paragraphs of the same half, and the
totals over the tier-1 and the outside languages. ``dev`` is the half to study and tune on; the
``held`` half is measured, never studied: ``--show`` is refused with it. Built by
``build_outside_ml.py`` (see the folder's README).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import localdata
from build_outside_ml import OUTSIDE, TIER1
from eval_multilingual import clean_tallies, planted_tallies, print_clean, print_synthetic
from eval_planted_ml import print_misses
from finders import Engine
from goldmatch import Tally, percent

# Verbatim treebank sentences: in the working tree, else in the local store (bench/localdata.py).
DATA = localdata.folder("bench/data/outside-ml")


def totals(planted: dict[str, Tally], clean: dict[str, Tally], group: tuple[str, ...]) -> dict:
    found = gold = findings = 0
    words = 0.0
    for lang in group:
        if lang in planted:
            overall = planted[lang].summary()["overall"]
            found, gold = found + overall["found"], gold + overall["gold"]
        if lang in clean:
            summary = clean[lang].summary()["clean"]
            findings, words = findings + summary["findings"], words + summary["words"]
    return {
        "found": found,
        "gold": gold,
        "recall": round(found / gold, 4) if gold else None,
        "clean_findings": findings,
        "clean_words": words,
        "per_1000_words": round(1000 * findings / words, 3) if words else None,
    }


def report(engine: Engine, data: Path, half: str, show: int, as_json: bool) -> dict:
    planted = planted_tallies(engine, data / f"{half}-planted.jsonl")
    clean = clean_tallies(engine, data / f"{half}-clean.jsonl")
    groups = {"tier1": TIER1, "outside": OUTSIDE, "all": TIER1 + OUTSIDE}
    summary = {name: totals(planted, clean, group) for name, group in groups.items()}
    if not as_json:
        print_synthetic(planted, f"outside-ml {half}")
        if show:
            print_misses(planted, show)
        print_clean(clean, show, f"outside-ml {half} clean paragraphs")
        print()
        for name, row in summary.items():
            print(
                f"  {name:<8} recall {row['found']}/{row['gold']} "
                f"{percent(row['recall']).strip()}; clean {row['clean_findings']} findings / "
                f"{row['clean_words']:.0f} words = {row['per_1000_words']} per 1,000"
            )
    return {
        "half": half,
        "planted": {lang: t.summary() for lang, t in planted.items()},
        "clean": {lang: t.summary()["clean"] for lang, t in clean.items()},
        "totals": summary,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "held"), default="dev")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument("--min-confidence", type=float, default=None)
    args = parser.parse_args(argv)
    if args.show and args.half == "held":
        print("eval_outside_ml: the held half is measured, never studied (no --show)")
        return 2
    reason = localdata.missing_reason(
        args.data, [f"{args.half}-planted.jsonl", f"{args.half}-clean.jsonl"]
    )
    if reason:
        print(f"eval_outside_ml: {reason}", file=sys.stderr)
        return 2
    data = localdata.folder(args.data)  # a folder named in the tree reads the store's copy
    figures = report(Engine(args.min_confidence), data, args.half, args.show, args.json)
    if args.json:
        print(json.dumps(figures, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
