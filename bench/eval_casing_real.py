"""Casing on real web excerpts (bench/data/casing-real-en, casing-real-ml): recall of the
labelled casing artefacts and false alarms of the casing rules (MT301–MT329) on clean excerpts.

Usage: python bench/eval_casing_real.py [--set en|ml] [--show]

The excerpts (verbatim text of web pages) live in the local store (bench/localdata.py); each
line of ``excerpts.jsonl`` holds id, url, kind (mt or clean), text and errors, each error a
[span text, category, fix]. A labelled error counts as found when any finding overlaps it; a
casing finding that overlaps no labelled error is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from mtlint.checks.engine import check_text

DATA = Path(__file__).resolve().parent / "data"
CASING = tuple(f"MT3{n:02d}" for n in range(1, 30))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    parser.add_argument("--set", choices=("en", "ml"), default="en", help="casing-real-<set>")
    args = parser.parse_args(argv)
    folder = DATA / f"casing-real-{args.set}"
    reason = localdata.missing_reason(folder)
    if reason:
        print(f"eval_casing_real: {reason}")
        return 0
    path = localdata.folder(folder) / "excerpts.jsonl"
    found, gold, false, casing_total, words = Counter(), Counter(), 0, 0, 0
    clean_findings = Counter()
    per_language: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        findings = check_text(text, language=item.get("lang", "en")).findings
        spans = []
        for span, category, _fix in item["errors"]:
            start = text.index(span)
            spans.append((start, start + len(span)))
            gold[category] += 1
            hit = any(f.start < start + len(span) and f.end > start for f in findings)
            found[category] += hit
            language = item.get("lang", "en")
            done, total = per_language.get(language, (0, 0))
            per_language[language] = (done + hit, total + 1)
            if args.show and not hit:
                print(f"  missed {category}: {item['id']}: {span!r}")
        for f in findings:
            if not f.code.startswith(CASING):
                continue
            casing_total += 1
            if not any(f.start < end and f.end > start for start, end in spans):
                false += 1
                if args.show:
                    print(f"  false alarm {f.code}: {item['id']}: {text[f.start : f.end]!r}")
        if item["kind"] == "clean":
            words += len(text.split())
            clean_findings.update(f.code for f in findings)
    if args.set == "ml":
        print("per language (found/gold):", dict(sorted(per_language.items())))
    for category in sorted(gold):
        print(f"{category:24} {found[category]}/{gold[category]}")
    print(f"{'overall':24} {sum(found.values())}/{sum(gold.values())}")
    right = casing_total - false
    print(f"casing findings right: {right}/{casing_total}")
    total = sum(clean_findings.values())
    print(f"clean excerpts: {total} findings in {words} words {dict(clean_findings)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
