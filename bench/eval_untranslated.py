"""Untranslated fragments per language: recall, precision and clean rate of the untranslated
rules (MT501–MT519) on a mixed-language real-MT set such as ``untranslated-real-ml``.

Usage: python bench/eval_untranslated.py [--set bench/data/untranslated-real-ml] [--lang ru]
                                          [--all-rules] [--show] [--json]

Each line is checked in its own ``target_lang`` with the default rules. Recall: a gold
``untranslated`` span overlapped by a finding of an untranslated rule (MT501–MT519; every rule with
``--all-rules``). Precision: those findings that overlap a gold span of any category, over all
of them. Clean: findings of those rules per 1,000 words on ``kind: clean`` lines and on MT lines
with no gold span (look-alikes: loanwords, names, credits in the text's own language).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from finders import Engine
from goldmatch import count_words, gold_of, load_jsonl
from realmt_build import built_path

DEFAULT_SET = "bench/data/untranslated-real-ml"


def _ours(code: str, all_rules: bool) -> bool:
    # The untranslated family: MT501–MT523 (MT511–MT523 came after the filter read "MT50").
    return all_rules or code.startswith(("MT50", "MT51", "MT52"))


def evaluate(lines: list[dict], engine: Engine, all_rules: bool) -> dict[str, dict]:
    """Per language: gold, found, findings, right, clean words, clean findings, examples."""
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    shown: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        language, text = line["target_lang"], line["target"]
        found = [f for f in engine.find(text, language) if _ours(f.code, all_rules)]
        golds = gold_of(line) if line.get("kind") != "clean" else []
        row = rows[language]
        for gold in golds:
            if gold.category != "untranslated":
                continue
            hit = any(gold.overlapped_by(f.start, f.end) for f in found)
            row["gold"] += 1
            row["found"] += hit
            if not hit:
                shown[language].append(f"miss {line['id']}: {text[gold.start : gold.end]!r}")
        for f in found:
            right = any(gold.overlapped_by(f.start, f.end) for gold in golds)
            row["findings"] += 1
            row["right"] += right
            if not right:
                shown[language].append(f"false {line['id']} {f.code}: {text[f.start : f.end]!r}")
        if not golds:
            row["clean_words"] += count_words(text)
            row["clean_findings"] += len(found)
    return {lang: {**row, "examples": shown[lang]} for lang, row in sorted(rows.items())}


def _ratio(part: float, whole: float) -> str:
    return f"{part / whole:6.1%}" if whole else "     –"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=DEFAULT_SET)
    parser.add_argument("--lang", help="only this target language")
    parser.add_argument("--all-rules", action="store_true", help="count every rule's findings")
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = localdata.folder(args.set)
    lines = load_jsonl(built_path(folder))
    if args.lang:
        lines = [line for line in lines if line["target_lang"] == args.lang]
    rows = evaluate(lines, Engine(), args.all_rules)
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    print(f"{folder}: {len(lines)} excerpts")
    print("lang   recall            precision         clean (look-alike) findings / 1k words")
    total = defaultdict(float)
    for language, row in rows.items():
        for key in ("gold", "found", "findings", "right", "clean_words", "clean_findings"):
            total[key] += row.get(key, 0)
        _print_row(language, row)
        if args.show:
            for example in row["examples"]:
                print("      ", example)
    _print_row("all", total)


def _print_row(language: str, row: dict) -> None:
    gold, found = int(row.get("gold", 0)), int(row.get("found", 0))
    findings, right = int(row.get("findings", 0)), int(row.get("right", 0))
    words, clean = row.get("clean_words", 0.0), int(row.get("clean_findings", 0))
    per_1k = f"{1000 * clean / words:.2f}" if words else "–"
    print(
        f"{language:5}  {found:3}/{gold:<3} {_ratio(found, gold)}   {right:3}/{findings:<3}"
        f" {_ratio(right, findings)}   {clean} in {words:.0f} words = {per_1k}"
    )


if __name__ == "__main__":
    main()
