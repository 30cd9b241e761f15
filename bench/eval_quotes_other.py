"""Quote damage and "other" mechanical damage on real MT in several languages
(bench/data/quotes-other-real-ml), scored per language and per mechanism.

Usage: python bench/eval_quotes_other.py [--json] [--show N] [--min-confidence X]

Same matching as ``eval_realmt.py`` (goldmatch): a gold span is found when a finding overlaps it
(or its anchor), fixed when one of the finding's fixes gives the gold fix, and a finding is right
when it overlaps a gold span of its line. Each gold span carries a mechanism
(``quote/wrong_direction``, ``other/damaged_word`` …, written in the set's excerpts.txt); the
second table counts recall per mechanism over every language. Clean excerpts (``kind: clean``)
give findings per 1,000 words. Dev figures: the set is small and labelled by one person.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import replace

import localdata
from finders import Engine
from goldmatch import Tally, gold_of, load_jsonl, percent
from realmt_build import built_path

DATA = localdata.folder("bench/data/quotes-other-real-ml")


def _mechanisms(line: dict) -> list[str]:
    return [
        f"{e['category']}/{e['mechanism']}" if e.get("mechanism") else e["category"]
        for e in line.get("errors", ())
        if e.get("start") is not None
    ]


def score(lines: list[dict], engine: Engine) -> tuple[dict[str, Tally], Tally]:
    """One tally per language (gold categories) and one over all languages (mechanisms)."""
    by_language: dict[str, Tally] = defaultdict(Tally)
    by_mechanism = Tally()
    for line in lines:
        language = line["target_lang"]
        found = engine.find(line["target"], language)
        if line.get("kind") == "clean":
            by_language[language].score_clean(line["target"], found, line["id"])
            by_mechanism.score_clean(line["target"], found, line["id"])
            continue
        golds = gold_of(line)
        by_language[language].score(line["target"], found, golds, line["id"])
        named = [replace(g, category=m) for g, m in zip(golds, _mechanisms(line), strict=True)]
        by_mechanism.score(line["target"], found, named, line["id"])
    return dict(by_language), by_mechanism


def _cell(row: dict | None) -> str:
    if not row or not row.get("gold"):
        return f"{'–':>7}"
    return f"{row['found']:>3}/{row['gold']:<3}"


def print_tables(by_language: dict[str, Tally], by_mechanism: Tally, show: int) -> None:
    print("per language (found/gold)    quote   other     all  precision        clean /1k words")
    for language in sorted(by_language):
        summary = by_language[language].summary()
        rows, clean = summary["categories"], summary["clean"]
        rate = "–" if clean["per_1000_words"] is None else f"{clean['per_1000_words']:.2f}"
        overall = summary["overall"]
        print(
            f"  {language:<26} {_cell(rows.get('quote'))} {_cell(rows.get('other'))} "
            f"{_cell(overall)}  {overall['right']}/{overall['findings']} "
            f"{percent(overall['precision']):>7}  {clean['findings']} in {clean['words']:.0f} "
            f"= {rate} {clean['codes'] or ''}"
        )
    summary = by_mechanism.summary()
    print("\nper mechanism, all languages (found/gold, fixed)")
    for mechanism, row in summary["categories"].items():
        if row.get("gold"):
            print(f"  {mechanism:<34} {row['found']:>3}/{row['gold']:<3} {row['fixed']:>3}")
    overall = summary["overall"]
    print(
        f"  {'overall':<34} {overall['found']:>3}/{overall['gold']:<3} {overall['fixed']:>3}"
        f"   precision {overall['right']}/{overall['findings']}"
    )
    print(
        "findings per rule (right / all): "
        + ", ".join(f"{c} {v['right']}/{v['findings']}" for c, v in summary["codes"].items())
    )
    if show:
        for mechanism, contexts in sorted(by_mechanism.misses.items()):
            print(f"  missed {mechanism}:")
            print("".join(f"    {context}\n" for context in contexts[:show]), end="")
        for code, contexts in sorted(by_mechanism.false_alarms.items()):
            print(f"  unmatched {code}:")
            print("".join(f"    {context}\n" for context in contexts[:show]), end="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument("--min-confidence", type=float, default=None)
    args = parser.parse_args(argv)
    path = built_path(DATA)
    if not path.exists():
        print(f"eval_quotes_other: no {path}: {localdata.restore_hint(DATA)}", file=sys.stderr)
        return 2
    by_language, by_mechanism = score(load_jsonl(path), Engine(args.min_confidence))
    if args.json:
        payload = {
            "languages": {k: v.summary() for k, v in sorted(by_language.items())},
            "mechanisms": by_mechanism.summary(),
        }
        print(json.dumps(payload, indent=1, ensure_ascii=False))
    else:
        print_tables(by_language, by_mechanism, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
