"""Precision per confidence band of the broad detectors, to set each band's confidence.

The broad detectors (checks/context.py ``BROAD``: MT994, MT346, MT347, MT522, MT523) and MT242
sort their findings into bands (a reading, a shape, an evidence kind); each band's confidence is
meant to be the precision it measures. This runs the engine with no bar on labelled data and
prints, per code and band, the findings, how many overlap a labelled span, the precision and its
Wilson lower bound (95 %): the honest value for a band with few findings. Clean text (a clean
excerpt, a line with no labelled error from ``--clean``) makes every finding wrong; the findings
per 1,000 clean words are printed per language.

Usage: python bench/eval_bands.py [--set realmt-en ...] [--jsonl FILE ...] [--clean FILE ...]
       [--codes MT994,MT346] [--json]
(default: every real-MT dev set on this machine, no judge and no held-out set)
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from eval_confidence import dev_folders
from goldmatch import gold_of, load_jsonl
from realmt_build import DATA, built_path, is_heldout, is_judge, set_language

CODES = ("MT994", "MT346", "MT347", "MT522", "MT523", "MT242")
BAND_KEYS = ("reading", "shape", "band")


def wilson_lower(right: int, total: int, z: float = 1.96) -> float:
    """The Wilson score interval's lower bound of ``right`` / ``total`` (0 when empty)."""
    if not total:
        return 0.0
    p = right / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return (centre - margin) / (1 + z * z / total)


def band_of(finding) -> str:
    data = dict(finding.data)
    for key in BAND_KEYS:
        if key in data:
            return str(data[key])
    return f"{finding.confidence:.2f}"


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(raw) for raw in handle if raw.strip()]


def measure(
    named: Iterable[tuple[str, list[dict], str | None, bool]], codes: Sequence[str]
) -> tuple[dict, dict]:
    """(rows, clean): rows[(code, band)] = [findings, right, examples]; clean[lang] = [words,
    findings of ``codes``]. ``named``: (label, lines, language or None for the line's own,
    every line clean)."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    rows: dict = defaultdict(lambda: [0, 0, []])
    clean: dict = defaultdict(lambda: [0, 0])
    for label, lines, language, all_clean in named:
        for line in lines:
            lang = language or line.get("target_lang", "en")
            text = line["target"]
            findings = check_document(Document(text=text, language=lang), config).findings
            is_clean = all_clean or line.get("kind") == "clean"
            golds = [] if is_clean else gold_of(line)
            if is_clean:
                clean[lang][0] += len(text.split())
            for finding in findings:
                if finding.code not in codes:
                    continue
                right = any(g.overlapped_by(finding.start, finding.end) for g in golds)
                row = rows[(finding.code, band_of(finding))]
                row[0] += 1
                row[1] += right
                word = text[finding.start : finding.end]
                row[2].append(f"{'+' if right else '-'}{label}:{word}")
                if is_clean:
                    clean[lang][1] += 1
    return rows, clean


def _sources(args: argparse.Namespace) -> list[tuple[str, list[dict], str | None, bool]]:
    folders = [localdata.folder(DATA / name) for name in args.set] if args.set else dev_folders()
    sources = []
    for folder in folders:
        path = built_path(folder)
        if not path.is_file():
            print(f"eval_bands: {folder.name} is not on this machine; left out", file=sys.stderr)
            continue
        sources.append((folder.name, load_jsonl(path), set_language(folder), False))
    for name in args.jsonl or []:
        sources.append((Path(name).name, _read_jsonl(Path(name)), None, False))
    for name in args.clean or []:
        sources.append((Path(name).name, _read_jsonl(Path(name)), None, True))
    return sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", help="a realmt-<lang> dev folder (repeatable)")
    parser.add_argument("--jsonl", action="append", help="labelled JSON lines (gold spans)")
    parser.add_argument("--clean", action="append", help="JSON lines of clean text")
    parser.add_argument("--codes", default=",".join(CODES))
    parser.add_argument("--examples", type=int, default=0, help="print N findings per band")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if any(is_heldout(DATA / name) or is_judge(DATA / name) for name in args.set or ()):
        parser.error("held-out and judge sets are measured by eval_realmt.py, not tuned here")
    rows, clean = measure(_sources(args), tuple(args.codes.split(",")))
    if args.json:
        report = {
            "bands": [
                {"code": c, "band": b, "findings": n, "right": r, "wilson": wilson_lower(r, n)}
                for (c, b), (n, r, _) in sorted(rows.items())
            ],
            "clean": {lang: {"words": w, "findings": f} for lang, (w, f) in clean.items()},
        }
        print(json.dumps(report, indent=1))
        return 0
    print("code   band            findings right precision wilson-low")
    for (code, band), (total, right, examples) in sorted(rows.items()):
        print(
            f"{code:<6} {band:<15} {total:>8} {right:>5} {100 * right / total:>8.1f} %"
            f" {100 * wilson_lower(right, total):>8.1f} %"
        )
        for example in examples[: args.examples]:
            print(f"         {example}")
    for lang, (words, found) in sorted(clean.items()):
        rate = 1000 * found / words if words else 0.0
        print(f"clean {lang}: {found} findings in {words} words = {rate:.2f} per 1,000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
