"""RTL and CJK figures: false alarms on clean native text, recall on planted artefacts.

Usage: python bench/eval_rtl_cjk.py [--show N] [--only clean|planted]

- bench/data/native-rtl-cjk/clean.jsonl (build it with bench/build_native_rtl_cjk.py; with
  --jsinfo also clean-jsinfo.jsonl, the generalisation set, never tuned on): findings
  per 1,000 words per language and code; words = ``\\w+`` runs, Chinese characters and kana count
  as half a word each (goldmatch.count_words);
- bench/data/planted-rtl-cjk/planted.jsonl (bench/build_planted_rtl_cjk.py): per language and
  mechanism, recall = a finding overlaps the gold span, fix = applying that finding's first
  suggested fix restores the clean text's span (the gold fix is among its suggestions).
The engine runs with each line's declared language. Dev figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from finders import Engine
from goldmatch import Tally, count_words, gold_of, load_jsonl

NATIVE = "bench/data/native-rtl-cjk"
PLANTED = "bench/data/planted-rtl-cjk"


def clean(engine: Engine, show: int, name: str = "clean.jsonl") -> dict[str, dict]:
    rows: dict[str, dict] = defaultdict(lambda: {"words": 0.0, "codes": Counter(), "hits": []})
    for line in load_jsonl(localdata.folder(NATIVE) / name):
        row = rows[line["lang"]]
        row["words"] += count_words(line["text"])
        for found in engine.find(line["text"], line["lang"]):
            row["codes"][found.code] += 1
            context = line["text"][max(0, found.start - 25) : found.end + 25]
            row["hits"].append(f"{found.code} {line['id']}: …{context}…")
    print(f"clean native text ({name}): findings per 1,000 words")
    print("  (words = \\w+ runs; Chinese characters and kana count as half a word)")
    for language, row in sorted(rows.items()):
        total = sum(row["codes"].values())
        rate = 1000 * total / row["words"] if row["words"] else 0.0
        codes = dict(row["codes"])
        print(f"  {language}  {total:4d} / {row['words']:7.0f} words = {rate:5.2f}  {codes}")
        for hit in row["hits"][:show]:
            print("       " + hit.replace("\n", " "))
    return rows


def planted(engine: Engine, show: int) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for line in load_jsonl(localdata.folder(PLANTED) / "planted.jsonl"):
        language = line["target_lang"]
        found = engine.find(line["target"], language)
        tallies[language].score(line["target"], found, gold_of(line), line["id"])
    print("planted artefacts: found / fixed (right fix among the suggestions) per language")
    for language, tally in sorted(tallies.items()):
        summary = tally.summary()
        for category, row in summary["categories"].items():
            if row["gold"]:
                print(
                    f"  {language}  {category:22s} {row['found']:3d}/{row['gold']:3d} found,"
                    f" {row['fixed']:3d} fixed"
                )
        for category, misses in sorted(tally.misses.items()):
            for miss in misses[:show]:
                print(f"       miss {category}: {miss}")
        for code, alarms in sorted(tally.false_alarms.items()):
            for alarm in alarms[:show]:
                print(f"       extra {code}: {alarm}")
    return dict(tallies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--only", choices=("clean", "planted"))
    parser.add_argument(
        "--jsinfo",
        action="store_true",
        help="also the generalisation set clean-jsinfo.jsonl (javascript.info translations)",
    )
    args = parser.parse_args(argv)
    wanted = [] if args.only == "planted" else [(NATIVE, "clean.jsonl")]
    wanted += [(NATIVE, "clean-jsinfo.jsonl")] if args.jsinfo and args.only != "planted" else []
    wanted += [] if args.only == "clean" else [(PLANTED, "planted.jsonl")]
    present = []
    for relative, name in wanted:
        reason = localdata.missing_reason(relative, [name])
        if reason:
            print(f"eval_rtl_cjk: skipped {name}: {reason}", file=sys.stderr)
        else:
            present.append(name)
    if not present:
        return 2  # nothing could be measured
    engine = Engine()
    for name in present:
        if name == "planted.jsonl":
            planted(engine, args.show)
        else:
            clean(engine, args.show, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
