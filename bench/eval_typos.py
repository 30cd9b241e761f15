"""Typing slips found, by mechanism and by rule, on the typo dev sets: typos-real-en (real
machine-translated and non-native English web pages, hand-labelled) and typos-gum-en (the slips
GUM's annotators marked in its English documents: news, letters, travel guides, interviews,
fiction; bench/build_typos_gum.py).

Usage: python bench/eval_typos.py [--set typos-real-en] [--min-confidence 0.2] [--show N]

A finding is right when it overlaps a marked slip (any kind: GUM marks grammar slips too);
findings elsewhere are listed with --show (GUM's annotators missed some typos: read them).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from realmt_build import is_heldout, is_judge

DATA = Path(__file__).resolve().parent / "data"
SETS = ("typos-real-en", "typos-gum-en")
# The rules that read typing slips (MT994 and MT903 are reported beside them).
CODES = [
    "MT980",
    "MT974",
    "MT982",
    "MT987",
    "MT988",
    "MT989",
    "MT990",
    "MT991",
    "MT992",
    "MT993",
    "MT995",
    "MT996",
    "MT997",
    "MT970",
    "MT155",
    "MT903",
    "MT994",
]


def _slips(record: dict) -> list[dict]:
    """The record's slips with their mechanism (typos-real-en: the excerpt's ``note`` names
    the mechanism of each ``other`` span in order)."""
    if record.get("dataset") == "typos-gum-en":
        return record["errors"]
    kinds = [k.strip() for k in (record.get("note") or "").split(";")]
    slips, index = [], 0
    for error in record["errors"]:
        if error["category"] != "other":
            continue
        kind = kinds[index] if index < len(kinds) else "other"
        index += 1
        slips.append({**error, "mechanism": kind})
        anchor = error.get("anchor")
        if anchor:
            slips[-1]["anchor"] = anchor
    return slips


def _right(finding, slip: dict) -> bool:
    places = [(slip["start"], slip["end"])]
    anchor = slip.get("anchor")
    if anchor:
        places.append(tuple(anchor))
    return any(finding.start < end and start < finding.end for start, end in places)


def evaluate(name: str, min_confidence: float, show: int) -> dict:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(select=tuple(CODES), min_confidence=min_confidence)
    path = localdata.folder(DATA / name) / "dev.jsonl"
    found = collections.Counter()
    total = collections.Counter()
    per_code = collections.defaultdict(lambda: [0, 0])
    elsewhere = []
    words = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["target"]
        words += len(text.split())
        slips = _slips(record)
        findings = check_document(Document(text=text, language="en"), config).findings
        for slip in slips:
            total[slip["mechanism"]] += 1
            if any(_right(f, slip) for f in findings if f.code not in ("MT994", "MT903")):
                found[slip["mechanism"]] += 1
        for finding in findings:
            right = any(_right(finding, slip) for slip in record["errors"] + slips)
            per_code[finding.code][0] += right
            per_code[finding.code][1] += 1
            if not right:
                context = text[max(0, finding.start - 40) : finding.end + 40].replace("\n", " ")
                elsewhere.append(f"{finding.code} {finding.confidence:.2f} …{context}…")
    print(f"{name}: {sum(total.values())} slips in {words} words (min confidence {min_confidence})")
    for kind in sorted(total):
        print(f"  {kind:12} {found[kind]:3}/{total[kind]:<3}")
    rules = ", ".join(f"{code} {r}/{a}" for code, (r, a) in sorted(per_code.items()))
    print(f"  findings on a marked slip / all: {rules}")
    for line in elsewhere[:show]:
        print("   ", line)
    return {"found": dict(found), "total": dict(total), "rules": dict(per_code), "words": words}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="a set under bench/data")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--show", type=int, default=0, help="list N findings off the marks")
    args = parser.parse_args(argv)
    data = Path(__file__).resolve().parent / "data"
    if any(is_heldout(data / name) or is_judge(data / name) for name in args.set or ()):
        parser.error("held-out and judge sets are measured by eval_realmt.py, not tuned here")
    for name in args.set or SETS:
        evaluate(name, args.min_confidence, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
