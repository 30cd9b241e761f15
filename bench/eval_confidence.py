"""Is a finding's confidence honest? Precision per confidence band on the real-MT dev sets.

Every finding mtlint reports on the labelled real-MT dev sets (``bench/data/realmt-*`` without
``-heldout`` and without the judges, ``realmt_build.JUDGE_SETS``) is right when it overlaps a
labelled span and wrong otherwise (every finding on a clean excerpt is wrong). Honest
confidences mean precision rises with the band, and ``--min-confidence T`` trades recall for
precision as its help says. Printed: per band, the findings, how many were right, precision;
then for each threshold, recall and precision of what is left.

Usage: python bench/eval_confidence.py [--set realmt-en ...] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from goldmatch import gold_of, load_jsonl
from realmt_build import DATA, built_path, is_heldout, is_judge, set_language

BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class Judged:
    """One finding: its confidence and the labelled spans it hit (set, line, span number)."""

    code: str
    confidence: float
    hits: tuple[tuple[str, int, int], ...] = ()

    @property
    def right(self) -> bool:
        return bool(self.hits)


def judge(
    lines: Sequence[dict], findings: Sequence[Sequence], label: str = ""
) -> tuple[list[Judged], int]:
    """Each finding judged against its line's gold spans, and the number of gold spans."""
    judged: list[Judged] = []
    gold_total = 0
    for index, (line, found) in enumerate(zip(lines, findings, strict=True)):
        golds = [] if line.get("kind") == "clean" else gold_of(line)
        gold_total += len(golds)
        for finding in found:
            hits = tuple(
                (label, index, number)
                for number, gold in enumerate(golds)
                if gold.overlapped_by(finding.start, finding.end)
            )
            judged.append(Judged(finding.code, finding.confidence, hits))
    return judged, gold_total


def bands(judged: Iterable[Judged]) -> list[dict]:
    """Findings, right ones and precision per confidence band."""
    rows = []
    judged = list(judged)
    for low, high in itertools.pairwise(BANDS):
        inside = [j for j in judged if low <= j.confidence < high]
        right = sum(j.right for j in inside)
        rows.append(
            {
                "band": f"{low:.1f}–{min(high, 1.0):.1f}",
                "findings": len(inside),
                "right": right,
                "precision": right / len(inside) if inside else None,
            }
        )
    return rows


def sweep(judged: Sequence[Judged], gold_total: int) -> list[dict]:
    """Recall and precision of the findings at or above each threshold."""
    rows = []
    for threshold in THRESHOLDS:
        kept = [j for j in judged if j.confidence >= threshold]
        hit = {h for j in kept for h in j.hits}
        right = sum(j.right for j in kept)
        rows.append(
            {
                "min_confidence": threshold,
                "findings": len(kept),
                "recall": len(hit) / gold_total if gold_total else None,
                "precision": right / len(kept) if kept else None,
            }
        )
    return rows


def run(folders: Sequence[Path]) -> tuple[list[Judged], int]:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    everything: list[Judged] = []
    gold_total = 0
    for folder in folders:
        lines = load_jsonl(built_path(folder))
        language = set_language(folder)
        found = [
            check_document(Document(text=line["target"], language=language), config).findings
            for line in lines
        ]
        judged, total = judge(lines, found, folder.name)
        everything += judged
        gold_total += total
    return everything, gold_total


def dev_folders() -> list[Path]:
    names = sorted(p.name for p in DATA.glob("realmt-*") if p.is_dir())
    return [
        localdata.folder(DATA / name)
        for name in names
        if not is_heldout(DATA / name) and not is_judge(DATA / name)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", help="a realmt-<lang> dev folder (repeatable)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folders = [localdata.folder(DATA / name) for name in args.set] if args.set else dev_folders()
    if any(is_heldout(folder) for folder in folders):
        parser.error("held-out sets are measured by eval_realmt.py --heldout, not tuned here")
    # One line for each set this machine lacks; the bands are measured on the others.
    folders = localdata.present_only(folders, built_path, "eval_confidence")
    if not folders:
        return 2  # nothing could be measured
    judged, gold_total = run(folders)
    report = {"sets": [f.name for f in folders], "bands": bands(judged)}
    report["thresholds"] = sweep(judged, gold_total)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"sets: {', '.join(report['sets'])}; {gold_total} labelled spans")
    print("confidence band   findings  right  precision")
    for row in report["bands"]:
        precision = "–" if row["precision"] is None else f"{100 * row['precision']:.1f} %"
        print(f"  {row['band']:<14} {row['findings']:>8}  {row['right']:>5}  {precision:>9}")
    print("--min-confidence  findings  recall  precision")
    for row in report["thresholds"]:
        recall = "–" if row["recall"] is None else f"{100 * row['recall']:.1f} %"
        precision = "–" if row["precision"] is None else f"{100 * row['precision']:.1f} %"
        print(f"  {row['min_confidence']:<14} {row['findings']:>8}  {recall:>6}  {precision:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
