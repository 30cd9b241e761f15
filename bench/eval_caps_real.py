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
from collections import Counter

import localdata
from finders import Engine
from realmt_build import DATA, is_heldout, is_judge


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
    total, found, right, wrong = Counter(), Counter(), Counter(), Counter()
    clean_words = clean_findings = 0
    for line in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        text = line["target"]
        findings = engine.find(text, line.get("target_lang", "en"))
        for gold in line["errors"]:
            mech = f"{line.get('target_lang', 'en')}:{gold['mechanism']}"
            total[mech] += 1
            hits = [f for f in findings if f.start < gold["end"] and gold["start"] < f.end]
            found[mech] += bool(hits)
            if args.show:
                mark = ",".join(f.code for f in hits) or "MISSED"
                print(f"  {line['id']} {mech:16} {text[gold['start'] : gold['end']]!r}: {mark}")
        casing = [f for f in findings if f.code.startswith("MT3")]
        if line["kind"] == "clean":
            clean_words += len(text.split())
            clean_findings += len(casing)
        for f in casing:
            ok = any(f.start < g["end"] and g["start"] < f.end for g in line["errors"])
            (right if ok else wrong)[f.code] += 1
            if args.show and not ok:
                print(f"  {line['id']} FALSE {f.code} {text[f.start : f.end]!r}")
    for mech in sorted(total):
        print(f"{mech:18} {found[mech]}/{total[mech]}")
    print(f"{'all':18} {sum(found.values())}/{sum(total.values())}")
    hits, misses = sum(right.values()), sum(wrong.values())
    share = f"{hits / (hits + misses):.1%}" if hits + misses else "–"
    print(f"casing-rule precision {hits}/{hits + misses} ({share}); false: {dict(wrong)}")
    rate = 1000 * clean_findings / clean_words if clean_words else 0.0
    print(
        f"clean excerpts: {clean_findings} casing findings in {clean_words} words ({rate:.2f}/1k)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
