"""MT353–MT355 (words a language writes in lower case, capitalised mid-sentence) on real
Romance web excerpts (bench/data/casing-real-romance): each casing finding, whether a labelled
span holds it, and each labelled span found or missed.

Usage: python bench/eval_casing_romance.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from mtlint.checks.engine import check_text

FOLDER = Path(__file__).resolve().parent / "data" / "casing-real-romance"
CASING = tuple(f"MT3{n:02d}" for n in range(1, 60))


def main() -> int:
    reason = localdata.missing_reason(FOLDER)
    if reason:
        print(f"eval_casing_romance: {reason}")
        return 0
    right = wrong = found = gold = 0
    for line in (localdata.folder(FOLDER) / "excerpts.jsonl").read_text().splitlines():
        row = json.loads(line)
        text, labels = row["text"], {error[0] for error in row["errors"]}
        findings = list(check_text(text, language=row["lang"]).findings)
        for finding in findings:
            if finding.code.startswith(CASING):
                span = text[finding.start : finding.end]
                right += span in labels
                wrong += span not in labels
                print(f"{row['id']} {finding.code} {span!r} {finding.confidence:.2f}")
        for label in labels:
            gold += 1
            at = text.find(label)
            found += any(f.start <= at < f.end for f in findings)
    print(
        f"casing findings: {right} on a labelled span, {wrong} not; labelled {found}/{gold} found"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
