"""Entity case on real MT pages (bench/data/entities-real-en, text in the local store).

Usage: python bench/eval_entities_real.py [--set names-real-en] [--min-confidence X] [--show]

Per mechanism (inside a name, acronym, romanised name, odd case inside a name): spans found by
any finding that overlaps them; precision of the entity-case rules (a finding of one of ENTITY
that overlaps no labelled span is a false alarm, on MT and clean excerpts alike). Dev figures:
a small set labelled by one person, outlets n–z (the session-13 split); ``--set names-real-en``
reads session 14's set of romanised names and lower-case words inside names the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

import localdata
from finders import Engine

ENTITY = {
    "MT303", "MT306", "MT307", "MT308", "MT309", "MT310", "MT318", "MT319", "MT321", "MT323",
    "MT324", "MT325", "MT340", "MT348", "MT349", "MT350", "MT351", "MT352", "MT361", "MT362",
    "MT118", "MT119",
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="entities-real-en", help="a folder of bench/data")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    args = parser.parse_args(argv)
    path = localdata.folder(f"bench/data/{args.set}") / "dev.jsonl"
    if not path.exists():
        print(f"skip: {path} is not here (python -m bench.localdata restore)")
        return 0
    engine = Engine(args.min_confidence)
    total, found, right, wrong = Counter(), Counter(), Counter(), Counter()
    for line in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        text = line["target"]
        findings = engine.find(text, "en")
        for gold in line["errors"]:
            mech = gold["mechanism"]
            total[mech] += 1
            hits = [f for f in findings if f.start < gold["end"] and gold["start"] < f.end]
            found[mech] += bool(hits)
            if args.show:
                mark = ",".join(f.code for f in hits) or "MISSED"
                print(f"  {line['id']} {mech:9} {text[gold['start'] : gold['end']]!r}: {mark}")
        for f in findings:
            if f.code not in ENTITY:
                continue
            ok = any(f.start < g["end"] and g["start"] < f.end for g in line["errors"])
            (right if ok else wrong)[f.code] += 1
            if args.show and not ok:
                print(f"  {line['id']} FALSE {f.code} {text[f.start : f.end]!r}")
    for mech in sorted(total):
        print(f"{mech:10} {found[mech]}/{total[mech]}")
    print(f"all        {sum(found.values())}/{sum(total.values())}")
    hits, misses = sum(right.values()), sum(wrong.values())
    share = f"{hits / (hits + misses):.1%}" if hits + misses else "–"
    print(f"entity-rule precision {hits}/{hits + misses} ({share}); false: {dict(wrong)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
