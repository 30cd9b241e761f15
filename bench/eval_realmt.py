"""Precision and recall on the real-MT dev sets (bench/data/realmt-*), beside hunspell.

Usage: python bench/eval_realmt.py [--set bench/data/realmt-en] [--json] [--show N]
                                   [--min-confidence X] [--detect] [--no-baseline]
       python bench/eval_realmt.py --pools [...]   (every English tuning pool the store holds,
                                   then their per-category overview: judge a change on all of
                                   them together, not on the one pool it was made for)
       python bench/eval_realmt.py --heldout [...]   (every realmt-<lang>-heldout set, then an
                                   overview per language and per category; measure only: --show
                                   prints no held-out sentence unless --reveal-heldout is given)

Per gold category: recall (a finding overlaps the span), fix recall (one of its fixes gives the
gold fix) and precision (findings that overlap a gold span, over the findings counted under that
category: a finding that overlaps no gold span counts under its rule's category). Overall figures,
then findings per 1,000 words on the clean excerpts (``kind: clean``). The spell checker's
unknown words are scored the same way. Dev figures: the set is small and labelled by one person.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import localdata
from finders import Engine, SpellChecker, hunspell_available
from goldmatch import Tally, gold_of, load_jsonl, percent
from heldout_report import heldout_folders, overview, print_overview
from realmt_build import DATA, built_path, is_heldout, set_language

# The excerpts are verbatim page text: in the working tree, else in the local store.
DEFAULT_SET = localdata.folder("bench/data/realmt-en")
# The labelled English MT sets rules may be tuned on (n-z outlets or judges already read): a
# mend that helps one of them only shows as such beside the others. Blind judges are not here.
TUNING_POOLS_EN = (
    "realmt-en",
    "realmt-en22",
    "pool-rec25",
    "pool-caps26",
    "pool-punct26",
    "pool-other26",
    "pool-slips29",
)


def evaluate(lines: list[dict], findings: list[list]) -> Tally:
    tally = Tally()
    for line, found in zip(lines, findings, strict=True):
        if line.get("kind") == "clean":
            tally.score_clean(line["target"], found, line["id"])
        else:
            tally.score(line["target"], found, gold_of(line), line["id"])
    return tally


def run_set(folder: Path, engine: Engine, baseline: bool) -> dict:
    lines = load_jsonl(built_path(folder))
    language = set_language(folder)
    texts = [line["target"] for line in lines]
    results = {"set": str(folder), "language": language, "excerpts": len(lines)}
    results["mt_excerpts"] = sum(line.get("kind") != "clean" for line in lines)
    # A line may declare its own target language (a mixed set such as fragments-dev).
    found = [engine.find(line["target"], line.get("target_lang") or language) for line in lines]
    tallies = {"mtlint": evaluate(lines, found)}
    if baseline and hunspell_available(language):
        tallies["hunspell"] = evaluate(lines, SpellChecker(language).find_all(texts))
    results["tools"] = {name: tally.summary() for name, tally in tallies.items()}
    return results, tallies


def run_sets(
    folders: list[Path],
    engine: Engine,
    baseline: bool,
    show: int,
    quiet: bool,
    scored: list | None = None,
    reveal_heldout: bool = False,
) -> list[dict]:
    """``run_set`` on each folder in turn, printing each report unless ``quiet``; each
    ``(results, tallies)`` pair is also appended to ``scored`` when given. ``show`` prints no
    held-out sentence unless ``reveal_heldout``: misses listed beside the rule that missed them
    invite tuning on the held-out sets."""
    everything = []
    for folder in folders:
        results, tallies = run_set(folder, engine, baseline)
        everything.append(results)
        if scored is not None:
            scored.append((results, tallies))
        if not quiet:
            hide = is_heldout(folder) and not reveal_heldout
            print_report(results, tallies, show, hide_sentences=hide)
    return everything


def print_report(results: dict, tallies: dict, show: int, hide_sentences: bool = False) -> None:
    tools = list(results["tools"])
    print(
        f"\n{results['set']}: {results['excerpts']} excerpts "
        f"({results['mt_excerpts']} machine-translated, the rest clean)"
    )
    header = "".join(f" | {name:^30}" for name in tools)
    print(f"{'category':<24} {'gold':>4}{header}")
    print(f"{'':<24} {'':>4}" + f" | {'found':>6} {'fixed':>4}  {'precision':>17}" * len(tools))
    summaries = [results["tools"][name] for name in tools]
    categories = sorted(set().union(*(s["categories"] for s in summaries)))
    for category in categories:
        gold = summaries[0]["categories"].get(category, {}).get("gold", 0)
        row = f"{category:<24} {gold:>4}"
        for summary in summaries:
            row += _cells(summary["categories"].get(category))
        print(row)
    row = f"{'overall':<24} {summaries[0]['overall']['gold']:>4}"
    for summary in summaries:
        row += _cells(summary["overall"])
    print(row)
    for name, summary in zip(tools, summaries, strict=True):
        clean = summary["clean"]
        rate = "–" if clean["per_1000_words"] is None else f"{clean['per_1000_words']:.2f}"
        print(
            f"clean excerpts, {name}: {clean['findings']} findings in {clean['words']:.0f} words = "
            f"{rate} per 1,000 words {clean['codes'] or ''}"
        )
    mtlint = summaries[0]["codes"]
    print(
        "mtlint findings per rule (right / all): "
        + ", ".join(f"{code} {v['right']}/{v['findings']}" for code, v in mtlint.items())
    )
    if show and hide_sentences:
        print("  (held-out set: misses and false alarms not shown; see --reveal-heldout)")
    elif show:
        tally = tallies["mtlint"]
        for category, contexts in sorted(tally.misses.items()):
            print(f"  missed {category}:")
            print("".join(f"    {context}\n" for context in contexts[:show]), end="")
        for code, contexts in sorted(tally.false_alarms.items()):
            print(f"  unmatched {code}:")
            print("".join(f"    {context}\n" for context in contexts[:show]), end="")


def _cells(row: dict | None) -> str:
    if not row:
        return " | " + " " * 30
    recall = f"{row.get('found', 0)}/{row.get('gold', 0)}" if row.get("gold") else "–"
    fixed = f"{row.get('fixed', 0)}" if row.get("gold") else "–"
    precision = f"{row['right']}/{row['findings']} {percent(row['precision'])}"
    return f" | {recall:>6} {fixed:>4}  {precision:>17}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="a realmt-<lang> folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--detect", action="store_true", help="let the engine detect languages")
    parser.add_argument("--no-baseline", action="store_true", help="skip hunspell")
    parser.add_argument(
        "--heldout", action="store_true", help="every held-out set, then the overview"
    )
    parser.add_argument(
        "--pools", action="store_true", help="every English tuning pool, then the overview"
    )
    parser.add_argument(
        "--reveal-heldout", action="store_true", help="let --show print held-out sentences"
    )
    args = parser.parse_args(argv)
    # A bare set name (--set realmt-en2) means that folder under bench/data.
    named = [DATA / f if len(f.parts) == 1 and not f.is_dir() else f for f in args.set or []]
    folders = named + (heldout_folders() if args.heldout else [])
    folders += [DATA / name for name in TUNING_POOLS_EN] if args.pools else []
    folders = [localdata.folder(folder) for folder in folders or [DEFAULT_SET]]
    # One line for each set this machine lacks; the others are measured.
    folders = localdata.present_only(folders, built_path, "eval_realmt")
    if not folders:
        return 2  # nothing could be measured
    engine = Engine(args.min_confidence, args.detect)
    scored: list = []
    everything = run_sets(
        folders, engine, not args.no_baseline, args.show, args.json, scored, args.reveal_heldout
    )
    figures = overview(scored) if args.heldout or args.pools else None
    if figures and not args.json:
        print_overview(figures, "Held-out overview" if args.heldout else "Tuning pools overview")
    if args.json:
        payload = {"sets": everything, "overview": figures} if figures else everything
        print(json.dumps(payload, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
